import type { LocalDate } from '@js-joda/core';
import type { Money } from '../../money';
import type { ProductVersion } from '../../products';
import { formatBusinessDate } from '../../time';
import type { DecisionContext } from '../context';
import { LoanNotFoundError, LoanStateConflictError, type Violations } from '../errors';
import type { LoanState, LoanStatus } from '../state';

/** Rejects a command on a loan that does not exist, or whose status the command does not fit. */
export function requireStatus(
  state: LoanState,
  loanId: string,
  commandType: string,
  allowed: readonly LoanStatus[],
): void {
  if (state.status === 'none') throw new LoanNotFoundError(loanId);
  if (!allowed.includes(state.status)) throw new LoanStateConflictError(state.status, commandType);
}

/** A business date may lie in the past (back-dated entry) but never after today. */
export function checkNotInFuture(
  v: Violations,
  ctx: DecisionContext,
  date: LocalDate,
  field: string,
): void {
  const today = ctx.clock.today();
  v.check(
    date.isAfter(today),
    'date-in-future',
    () => `${field} ${formatBusinessDate(date)} lies after today (${formatBusinessDate(today)})`,
    field,
  );
}

export function checkNotBefore(
  v: Violations,
  date: LocalDate,
  earliest: LocalDate,
  rule: string,
  what: string,
  field: string,
): void {
  v.check(
    date.isBefore(earliest),
    rule,
    () => `${what} ${formatBusinessDate(date)} lies before ${formatBusinessDate(earliest)}`,
    field,
  );
}

export function formatAmount(m: Money): string {
  return `EUR ${m.format('en')}`;
}

/** Amount and term limits of a product version; the same for an application and an offer. */
export function checkAmountAndTerm(
  v: Violations,
  version: ProductVersion,
  amount: Money,
  termMonths: number,
): void {
  v.check(
    amount.lt(version.minAmount),
    'amount-below-minimum',
    () =>
      `the amount of ${formatAmount(amount)} is below the ${version.name} minimum of ${formatAmount(version.minAmount)}`,
    'amount',
  );
  v.check(
    amount.gt(version.maxAmount),
    'amount-above-maximum',
    () =>
      `the amount of ${formatAmount(amount)} is above the ${version.name} maximum of ${formatAmount(version.maxAmount)}`,
    'amount',
  );
  v.check(
    termMonths < version.minTermMonths,
    'term-below-minimum',
    () =>
      `a term of ${termMonths} months is shorter than the ${version.name} minimum of ${version.minTermMonths} months`,
    'termMonths',
  );
  v.check(
    termMonths > version.maxTermMonths,
    'term-above-maximum',
    () =>
      `a term of ${termMonths} months is longer than the ${version.name} maximum of ${version.maxTermMonths} months`,
    'termMonths',
  );
  const step = version.termStepMonths;
  v.check(
    step !== undefined && step > 1 && termMonths % step !== 0,
    'term-not-whole-years',
    () => `a term of ${termMonths} months is not a whole number of ${step} months`,
    'termMonths',
  );
}
