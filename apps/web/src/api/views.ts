/**
 * What the screens read of the back office's answers. The request bodies, paths and command
 * replies are typed from the generated schema (schema.d.ts); the OpenAPI document does not yet
 * describe these GET answers (a change on main completes its response schemas), so they are
 * declared here from apps/back-office/src/loans/loan-view.ts and the controllers. Once the
 * document has them, `npm run web:api` brings their generated types and these give way to
 * `components['schemas'][…]`.
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

export interface Warning {
  code: string;
  message: string;
  loanIds?: string[];
}

export interface Repayment {
  method: string;
  frequency: string;
  capitalHolidayMonths?: number;
}

export interface LoanView {
  loanId: string;
  productCode: ProductCode;
  productVersion: string;
  status: LoanStatus;
  borrower: {
    enterpriseNumber: string;
    name: string;
    province: string;
    naturalPerson: boolean;
    personId: string | null;
  };
  purpose: string;
  amount: string;
  amountApplied: string;
  annualRate: string | null;
  termMonths: number;
  repayment: Repayment | null;
  outstandingPrincipal: string;
  disbursedOn: string | null;
  appliedOn: string;
  registeredBy?: string;
  approvedOn: string | null;
  approvedBy: string[] | null;
  offerValidUntil: string | null;
  awaiting: 'second-approval' | null;
  proposedApproval: {
    proposedBy: string;
    approvalLimit: string;
    approvedOn: string;
    amount: string;
    annualRate: string;
    termMonths: number;
    offerValidUntil: string;
  } | null;
  guarantees: {
    guaranteeId: string;
    kind: string;
    guarantor: string;
    amount: string;
    remaining: string;
  }[];
  arrears: (Amounts & { asOf: string; daysPastDue: number }) | null;
  nextDue: { number: number; dueOn: string; total: string; unpaid: string } | null;
  warnings: Warning[];
  version: number;
  position: number;
}

interface Amounts {
  interest: string;
  principal: string;
  total: string;
  instalments: number;
  oldestDueOn: string | null;
}

export interface LoanListItem {
  loanId: string;
  productCode: ProductCode;
  status: LoanStatus;
  borrower: { enterpriseNumber: string; name: string; province?: string };
  amount: string;
  annualRate: string | null;
  termMonths: number;
  appliedOn: string;
  approvedOn: string | null;
  awaiting: 'second-approval' | null;
  secondApproval: { proposedBy: string; proposedOn: string; amount: string } | null;
  version: number;
}

export interface LoanPage {
  items: LoanListItem[];
  nextCursor: string | null;
}

export type InstalmentStatus = 'paid' | 'partly-paid' | 'due' | 'overdue' | 'future';

export interface ScheduleView {
  loanId: string;
  asOf: string;
  principal: string;
  annualRate: string;
  termMonths: number;
  disbursedOn: string;
  instalments: {
    number: number;
    dueOn: string;
    principal: string;
    interest: string;
    total: string;
    outstandingAfter: string;
    paidInterest: string;
    paidPrincipal: string;
    unpaid: string;
    settledOn: string | null;
    status: InstalmentStatus;
  }[];
  totals: { principal: string; interest: string; total: string };
  paid: { interest: string; principal: string; total: string };
  outstandingPrincipal: string;
  arrears: Amounts & { daysPastDue: number };
  amountDue: Amounts;
  payments: {
    paymentId: string;
    paidOn: string;
    amount: string;
    interestPaid: string;
    principalPaid: string;
  }[];
  version: number;
}

export interface EventView {
  eventId: string;
  type: string;
  streamVersion: number;
  globalPosition: number;
  data: Record<string, unknown>;
  metadata: { effectiveOn?: string; recordedAt: string; actor?: string; correlationId?: string };
}

export interface DocumentView {
  documentId: string;
  kind: string;
  title: string;
  effectiveOn: string;
  erasedAt?: string;
  renditions: { language: 'nl' | 'en'; format: 'html' | 'pdf'; href: string }[];
}

export interface ProductView {
  productCode: ProductCode;
  name: string;
  offered: boolean;
  inForce: {
    version: string;
    validFrom: string;
    amount: { min: string; max: string };
    term: { minMonths: number; maxMonths: number; stepMonths: number };
    rate: { kind: string; annualRate?: string };
    repayment: { methods: string[]; frequencies: string[]; default: Repayment };
    offerValidityDays: number;
    offerValidityMaxDays: number;
  } | null;
}

export type CommandReply = components['schemas']['CommandResultDto'];
export type ApplyBody = components['schemas']['ApplyForLoanDto'];
export type ApproveBody = components['schemas']['ApproveLoanDto'];
export type DisburseBody = components['schemas']['DisburseLoanDto'];
export type RepayBody = components['schemas']['RepayInstalmentDto'];
export type SignInReply = components['schemas']['DevSignInReplyDto'];
export type SignInInfo = components['schemas']['DevSignInInfoDto'];
