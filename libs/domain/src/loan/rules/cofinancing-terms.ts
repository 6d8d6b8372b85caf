import type { LocalDate } from '@js-joda/core';
import type { Money } from '../../money';
import {
  COFINANCING_PARTNER_DESCRIPTIONS,
  type CofinancingRules,
  type ProductCatalogue,
  type ProductVersion,
} from '../../products';
import { formatBusinessDate } from '../../time';
import type { CombinedLoan } from '../context';
import type { Violations } from '../errors';
import type { BorrowerData } from '../events';
import type { Application, LoanStatus } from '../state';
import {
  atLeast,
  atMost,
  checkOwnContributionItems,
  checkOwnContributionMultiple,
  formatAmount,
  type OwnContributionItemTerms,
  shareOf,
} from './common';

/** What the KMO-cofinanciering rules look at, at application and again at approval. */
export interface CofinancingTerms {
  amount: Money;
  termMonths: number;
  investmentNeed: Money;
  ownContribution: Money;
  ownContributionItems?: readonly OwnContributionItemTerms[];
  coFinancing: { amount: Money; termMonths: number; partner: { kind: string; name: string } };
  borrower: BorrowerData;
  selfEmployment?: { mainOccupation: boolean };
  /** Combined with a Startlening: the own-effort rule is the combination's (checkCombination). */
  combined: boolean;
}

/** DOMAIN.md 3.3 on one loan: the ratios to the investment need and the own contribution. */
export function checkCofinancingTerms(
  v: Violations,
  version: ProductVersion,
  rules: CofinancingRules,
  t: CofinancingTerms,
  missingFieldRule: string,
): void {
  checkOwnContributionItems(v, t.ownContribution, t.ownContributionItems);
  checkOwnContributionMultiple(v, t.amount, t.ownContribution, rules.maxOwnContributionMultiple);
  const need = t.investmentNeed;
  const maxShare = shareOf(need, rules.maxInvestmentShare);
  v.check(
    t.amount.toDecimal().gt(maxShare),
    'amount-above-investment-share',
    () =>
      `the loan of ${formatAmount(t.amount)} is more than ${rules.maxInvestmentShare.toPercentString()} of the investment need of ${formatAmount(need)} (at most ${formatAmount(atMost(maxShare))})`,
    'amount',
  );
  const minCofinancing = shareOf(need, rules.minCofinancingShare);
  const partner =
    COFINANCING_PARTNER_DESCRIPTIONS[t.coFinancing.partner.kind as never] ??
    t.coFinancing.partner.kind;
  v.check(
    t.coFinancing.amount.toDecimal().lt(minCofinancing),
    'cofinancing-below-minimum-share',
    () =>
      `the co-financing of ${formatAmount(t.coFinancing.amount)} by ${t.coFinancing.partner.name} (${partner}) is less than ${rules.minCofinancingShare.toPercentString()} of the investment need of ${formatAmount(need)} (at least ${formatAmount(atLeast(minCofinancing))})`,
    'coFinancing.amount',
  );
  if (!t.combined) {
    const minOwn = shareOf(need, rules.minOwnContributionShare);
    v.check(
      t.ownContribution.toDecimal().lt(minOwn),
      'own-contribution-below-minimum-share',
      () =>
        `the own contribution of ${formatAmount(t.ownContribution)} is less than ${rules.minOwnContributionShare.toPercentString()} of the investment need of ${formatAmount(need)} (at least ${formatAmount(atLeast(minOwn))})`,
      'ownContribution',
    );
  }
  const shortfall = t.termMonths - t.coFinancing.termMonths;
  v.check(
    shortfall > rules.maxCofinancierTermShortfallMonths,
    'cofinancing-term-too-short',
    () =>
      `the co-financier's term of ${t.coFinancing.termMonths} months is ${shortfall} months shorter than the loan's ${t.termMonths} months; it may be longer without limit but at most ${rules.maxCofinancierTermShortfallMonths} months shorter`,
    'coFinancing.termMonths',
  );
  if (rules.naturalPersonMainOccupation && t.borrower.naturalPerson) {
    if (!t.selfEmployment) {
      v.add(
        missingFieldRule,
        `an application of a natural person for the ${version.name} needs selfEmployment: whether they are self-employed in main occupation`,
        'selfEmployment',
      );
    } else {
      v.check(
        !t.selfEmployment.mainOccupation,
        'not-main-occupation',
        () =>
          `a natural person borrowing under the ${version.name} must be self-employed in main occupation, and this borrower is not`,
        'selfEmployment.mainOccupation',
      );
    }
  }
}

