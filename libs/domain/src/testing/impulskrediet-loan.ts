/**
 * An Impulskrediet of 25,000.00 over 60 months, applied for on 2018-03-01, approved on
 * 2018-03-15 (6 %, offer valid until 2018-04-14), paid out on 2018-03-20: the commands and the
 * events of its first steps. Test-only.
 */
import type {
  ApplyForLoan,
  ApproveLoan,
  DisburseLoan,
  RefuseLoan,
  WithdrawApplication,
} from '../loan/commands';
import type { LoanEvent } from '../loan/events';
import { evolve, initialLoanState, type LoanState } from '../loan/state';
import { Money } from '../money';
import { bakery, date, loanSpec } from './loan-spec';

export const loanId = '6f1c1a52-2a53-4c39-9f77-6a2d0c0f7c11';
export const spec = loanSpec();
export const borrower = bakery;

export const apply = (over: Partial<ApplyForLoan> = {}): ApplyForLoan => ({
  type: 'ApplyForLoan',
  loanId,
  productCode: 'impulskrediet',
  borrower,
  amount: Money.parse('25000.00'),
  termMonths: 60,
  purpose: 'oven and working capital',
  appliedOn: date('2018-03-01'),
  registeredBy: 'clerk-anna',
  ...over,
});
export const approve = (over: Partial<ApproveLoan> = {}): ApproveLoan => ({
  type: 'ApproveLoan',
  loanId,
  approvedOn: date('2018-03-15'),
  officer: { id: 'officer-bart' },
  ...over,
});
export const refuse = (over: Partial<RefuseLoan> = {}): RefuseLoan => ({
  type: 'RefuseLoan',
  loanId,
  refusedOn: date('2018-03-20'),
  reasons: ['known-payment-arrears'],
  explanation: 'arrears with two suppliers',
  ...over,
});
export const withdraw = (over: Partial<WithdrawApplication> = {}): WithdrawApplication => ({
  type: 'WithdrawApplication',
  loanId,
  withdrawnOn: date('2018-03-25'),
  reason: 'found other financing',
  ...over,
});

export const applied: LoanEvent = {
  type: 'LoanApplied',
  effectiveOn: '2018-03-01',
  data: {
    loanId,
    productCode: 'impulskrediet',
    productVersion: 'impulskrediet-2016-01',
    borrower,
    amount: '25000.00',
    termMonths: 60,
    purpose: 'oven and working capital',
    appliedOn: '2018-03-01',
    registeredBy: 'clerk-anna',
  },
};
export const approved: LoanEvent = {
  type: 'LoanApproved',
  effectiveOn: '2018-03-15',
  data: {
    loanId,
    approvedOn: '2018-03-15',
    productVersion: 'impulskrediet-2016-01',
    offer: {
      amount: '25000.00',
      annualRate: '0.06',
      termMonths: 60,
      repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 0 },
      offerValidUntil: '2018-04-14',
    },
    approvedBy: ['officer-bart'],
  },
};
export const disburse = (over: Partial<DisburseLoan> = {}): DisburseLoan => ({
  type: 'DisburseLoan',
  loanId,
  disbursedOn: date('2018-03-20'),
  ...over,
});
export const disbursed: LoanEvent = {
  type: 'LoanDisbursed',
  effectiveOn: '2018-03-20',
  data: { loanId, disbursedOn: '2018-03-20', amount: '25000.00' },
};
export const refused: LoanEvent = {
  type: 'LoanRefused',
  effectiveOn: '2018-03-20',
  data: {
    loanId,
    refusedOn: '2018-03-20',
    reasons: ['known-payment-arrears'],
    explanation: 'arrears with two suppliers',
  },
};
export const withdrawnFrom = (from: 'applied' | 'approved'): LoanEvent => ({
  type: 'ApplicationWithdrawn',
  effectiveOn: '2018-03-25',
  data: { loanId, withdrawnOn: '2018-03-25', reason: 'found other financing', withdrawnFrom: from },
});

export function evolveAll(events: LoanEvent[]): LoanState {
  return events.reduce(evolve, initialLoanState);
}
