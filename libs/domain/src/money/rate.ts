import Decimal from 'decimal.js';
import { Dec } from './decimal';
import { FormatError, quoteInput } from './format-error';

const RATE_PATTERN = /^\d+(\.\d{1,6})?$/;
const MAX_DECIMALS = 6;

/** The text is not a rate in the API's format ("0.06"). */
export class RateFormatError extends FormatError {
  readonly code = 'rate-format' as const;

  constructor(message: string) {
    super(message);
  }
}

/**
 * An annual nominal interest rate as an exact decimal fraction: "0.06" is 6 %.
 * 0 ≤ rate < 1, at most six decimals (enough for 0.875 % = "0.00875").
 */
export class Rate {
  private constructor(private readonly value: Dec) {
    Object.freeze(this);
  }

  /** Reads "0.06", "0.0675", "0" ... Rejects numbers, percentages, exponents. */
  static parse(text: unknown): Rate {
    if (typeof text !== 'string') {
      throw new RateFormatError(
        `${quoteInput(text)} is not a rate; write rates as text, as a fraction: "0.06" for 6 %`,
      );
    }
    if (!RATE_PATTERN.test(text)) {
      throw new RateFormatError(explainBadRate(text));
    }
    const value = new Dec(text);
    if (value.gte(1)) {
      throw new RateFormatError(
        `${quoteInput(text)} is 100 % or more; write rates as a fraction: "0.06" for 6 %`,
      );
    }
    return new Rate(value);
  }

  static isValid(text: unknown): boolean {
    return typeof text === 'string' && RATE_PATTERN.test(text) && new Dec(text).lt(1);
  }

  /**
   * For rates computed in code (a legal-rate band's half, IRS + margin).
   * Must already be exact within six decimals; nothing is rounded silently.
   */
  static of(value: Decimal.Value): Rate {
    const d = new Dec(value);
    if (!d.isFinite() || d.isNegative() || d.gte(1) || d.decimalPlaces() > MAX_DECIMALS) {
      throw new RangeError(
        `${d.toString()} is not a rate (0 ≤ rate < 1, at most ${MAX_DECIMALS} decimals)`,
      );
    }
    return new Rate(d);
  }

  toDecimal(): Dec {
    return this.value;
  }

  /**
   * The rate of one period when the year has `periodsPerYear` periods
   * (DOMAIN.md §1: rate / p). Unrounded.
   */
  perPeriod(periodsPerYear: number): Dec {
    if (!Number.isInteger(periodsPerYear) || periodsPerYear <= 0) {
      throw new RangeError(`periodsPerYear must be a positive whole number, got ${periodsPerYear}`);
    }
    return this.value.dividedBy(periodsPerYear);
  }

  compare(other: Rate): -1 | 0 | 1 {
    return this.value.comparedTo(other.value) as -1 | 0 | 1;
  }

  equals(other: Rate): boolean {
    return this.value.eq(other.value);
  }

  gt(other: Rate): boolean {
    return this.value.gt(other.value);
  }

  gte(other: Rate): boolean {
    return this.value.gte(other.value);
  }

  lt(other: Rate): boolean {
    return this.value.lt(other.value);
  }

  lte(other: Rate): boolean {
    return this.value.lte(other.value);
  }

  isZero(): boolean {
    return this.value.isZero();
  }

  /** Fewest decimals, at least two: "0.06", "0.0675", "0.00875", "0.00". */
  toString(): string {
    const places = this.value.decimalPlaces();
    return this.value.toFixed(places < 2 ? 2 : places);
  }

  toJSON(): string {
    return this.toString();
  }

  /** "6 %", "6.75 %", "0.875 %" (as in DOMAIN.md). */
  toPercentString(): string {
    return `${this.value.times(100).toFixed()} %`;
  }

  /** "6,75 %" for Dutch documents, "6.75 %" in en. */
  format(locale: 'nl-BE' | 'en' = 'nl-BE'): string {
    if (locale === 'en') return this.toPercentString();
    if (locale !== 'nl-BE') throw new RangeError(`Unsupported locale ${String(locale)}`);
    return this.toPercentString().replace('.', ',');
  }
}

function explainBadRate(text: string): string {
  const q = quoteInput(text);
  if (text.length === 0) return 'The rate is empty; write it as a fraction, e.g. "0.06" for 6 %';
  if (/\s/.test(text)) return `${q} contains spaces; write the rate without them, e.g. "0.06"`;
  if (text.includes('%'))
    return `${q} is a percentage; write the rate as a fraction: "0.06" for 6 %`;
  if (text.startsWith('-')) return `${q} is negative; a rate is 0 or more`;
  if (/^\d+\.\d{7,}$/.test(text)) return `${q} has more than ${MAX_DECIMALS} decimals`;
  if (/[eE]/.test(text)) return `${q} uses an exponent; write the rate in full, e.g. "0.06"`;
  if (text.includes(',')) return `${q} contains a comma; use a point: "0.06" for 6 %`;
  return `${q} is not a rate; write it as a fraction, e.g. "0.06" for 6 %`;
}
