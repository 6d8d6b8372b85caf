import type { LoanCommand } from '../loan/commands';
import type { DecisionContext } from '../loan/context';
import { decide } from '../loan/decide';
import type { LoanEvent } from '../loan/events';
import { foldLoan } from '../loan/state';

/**
 * The decider's own events for `commands` on top of `given`: how the specs build a loan's
 * history from commands rather than writing events by hand. Test-only.
 */
export function recordedHistory(
  given: LoanEvent[],
  commands: LoanCommand[],
  ctx: DecisionContext,
): LoanEvent[] {
  const events = [...given];
  let state = foldLoan(given);
  for (const command of commands) {
    const produced = decide(command, state, ctx);
    events.push(...produced);
    state = foldLoan(produced, state);
  }
  return events;
}
