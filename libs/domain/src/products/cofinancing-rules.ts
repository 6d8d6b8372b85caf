import type { Money } from '../money/money';
import type { Rate } from '../money/rate';

/**
 * The partners a KMO-cofinanciering goes with (seed 003): a credit institution, a business
 * angel member of BAN Vlaanderen, an investment fund or a crowdfunding platform, each with a
 * cooperation agreement with PMV (which the clerk checks; the back office keeps no list).
 */
export const COFINANCING_PARTNER_KINDS = [
  'bank',
  'business-angel',
  'investment-fund',
  'crowdfunding-platform',
] as const;
export type CofinancingPartnerKind = (typeof COFINANCING_PARTNER_KINDS)[number];

export function isCofinancingPartnerKind(value: unknown): value is CofinancingPartnerKind {
  return (
    typeof value === 'string' && (COFINANCING_PARTNER_KINDS as readonly string[]).includes(value)
  );
}

export const COFINANCING_PARTNER_DESCRIPTIONS: Readonly<Record<CofinancingPartnerKind, string>> =
  Object.freeze({
    bank: 'a credit institution',
    'business-angel': 'a business angel of BAN Vlaanderen',
    'investment-fund': 'an investment fund',
    'crowdfunding-platform': 'a crowdfunding platform',
  });

/**
 * The KMO-cofinanciering's rule set (DOMAIN.md §3.3, seed 003), `ProductVersion.rules.cofinancing`.
 * The maximum amount is the version's maxAmount; the term its min/maxTermMonths; the holidays
 * its capitalHolidayChoices; the pricing its rate.
 */
export interface CofinancingRules {
  /** The loan is at most this many times the own contribution ("maximaal 4x eigen inbreng"). */
  readonly maxOwnContributionMultiple: number;
  /** The loan is at most this share of the investment need ("max. 50%"). */
  readonly maxInvestmentShare: Rate;
  /** The partner's co-financing is at least this share of the investment need ("min. 20%"). */
  readonly minCofinancingShare: Rate;
  /** The own contribution is at least this share of the investment need (FAQ: "minimaal 10%"). */
  readonly minOwnContributionShare: Rate;
  /**
   * The co-financier's term may be longer without limit; shorter by at most this many months
   * (FAQ: "niet meer dan 2 jaar").
   */
  readonly maxCofinancierTermShortfallMonths: number;
  /** A natural person borrowing must be self-employed in main occupation (DOMAIN.md §3.3). */
  readonly naturalPersonMainOccupation: boolean;
  /** Applied for at the same time as a Startlening (FAQ "Cumulatie"). */
  readonly combination: CofinancingCombinationRules;
}

export interface CofinancingCombinationRules {
  readonly productCode: 'startlening';
  /** Both loans together at most ("niet groter dan 350.000 euro"). */
  readonly maxTotal: Money;
  /**
   * Both own contributions together at least this share of the investment total (the
   * co-financing's investment need); each loan's own multiple is measured on its own part.
   */
  readonly minOwnEffortShare: Rate;
  /** The start loan must be in a natural person's name holding a valid start-loan attest. */
  readonly naturalPersonWithAttest: boolean;
}
