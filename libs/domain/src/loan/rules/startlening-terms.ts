import type { LocalDate } from '@js-joda/core';
import type { Money, Rate } from '../../money';
import type { ProductVersion, StartleningRules } from '../../products';
import { formatBusinessDate } from '../../time';
import type { Violations } from '../errors';
import type { OfferPricingData } from '../events';
import type { Application } from '../state';
import {
  checkOwnContributionItems,
  checkOwnContributionMultiple,
  type OwnContributionItemTerms,
} from './common';

/** What the Startlening rules look at, at application and again at approval. */
export interface StartleningTerms {
  amount: Money;
  ownContribution: Money;
  ownContributionItems?: readonly OwnContributionItemTerms[];
  selfEmployment: { since?: LocalDate; mainOccupation: boolean };
  appliedOn: LocalDate;
}

/**
 * DOMAIN.md 3.4: a starter (at most N years self-employed in main occupation on the application
 * day: exactly N years still qualifies), at most M times the own contribution. The EUR 100,000
 * cap is the version's maxAmount (amount-above-maximum).
 */
export function checkStartleningTerms(
  v: Violations,
  version: ProductVersion,
  rules: StartleningRules,
  t: StartleningTerms,
): void {
  checkOwnContributionItems(v, t.ownContribution, t.ownContributionItems);
  checkOwnContributionMultiple(v, t.amount, t.ownContribution, rules.maxOwnContributionMultiple);
  v.check(
    !t.selfEmployment.mainOccupation,
    'not-main-occupation',
    () =>
      `the ${version.name} is for starters self-employed in main occupation (or about to be); this applicant is not`,
    'selfEmployment.mainOccupation',
  );
  const since = t.selfEmployment.since;
  const earliest = t.appliedOn.minusYears(rules.maxSelfEmployedYears);
  v.check(
    since !== undefined && since.isBefore(earliest),
    'not-a-starter',
    () =>
      `self-employed since ${formatBusinessDate(since!)}, more than ${rules.maxSelfEmployedYears} years before the application of ${formatBusinessDate(t.appliedOn)}: the ${version.name} is for starters with at most ${rules.maxSelfEmployedYears} years of self-employment (since ${formatBusinessDate(earliest)} or later)`,
    'selfEmployment.since',
  );
}

export function startleningTermsOf(app: Application, amount: Money): StartleningTerms | undefined {
  if (!app.ownContribution || !app.selfEmployment) return undefined;
  return {
    amount,
    ownContribution: app.ownContribution,
    ownContributionItems: app.ownContributionItems,
    selfEmployment: app.selfEmployment,
    appliedOn: app.appliedOn,
  };
}

/**
 * The Startlening's rate for the capital holiday offered: the fixed rate, or the extended
 * holiday's own rate (3.25 % for 2 years), which needs a written justification.
 */
export function startleningRate(
  v: Violations,
  version: ProductVersion,
  rules: StartleningRules,
  capitalHolidayMonths: number,
  justification: string | undefined,
): { annualRate: Rate; pricing: OfferPricingData } | undefined {
  if (version.rate.kind !== 'fixed') return undefined;
  const fixed = version.rate.annualRate;
  const extended = rules.extendedHoliday;
  const isExtended = capitalHolidayMonths === extended.months;
  const text = justification?.trim();
  v.check(
    isExtended && extended.justificationRequired && !text,
    'capital-holiday-justification-missing',
    () =>
      `a capital holiday of ${extended.months} months of the ${version.name} needs a written justification (capitalHolidayJustification); it comes at ${extended.annualRate.toPercentString()} instead of ${fixed.toPercentString()}`,
    'capitalHolidayJustification',
  );
  const annualRate = isExtended ? extended.annualRate : fixed;
  return {
    annualRate,
    pricing: {
      kind: 'capital-holiday-rate',
      capitalHolidayMonths,
      rate: annualRate.toString(),
      ...(isExtended && text ? { justification: text } : {}),
    },
  };
}
