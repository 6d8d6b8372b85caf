import type { LoanCommand } from './commands';
import { decideApply } from './commands/apply';
import { decideApprove } from './commands/approve';
import { decideDisburse } from './commands/disburse';
import { decideRefuse } from './commands/refuse';
import { decideWithdraw } from './commands/withdraw';
import type { DecisionContext } from './context';
import type { LoanEvent } from './events';
import type { LoanState } from './state';

/**
 * The loan decider: what a command means for a loan in a given state.
 * Throws RuleViolationError, LoanStateConflictError or LoanNotFoundError; returns the events otherwise.
 */
export function decide(command: LoanCommand, state: LoanState, ctx: DecisionContext): LoanEvent[] {
  switch (command.type) {
    case 'ApplyForLoan':
      return decideApply(command, state, ctx);
    case 'ApproveLoan':
      return decideApprove(command, state, ctx);
    case 'RefuseLoan':
      return decideRefuse(command, state, ctx);
    case 'WithdrawApplication':
      return decideWithdraw(command, state, ctx);
    case 'DisburseLoan':
      return decideDisburse(command, state, ctx);
  }
}
