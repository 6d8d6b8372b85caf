import type { LocalDate } from '@js-joda/core';
import type { Money, Rate } from '../money';
import type { ProductCode, RepaymentFrequency, RepaymentMethod } from '../products';
import type { BorrowerData, LenderData } from './events';
import type { DefaultCause, GuaranteeKind, RecoverySource } from './lifecycle-codes';
import type { GuaranteeReleaseRefusalReasonCode, RefusalReasonCode } from './reason-codes';
import type { ReferenceCurve } from '../fees';

/** Commands carry parsed values: the edge has already turned strings into Money, Rate and dates. */

/** A security given with an application or asked for by an offer; the decider gives it its id. */
export interface GuaranteeInput {
  kind: GuaranteeKind;
  guarantor: string;
  amount: Money;
}

export interface ApplyForLoan {
  type: 'ApplyForLoan';
  loanId: string;
  productCode: ProductCode;
  borrower: BorrowerData;
  amount: Money;
  termMonths: number;
  purpose: string;
  /** For a win-win loan: the day the registrar received the deed. */
  appliedOn: LocalDate;
  // Product-specific fields (the product's `intake.requiredFields`): required
  // for the win-win loan, left out (undefined) for the Impulskrediet.
  /** The day the loan contract (the win-win deed) was signed: the contract date. */
  signedOn?: LocalDate;
  /** The private lender (win-win). */
  lender?: LenderData;
  /** The rate agreed in the contract (the win-win deed). */
  annualRate?: Rate;
  /** Who registers the application: four eyes forbid them to approve it. */
  registeredBy: string;
  guarantees?: GuaranteeInput[];
}

/** The credit officer deciding; without an approval limit they may approve any amount alone. */
export interface Officer {
  id: string;
  approvalLimit?: Money;
}

export interface RepaymentTerms {
  method?: RepaymentMethod;
  frequency?: RepaymentFrequency;
  capitalHolidayMonths?: number;
}

export interface ApproveLoan {
  type: 'ApproveLoan';
  loanId: string;
  approvedOn: LocalDate;
  /** Defaults to the amount applied for. */
  amount?: Money;
  /** Defaults to the rate agreed in the application (win-win), else the product's rate. */
  annualRate?: Rate;
  /** Defaults to the term applied for. */
  termMonths?: number;
  repayment?: RepaymentTerms;
  /** Defaults to the approval date plus the product's offer validity. */
  offerValidUntil?: LocalDate;
  officer: Officer;
  /** Securities the offer asks for beyond those given with the application. */
  guarantees?: GuaranteeInput[];
}

export interface RefuseLoan {
  type: 'RefuseLoan';
  loanId: string;
  refusedOn: LocalDate;
  reasons: RefusalReasonCode[];
  explanation?: string;
}

export interface WithdrawApplication {
  type: 'WithdrawApplication';
  loanId: string;
  withdrawnOn: LocalDate;
  reason?: string;
}

export interface DisburseLoan {
  type: 'DisburseLoan';
  loanId: string;
  disbursedOn: LocalDate;
}

/** Recorded by the offer-lapse processor once the offer's validity has passed. */
export interface LapseOffer {
  type: 'LapseOffer';
  loanId: string;
}

export interface RepayInstalment {
  type: 'RepayInstalment';
  loanId: string;
  paidOn: LocalDate;
  amount: Money;
}

/** Either `amount` (capital to repay early) or `full`. */
export interface RepayEarly {
  type: 'RepayEarly';
  loanId: string;
  repaidOn: LocalDate;
  amount?: Money;
  full?: boolean;
  /** The reference curve in force on repaidOn, for credits under the standard scheme. */
  referenceCurve?: ReferenceCurve;
}

export interface ReleaseGuarantee {
  type: 'ReleaseGuarantee';
  loanId: string;
  guaranteeId: string;
  releasedOn: LocalDate;
  /** Absent: all that the guarantee still covers. */
  amount?: Money;
}

export interface RefuseGuaranteeRelease {
  type: 'RefuseGuaranteeRelease';
  loanId: string;
  guaranteeId: string;
  refusedOn: LocalDate;
  amountRequested?: Money;
  reasons: GuaranteeReleaseRefusalReasonCode[];
  explanation: string;
}

export interface DeclareDefault {
  type: 'DeclareDefault';
  loanId: string;
  defaultedOn: LocalDate;
  cause: DefaultCause;
}

export interface CallGuarantee {
  type: 'CallGuarantee';
  loanId: string;
  guaranteeId: string;
  calledOn: LocalDate;
  amount?: Money;
}

export interface ClaimGovernmentGuarantee {
  type: 'ClaimGovernmentGuarantee';
  loanId: string;
  claimedOn: LocalDate;
  /** The principal definitively lost, interest excluded. */
  principalLost: Money;
}

export interface RecordRecovery {
  type: 'RecordRecovery';
  loanId: string;
  receivedOn: LocalDate;
  amount: Money;
  source: RecoverySource;
}

export interface WriteOffLoan {
  type: 'WriteOffLoan';
  loanId: string;
  writtenOffOn: LocalDate;
  reason: string;
}

export type LoanCommand =
  | ApplyForLoan
  | ApproveLoan
  | RefuseLoan
  | WithdrawApplication
  | DisburseLoan
  | LapseOffer
  | RepayInstalment
  | RepayEarly
  | ReleaseGuarantee
  | RefuseGuaranteeRelease
  | DeclareDefault
  | CallGuarantee
  | ClaimGovernmentGuarantee
  | RecordRecovery
  | WriteOffLoan;
