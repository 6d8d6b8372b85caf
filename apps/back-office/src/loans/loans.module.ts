import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { PeopleModule } from '../people/people.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { ReferenceCurvesModule } from '../reference-curves/reference-curves.module';
import { ApplicationObligationsController } from './application-obligations.controller';
import { DecisionInputsBuilder } from './decision-inputs';
import { ExecuteLoanCommandHandler } from './execute-loan-command';
import { LoanRepository } from './loan-repository';
import { LoanWarnings } from './loan-warnings';
import { LoansController } from './loans.controller';
import { WinwinExposureGuard } from './winwin-exposure';
import { FileNumbers } from './file-numbers';

/** Loans: their commands (one handler), their stream, their queries and warnings. */
@Module({
  imports: [IdempotencyModule, PeopleModule, ReadModelsModule, ReferenceCurvesModule],
  controllers: [LoansController, ApplicationObligationsController],
  providers: [
    LoanRepository,
    WinwinExposureGuard,
    FileNumbers,
    DecisionInputsBuilder,
    ExecuteLoanCommandHandler,
    LoanWarnings,
  ],
  exports: [LoanRepository],
})
export class LoansModule {}