/** Statuses of a Startlening that still goes ahead alongside the co-financing. */
const COMBINABLE_STATUSES: readonly LoanStatus[] = ['applied', 'approved', 'active'];

/**
 * The cumulation with a Startlening applied for at the same time (DOMAIN.md 3.3, seed 003 FAQ):
 * in the name of a natural person holding a start-loan attest valid on the co-financing's
 * application day; both loans together at most the maximum; both own contributions together at
 * least the minimum share of the investment total. Each loan's own multiple is checked on its
 * own part, by its own rules.
 */
export function checkCombination(
  v: Violations,
  rules: CofinancingRules,
  t: { amount: Money; ownContribution: Money; investmentNeed: Money; appliedOn: LocalDate },
  combined: CombinedLoan,
  catalogue: ProductCatalogue,
): void {
  const field = 'combinedWithLoanId';
  if (!combined.found) {
    v.add(
      'combined-loan-unknown',
      `the start loan ${combined.loanId} named in combinedWithLoanId does not exist; file the Startlening first and name its loan id`,
      field,
    );
    return;
  }
  const c = rules.combination;
  if (combined.productCode !== c.productCode) {
    const name = catalogue.versions(combined.productCode)[0]?.name ?? combined.productCode;
    v.add(
      'combined-loan-not-start-loan',
      `loan ${combined.loanId} is a ${name} application, not a Startlening: a co-financing is combined only with a Startlening applied for at the same time`,
      field,
    );
    return;
  }
  v.check(
    !COMBINABLE_STATUSES.includes(combined.status),
    'combined-loan-not-open',
    () =>
      `the Startlening ${combined.loanId} is ${combined.status}: only a Startlening still applied for, approved or paid out can be combined`,
    field,
  );
  if (c.naturalPersonWithAttest) {
    v.check(
      !combined.naturalPerson,
      'combined-loan-not-natural-person',
      () =>
        `the Startlening ${combined.loanId} is not in the name of a natural person: a co-financing is combined only with a Startlening of a natural person`,
      field,
    );
    const attest = combined.startAttest;
    if (!attest) {
      v.add(
        'start-attest-missing',
        `the Startlening ${combined.loanId} has no start-loan attest: a combination needs a valid attest on the application day ${formatBusinessDate(t.appliedOn)}`,
        field,
      );
    } else {
      v.check(
        attest.validUntil.isBefore(t.appliedOn),
        'start-attest-expired',
        () =>
          `the start-loan attest ${attest.number} was valid until ${formatBusinessDate(attest.validUntil)}, before the co-financing application of ${formatBusinessDate(t.appliedOn)}`,
        field,
      );
    }
  }
  const total = t.amount.plus(combined.amount);
  v.check(
    total.gt(c.maxTotal),
    'combination-above-maximum',
    () =>
      `the co-financing of ${formatAmount(t.amount)} and the Startlening of ${formatAmount(combined.amount)} come to ${formatAmount(total)}, more than the ${formatAmount(c.maxTotal)} the two may reach together`,
    'amount',
  );
  const startOwn = combined.ownContribution;
  if (startOwn) {
    const effort = t.ownContribution.plus(startOwn);
    const minimum = shareOf(t.investmentNeed, c.minOwnEffortShare);
    v.check(
      effort.toDecimal().lt(minimum),
      'combination-own-effort-below-minimum',
      () =>
        `the own effort of ${formatAmount(effort)} (${formatAmount(t.ownContribution)} for the co-financing and ${formatAmount(startOwn)} for the Startlening) is less than ${c.minOwnEffortShare.toPercentString()} of the investment total of ${formatAmount(t.investmentNeed)} (at least ${formatAmount(atLeast(minimum))})`,
      'ownContribution',
    );
  }
}

/** The co-financing terms of an application as it stands, with an offer's amount and term. */
export function cofinancingTermsOf(
  app: Application,
  amount: Money,
  termMonths: number,
): CofinancingTerms | undefined {
  if (!app.investmentNeed || !app.ownContribution || !app.coFinancing) return undefined;
  return {
    amount,
    termMonths,
    investmentNeed: app.investmentNeed,
    ownContribution: app.ownContribution,
    ownContributionItems: app.ownContributionItems,
    coFinancing: app.coFinancing,
    borrower: app.borrower,
    selfEmployment: app.selfEmployment,
    combined: app.combinedWithLoanId !== undefined,
  };
}
