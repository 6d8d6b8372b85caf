import { formatBusinessDate } from '../../time';
import type { RefuseGuaranteeRelease } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent } from '../events';
import type { LoanState } from '../state';
import { isGuaranteeReleaseRefusalReasonCode } from '../reason-codes';
import { formatAmount, requireStatus } from '../rules/common';
import {
  ANY_STATUS,
  checkDecisionDate,
  checkStillCovers,
  findGuarantee,
} from '../rules/guarantees';

/**
 * DOMAIN.md 4.5: a refused release, with its coded reasons and an explanation, which the
 * enterprise and the guarantor receive in writing. Nothing about the guarantee changes.
 */
export function decideRefuseGuaranteeRelease(
  command: RefuseGuaranteeRelease,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ANY_STATUS);
  const g = findGuarantee(state, command.loanId, command.guaranteeId);
  const v = new Violations();
  checkDecisionDate(v, ctx, state, command.refusedOn, 'release-refusal', 'refusedOn');
  checkStillCovers(v, g);
  v.check(
    command.reasons.length === 0,
    'release-refusal-reason-required',
    () => 'a refused release needs at least one reason of the code of conduct (DOMAIN.md 4.5)',
    'reasons',
  );
  // Events are facts: a code the letter cannot word (DOMAIN.md 4.5) is never recorded.
  const unknown = command.reasons.filter((r) => !isGuaranteeReleaseRefusalReasonCode(r));
  v.check(
    unknown.length > 0,
    'unknown-release-refusal-reason',
    () => `unknown reason for refusing a release: ${unknown.join(', ')}`,
    'reasons',
  );
  v.check(
    command.explanation.trim() === '',
    'release-refusal-explanation-required',
    () =>
      'a refused release is explained in writing to the enterprise and the guarantor: give the explanation',
    'explanation',
  );
  if (command.amountRequested) {
    v.check(
      !command.amountRequested.isPositive() || command.amountRequested.gt(g.remaining),
      'release-above-guarantee',
      () =>
        `guarantee ${g.guaranteeId} covers ${formatAmount(g.remaining)}; a release of ${formatAmount(command.amountRequested!)} cannot have been asked for`,
      'amountRequested',
    );
  }
  v.throwIfAny();
  const refusedOn = formatBusinessDate(command.refusedOn);
  return [
    {
      type: 'GuaranteeReleaseRefused',
      effectiveOn: refusedOn,
      data: {
        loanId: command.loanId,
        guaranteeId: g.guaranteeId,
        refusedOn,
        ...(command.amountRequested ? { amountRequested: command.amountRequested.toString() } : {}),
        reasons: [...new Set(command.reasons)],
        explanation: command.explanation.trim(),
      },
    },
  ];
}
