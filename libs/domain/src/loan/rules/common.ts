import type { LocalDate } from '@js-joda/core';
import Decimal from 'decimal.js';
import { type Dec, Money, type Rate } from '../../money';
import {
  OWN_CONTRIBUTION_COUNTS,
  OWN_CONTRIBUTION_DESCRIPTIONS,
  type OwnContributionKind,
  type ProductVersion,
} from '../../products';
import { type Clock, formatBusinessDate } from '../../time';
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
  ctx: { clock: Clock },
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

/** "for contracts dated 2020-03-15 to 2020-10-06", "for contracts dated from 2022-01-01". */
export function versionPeriod(version: ProductVersion): string {
  const from = formatBusinessDate(version.validFrom);
  return version.validUntil
    ? `for contracts dated ${from} to ${formatBusinessDate(version.validUntil.minusDays(1))}`
    : `for contracts dated from ${from}`;
}

/**
 * Amount and term limits of a product version; the same for an application
 * and an offer. A win-win loan's maximum is the lender limit, which its own
 * rules report (amount-above-lender-limit) instead of amount-above-maximum.
 */
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
  if (!version.rules?.winwin) {
    v.check(
      amount.gt(version.maxAmount),
      'amount-above-maximum',
      () =>
        `the amount of ${formatAmount(amount)} is above the ${version.name} maximum of ${formatAmount(version.maxAmount)}`,
      'amount',
    );
  }
  checkTerm(v, version, termMonths);
}

function checkTerm(v: Violations, version: ProductVersion, termMonths: number): void {
  const { minTermMonths: min, maxTermMonths: max } = version;
  if (min === max) {
    // One fixed term (the win-win loan before 2020-10-07: exactly 8 years).
    const years = min % 12 === 0 ? ` (${min / 12} years)` : '';
    v.check(
      termMonths !== min,
      termMonths < min ? 'term-below-minimum' : 'term-above-maximum',
      () =>
        `a term of ${termMonths} months is not allowed: the ${version.name} ${versionPeriod(version)} runs exactly ${min} months${years}`,
      'termMonths',
    );
  } else {
    v.check(
      termMonths < min,
      'term-below-minimum',
      () =>
        `a term of ${termMonths} months is shorter than the ${version.name} minimum of ${min} months`,
      'termMonths',
    );
    v.check(
      termMonths > max,
      'term-above-maximum',
      () =>
        `a term of ${termMonths} months is longer than the ${version.name} maximum of ${max} months`,
      'termMonths',
    );
  }
  const step = version.termStepMonths;
  v.check(
    step !== undefined && step > 1 && termMonths % step !== 0,
    'term-not-whole-years',
    () =>
      step === 12
        ? `a term of ${termMonths} months is not a whole number of years`
        : `a term of ${termMonths} months is not a whole number of ${step} months`,
    'termMonths',
  );
}

/** share × amount, exact (Money × Rate): the limit a ratio rule compares with. */
export function shareOf(amount: Money, share: Rate): Dec {
  return amount.times(share.toDecimal());
}

/** A limit for a message: the largest amount in whole cents that stays within it. */
export function atMost(limit: Dec): Money {
  return Money.fromDecimal(limit.toDecimalPlaces(2, Decimal.ROUND_DOWN));
}

/** A minimum for a message: the smallest amount in whole cents that reaches it. */
export function atLeast(minimum: Dec): Money {
  return Money.fromDecimal(minimum.toDecimalPlaces(2, Decimal.ROUND_UP));
}

export interface OwnContributionItemTerms {
  kind: OwnContributionKind;
  amount: Money;
}

/**
 * The items of an own contribution against the amount declared (DOMAIN.md 3.3): the kinds
 * that count (own funds, a win-win loan, subsidies granted, VIPA promises) must add up to it;
 * a future subsidy never counts. Without items the declared amount stands as stated.
 */
export function checkOwnContributionItems(
  v: Violations,
  declared: Money,
  items: readonly OwnContributionItemTerms[] | undefined,
): void {
  if (!items) return;
  items.forEach((item, i) => {
    v.check(
      !item.amount.isPositive(),
      'own-contribution-item-not-positive',
      () =>
        `${OWN_CONTRIBUTION_DESCRIPTIONS[item.kind] ?? item.kind} of ${formatAmount(item.amount)} in the own contribution must be more than 0.00`,
      `ownContributionItems[${i}].amount`,
    );
  });
  const counted = Money.sum(
    items.filter((i) => OWN_CONTRIBUTION_COUNTS[i.kind]).map((i) => i.amount),
  );
  const notCounted = items.filter((i) => OWN_CONTRIBUTION_COUNTS[i.kind] === false);
  if (declared.equals(counted)) return;
  if (notCounted.length > 0 && declared.gt(counted)) {
    const what = notCounted
      .map((i) => `${OWN_CONTRIBUTION_DESCRIPTIONS[i.kind]} of ${formatAmount(i.amount)}`)
      .join(' and ');
    v.add(
      'own-contribution-not-counted',
      `the own contribution of ${formatAmount(declared)} includes ${what}, which does not count: only subsidies definitively and irrevocably granted count (VIPA promises included); the parts that count add up to ${formatAmount(counted)}`,
      'ownContribution',
    );
    return;
  }
  v.add(
    'own-contribution-items-mismatch',
    `the parts of the own contribution that count add up to ${formatAmount(counted)}, not the ${formatAmount(declared)} declared as own contribution`,
    'ownContribution',
  );
}

/**
 * "at most N times the own contribution" (co-financing, start loan). Each loan of a combination
 * is measured on its own part of the own contribution.
 */
export function checkOwnContributionMultiple(
  v: Violations,
  amount: Money,
  ownContribution: Money,
  multiple: number,
): void {
  const limit = ownContribution.times(multiple);
  v.check(
    amount.toDecimal().gt(limit),
    'amount-above-own-contribution-multiple',
    () =>
      `the loan of ${formatAmount(amount)} is more than ${multiple} times the own contribution of ${formatAmount(ownContribution)} (at most ${formatAmount(atMost(limit))})`,
    'amount',
  );
}
