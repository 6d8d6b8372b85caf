import { formatBusinessDate } from '../../time';
import type { CallGuarantee } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent } from '../events';
import type { LoanState } from '../state';
import { checkNotBefore, checkNotInFuture, formatAmount, requireStatus } from '../rules/common';
import { checkStillCovers, findGuarantee } from '../rules/guarantees';

/** A defaulted loan's guarantor is called upon, for at most what the guarantee still covers. */
export function decideCallGuarantee(
  command: CallGuarantee,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['defaulted', 'written-off']);
  const g = findGuarantee(state, command.loanId, command.guaranteeId);
  const v = new Violations();
  checkNotInFuture(v, ctx, command.calledOn, 'calledOn');
  checkNotBefore(
    v,
    command.calledOn,
    state.default!.defaultedOn,
    'call-before-default',
    'the call date',
    'calledOn',
  );
  checkStillCovers(v, g);
  const amount = command.amount ?? g.remaining;
  v.check(
    command.amount !== undefined && !command.amount.isPositive(),
    'amount-not-positive',
    () => `a call of ${formatAmount(amount)} must be more than 0.00`,
    'amount',
  );
  v.check(
    g.remaining.isPositive() && amount.gt(g.remaining),
    'call-above-guarantee',
    () =>
      `guarantee ${g.guaranteeId} covers ${formatAmount(g.remaining)}; ${formatAmount(amount)} cannot be called`,
    'amount',
  );
  v.throwIfAny();
  const calledOn = formatBusinessDate(command.calledOn);
  return [
    {
      type: 'GuaranteeCalled',
      effectiveOn: calledOn,
      data: {
        loanId: command.loanId,
        guaranteeId: g.guaranteeId,
        calledOn,
        amount: amount.toString(),
      },
    },
  ];
}
