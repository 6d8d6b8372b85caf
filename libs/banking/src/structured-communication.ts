import { createHash } from 'node:crypto';

/**
 * A Belgian structured communication (gestructureerde mededeling / communication structurée,
 * OGM/VCS): ten digits and a two-digit check, the ten digits mod 97 (97 when that is 0), always
 * held in the normal form "+++123/4567/89002+++". A branded string: it serialises as itself in
 * events and JSON, and only this module makes one.
 */
export type StructuredCommunication = string & { readonly __brand: 'StructuredCommunication' };

export type StructuredCommunicationProblem = 'format' | 'check-digits';

export class StructuredCommunicationError extends Error {
  readonly code = 'structured-communication' as const;

  constructor(
    message: string,
    /** Not shaped like a communication, or its check digits failed (likely a typing error). */
    readonly problem: StructuredCommunicationProblem,
  ) {
    super(message);
    this.name = 'StructuredCommunicationError';
  }
}

const TEN = 10_000_000_000n;

/** The two check digits of ten digits: their value mod 97, "97" when that is 0. */
export function structuredCommunicationCheck(tenDigits: string): string {
  if (!/^\d{10}$/.test(tenDigits)) {
    throw new StructuredCommunicationError(
      `${quote(tenDigits)} is not ten digits: a structured communication's check is computed on its first ten digits`,
      'format',
    );
  }
  const remainder = BigInt(tenDigits) % 97n;
  return (remainder === 0n ? 97n : remainder).toString().padStart(2, '0');
}

/** "+++123/4567/89002+++" from ten digits, with their check digits. */
export function structuredCommunicationOf(tenDigits: string): StructuredCommunication {
  return format(tenDigits + structuredCommunicationCheck(tenDigits));
}

// What people type and banks print: "+++123/4567/89002+++", "***123/4567/89002***",
// "123/4567/89002", "123456789002", with spaces anywhere. The +++ or *** may be left off, but
// when given they are given on both sides, the same. The slashes are all there or none.
const SHAPE = /^(?:(\+{3}|\*{3})(.*)\1|(.*))$/;
const DIGITS = /^(?:(\d{3})\/(\d{4})\/(\d{5})|(\d{12}))$/;

/**
 * Reads a structured communication as written by a person or a bank, checks its check digits
 * and returns its normal form. Throws StructuredCommunicationError ('format' or 'check-digits').
 */
export function parseStructuredCommunication(text: unknown): StructuredCommunication {
  const example = 'e.g. "+++090/9337/55493+++"';
  if (typeof text !== 'string') {
    throw new StructuredCommunicationError(
      `${quote(text)} is not a structured communication; write it as text, ${example}`,
      'format',
    );
  }
  const compact = text.replace(/\s+/g, '');
  const shaped = SHAPE.exec(compact)!;
  const inner = shaped[2] ?? shaped[3];
  const digits = DIGITS.exec(inner);
  if (!digits) {
    throw new StructuredCommunicationError(
      `${quote(text)} is not a structured communication: expected twelve digits as +++123/4567/89012+++, 123/4567/89012 or 123456789012, ${example}`,
      'format',
    );
  }
  const twelve = digits[4] ?? `${digits[1]}${digits[2]}${digits[3]}`;
  if (structuredCommunicationCheck(twelve.slice(0, 10)) !== twelve.slice(10)) {
    throw new StructuredCommunicationError(
      `${quote(text)} is not a valid structured communication: its check digits do not match (is there a typing error?)`,
      'check-digits',
    );
  }
  return format(twelve);
}

export function isValidStructuredCommunication(text: unknown): boolean {
  try {
    parseStructuredCommunication(text);
    return true;
  } catch {
    return false;
  }
}

/** "123456789002": the twelve digits, as CODA, camt.053 and payment orders carry them. */
export function structuredCommunicationDigits(communication: StructuredCommunication): string {
  return communication.replace(/[^\d]/g, '');
}

/**
 * The structured communication of a loan, derived from its id alone, so that no sequence is
 * shared between writers: the SHA-256 of the id (and, from attempt 1 on, of "id#attempt") read as
 * a number, mod 10^10, gives the ten digits. Two of n loans meet with a chance of about
 * n² / (2 · 10^10) (0.5 % for 10 000 loans, even odds near 118 000), so the caller checks the candidate against the communications
 * already given (its read model) and, when it is taken, asks for the next attempt. The attempt
 * that was used is recorded with the communication, so the same loan always gets the same one.
 */
export function structuredCommunicationForLoan(
  loanId: string,
  attempt = 0,
): StructuredCommunication {
  if (!Number.isInteger(attempt) || attempt < 0) {
    throw new RangeError(`attempt must be a whole number from 0, not ${String(attempt)}`);
  }
  const seed = attempt === 0 ? loanId : `${loanId}#${attempt}`;
  const hash = BigInt(`0x${createHash('sha256').update(seed, 'utf8').digest('hex')}`);
  return structuredCommunicationOf((hash % TEN).toString().padStart(10, '0'));
}

/** The first candidate for the loan that `isTaken` says is free, and the attempt that made it. */
export async function assignStructuredCommunication(
  loanId: string,
  isTaken: (candidate: StructuredCommunication) => boolean | Promise<boolean>,
  maxAttempts = 20,
): Promise<{ communication: StructuredCommunication; attempt: number }> {
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const communication = structuredCommunicationForLoan(loanId, attempt);
    if (!(await isTaken(communication))) return { communication, attempt };
  }
  throw new Error(
    `no free structured communication for loan ${loanId} in ${maxAttempts} attempts: the lookup of communications in use answers "taken" for everything`,
  );
}

/**
 * The loan a communication was given to, through the caller's lookup (its read model of the
 * communications recorded at disbursement). A text that is not a valid communication has no
 * loan: a payment with a typing error in its communication goes to the suspense items.
 */
export async function loanOfCommunication(
  text: string,
  lookup: (
    communication: StructuredCommunication,
  ) => string | undefined | Promise<string | undefined>,
): Promise<string | undefined> {
  if (!isValidStructuredCommunication(text)) return undefined;
  return lookup(parseStructuredCommunication(text));
}

function format(twelve: string): StructuredCommunication {
  return `+++${twelve.slice(0, 3)}/${twelve.slice(3, 7)}/${twelve.slice(7)}+++` as StructuredCommunication;
}

function quote(input: unknown): string {
  if (typeof input !== 'string') return input === undefined ? 'nothing' : `a ${typeof input}`;
  return JSON.stringify(input.length > 40 ? `${input.slice(0, 37)}...` : input);
}
