import type { LoanCommand } from './commands';
import type { DecisionContext } from './context';
import { decide } from './decide';
import type { LoanEvent } from './events';
import { evolve, initialLoanState, type LoanState } from './state';

/**
 * A decider (in Jérémie Chassaing's sense): what a command means in a state (`decide`, pure,
 * given the context it may consult), how an event changes the state (`evolve`), and the state
 * before the first event. A stream's state is its events folded by `evolve` from `initialState`.
 */
export interface Decider<Command, Event, State, Context> {
  decide(command: Command, state: State, ctx: Context): Event[];
  evolve(state: State, event: Event): State;
  initialState: State;
}

/** The loan's decider: decide.ts, and state.ts's evolve from the loan that does not exist yet. */
export const loanDecider: Decider<LoanCommand, LoanEvent, LoanState, DecisionContext> = {
  decide,
  evolve,
  initialState: initialLoanState,
};
