import type { Decider } from '../loan/decider';

/**
 * Given/when/then for deciders, in the style of Emmett's DeciderSpecification:
 *
 *   spec.given([applied]).when(approve).then([approved]);
 *   spec.given([refused]).when(approve).thenThrows(LoanStateConflictError);
 *
 * Test-only helper; it uses jest's `expect`.
 */

type ErrorClass = abstract new (...args: never[]) => Error;

export class DeciderSpecification<Command, Event, State, Context> {
  constructor(
    private readonly decider: Decider<Command, Event, State, Context>,
    private readonly context: () => Context,
  ) {}

  given(events: Event[]) {
    return {
      when: (command: Command) => {
        const run = (): Event[] => {
          const state = events.reduce(this.decider.evolve, this.decider.initialState);
          return this.decider.decide(command, state, this.context());
        };
        return {
          then: (expected: Event[]): void => {
            expect(run()).toEqual(expected);
          },
          thenEvents: (check: (events: Event[]) => void): void => check(run()),
          thenThrows: <E extends ErrorClass>(
            errorClass: E,
            check?: (error: InstanceType<E>) => void,
          ): void => {
            let thrown: unknown;
            try {
              run();
            } catch (e) {
              thrown = e;
            }
            expect(thrown).toBeInstanceOf(errorClass);
            check?.(thrown as InstanceType<E>);
          },
        };
      },
    };
  }
}
