/**
 * The loan after its offer: the offer lapses, instalments are paid (in business-date order,
 * oldest instalment first, interest before principal), capital is repaid early with its fee.
 * An Impulskrediet of 25,000.00 at 6 % over 60 months paid out on 2018-03-20 (instalments of
 * 483.32 from 2018-04-20), a short one of 3,000.00 over 3 months, and their payments. Test-only.
 */
import type { LoanCommand, RepayEarly, RepayInstalment } from '../loan/commands';
import type { EarlyRepaymentMadeData, LoanEvent } from '../loan/events';
import { defaultCatalogue } from '../products';
import { fixedClock } from '../time';
import { NOTHING_REGISTERED, bakery, date, eur, loanSpec, recordedHistory } from './loan-spec';

export const loanId = '9e2d4c61-7a35-4b8f-9c1d-2e3f4a5b6c7d';

export function specAt(instant = '2026-11-21T10:00:00Z', catalogue = defaultCatalogue()) {
  return loanSpec({ catalogue, clock: fixedClock(instant), winwinExposure: NOTHING_REGISTERED });
}
export const spec = specAt();

/** The decider's own events for commands on top of a history (for histories with payments). */
export function recorded(
  given: LoanEvent[],
  commands: LoanCommand[],
  catalogue = defaultCatalogue(),
): LoanEvent[] {
  return recordedHistory(given, commands, {
    catalogue,
    clock: fixedClock('2026-11-21T10:00:00Z'),
  });
}

export const borrower = bakery;

/** An Impulskrediet of 25,000.00 at 6 % over 60 months, instalments of 483.32 from 2018-04-20. */
export const applied = (amount = '25000.00', termMonths = 60): LoanEvent => ({
  type: 'LoanApplied',
  effectiveOn: '2018-03-01',
  data: {
    loanId,
    productCode: 'impulskrediet',
    productVersion: 'impulskrediet-2016-01',
    borrower,
    amount,
    termMonths,
    purpose: 'oven and working capital',
    appliedOn: '2018-03-01',
    registeredBy: 'clerk-anna',
  },
});
export const approved = (amount = '25000.00', termMonths = 60): LoanEvent => ({
  type: 'LoanApproved',
  effectiveOn: '2018-03-15',
  data: {
    loanId,
    approvedOn: '2018-03-15',
    productVersion: 'impulskrediet-2016-01',
    offer: {
      amount,
      annualRate: '0.06',
      termMonths,
      repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 0 },
      offerValidUntil: '2018-04-14',
    },
    approvedBy: ['officer-bart'],
  },
});
export const disbursed = (amount = '25000.00'): LoanEvent => ({
  type: 'LoanDisbursed',
  effectiveOn: '2018-03-20',
  data: { loanId, disbursedOn: '2018-03-20', amount },
});
export const active: LoanEvent[] = [applied(), approved(), disbursed()];
/** 3,000.00 over 3 months: 1,010.02 on 2018-04-20 and 2018-05-20, 1,010.00 on 2018-06-20. */
export const shortLoan: LoanEvent[] = [
  applied('3000.00', 3),
  approved('3000.00', 3),
  disbursed('3000.00'),
];

export const pay = (paidOn: string, amount: string): RepayInstalment => ({
  type: 'RepayInstalment',
  loanId,
  paidOn: date(paidOn),
  amount: eur(amount),
});
export const repayEarly = (repaidOn: string, over: Partial<RepayEarly> = {}): RepayEarly => ({
  type: 'RepayEarly',
  loanId,
  repaidOn: date(repaidOn),
  ...over,
});
export const allocation = (
  instalment: number,
  dueOn: string,
  interest: string,
  principal: string,
) => ({
  instalment,
  dueOn,
  interest,
  principal,
});
export const firstPaid = recorded(active, [pay('2018-04-20', '483.32')]);

/** The expected event of an early repayment: the figures, and the lines checked apart. */
export const earlyRepaymentMade = (data: Omit<EarlyRepaymentMadeData, 'loanId' | 'lines'>) => ({
  type: 'EarlyRepaymentMade',
  effectiveOn: data.repaidOn,
  data: { loanId, ...data },
});
