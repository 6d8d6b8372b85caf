import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { PeopleModule } from '../people/people.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { ReferenceCurvesModule } from '../reference-curves/reference-curves.module';
import { RecordApplicationInformationRoute } from './application-information/record-information.route';
import { CompletenessRoute } from './application-information/completeness.route';
import { ApplyRoute } from './apply/apply.route';
import { ApproveRoute } from './approve/approve.route';
import { CreditAssessmentRoute } from './credit-assessment/credit-assessment.route';
import { RecordCreditAssessmentRoute } from './credit-assessment/record-assessment.route';
import { DecisionInputsBuilder } from './decision-inputs';
import { ClaimGovernmentGuaranteeRoute } from './default/claim-government-guarantee.route';
import { DeclareDefaultRoute } from './default/declare-default.route';
import { RecordRecoveryRoute } from './default/record-recovery.route';
import { WriteOffRoute } from './default/write-off.route';
import { DisburseRoute } from './disburse/disburse.route';
import { QuoteRoute } from './early-repayment/quote.route';
import { RepayEarlyRoute } from './early-repayment/repay-early.route';
import { ExecuteLoanCommandHandler } from './execute-loan-command';
import { CallGuaranteeRoute } from './guarantees/call.route';
import { RefuseGuaranteeReleaseRoute } from './guarantees/refuse-release.route';
import { ReleaseGuaranteeRoute } from './guarantees/release.route';
import { LoanRepository } from './loan-repository';
import { LoanCommands } from './loan-routes';
import { LoanWarnings } from './loan-warnings';
import { ArrearsRoute } from './queries/arrears.route';
import { EventsRoute } from './queries/events.route';
import { ListRoute } from './queries/list.route';
import { LoanQueries } from './queries/loan-queries.service';
import { LoanRoute } from './queries/loan.route';
import { ScheduleRoute } from './queries/schedule.route';
import { RefuseRoute } from './refuse/refuse.route';
import { RepayRoute } from './repay/repay.route';
import { WithdrawRoute } from './withdraw/withdraw.route';
import { WinwinExposureGuard } from './winwin-exposure';
import { RequestWrittenRefusalRoute } from './written-refusal/request-written-refusal.route';
import { FileNumbers } from './file-numbers';
import { StructuredCommunications } from './structured-communications';
import { FileNumberMigration } from './file-number-migration';
import { StructuredCommunicationMigration } from './structured-communication-migration';

/**
 * Loans: one route per use case (each folder here: its route, request and HTTP test), their
 * commands through one handler, their stream, their queries and warnings.
 */
@Module({
  imports: [IdempotencyModule, PeopleModule, ReadModelsModule, ReferenceCurvesModule],
  // In the order the old LoansController held them, so that the Swagger UI lists them so.
  controllers: [
    ListRoute,
    ApplyRoute,
    ApproveRoute,
    RefuseRoute,
    WithdrawRoute,
    DisburseRoute,
    RepayRoute,
    QuoteRoute,
    RepayEarlyRoute,
    ReleaseGuaranteeRoute,
    RefuseGuaranteeReleaseRoute,
    DeclareDefaultRoute,
    CallGuaranteeRoute,
    ClaimGovernmentGuaranteeRoute,
    RecordRecoveryRoute,
    WriteOffRoute,
    LoanRoute,
    ScheduleRoute,
    ArrearsRoute,
    EventsRoute,
    RequestWrittenRefusalRoute,
    RecordApplicationInformationRoute,
    CompletenessRoute,
    RecordCreditAssessmentRoute,
    CreditAssessmentRoute,
  ],
  providers: [
    LoanRepository,
    WinwinExposureGuard,
    FileNumbers,
    StructuredCommunications,
    StructuredCommunicationMigration,
    FileNumberMigration,
    DecisionInputsBuilder,
    ExecuteLoanCommandHandler,
    LoanCommands,
    LoanQueries,
    LoanWarnings,
  ],
  exports: [
    LoanRepository,
    LoanCommands,
    StructuredCommunications,
    StructuredCommunicationMigration,
    FileNumberMigration,
  ],
})
export class LoansModule {}
