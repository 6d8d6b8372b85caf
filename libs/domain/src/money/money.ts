import Decimal from 'decimal.js';
import { Dec } from './decimal';
import { FormatError, quoteInput } from './format-error';

const MONEY_PATTERN = /^-?\d+(\.\d{1,2})?$/;
const CENTS_PATTERN = /^-?\d+$/;

/** The text is not an amount in the API's format ("25000.00"). */
export class MoneyFormatError extends FormatError {
  readonly code = 'money-format' as const;

  constructor(message: string) {
    super(message);
  }
}

/** nl-BE for documents and reports; en for English messages (rule violations). */
export type MoneyLocale = 'nl-BE' | 'en';

export interface MoneyFormatOptions {
  /** Prefix the euro sign ("€ 25.000,00", "€25,000.00"); default false. */
  readonly symbol?: boolean;
}

/**
 * An amount in EUR, always a whole number of cents.
 *
 * Held as bigint cents, so adding, subtracting and comparing are exact at
 * any size and never touch a JavaScript number. Multiplying or dividing
 * yields an unrounded Decimal; the caller decides where to round (DOMAIN.md
 * §1: each instalment's interest, each fee, each guarantee claim) and does it
 * with Money.fromDecimal, the only place rounding happens.
 *
 * `cents` is a public own property on purpose: jest's toEqual then compares
 * amounts (a #private field would make every Money "equal").
 */
export class Money {
  private constructor(readonly cents: bigint) {
    // bigint has no negative zero, so "-0.00" needs no special case.
    Object.freeze(this);
  }

  // ---- construction -------------------------------------------------------

  /**
   * Reads an amount as the API writes it: a string of digits with an optional
   * minus sign and at most two decimals ("25000", "25000.5", "-12.30").
   * Anything else, JSON numbers included, is a MoneyFormatError.
   */
  static parse(text: unknown): Money {
    if (typeof text !== 'string') {
      throw new MoneyFormatError(
        `${quoteInput(text)} is not an amount; write amounts as text with at most two decimals, e.g. "25000.00"`,
      );
    }
    if (!MONEY_PATTERN.test(text)) {
      throw new MoneyFormatError(explainBadAmount(text));
    }
    const negative = text.startsWith('-');
    const unsigned = negative ? text.slice(1) : text;
    const [whole, fraction = ''] = unsigned.split('.');
    const cents = BigInt(whole + fraction.padEnd(2, '0'));
    return new Money(negative ? -cents : cents);
  }

  /** True when Money.parse would accept the value. */
  static isValid(text: unknown): boolean {
    return typeof text === 'string' && MONEY_PATTERN.test(text);
  }

  /**
   * Rounds a decimal to the cent, half up (ties away from zero: 0.005 → 0.01,
   * -0.005 → -0.01). The one place where money is rounded.
   */
  static fromDecimal(value: Decimal.Value): Money {
    const d = new Dec(value);
    if (!d.isFinite()) {
      throw new RangeError(`Cannot make an amount of ${d.toString()}`);
    }
    // toFixed on a Decimal is exact string arithmetic (not Number#toFixed),
    // and unlike times(100) it is not limited by the 40-digit precision.
    const fixed = d.toFixed(2, Decimal.ROUND_HALF_UP);
    return new Money(BigInt(fixed.replace('.', '')));
  }

  static ofCents(cents: bigint | string): Money {
    if (typeof cents === 'bigint') return new Money(cents);
    if (typeof cents !== 'string' || !CENTS_PATTERN.test(cents)) {
      throw new MoneyFormatError(`${quoteInput(cents)} is not a whole number of cents`);
    }
    return new Money(BigInt(cents));
  }

  static zero(): Money {
    return ZERO;
  }

  static sum(amounts: Iterable<Money>): Money {
    let total = 0n;
    for (const m of amounts) total += m.cents;
    return new Money(total);
  }

  static min(first: Money, ...rest: Money[]): Money {
    return rest.reduce((a, b) => (b.cents < a.cents ? b : a), first);
  }

  static max(first: Money, ...rest: Money[]): Money {
    return rest.reduce((a, b) => (b.cents > a.cents ? b : a), first);
  }

  static isMoney(value: unknown): value is Money {
    return value instanceof Money;
  }

  // ---- arithmetic -----------------------------------------------------------

  plus(other: Money): Money {
    return new Money(this.cents + other.cents);
  }

  minus(other: Money): Money {
    return new Money(this.cents - other.cents);
  }

  negate(): Money {
    return new Money(-this.cents);
  }

  abs(): Money {
    return this.cents < 0n ? this.negate() : this;
  }

  /** Unrounded product (40 significant digits); round with Money.fromDecimal. */
  times(factor: Decimal.Value): Dec {
    return this.toDecimal().times(factor);
  }

