import { formatBusinessDate } from '../../time';
import type { RequestWrittenRefusal } from '../commands';
import type { DecisionContext } from '../context';
import { LoanStateConflictError, Violations } from '../errors';
import type { LoanEvent } from '../events';
import type { LoanState } from '../state';
import { checkNotInFuture, requireStatus } from '../rules/common';

/** DOMAIN.md 4.4: a request later than this after the application obliges the lender to nothing. */
export const WRITTEN_REFUSAL_REQUEST_MONTHS = 6;

/**
 * The lender explains a refusal orally; only when the enterprise explicitly asks, within 6
 * months after its application, must it deliver the reasons in writing. The event is the
 * request; the documents processor writes the statement from it.
 */
export function decideRequestWrittenRefusal(
  command: RequestWrittenRefusal,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['refused']);
  if (state.writtenRefusal) {
    throw new LoanStateConflictError(
      state.status,
      command.type,
      `the written refusal statement was requested on ${formatBusinessDate(state.writtenRefusal.requestedOn)} already; it is among the loan's documents`,
    );
  }
  const appliedOn = state.application!.appliedOn;
  const refusedOn = state.refusal!.refusedOn;
  const deadline = appliedOn.plusMonths(WRITTEN_REFUSAL_REQUEST_MONTHS);
  const v = new Violations();
  checkNotInFuture(v, ctx, command.requestedOn, 'requestedOn');
  v.check(
    command.requestedOn.isBefore(refusedOn),
    'written-refusal-before-refusal',
    () =>
      `the request of ${formatBusinessDate(command.requestedOn)} lies before the refusal of ${formatBusinessDate(refusedOn)}`,
    'requestedOn',
  );
  v.check(
    command.requestedOn.isAfter(deadline),
    'written-refusal-too-late',
    () =>
      `the enterprise asked on ${formatBusinessDate(command.requestedOn)}, more than ${WRITTEN_REFUSAL_REQUEST_MONTHS} months after its application of ${formatBusinessDate(appliedOn)}: a written refusal statement is due only when asked by ${formatBusinessDate(deadline)}`,
    'requestedOn',
  );
  v.throwIfAny();
  const requestedOn = formatBusinessDate(command.requestedOn);
  return [
    {
      type: 'WrittenRefusalRequested',
      effectiveOn: requestedOn,
      data: {
        loanId: command.loanId,
        requestedOn,
        requestDeadline: formatBusinessDate(deadline),
      },
    },
  ];
}
