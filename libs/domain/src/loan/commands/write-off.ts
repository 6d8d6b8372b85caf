import { formatBusinessDate } from '../../time';
import type { WriteOffLoan } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent } from '../events';
import type { LoanState } from '../state';
import { checkNotBefore, checkNotInFuture, requireStatus } from '../rules/common';

/** The principal still unpaid is given up; recoveries may still come in afterwards. */
export function decideWriteOff(
  command: WriteOffLoan,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['defaulted']);
  const v = new Violations();
  checkNotInFuture(v, ctx, command.writtenOffOn, 'writtenOffOn');
  checkNotBefore(
    v,
    command.writtenOffOn,
    state.default!.defaultedOn,
    'write-off-before-default',
    'the write-off date',
    'writtenOffOn',
  );
  v.throwIfAny();
  const writtenOffOn = formatBusinessDate(command.writtenOffOn);
  return [
    {
      type: 'LoanWrittenOff',
      effectiveOn: writtenOffOn,
      data: {
        loanId: command.loanId,
        writtenOffOn,
        amount: state.outstandingPrincipal.toString(),
        reason: command.reason.trim(),
      },
    },
  ];
}