  /**
   * Unrounded quotient (40 significant digits). Dividing by a Money gives the
   * plain ratio (e.g. co-financing / investment need). Division by zero throws.
   */
  dividedBy(divisor: Decimal.Value | Money): Dec {
    const d = divisor instanceof Money ? divisor.toDecimal() : new Dec(divisor);
    if (d.isZero()) throw new RangeError(`Cannot divide ${this.toString()} by zero`);
    return this.toDecimal().dividedBy(d);
  }

  // ---- comparison -----------------------------------------------------------

  compare(other: Money): -1 | 0 | 1 {
    return this.cents < other.cents ? -1 : this.cents > other.cents ? 1 : 0;
  }

  equals(other: Money): boolean {
    return this.cents === other.cents;
  }

  gt(other: Money): boolean {
    return this.cents > other.cents;
  }

  gte(other: Money): boolean {
    return this.cents >= other.cents;
  }

  lt(other: Money): boolean {
    return this.cents < other.cents;
  }

  lte(other: Money): boolean {
    return this.cents <= other.cents;
  }

  isZero(): boolean {
    return this.cents === 0n;
  }

  isPositive(): boolean {
    return this.cents > 0n;
  }

  isNegative(): boolean {
    return this.cents < 0n;
  }

  // ---- output ---------------------------------------------------------------

  /** Exact value as a Decimal of the domain's Dec. */
  toDecimal(): Dec {
    // Built from the string, which is exact at any size (no precision limit).
    return new Dec(this.toString());
  }

  /** Always two decimals, no grouping: "25000.00", "-0.50". */
  toString(): string {
    const negative = this.cents < 0n;
    const digits = (negative ? -this.cents : this.cents).toString().padStart(3, '0');
    const whole = digits.slice(0, -2);
    const fraction = digits.slice(-2);
    return `${negative ? '-' : ''}${whole}.${fraction}`;
  }

  /** Events and API replies carry money as decimal strings (DESIGN.md "Events"). */
  toJSON(): string {
    return this.toString();
  }

  /**
   * For people: "25.000,00" in nl-BE (points group thousands, a comma before
   * the cents), "25,000.00" in en; a minus sign in front when negative. With
   * { symbol: true }: "€ 25.000,00" / "€25,000.00" (and "€ -25.000,00", as
   * Intl writes nl-BE). Built on the exact string: no float is involved.
   */
  format(locale: MoneyLocale = 'nl-BE', options: MoneyFormatOptions = {}): string {
    const separators = SEPARATORS[locale];
    if (!separators) throw new RangeError(`Unsupported locale ${String(locale)}`);
    const text = this.toString();
    const negative = text.startsWith('-');
    const [whole, fraction] = (negative ? text.slice(1) : text).split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+$)/g, separators.group);
    const amount = `${negative ? '-' : ''}${grouped}${separators.decimal}${fraction}`;
    if (!options.symbol) return amount;
    return locale === 'nl-BE' ? `€ ${amount}` : `€${amount}`;
  }
}

const SEPARATORS: Readonly<Record<MoneyLocale, { group: string; decimal: string }>> = {
  'nl-BE': { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const ZERO = Money.ofCents(0n);

function explainBadAmount(text: string): string {
  const q = quoteInput(text);
  if (text.length === 0) return 'The amount is empty; write it as e.g. "25000.00"';
  if (text.trim() !== text || /\s/.test(text))
    return `${q} contains spaces; write the amount without them, e.g. "25000.00"`;
  if (/^-?\d{1,3}\.\d{3}$/.test(text)) {
    return `${q} has more than two decimals; if the point separates thousands, write "${text.replace('.', '')}.00"`;
  }
  if (/^-?\d+\.\d{3,}$/.test(text)) return `${q} has more than two decimals`;
  if (/[eE]/.test(text) && /^[-+]?[\d.]+[eE][-+]?\d+$/.test(text)) {
    return `${q} uses an exponent; write the amount in full, e.g. "1000.00"`;
  }
  if (text.includes(',')) {
    return `${q} contains a comma; use a point for the cents and no thousands separators, e.g. "25000.00"`;
  }
  if (/^-?\d{1,3}(\.\d{3})+(\.\d{1,2})?$/.test(text)) {
    return `${q} looks like it has thousands separators; write the amount without them, e.g. "25000.00"`;
  }
  if (text.startsWith('+')) return `${q} has a plus sign; write positive amounts without a sign`;
  if (/^-?\.\d+$/.test(text) || /^-?\d+\.$/.test(text)) {
    return `${q} needs digits on both sides of the point, e.g. "0.50"`;
  }
  return `${q} is not an amount; write digits with at most two decimals, e.g. "25000.00"`;
}
