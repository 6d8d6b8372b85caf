import { boundViolations } from '../bounds';
import type { LoanCommand } from './commands';
import { decideApply } from './commands/apply';
import { decideApprove } from './commands/approve';
import { decideCallGuarantee } from './commands/call-guarantee';
import { decideGovernmentGuaranteeClaim } from './commands/claim-government-guarantee';
import { decideDefault } from './commands/declare-default';
import { decideDisburse } from './commands/disburse';
import { decideRecovery } from './commands/record-recovery';
import { decideRefuseGuaranteeRelease } from './commands/refuse-guarantee-release';
import { decideReleaseGuarantee } from './commands/release-guarantee';
import { decideLapse } from './commands/lapse';
import { decideRepay } from './commands/repay';
import { decideRepayEarly } from './commands/repay-early';
import { decideRefuse } from './commands/refuse';
import { decideWithdraw } from './commands/withdraw';
import { decideWriteOff } from './commands/write-off';
import { decideRequestWrittenRefusal } from './commands/written-refusal';
import { decideRecordCreditAssessment } from './commands/credit-assessment';
import { decideRecordApplicationInformation } from './commands/application-information';
import { decideIssueReminder } from './commands/issue-reminder';
import type { DecisionContext } from './context';
import type { LoanEvent } from './events';
import type { LoanState } from './state';
import { RuleViolationError } from './errors';

/**
 * The loan decider: what a command means for a loan in a given state.
 * Throws RuleViolationError, LoanStateConflictError or LoanNotFoundError; returns the events otherwise.
 */
export function decide(command: LoanCommand, state: LoanState, ctx: DecisionContext): LoanEvent[] {
  // First, whatever the command: a value outside BOUNDS could be recorded but never projected.
  const outOfBounds = boundViolations(command, ['officer']);
  if (outOfBounds.length > 0) throw new RuleViolationError(outOfBounds);
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
    case 'LapseOffer':
      return decideLapse(command, state, ctx);
    case 'RepayInstalment':
      return decideRepay(command, state, ctx);
    case 'RepayEarly':
      return decideRepayEarly(command, state, ctx);
    case 'ReleaseGuarantee':
      return decideReleaseGuarantee(command, state, ctx);
    case 'RefuseGuaranteeRelease':
      return decideRefuseGuaranteeRelease(command, state, ctx);
    case 'DeclareDefault':
      return decideDefault(command, state, ctx);
    case 'CallGuarantee':
      return decideCallGuarantee(command, state, ctx);
    case 'ClaimGovernmentGuarantee':
      return decideGovernmentGuaranteeClaim(command, state, ctx);
    case 'RecordRecovery':
      return decideRecovery(command, state, ctx);
    case 'WriteOffLoan':
      return decideWriteOff(command, state, ctx);
    case 'RequestWrittenRefusal':
      return decideRequestWrittenRefusal(command, state, ctx);
    case 'RecordApplicationInformation':
      return decideRecordApplicationInformation(command, state, ctx);
    case 'RecordCreditAssessment':
      return decideRecordCreditAssessment(command, state, ctx);
    case 'IssueReminder':
      return decideIssueReminder(command, state, ctx);
  }
}
