import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { ReferenceCurvesController } from './reference-curves.controller';
import { ReferenceCurvesService } from './reference-curves.service';

/** The Euribor/IRS curves of each day, which price KMO-cofinanciering. */
@Module({
  imports: [IdempotencyModule],
  controllers: [ReferenceCurvesController],
  providers: [ReferenceCurvesService],
  exports: [ReferenceCurvesService],
})
export class ReferenceCurvesModule {}
