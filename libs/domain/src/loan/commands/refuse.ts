import { formatBusinessDate } from '../../time';
import type { RefuseLoan } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent } from '../events';
import { isRefusalReasonCode } from '../reason-codes';
import type { LoanState } from '../state';
import { checkNotBefore, checkNotInFuture, requireStatus } from '../rules/common';

export function decideRefuse(
  command: RefuseLoan,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['applied']);
  const v = new Violations();
  checkNotInFuture(v, ctx, command.refusedOn, 'refusedOn');
  checkNotBefore(
    v,
    command.refusedOn,
    state.application!.appliedOn,
    'refusal-before-application',
    'the refusal date',
    'refusedOn',
  );
  // The code of conduct wants the reasons on record, so a refusal without one is no refusal.
  v.check(
    command.reasons.length === 0,
    'refusal-reason-required',
    () => 'a refusal needs at least one reason code',
    'reasons',
  );
  const unknown = command.reasons.filter((r) => !isRefusalReasonCode(r));
  v.check(
    unknown.length > 0,
    'unknown-refusal-reason',
    () => `unknown refusal reason: ${unknown.join(', ')}`,
    'reasons',
  );
  v.throwIfAny();
  const refusedOn = formatBusinessDate(command.refusedOn);
  return [
    {
      type: 'LoanRefused',
      effectiveOn: refusedOn,
      data: {
        loanId: command.loanId,
        refusedOn,
        reasons: [...new Set(command.reasons)],
        explanation: command.explanation ?? '',
      },
    },
  ];
}
