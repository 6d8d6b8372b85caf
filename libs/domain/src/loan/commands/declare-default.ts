import { addMonthsClamped, formatBusinessDate } from '../../time';
import type { DeclareDefault } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent } from '../events';
import type { LoanState } from '../state';
import { arrearsOf, ledgerOf } from '../ledger';
import { checkNotBefore, checkNotInFuture, requireStatus } from '../rules/common';

/** Arrears count as a cause of default once the oldest unpaid instalment is over 3 months late. */
export const DEFAULT_ARREARS_MONTHS = 3;

/**
 * DOMAIN.md 2: an active loan is declared in default with its cause. The day is not before the
 * last payment (the ledger up to it is final); the event keeps the principal outstanding and
 * the arrears on that day, which the guarantee claim and the reports start from.
 */
export function decideDefault(
  command: DeclareDefault,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['active']);
  const on = command.defaultedOn;
  const v = new Violations();
  checkNotInFuture(v, ctx, on, 'on');
  checkNotBefore(
    v,
    on,
    state.disbursement!.disbursedOn,
    'default-before-disbursement',
    'the default date',
    'on',
  );
  for (const m of state.movements) {
    checkNotBefore(v, on, m.date, 'default-before-last-payment', 'the default date', 'on');
    if (!v.isEmpty) break;
  }
  v.throwIfAny();
  const ledger = ledgerOf(state, on);
  const arrears = arrearsOf(ledger, on);
  if (command.cause === 'arrears') {
    const oldest = arrears.oldestDueOn;
    v.check(
      !oldest || !addMonthsClamped(oldest, DEFAULT_ARREARS_MONTHS).isBefore(on),
      'arrears-not-over-three-months',
      () =>
        oldest
          ? `on ${formatBusinessDate(on)} the oldest unpaid instalment (due ${formatBusinessDate(oldest)}) is ${arrears.daysPastDue} days late, not over ${DEFAULT_ARREARS_MONTHS} months`
          : `the loan has no arrears on ${formatBusinessDate(on)}`,
      'cause',
    );
    v.throwIfAny();
  }
  const defaultedOn = formatBusinessDate(on);
  return [
    {
      type: 'LoanDefaulted',
      effectiveOn: defaultedOn,
      data: {
        loanId: command.loanId,
        defaultedOn,
        cause: command.cause,
        outstandingPrincipal: ledger.outstandingPrincipal.toString(),
        arrearsInterest: arrears.interest.toString(),
        arrearsPrincipal: arrears.principal.toString(),
        daysPastDue: arrears.daysPastDue,
      },
    },
  ];
}
