/**
 * Base of every "the client sent text we cannot read" error in the domain
 * (money, rates, dates, months, enterprise numbers, ...).
 *
 * The HTTP layer maps any FormatError to a 400 problem response and puts
 * `code` into the `errors[]` entry; `message` is written for a clerk.
 */
export abstract class FormatError extends Error {
  abstract readonly code: string;

  protected constructor(message: string) {
    super(message);
    // Keep the concrete class name in logs and stack traces.
    this.name = new.target.name;
  }
}

/** Quote user input in a message without dumping a huge or multi-line value into it. */
export function quoteInput(input: unknown): string {
  if (typeof input !== 'string') {
    return describeNonString(input);
  }
  const shown = input.length > 40 ? `${input.slice(0, 37)}...` : input;
  return JSON.stringify(shown);
}

function describeNonString(input: unknown): string {
  if (input === null) return 'null';
  if (input === undefined) return 'nothing';
  if (typeof input === 'number' || typeof input === 'bigint') return `the number ${String(input)}`;
  if (typeof input === 'boolean') return `the value ${String(input)}`;
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'an object' : `a ${typeof input}`;
}
