import { formatBusinessDate } from '../../time';
import type { WithdrawApplication } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent } from '../events';
import type { LoanState } from '../state';
import { checkNotBefore, checkNotInFuture, requireStatus } from '../rules/common';

/** The applicant withdraws an application, or declines an offer before disbursement. */
export function decideWithdraw(
  command: WithdrawApplication,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['applied', 'approved']);
  const v = new Violations();
  checkNotInFuture(v, ctx, command.withdrawnOn, 'withdrawnOn');
  if (state.status === 'approved') {
    checkNotBefore(
      v,
      command.withdrawnOn,
      state.offer!.approvedOn,
      'withdrawal-before-approval',
      'the withdrawal date',
      'withdrawnOn',
    );
  } else {
    checkNotBefore(
      v,
      command.withdrawnOn,
      state.application!.appliedOn,
      'withdrawal-before-application',
      'the withdrawal date',
      'withdrawnOn',
    );
  }
  v.throwIfAny();
  const withdrawnOn = formatBusinessDate(command.withdrawnOn);
  return [
    {
      type: 'ApplicationWithdrawn',
      effectiveOn: withdrawnOn,
      data: {
        loanId: command.loanId,
        withdrawnOn,
        reason: command.reason ?? '',
        withdrawnFrom: state.status === 'approved' ? 'approved' : 'applied',
      },
    },
  ];
}
