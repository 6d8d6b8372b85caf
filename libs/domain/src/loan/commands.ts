import type { LocalDate } from '@js-joda/core';
import type { Money, Rate } from '../money';
import type { ProductCode, RepaymentFrequency, RepaymentMethod } from '../products';
import type { BorrowerData, LenderData } from './events';
import type { RefusalReasonCode } from './reason-codes';

/** Commands carry parsed values: the edge has already turned strings into Money, Rate and dates. */

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

export type LoanCommand =
  ApplyForLoan | ApproveLoan | RefuseLoan | WithdrawApplication | DisburseLoan;
