import { Dec } from '../money/decimal';
import { Money } from '../money/money';

/**
 * A percentage of an amount, rounded half up to the cent: the one rounding
 * point of the assessment (each counted income, each share-based deduction,
 * the norm's surcharge, the self-employed monthly average).
 */
export function shareOf(amount: Money, fraction: Dec): Money {
  return Money.fromDecimal(amount.times(fraction));
}

export function fraction(text: string): Dec {
  return new Dec(text);
}

/** "2,400.00" */
export function show(amount: Money): string {
  return amount.format('en');
}

/** "70 %", "0.65 %", "100 %" */
export function pct(f: Dec): string {
  return `${f.times(100).toFixed()} %`;
}

/** 21 → "21st", 85 → "85th" */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

export function months(n: number): string {
  return `${n} ${n === 1 ? 'month' : 'months'}`;
}

export function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}
