import { LocalDate } from '@js-joda/core';
import { Money, replayLedger, scheduleTermsOf, type LoanState } from '@loanbook/domain';
import type { StatementLineData, SuspenseReason } from '@loanbook/banking';

/** What to do with a credit line: book it on a loan (repayment and unapplied rest) or suspend it. */
export type LinePlan =
  | { kind: 'book'; loanId: string; paidOn: LocalDate; repay: Money; unappliedCredit: Money }
  | { kind: 'suspense'; reason: SuspenseReason; detail: string };

/** Larger than any loan's schedule: a probe payment that shows what a day's payment may pay. */
const PROBE = Money.parse('999999999999.99');

/**
 * What a payment on `on` may pay towards the schedule: everything due up to the next instalment,
 * that one included (the decider's limit, libs/domain repay.ts); more is an early repayment.
 */
export function payableOn(state: LoanState, on: LocalDate): Money {
  const ledger = replayLedger(scheduleTermsOf(state), [
    ...state.movements,
    { kind: 'payment', paymentId: 'probe', date: on, amount: PROBE },
  ]);
  const over = ledger.overpayment;
  return over && over.paymentId === 'probe' ? over.due : Money.zero();
}

/**
 * A credit line and the loan its communication names (found by the caller, or given by a clerk
 * assigning a suspense item): booked as a repayment of what is payable on its value date, the
 * rest held as an unapplied credit; suspended when nothing names a loan or the loan takes no
 * repayment. Pure: the decider still decides the repayment, and may still refuse it.
 */
export function planLine(
  line: StatementLineData,
  loan: { loanId: string; state: LoanState } | undefined,
): LinePlan {
  if (line.currency !== 'EUR') {
    return {
      kind: 'suspense',
      reason: 'not-euro',
      detail: `the line is in ${line.currency}; loans are repaid in EUR`,
    };
  }
  if (!loan) {
    if (line.communication === null) {
      return {
        kind: 'suspense',
        reason: 'no-communication',
        detail: 'the line has no communication',
      };
    }
    if (!line.structured) {
      return {
        kind: 'suspense',
        reason: 'not-structured',
        detail: `the communication ${JSON.stringify(line.communication)} is not a valid structured communication`,
      };
    }
    return {
      kind: 'suspense',
      reason: 'unknown-communication',
      detail: `no loan has the structured communication ${line.communication}`,
    };
  }
  if (loan.state.status !== 'active') {
    return {
      kind: 'suspense',
      reason: 'loan-not-active',
      detail: `loan ${loan.loanId} is ${loan.state.status}: it takes no repayment`,
    };
  }
  const paidOn = LocalDate.parse(line.valueDate);
  const amount = Money.parse(line.amount);
  const repay = Money.min(amount, payableOn(loan.state, paidOn));
  return { kind: 'book', loanId: loan.loanId, paidOn, repay, unappliedCredit: amount.minus(repay) };
}
