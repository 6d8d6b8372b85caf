/**
 * The back office's bodies and answers as the screens name them: every one is the generated
 * schema's (schema.d.ts, from the OpenAPI document), so that a change in the API that the app
 * does not follow fails `npm run typecheck`.
 */
import type { components } from './schema';

export type Role = 'clerk' | 'credit-officer' | 'analyst' | 'admin';
export const ROLES: readonly Role[] = ['clerk', 'credit-officer', 'analyst', 'admin'];

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
