/**
 * Domain errors. The HTTP layer maps them by class, never by message:
 * RuleViolationError → 422, LoanStateConflictError → 409, LoanNotFoundError → 404.
 */

export interface RuleViolation {
  /** Stable code clients can rely on, e.g. `amount-above-maximum`. */
  rule: string;
  /** A sentence a clerk understands, naming the figures involved. */
  message: string;
  /** The command field the rule is about, when there is one. */
  field?: string;
}

/** A product or policy rule is broken: nothing is recorded. */
export class RuleViolationError extends Error {
  constructor(readonly violations: RuleViolation[]) {
    super(violations.map((v) => v.message).join('; '));
    this.name = 'RuleViolationError';
  }
}

/**
 * The command does not fit the stream's current state (or the stream moved on: If-Match, a
 * concurrent writer). The domain knows the state; whoever read the stream adds its version
 * (`atVersion`), so that a client can reload and decide again.
 */
export class LoanStateConflictError extends Error {
  constructor(
    readonly currentState: string,
    readonly commandType: string,
    message?: string,
    readonly currentVersion?: number,
  ) {
    super(message ?? `${commandType} is not possible for a loan that is ${currentState}`);
    this.name = 'LoanStateConflictError';
  }

  /** The same conflict, with the version of the stream it was decided on. */
  atVersion(version: number): LoanStateConflictError {
    return new LoanStateConflictError(this.currentState, this.commandType, this.message, version);
  }
}

/**
 * Runs a decision on a stream read at `version`: a state conflict it throws carries that
 * version, so that every caller reports conflicts the same way (the problem filter adds it).
 */
export function decidedAt<T>(version: number, decide: () => T): T {
  try {
    return decide();
  } catch (error) {
    if (error instanceof LoanStateConflictError) throw error.atVersion(version);
    throw error;
  }
}

export class LoanNotFoundError extends Error {
  constructor(readonly loanId: string) {
    super(`loan ${loanId} does not exist`);
    this.name = 'LoanNotFoundError';
  }
}

/** Collects violations so that a command reports every broken rule at once. */
export class Violations {
  private readonly list: RuleViolation[] = [];

  add(rule: string, message: string, field?: string): this {
    this.list.push(field === undefined ? { rule, message } : { rule, message, field });
    return this;
  }

  check(broken: boolean, rule: string, message: () => string, field?: string): this {
    if (broken) this.add(rule, message(), field);
    return this;
  }

  get isEmpty(): boolean {
    return this.list.length === 0;
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new RuleViolationError([...this.list]);
  }
}

/** The loan has no guarantee with this id (404, like an unknown loan). */
export class GuaranteeNotFoundError extends Error {
  constructor(
    readonly loanId: string,
    readonly guaranteeId: string,
  ) {
    super(`loan ${loanId} has no guarantee ${guaranteeId}`);
    this.name = 'GuaranteeNotFoundError';
  }
}
