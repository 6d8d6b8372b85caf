/**
 * The back office's bodies and answers as the screens name them: every one is the generated
 * schema's (schema.d.ts, from the OpenAPI document), so that a change in the API that the app
 * does not follow fails `npm run typecheck`.
 */
import type { components } from './schema';

export type Role = 'clerk' | 'credit-officer' | 'analyst' | 'admin' | 'accountant';
export const ROLES: readonly Role[] = ['clerk', 'credit-officer', 'analyst', 'admin', 'accountant'];

export type LoanStatus =
  | 'applied'
  | 'approved'
  | 'refused'
  | 'withdrawn'
  | 'lapsed'
  | 'active'
  | 'repaid'
  | 'defaulted'
  | 'written-off';
export const LOAN_STATUSES: readonly LoanStatus[] = [
  'applied',
  'approved',
  'active',
  'refused',
  'withdrawn',
  'lapsed',
  'repaid',
  'defaulted',
  'written-off',
];

export type ProductCode = components['schemas']['ApplyForLoanDto']['productCode'];
export const PRODUCT_CODES: readonly ProductCode[] = [
  'impulskrediet',
  'winwinlening',
  'cofinanciering',
  'startlening',
];

type Schemas = components['schemas'];

export type Warning = Schemas['LoanWarningDto'];
export type LoanView = Schemas['LoanDto'];
export type LoanListItem = Schemas['LoanListItemDto'];
export type LoanPage = Schemas['LoanListDto'];
export type ScheduleView = Schemas['LoanScheduleDto'];
export type InstalmentStatus = ScheduleView['instalments'][number]['status'];
export type EventView = Schemas['LoanEventDto'];
export type DocumentView = Schemas['LoanDocumentDto'];
export type ProductView = Schemas['ProductDto'];

export type CommandReply = components['schemas']['CommandResultDto'];
export type ApplyBody = components['schemas']['ApplyForLoanDto'];
export type ApproveBody = components['schemas']['ApproveLoanDto'];
export type DisburseBody = components['schemas']['DisburseLoanDto'];
export type RepayBody = components['schemas']['RepayInstalmentDto'];
export type RefuseBody = components['schemas']['RefuseLoanDto'];
export type RefusalReason = RefuseBody['reasons'][number];
export const REFUSAL_REASONS: readonly RefusalReason[] = [
  'insufficient-information-financial-position',
  'insufficient-information-project',
  'insufficient-information-repayment-capacity',
  'negative-credit-register-information',
  'insufficient-securities-or-equity',
  'known-payment-arrears',
  'formal-notices-other-credits',
  'unconvincing-financial-position-or-plan',
  'outside-lender-policy',
  'history-of-enterprise-or-representatives',
  'management-and-governance',
  'lack-of-training-experience-competence',
];
export type WithdrawBody = components['schemas']['WithdrawApplicationDto'];
export type WrittenRefusalBody = components['schemas']['RequestWrittenRefusalDto'];
export type RepayEarlyBody = components['schemas']['RepayEarlyDto'];
export type EarlyQuote = components['schemas']['EarlyRepaymentQuoteDto'];
export type PortfolioReport = components['schemas']['PortfolioByProductDto'];
export type PortfolioRow = components['schemas']['PortfolioProductRowDto'];
export type SignInReply = components['schemas']['DevSignInReplyDto'];
export type SignInInfo = components['schemas']['DevSignInInfoDto'];

export type LoanGuarantee = LoanView['guarantees'][number];
export type ReleaseBody = components['schemas']['ReleaseGuaranteeDto'];
export type RefuseReleaseBody = components['schemas']['RefuseGuaranteeReleaseDto'];
export type ReleaseRefusalReason = RefuseReleaseBody['reasons'][number];
/** DOMAIN.md 4.5, in the code of conduct's order (i to ix). */
export const RELEASE_REFUSAL_REASONS: readonly ReleaseRefusalReason[] = [
  'open-commitments-covered',
  'adverse-financial-figures',
  'negative-credit-register-information',
  'known-payment-arrears',
  'formal-notices-other-credits',
  'deteriorating-economic-environment',
  'judicial-reorganisation-pending',
  'needed-after-loss-of-other-guarantees',
  'no-equivalent-alternative-security',
];
export type DeclareDefaultBody = components['schemas']['DeclareDefaultDto'];
export type DefaultCause = DeclareDefaultBody['cause'];
export const DEFAULT_CAUSES: readonly DefaultCause[] = [
  'bankruptcy',
  'insolvency',
  'dissolution',
  'arrears',
  'death',
  'cessation',
];
/** The causes the win-win government guarantee covers (DOMAIN.md 3.2). */
export const GOVERNMENT_GUARANTEE_CAUSES: readonly DefaultCause[] = [
  'bankruptcy',
  'insolvency',
  'dissolution',
];
export type CallBody = components['schemas']['CallGuaranteeDto'];
export type ClaimBody = components['schemas']['ClaimGovernmentGuaranteeDto'];
export type RecoveryBody = components['schemas']['RecordRecoveryDto'];
export type RecoverySource = RecoveryBody['source'];
export const RECOVERY_SOURCES: readonly RecoverySource[] = [
  'borrower',
  'guarantor',
  'government-guarantee',
  'liquidation',
  'other',
];
export type WriteOffBody = components['schemas']['WriteOffLoanDto'];
export type CreditAssessmentView = components['schemas']['CreditAssessmentDto'];
export type ApplicationInformationView = components['schemas']['ApplicationInformationDto'];
export type RecordInformationBody = components['schemas']['RecordApplicationInformationDto'];
export type InformationItemBody = components['schemas']['InformationItemDto'];
export type RecordAssessmentBody = components['schemas']['RecordCreditAssessmentDto'];
export type HouseholdBody = components['schemas']['HouseholdDto'];
export type IncomeBody = components['schemas']['IncomeDto'];
export type ObligationBody = components['schemas']['ObligationDto'];

export type ReminderItem = components['schemas']['ReminderItemDto'];
export type ReminderPage = components['schemas']['ReminderListDto'];
export type ReminderLevel = ReminderItem['level'];
export const REMINDER_LEVELS: readonly ReminderLevel[] = ['first', 'second', 'formal-notice'];
