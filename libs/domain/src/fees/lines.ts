import Decimal from 'decimal.js';
import { Dec } from '../money/decimal';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import { FeeComputationError } from './errors';

/**
 * One line of a fee computation, as a quote or an event carries it:
 * `{ label: 'capital repaid early', value: '1,205,684.00' }`. Both are text
 * for people (English, amounts grouped with commas); the figures that matter
 * are also returned as values beside the lines.
 */
export interface FeeLine {
  readonly label: string;
  readonly value: string;
}

/** Decimals shown for an unrounded figure before it is marked "≈". */
const SHOWN_DECIMALS = 8;

export function line(label: string, value: string): FeeLine {
  return Object.freeze({ label, value });
}

/** "1,205,684.00" */
export function showMoney(amount: Money): string {
  return amount.format('en');
}

/** "2.59 %", "0.531 %"; an unrounded fraction such as 0.00545833… as "≈ 0.54583333 %". */
export function showPercent(rate: Rate | Decimal): string {
  const fraction = rate instanceof Rate ? rate.toDecimal() : new Dec(rate);
  return `${showDecimal(fraction.times(100))} %`;
}

/** An unrounded decimal, exact when short ("25", "0.5"), else "≈ 51107.12345678". */
export function showDecimal(value: Decimal.Value): string {
  const d = new Dec(value);
  if (d.decimalPlaces() <= SHOWN_DECIMALS) return d.toFixed();
  return `≈ ${d.toFixed(SHOWN_DECIMALS, Decimal.ROUND_HALF_UP)}`;
}

/** "25 months", "1 month", "25.5 months". */
export function showMonths(months: Decimal.Value): string {
  const d = new Dec(months);
  return `${showDecimal(d)} ${d.eq(1) ? 'month' : 'months'}`;
}

/** A computation's inputs must be amounts, not text or numbers smuggled in. */
export function requireMoney(value: unknown, name: string): Money {
  if (!Money.isMoney(value)) throw new TypeError(`${name} must be a Money`);
  return value;
}

export function requireRate(value: unknown, name: string): Rate {
  if (!(value instanceof Rate)) throw new TypeError(`${name} must be a Rate`);
  return value;
}

/** Capital (repaid, outstanding) is 0 or more. */
export function requireNonNegative(amount: Money, name: string): Money {
  requireMoney(amount, name);
  if (amount.isNegative()) {
    throw new FeeComputationError(
      'fee-input-invalid',
      `${name} is ${amount.toString()}; it cannot be negative`,
    );
  }
  return amount;
}
