/**
 * The input cannot make a correct document (a missing name, no reasons, an offer that ends
 * before it is made). Every problem is listed, so a clerk can fix them at once.
 */
export class DocumentInputError extends Error {
  constructor(
    readonly document: string,
    readonly problems: readonly string[],
  ) {
    super(`Cannot make the ${document}: ${problems.join('; ')}`);
    this.name = 'DocumentInputError';
  }
}

/** Collects problems, then throws them together. */
export class InputProblems {
  private readonly problems: string[] = [];

  constructor(private readonly document: string) {}

  check(condition: boolean, problem: () => string): void {
    if (!condition) this.problems.push(problem());
  }

  requireText(value: unknown, field: string): void {
    this.check(typeof value === 'string' && value.trim().length > 0, () => `${field} is required`);
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new DocumentInputError(this.document, this.problems);
  }
}
