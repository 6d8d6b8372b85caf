import { formatBusinessDate } from '../../time';
import type { ReleaseGuarantee } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent } from '../events';
import type { LoanState } from '../state';
import { formatAmount, requireStatus } from '../rules/common';
import {
  ANY_STATUS,
  checkDecisionDate,
  checkStillCovers,
  findGuarantee,
} from '../rules/guarantees';

/** Release wholly (no amount) or partly; what is left stays a guarantee. Any status. */
export function decideReleaseGuarantee(
  command: ReleaseGuarantee,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ANY_STATUS);
  const g = findGuarantee(state, command.loanId, command.guaranteeId);
  const v = new Violations();
  checkDecisionDate(v, ctx, state, command.releasedOn, 'release', 'releasedOn');
  checkStillCovers(v, g);
  const amount = command.amount ?? g.remaining;
  if (command.amount) {
    v.check(
      !command.amount.isPositive(),
      'amount-not-positive',
      () => `a release of ${formatAmount(command.amount!)} must be more than 0.00`,
      'amount',
    );
    v.check(
      g.remaining.isPositive() && command.amount.gt(g.remaining),
      'release-above-guarantee',
      () =>
        `guarantee ${g.guaranteeId} still covers ${formatAmount(g.remaining)}; ${formatAmount(command.amount!)} cannot be released`,
      'amount',
    );
  }
  v.throwIfAny();
  const releasedOn = formatBusinessDate(command.releasedOn);
  return [
    {
      type: 'GuaranteeReleased',
      effectiveOn: releasedOn,
      data: {
        loanId: command.loanId,
        guaranteeId: g.guaranteeId,
        releasedOn,
        amount: amount.toString(),
        remaining: g.remaining.minus(amount).toString(),
      },
    },
  ];
}
