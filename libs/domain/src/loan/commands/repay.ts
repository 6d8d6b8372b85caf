import type { LocalDate } from '@js-joda/core';
import { Money } from '../../money';
import { formatBusinessDate } from '../../time';
import type { RepayInstalment } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { AllocationData, LoanEvent } from '../events';
import { amountDue, ledgerAsOf, replayLedger, scheduleTermsOf } from '../ledger';
import type { LoanState, Movement } from '../state';
import { checkNotBefore, checkNotInFuture, formatAmount, requireStatus } from '../rules/common';

/**
 * A payment towards the schedule (DOMAIN.md 2: active → active, or repaid when nothing is
 * outstanding). The ledger applies every payment in business-date order, so a payment dated
 * before others is placed among them. A payment may pay everything due up to the next
 * instalment, that one included: paying it before its due date is normal. It is refused (422,
 * nothing recorded) when it, or a later payment moved by it, would be more than that: paying
 * further ahead is an early repayment, its own command with its fee.
 */
export function decideRepay(
  command: RepayInstalment,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['active']);
  const v = new Violations();
  checkNotInFuture(v, ctx, command.paidOn, 'paidOn');
  checkNotBefore(
    v,
    command.paidOn,
    state.disbursement!.disbursedOn,
    'payment-before-disbursement',
    'the payment date',
    'paidOn',
  );
  v.check(
    !command.amount.isPositive(),
    'amount-not-positive',
    () =>
      `a payment of ${formatAmount(command.amount)} is not a payment: it must be more than 0.00`,
    'amount',
  );
  v.throwIfAny();

  const terms = scheduleTermsOf(state);
  const paymentId = `p${state.movements.filter((m) => m.kind === 'payment').length + 1}`;
  const payment: Movement = {
    kind: 'payment',
    paymentId,
    date: command.paidOn,
    amount: command.amount,
  };
  const after = replayLedger(terms, [...state.movements, payment]);
  const over = after.overpayment;
  if (over) {
    if (over.paymentId === paymentId) {
      const due = amountDue(ledgerAsOf(terms, state.movements, command.paidOn), command.paidOn);
      const paidOn = formatBusinessDate(command.paidOn);
      v.add(
        'payment-above-amount-due',
        `the payment of ${formatAmount(command.amount)} on ${paidOn} is more than the ${formatAmount(over.due)} payable up to the next instalment (due ${formatBusinessDate(over.payableUpTo)}); ` +
          (due.instalments > 0
            ? `${formatAmount(due.total)} is due now (${due.instalments} instalment${due.instalments === 1 ? '' : 's'}, the oldest due ${formatBusinessDate(due.oldestDueOn!)})`
            : 'nothing is due now') +
          `. Paying more than that is an early repayment: quote it (GET /loans/${command.loanId}/early-repayment-quote?on=${paidOn}&amount=…), then record it with its fee`,
        'amount',
      );
    } else {
      v.add(
        'payment-above-amount-due',
        `dated ${formatBusinessDate(command.paidOn)}, this payment would come before payment ${over.paymentId} of ${formatAmount(over.amount)} on ${formatBusinessDate(over.paidOn)}, which could then pay only ${formatAmount(over.due)} (payable on its day, up to the instalment due ${formatBusinessDate(over.payableUpTo)})`,
        'paidOn',
      );
    }
    v.throwIfAny();
  }

  const before = replayLedger(terms, state.movements);
  const allocation = after.allocations.get(paymentId)!;
  const paidOn = formatBusinessDate(command.paidOn);
  const events: LoanEvent[] = [
    {
      type: 'InstalmentPaid',
      effectiveOn: paidOn,
      data: {
        loanId: command.loanId,
        paymentId,
        paidOn,
        amount: command.amount.toString(),
        allocation,
        ...totals(allocation),
        outstandingPrincipal: after.outstandingPrincipal.toString(),
      },
    },
  ];
  const moved = [...after.allocations]
    .filter(([id, a]) => id !== paymentId && !sameAllocation(a, before.allocations.get(id)))
    .map(([id, a]) => ({ paymentId: id, allocation: a, ...totals(a) }));
  if (moved.length > 0) {
    events.push({
      type: 'RepaymentsReallocated',
      effectiveOn: paidOn,
      data: { loanId: command.loanId, causedBy: paymentId, payments: moved },
    });
  }
  if (after.settled) {
    const repaidOn = formatBusinessDate(latest(state.movements, command.paidOn));
    events.push({
      type: 'LoanRepaid',
      effectiveOn: repaidOn,
      data: { loanId: command.loanId, repaidOn },
    });
  }
  return events;
}

function totals(allocation: readonly AllocationData[]) {
  return {
    interestPaid: Money.sum(allocation.map((a) => Money.parse(a.interest))).toString(),
    principalPaid: Money.sum(allocation.map((a) => Money.parse(a.principal))).toString(),
  };
}

function sameAllocation(a: readonly AllocationData[], b: readonly AllocationData[] | undefined) {
  return b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/** The latest business date among the movements and `date`. */
export function latest(movements: readonly Movement[], date: LocalDate): LocalDate {
  return movements.reduce((max, m) => (m.date.isAfter(max) ? m.date : max), date);
}
