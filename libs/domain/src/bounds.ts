import { LocalDate } from '@js-joda/core';
import { Money } from './money/money';
import { MarketRate } from './money/market-rate';
import { Rate } from './money/rate';

/**
 * The one set of bounds that every value Loanbook accepts stays within, at the HTTP edge and in
 * the deciders alike, so that nothing accepted can fail later: an event is immutable, and one that
 * a read model cannot store would stop that read model for good.
 *
 * - Amounts: at most EUR 999,999,999.99 either way. The read models keep amounts in numeric(14,2)
 *   (up to 999,999,999,999.99); the thousandfold margin keeps a row's sums (a loan's payments, a
 *   guarantee's calls and releases) inside them too. Products have tighter limits of their own;
 *   this bounds the fields that have none (a guarantee, an own contribution, a household's income).
 * - Dates: 1900-01-01 to 2199-12-31. Far inside PostgreSQL's dates and timestamps, whatever a
 *   report adds to them (a ten-year schedule, a month's end, a time zone).
 * - Whole numbers (terms, counts): what a PostgreSQL integer holds.
 * - Rates are bounded by their own types (0 ≤ rate < 1, −1 < market rate < 1, six decimals:
 *   numeric(9,6)).
 */
export const BOUNDS = {
  amountMax: Money.parse('999999999.99'),
  firstDate: LocalDate.of(1900, 1, 1),
  lastDate: LocalDate.of(2199, 12, 31),
  integerMax: 2_147_483_647,
} as const;

export const OUT_OF_RANGE = 'out-of-range';

export function amountInBounds(amount: Money): boolean {
  return amount.abs().lte(BOUNDS.amountMax);
}

export function dateInBounds(date: LocalDate): boolean {
  return !date.isBefore(BOUNDS.firstDate) && !date.isAfter(BOUNDS.lastDate);
}

export function integerInBounds(n: number): boolean {
  return Number.isSafeInteger(n) && Math.abs(n) <= BOUNDS.integerMax;
}

export const AMOUNT_BOUND_MESSAGE = `at most ${BOUNDS.amountMax.toString()} (EUR), the largest amount Loanbook records`;
export const DATE_BOUND_MESSAGE = `a date from ${BOUNDS.firstDate.toString()} to ${BOUNDS.lastDate.toString()}`;
export const INTEGER_BOUND_MESSAGE = `a whole number of at most ${BOUNDS.integerMax}`;

export interface BoundViolation {
  readonly rule: typeof OUT_OF_RANGE;
  readonly field: string;
  readonly message: string;
}

/**
 * Every value in a command (amounts, dates, whole numbers, at any depth) that lies outside BOUNDS,
 * named by its field path as the HTTP edge names fields (`guarantees.0.amount`). The deciders run
 * it first, so that a command built anywhere (the API, the CLI's demo, a test) is held to the same
 * bounds as a request. `skip` leaves out fields that do not come from the request (an officer's
 * approval limit comes from the identity provider and is never stored as an amount).
 */
export function boundViolations(value: unknown, skip: readonly string[] = []): BoundViolation[] {
  const out: BoundViolation[] = [];
  walk(value, '', new Set(skip), out);
  return out;
}

function walk(value: unknown, path: string, skip: Set<string>, out: BoundViolation[]): void {
  if (value === null || value === undefined || skip.has(path)) return;
  const field = path || 'value';
  if (value instanceof Money) {
    if (!amountInBounds(value)) out.push(violation(field, `must be ${AMOUNT_BOUND_MESSAGE}`));
  } else if (value instanceof LocalDate) {
    if (!dateInBounds(value)) out.push(violation(field, `must be ${DATE_BOUND_MESSAGE}`));
  } else if (typeof value === 'number') {
    if (Number.isInteger(value) ? !integerInBounds(value) : !Number.isFinite(value)) {
      out.push(violation(field, `must be ${INTEGER_BOUND_MESSAGE}`));
    }
  } else if (value instanceof Rate || value instanceof MarketRate) {
    // Bounded by construction.
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, join(path, String(i)), skip, out));
  } else if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) walk(child, join(path, key), skip, out);
  }
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

const violation = (field: string, message: string): BoundViolation => ({
  rule: OUT_OF_RANGE,
  field,
  message: `${field} ${message}`,
});
