import { Money } from '../../money';
import { formatBusinessDate } from '../../time';
import type { RecordRecovery } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent } from '../events';
import type { LoanState } from '../state';
import { checkNotBefore, checkNotInFuture, formatAmount, requireStatus } from '../rules/common';

/** Money received on a defaulted (or written-off) loan, at most the principal still unpaid. */
export function decideRecovery(
  command: RecordRecovery,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['defaulted', 'written-off']);
  const dflt = state.default!;
  const v = new Violations();
  checkNotInFuture(v, ctx, command.receivedOn, 'receivedOn');
  checkNotBefore(
    v,
    command.receivedOn,
    dflt.defaultedOn,
    'recovery-before-default',
    'the recovery date',
    'receivedOn',
  );
  const recoverable = dflt.outstandingPrincipal.minus(state.recovered);
  v.check(
    !command.amount.isPositive(),
    'amount-not-positive',
    () => `a recovery of ${formatAmount(command.amount)} must be more than 0.00`,
    'amount',
  );
  v.check(
    command.amount.gt(recoverable),
    'recovery-above-outstanding',
    () =>
      `a recovery of ${formatAmount(command.amount)} is more than the ${formatAmount(recoverable)} of principal not yet recovered (${formatAmount(dflt.outstandingPrincipal)} at the default)`,
    'amount',
  );
  v.throwIfAny();
  const receivedOn = formatBusinessDate(command.receivedOn);
  const outstanding =
    state.status === 'written-off'
      ? Money.zero()
      : state.outstandingPrincipal.minus(command.amount);
  return [
    {
      type: 'RecoveryRecorded',
      effectiveOn: receivedOn,
      data: {
        loanId: command.loanId,
        receivedOn,
        amount: command.amount.toString(),
        source: command.source,
        outstandingPrincipal: Money.max(outstanding, Money.zero()).toString(),
      },
    },
  ];
}
