import type { LocalDate } from '@js-joda/core';
import type { Money, Rate } from '../../money';
import { LENDER_RELATION_DESCRIPTIONS, isLenderRelation } from '../../parties';
import { type ProductVersion, type WinwinRules, winwinRateBand } from '../../products';
import { formatBusinessDate } from '../../time';
import type { WinwinExposure } from '../context';
import type { Violations } from '../errors';
import type { BorrowerData, LenderData } from '../events';
import { formatAmount, versionPeriod } from './common';

/** What the win-win rules look at, at application and again at registration (approval). */
export interface WinwinTerms {
  amount: Money;
  annualRate: Rate;
  signedOn: LocalDate;
  /** The day the registrar received the deed. */
  appliedOn: LocalDate;
  lender: LenderData;
}

/** The rules of the version in force on the signing date (DOMAIN.md §3.2). */
export function checkWinwinTerms(
  v: Violations,
  version: ProductVersion,
  rules: WinwinRules,
  t: WinwinTerms,
): void {
  v.check(
    t.amount.gt(rules.maxPerLender),
    'amount-above-lender-limit',
    () =>
      `the amount of ${formatAmount(t.amount)} is above the win-win limit of ${formatAmount(rules.maxPerLender)} per lender ${versionPeriod(version)}`,
    'amount',
  );
  checkLenderRelation(v, version, rules, t);
  checkRateBand(v, rules, t.annualRate, t.signedOn);
  const signedOn = formatBusinessDate(t.signedOn);
  v.check(
    t.signedOn.isAfter(t.appliedOn),
    'signed-after-application',
    () =>
      `the deed is dated ${signedOn}, after the registrar received it on ${formatBusinessDate(t.appliedOn)}`,
    'signedOn',
  );
  const deadline = t.signedOn.plusMonths(rules.deedDeadlineMonths);
  v.check(
    t.appliedOn.isAfter(deadline),
    'deed-received-too-late',
    () =>
      `the deed signed on ${signedOn} was received on ${formatBusinessDate(t.appliedOn)}, after the deadline of ${formatBusinessDate(deadline)} (${rules.deedDeadlineMonths} months after signing)`,
    'appliedOn',
  );
}

function checkLenderRelation(
  v: Violations,
  version: ProductVersion,
  rules: WinwinRules,
  t: WinwinTerms,
): void {
  const relation: unknown = t.lender.relationToBorrower;
  if (!isLenderRelation(relation)) {
    v.add(
      'unknown-lender-relation',
      `unknown relation of the lender to the borrower: ${String(relation)}`,
      'lender.relationToBorrower',
    );
    return;
  }
  v.check(
    rules.excludedRelations.includes(relation),
    'lender-relation-excluded',
    () =>
      `the lender ${t.lender.name} is ${LENDER_RELATION_DESCRIPTIONS[relation]} (${relation}): such a lender is excluded from the win-win loan ${versionPeriod(version)}, and this deed was signed on ${formatBusinessDate(t.signedOn)}`,
    'lender.relationToBorrower',
  );
}

function checkRateBand(v: Violations, rules: WinwinRules, rate: Rate, signedOn: LocalDate): void {
  const year = signedOn.year();
  const band = winwinRateBand(rules.rateBands, year);
  if (!band) {
    v.add(
      'rate-band-unknown',
      `the win-win rate band of ${year} is not known: the Belgian legal interest rate of ${year} must be added to the win-win rate table (WINWIN_RATE_BANDS) before a deed signed in ${year} can be registered`,
      'annualRate',
    );
    return;
  }
  const between = `${band.min.toPercentString()} to ${band.max.toPercentString()}`;
  v.check(
    rate.lt(band.min),
    'rate-below-band',
    () =>
      `a rate of ${rate.toPercentString()} is below the win-win band for contracts of ${year} (${between}: half to all of that year's legal interest rate)`,
    'annualRate',
  );
  v.check(
    rate.gt(band.max),
    'rate-above-band',
    () =>
      `a rate of ${rate.toPercentString()} is above the win-win band for contracts of ${year} (${between}: half to all of that year's legal interest rate)`,
    'annualRate',
  );
}

/** The limits counted over the loans already registered, checked at registration (approval). */
export function checkWinwinExposure(
  v: Violations,
  rules: WinwinRules,
  amount: Money,
  exposure: WinwinExposure,
  borrower: BorrowerData,
  lender: LenderData,
): void {
  for (const [what, figure] of [
    ['borrowerRegistered', exposure.borrowerRegistered],
    ['lenderRegistered', exposure.lenderRegistered],
  ] as const) {
    if (figure.isNegative())
      throw new Error(`winwinExposure.${what} is negative: ${figure.toString()}`);
  }
  const borrowerTotal = exposure.borrowerRegistered.plus(amount);
  v.check(
    borrowerTotal.gt(rules.maxPerBorrower),
    'borrower-limit-exceeded',
    () =>
      `registering ${formatAmount(amount)} would bring the win-win loans of ${borrower.enterpriseNumber} (${borrower.name}) to ${formatAmount(borrowerTotal)}, above the limit of ${formatAmount(rules.maxPerBorrower)} per borrowing enterprise`,
    'amount',
  );
  // 'per-loan': the loan on its own is held to the limit (amount-above-lender-limit).
  // A loan above the limit on its own is reported as such, not a second time here.
  if (rules.lenderLimit === 'total' && !amount.gt(rules.maxPerLender)) {
    const lenderTotal = exposure.lenderRegistered.plus(amount);
    v.check(
      lenderTotal.gt(rules.maxPerLender),
      'lender-limit-exceeded',
      () =>
        `registering ${formatAmount(amount)} would bring the win-win loans of lender ${lender.id} (${lender.name}) to ${formatAmount(lenderTotal)}, above the limit of ${formatAmount(rules.maxPerLender)} per lender`,
      'amount',
    );
  }
}
