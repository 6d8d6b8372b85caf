import { FormatError, quoteInput } from '../money/format-error';

/**
 * A Belgian enterprise number (KBO/BCE), always in the normal form
 * "0123.456.789". A branded string: it serialises as itself in events and
 * JSON, and only parseEnterpriseNumber can make one.
 */
export type EnterpriseNumber = string & { readonly __brand: 'EnterpriseNumber' };

export type EnterpriseNumberProblem = 'format' | 'check-digits';

export class EnterpriseNumberError extends FormatError {
  readonly code = 'enterprise-number' as const;

  constructor(
    message: string,
    /** Whether the text was not shaped like a number, or its check digits failed (likely a typo). */
    readonly problem: EnterpriseNumberProblem,
  ) {
    super(message);
  }
}

// Optional "BE" (with or without one space), then the ten digits either
// grouped 4.3.3 with points or written together.
const ENTERPRISE_NUMBER_PATTERN = /^(?:BE ?)?(?:(\d{4})\.(\d{3})\.(\d{3})|(\d{10}))$/i;

/**
 * Accepts "0123.456.789", "0123456789", "BE0123456789", "BE 0123.456.789";
 * returns "0123.456.789". Ten digits, the first 0 or 1, and the last two equal
 * to 97 − (first eight mod 97).
 */
export function parseEnterpriseNumber(text: unknown): EnterpriseNumber {
  const example = 'e.g. "0123.456.749"';
  if (typeof text !== 'string') {
    throw new EnterpriseNumberError(
      `${quoteInput(text)} is not an enterprise number; write it as text, ${example}`,
      'format',
    );
  }
  const match = ENTERPRISE_NUMBER_PATTERN.exec(text);
  if (!match) {
    throw new EnterpriseNumberError(
      `${quoteInput(text)} is not an enterprise number: expected ten digits as 0123.456.789, 0123456789 or BE0123456789`,
      'format',
    );
  }
  const digits = match[4] ?? `${match[1]}${match[2]}${match[3]}`;
  if (digits[0] !== '0' && digits[0] !== '1') {
    throw new EnterpriseNumberError(
      `${quoteInput(text)} is not an enterprise number: it must start with 0 or 1`,
      'format',
    );
  }
  if (checkDigits(digits.slice(0, 8)) !== digits.slice(8)) {
    throw new EnterpriseNumberError(
      `${quoteInput(text)} is not a valid enterprise number: its check digits do not match (is there a typing error?)`,
      'check-digits',
    );
  }
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` as EnterpriseNumber;
}

export function isValidEnterpriseNumber(text: unknown): boolean {
  try {
    parseEnterpriseNumber(text);
    return true;
  } catch {
    return false;
  }
}

/** "0123456749": the ten digits without points, as some registers want them. */
export function enterpriseNumberDigits(number: EnterpriseNumber): string {
  return number.replace(/\./g, '');
}

/** 97 − (n mod 97), two digits; "97" when n is a multiple of 97. */
function checkDigits(firstEight: string): string {
  // Eight digits fit a JavaScript number exactly; this is not money.
  const remainder = Number.parseInt(firstEight, 10) % 97;
  return String(97 - remainder).padStart(2, '0');
}
