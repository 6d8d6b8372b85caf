import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { InquiriesController } from './inquiries.controller';
import { InquiriesService } from './inquiries.service';

/** First contacts (POST /inquiries): one short stream each. */
@Module({
  imports: [IdempotencyModule],
  controllers: [InquiriesController],
  providers: [InquiriesService],
})
export class InquiriesModule {}
