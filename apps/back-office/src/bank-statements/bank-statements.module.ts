import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { LoansModule } from '../loans/loans.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { BankStatementsController } from './bank-statements.controller';
import { LineBookingService } from './line-booking.service';
import { StatementImportService } from './statement-import.service';
import { SuspenseService } from './suspense.service';

/** Bank statements in: import, matching to loans by structured communication, suspense. */
@Module({
  imports: [LoansModule, IdempotencyModule, ReadModelsModule],
  controllers: [BankStatementsController],
  providers: [LineBookingService, StatementImportService, SuspenseService],
  exports: [StatementImportService],
})
export class BankStatementsModule {}
