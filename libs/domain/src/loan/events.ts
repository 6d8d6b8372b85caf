import type { LenderRelation } from '../parties';
import type { ProductCode, RepaymentFrequency, RepaymentMethod } from '../products';
import type { RefusalReasonCode } from './reason-codes';

/**
 * Loan events as stored: JSON only, money and rates as decimal strings, dates as ISO dates.
 * `effectiveOn` is the business date the event takes effect; the store's envelope carries it
 * in the metadata too.
 */

/**
 * Names and identifying numbers of natural persons are personal data: the back office stores
 * them encrypted per person and may erase them (they then read as "[erased]"); the person's
 * `personId`, given by the back office when it stores the application, stays.
 */
export interface BorrowerData {
  /** Stays readable: a public register's identifier, which the win-win limits count by. */
  enterpriseNumber: string;
  /** Personal data when the borrower is a natural person. */
  name: string;
  province: string;
  /** A sole trader: the enterprise is a natural person. Absent means false. */
  naturalPerson?: boolean;
  /** The natural person's id in the back office's people registry. */
  personId?: string;
}

/** The private lender of a win-win loan: always a natural person. */
export interface LenderData {
  /** Personal data: the lender's identifying number. */
  id: string;
  /** Personal data. */
  name: string;
  relationToBorrower: LenderRelation;
  /** The lender's id in the back office's people registry (absent in events written before it). */
  personId?: string;
}

export interface RepaymentTermsData {
  method: RepaymentMethod;
  frequency: RepaymentFrequency;
  capitalHolidayMonths: number;
}

export interface OfferData {
  amount: string;
  annualRate: string;
  termMonths: number;
  repayment: RepaymentTermsData;
  offerValidUntil: string;
}

export interface LoanAppliedData {
  loanId: string;
  productCode: ProductCode;
  /**
   * The product version in force on the application date, or, for a product
   * whose contract date is signedOn (win-win), on the signing date.
   */
  productVersion: string;
  borrower: BorrowerData;
  amount: string;
  termMonths: number;
  purpose: string;
  /** For a win-win loan: the day the registrar received the deed. */
  appliedOn: string;
  /** Win-win only: the day the loan deed was signed (the contract date). */
  signedOn?: string;
  /** Win-win only. */
  lender?: LenderData;
  /** Win-win only: the rate agreed in the deed, a decimal string. */
  annualRate?: string;
  /** The user who registered the application (upcast from the metadata's actor for old events). */
  registeredBy: string;
}

export interface LoanApprovedData {
  loanId: string;
  approvedOn: string;
  /**
   * The product version in force on the contract date, which sets the terms:
   * the approval date, or the signing date for a win-win loan (whose
   * approval is its registration).
   */
  productVersion: string;
  offer: OfferData;
  /** The credit officers whose approval made the offer: one, or two above the first one's limit. */
  approvedBy: string[];
}

/**
 * A credit officer approved an amount above their approval limit: the offer waits for a second
 * officer's approval (LoanApprovalSeconded), and the loan stays an application until then.
 */
export interface LoanApprovalProposedData {
  loanId: string;
  approvedOn: string;
  productVersion: string;
  offer: OfferData;
  proposedBy: string;
  approvalLimit: string;
}

/** The second officer's approval of a proposed offer; LoanApproved follows in the same commit. */
export interface LoanApprovalSecondedData {
  loanId: string;
  approvedOn: string;
  secondedBy: string;
  proposedBy: string;
}

/** The offer's amount paid out to the borrower: the loan becomes active and its schedule starts. */
export interface LoanDisbursedData {
  loanId: string;
  disbursedOn: string;
  amount: string;
}

export interface LoanRefusedData {
  loanId: string;
  refusedOn: string;
  reasons: RefusalReasonCode[];
  explanation: string;
}

export interface ApplicationWithdrawnData {
  loanId: string;
  withdrawnOn: string;
  reason: string;
  /** The status the loan had: an application or an offer can be withdrawn. */
  withdrawnFrom: 'applied' | 'approved';
}

export type LoanEvent =
  | { type: 'LoanApplied'; effectiveOn: string; data: LoanAppliedData }
  | { type: 'LoanApproved'; effectiveOn: string; data: LoanApprovedData }
  | { type: 'LoanApprovalProposed'; effectiveOn: string; data: LoanApprovalProposedData }
  | { type: 'LoanApprovalSeconded'; effectiveOn: string; data: LoanApprovalSecondedData }
  | { type: 'LoanDisbursed'; effectiveOn: string; data: LoanDisbursedData }
  | { type: 'LoanRefused'; effectiveOn: string; data: LoanRefusedData }
  | { type: 'ApplicationWithdrawn'; effectiveOn: string; data: ApplicationWithdrawnData };

export type LoanEventType = LoanEvent['type'];

export const LOAN_EVENT_TYPES: readonly LoanEventType[] = [
  'LoanApplied',
  'LoanApproved',
  'LoanApprovalProposed',
  'LoanApprovalSeconded',
  'LoanDisbursed',
  'LoanRefused',
  'ApplicationWithdrawn',
];

/** Schema version written into each event's metadata; bump it with an upcaster when a shape changes. */
export const LOAN_EVENT_SCHEMA_VERSION = 2;

export function isLoanEventType(type: string): type is LoanEventType {
  return (LOAN_EVENT_TYPES as readonly string[]).includes(type);
}
