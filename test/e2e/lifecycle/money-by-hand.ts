/**
 * Arithmetic the lifecycle tests check the back office's figures with, on whole cents as
 * bigints: written here from the rules (DOMAIN.md 1, 3.2, 4.3), not taken from the domain code.
 */

/** "12,823.03" or "12823.03" → 1282303n */
export function cents(amount: string): bigint {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(amount.replace(/,/g, ''));
  if (!m) throw new Error(`not an amount: ${amount}`);
  const c = BigInt(m[2]) * 100n + BigInt(m[3]);
  return m[1] ? -c : c;
}

/** 1282303n → "12823.03" */
export function amount(c: bigint): string {
  const sign = c < 0n ? '-' : '';
  const abs = c < 0n ? -c : c;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** numerator / denominator rounded half up (both positive). */
export function halfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/** Interest on `capital` at `ratePercent` % a year for `days` days, on a 365-day year, half up. */
export function interestForDays(capital: string, ratePercent: bigint, days: bigint): string {
  return amount(halfUp(cents(capital) * ratePercent * days, 100n * 365n));
}

/** Six months of interest at `ratePercent` % a year on `capital`, half up (DOMAIN.md 4.3). */
export function sixMonthsInterest(capital: string, ratePercent: bigint): string {
  return amount(halfUp(cents(capital) * ratePercent * 6n, 100n * 12n));
}

/** One month of interest at `ratePercent` % a year (a monthly instalment's), half up. */
export function monthInterest(capital: string, ratePercent: bigint): string {
  return amount(halfUp(cents(capital) * ratePercent, 100n * 12n));
}

/** `sharePercent` % of `capital`, half up (the government guarantee, DOMAIN.md 3.2). */
export function share(capital: string, sharePercent: bigint): string {
  return amount(halfUp(cents(capital) * sharePercent, 100n));
}

export function sum(amounts: readonly string[]): string {
  return amount(amounts.reduce((total, a) => total + cents(a), 0n));
}

export function minus(a: string, b: string): string {
  return amount(cents(a) - cents(b));
}
