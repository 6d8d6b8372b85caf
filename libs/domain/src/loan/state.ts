import { LocalDate } from '@js-joda/core';
import { Money, Rate } from '../money';
import type { ProductCode } from '../products';
import type { BorrowerData, LenderData, LoanEvent, RepaymentTermsData } from './events';
import type { RefusalReasonCode } from './reason-codes';

export type LoanStatus = 'none' | 'applied' | 'approved' | 'refused' | 'withdrawn' | 'active';

export interface Offer {
  amount: Money;
  annualRate: Rate;
  termMonths: number;
  repayment: RepaymentTermsData;
  offerValidUntil: LocalDate;
  approvedOn: LocalDate;
  productVersion: string;
  approvedBy: string[];
}

export interface Application {
  productCode: ProductCode;
  productVersion: string;
  borrower: BorrowerData;
  amount: Money;
  termMonths: number;
  purpose: string;
  appliedOn: LocalDate;
  /** Win-win only: the day the deed was signed (the contract date). */
  signedOn?: LocalDate;
  /** Win-win only. */
  lender?: LenderData;
  /** Win-win only: the rate agreed in the deed. */
  annualRate?: Rate;
  registeredBy: string;
}

/** An offer approved by one officer above their limit, waiting for a second officer. */
export interface ProposedApproval {
  proposedBy: string;
  approvalLimit: Money;
  approvedOn: LocalDate;
  amount: Money;
  annualRate: Rate;
  termMonths: number;
  repayment: RepaymentTermsData;
  offerValidUntil: LocalDate;
}

export interface LoanState {
  status: LoanStatus;
  loanId?: string;
  application?: Application;
  offer?: Offer;
  proposedApproval?: ProposedApproval;
  /** The offer's amount paid out: the loan is active from then on. */
  disbursement?: { disbursedOn: LocalDate; amount: Money };
  refusal?: { refusedOn: LocalDate; reasons: RefusalReasonCode[]; explanation: string };
  withdrawal?: { withdrawnOn: LocalDate; reason: string };
}

export const initialLoanState: LoanState = { status: 'none' };

/** Folds one event into the state. Pure; never validates (events are facts). */
export function evolve(state: LoanState, event: LoanEvent): LoanState {
  switch (event.type) {
    case 'LoanApplied': {
      const d = event.data;
      return {
        status: 'applied',
        loanId: d.loanId,
        application: {
          productCode: d.productCode,
          productVersion: d.productVersion,
          borrower: d.borrower,
          amount: Money.parse(d.amount),
          termMonths: d.termMonths,
          purpose: d.purpose,
          appliedOn: LocalDate.parse(d.appliedOn),
          ...(d.signedOn !== undefined ? { signedOn: LocalDate.parse(d.signedOn) } : {}),
          ...(d.lender !== undefined ? { lender: d.lender } : {}),
          ...(d.annualRate !== undefined ? { annualRate: Rate.parse(d.annualRate) } : {}),
          registeredBy: d.registeredBy,
        },
      };
    }
    case 'LoanApprovalProposed': {
      const o = event.data.offer;
      return {
        ...state,
        proposedApproval: {
          proposedBy: event.data.proposedBy,
          approvalLimit: Money.parse(event.data.approvalLimit),
          approvedOn: LocalDate.parse(event.data.approvedOn),
          amount: Money.parse(o.amount),
          annualRate: Rate.parse(o.annualRate),
          termMonths: o.termMonths,
          repayment: o.repayment,
          offerValidUntil: LocalDate.parse(o.offerValidUntil),
        },
      };
    }
    case 'LoanApprovalSeconded':
      // The offer itself arrives with the LoanApproved of the same commit.
      return state;
    case 'LoanApproved': {
      const o = event.data.offer;
      return {
        ...withoutProposal(state),
        status: 'approved',
        offer: {
          amount: Money.parse(o.amount),
          annualRate: Rate.parse(o.annualRate),
          termMonths: o.termMonths,
          repayment: o.repayment,
          offerValidUntil: LocalDate.parse(o.offerValidUntil),
          approvedOn: LocalDate.parse(event.data.approvedOn),
          productVersion: event.data.productVersion,
          approvedBy: event.data.approvedBy,
        },
      };
    }
    case 'LoanDisbursed':
      return {
        ...state,
        status: 'active',
        disbursement: {
          disbursedOn: LocalDate.parse(event.data.disbursedOn),
          amount: Money.parse(event.data.amount),
        },
      };
    case 'LoanRefused':
      // A refusal or withdrawal ends a waiting proposal with the application.
      return {
        ...withoutProposal(state),
        status: 'refused',
        refusal: {
          refusedOn: LocalDate.parse(event.data.refusedOn),
          reasons: event.data.reasons,
          explanation: event.data.explanation,
        },
      };
    case 'ApplicationWithdrawn':
      return {
        ...withoutProposal(state),
        status: 'withdrawn',
        withdrawal: {
          withdrawnOn: LocalDate.parse(event.data.withdrawnOn),
          reason: event.data.reason,
        },
      };
  }
}

function withoutProposal(state: LoanState): LoanState {
  const { proposedApproval: _ended, ...rest } = state;
  return rest;
}

export function foldLoan(
  events: readonly LoanEvent[],
  from: LoanState = initialLoanState,
): LoanState {
  return events.reduce(evolve, from);
}
