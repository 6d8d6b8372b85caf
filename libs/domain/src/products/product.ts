import { LocalDate } from '@js-joda/core';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import type { DueDateConvention } from '../time/due-date-shift';
import type { CofinancingRules } from './cofinancing-rules';
import type { LenderIdentity } from './lenders';
import type { StartleningRules } from './startlening-rules';
import type { WinwinRules } from './winwin-rules';

export const PRODUCT_CODES = [
  'impulskrediet',
  'winwinlening',
  'cofinanciering',
  'startlening',
] as const;
export type ProductCode = (typeof PRODUCT_CODES)[number];

export function isProductCode(value: unknown): value is ProductCode {
  return typeof value === 'string' && (PRODUCT_CODES as readonly string[]).includes(value);
}

export const REPAYMENT_METHODS = ['annuity', 'linear', 'bullet'] as const;
/** annuity: constant instalments; linear: constant capital; bullet: all capital at the end. */
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];

export const REPAYMENT_FREQUENCIES = ['monthly', 'quarterly', 'semiannual', 'annual'] as const;
export type RepaymentFrequency = (typeof REPAYMENT_FREQUENCIES)[number];

/** Periods a year, for the periodic rate rate / p (DOMAIN.md §1). */
export const PERIODS_PER_YEAR: Readonly<Record<RepaymentFrequency, number>> = Object.freeze({
  monthly: 12,
  quarterly: 4,
  semiannual: 2,
  annual: 1,
});

export const MONTHS_PER_PERIOD: Readonly<Record<RepaymentFrequency, number>> = Object.freeze({
  monthly: 1,
  quarterly: 3,
  semiannual: 6,
  annual: 12,
});

/**
 * fixed: the product sets the rate (Impulskrediet 7 %).
 * agreed: the parties agree the rate in the contract, optionally within
 * bounds (a win-win loan's rate is in the deed). Bounds that depend on the
 * contract year belong in `rules`.
 * reference-rate: priced at approval from the reference curve in force that day
 * (KMO-cofinanciering: IRS for the loan's term + margin, at least the floor); see
 * reference-pricing.ts.
 */
export type ProductRate =
  | { readonly kind: 'fixed'; readonly annualRate: Rate }
  | { readonly kind: 'agreed'; readonly min?: Rate; readonly max?: Rate }
  | ReferenceRatePricing;

/**
 * rate = max(floor, IRS at the loan's term + margin), the sum rounded half up to
 * `decimals` decimals, fixed for the whole term. The IRS at the term is interpolated
 * linearly between the curve's IRS points around it.
 */
export interface ReferenceRatePricing {
  readonly kind: 'reference-rate';
  readonly margin: Rate;
  readonly floor: Rate;
  /** Decimals of the rate as a fraction: 4 is a hundredth of a percent (0.0094 = 0.94 %). */
  readonly decimals: number;
}

export interface RepaymentChoice {
  readonly method: RepaymentMethod;
  readonly frequency: RepaymentFrequency;
  /** The capital holiday an offer gets when the officer names none; absent: 0. */
  readonly capitalHolidayMonths?: number;
}

/**
 * Room for product-specific rules (win-win lender limits and rate bands,
 * co-financing ratios, ...) added as typed optional members, keyed by the
 * rule set's name.
 */
export interface ProductRules {
  /** The win-win loan's limits, exclusions, rate bands and guarantee (DOMAIN.md §3.2). */
  readonly winwin?: WinwinRules;
  /** KMO-cofinanciering: ratios to the investment need and own contribution (DOMAIN.md §3.3). */
  readonly cofinancing?: CofinancingRules;
  /** Startlening: starters, own contribution multiple, the longer holiday's rate (DOMAIN.md §3.4). */
  readonly startlening?: StartleningRules;
  readonly [ruleSet: string]: unknown;
}

/**
 * Which date picks the product version in force (DOMAIN.md §1).
 * - 'approvedOn': the contract is the offer made at approval. The application
 *   is checked against the version in force on appliedOn, the offer is priced
 *   by the version in force on approvedOn (Impulskrediet).
 * - 'signedOn': the contract was signed before the application (the win-win
 *   deed); the version in force on the signing date applies to the
 *   application and to its approval alike.
 */
export type ContractDateSource = 'approvedOn' | 'signedOn';

/**
 * What a product charges and allows on early repayment (DOMAIN.md 4.3, 3.2).
 * - partial: whether part of the principal may be repaid early (a win-win loan: only all of it);
 * - fee: 'legal-maximum' (the six months' interest cap, or the standard scheme above the
 *   small-credit threshold) or 'none';
 * - standardMethod: under the standard scheme, which figure is charged: the exact, discounted
 *   loss (the default: the lender's real loss) or the code of conduct's approximation. The quote
 *   shows both.
 */
export interface EarlyRepaymentPolicy {
  readonly partial: boolean;
  readonly fee: 'legal-maximum' | 'none';
  readonly standardMethod: 'exact' | 'approximate';
}

/** A product that says nothing: partial repayments allowed, the legal maximum charged. */
export const DEFAULT_EARLY_REPAYMENT_POLICY: EarlyRepaymentPolicy = Object.freeze({
  partial: true,
  fee: 'legal-maximum',
  standardMethod: 'exact',
});

/** The optional fields of ApplyForLoan that only some products take. */
export const APPLICATION_FIELDS = [
  'signedOn',
  'lender',
  'annualRate',
  'investmentNeed',
  'ownContribution',
  'ownContributionItems',
  'coFinancing',
  'selfEmployment',
  'startAttest',
  'combinedWithLoanId',
] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

/** What an application for the product must carry; the same for every version of a product. */
export interface ProductIntake {
  readonly contractDate: ContractDateSource;
  /** Fields of APPLICATION_FIELDS the product requires. */
  readonly requiredFields: readonly ApplicationField[];
  /**
   * Fields the product takes but does not require (a start-loan attest, a combined loan).
   * A field in neither list must be left out.
   */
  readonly optionalFields?: readonly ApplicationField[];
  /** The rule code when a required field is missing, e.g. 'winwin-field-required'. */
  readonly missingFieldRule: string;
  /**
   * Whether an approved offer not disbursed within its validity lapses (DOMAIN.md 2). Absent:
   * it does. A win-win registration does not: the deed is signed before the application and the
   * lender pays the borrower directly, so there is no offer waiting to be taken up.
   */
  readonly offerLapses?: boolean;
}

/** A product without `intake`: no extra fields, the version by application and approval date. */
export const DEFAULT_PRODUCT_INTAKE: ProductIntake = Object.freeze({
  contractDate: 'approvedOn',
  requiredFields: Object.freeze([]) as readonly ApplicationField[],
  missingFieldRule: 'field-required',
});

/**
 * The terms of one product during one period. The version in force on the
 * application's (or contract's) date applies to a loan (DOMAIN.md §1).
 */
export interface ProductVersion {
  readonly productCode: ProductCode;
  /** Stable id stored with loans, e.g. 'impulskrediet-2021-02'. */
  readonly version: string;
  /** First day in force. */
  readonly validFrom: LocalDate;
  /**
   * First day no longer in force (exclusive). Leave it out: the catalogue
   * derives it from the next version's validFrom. Set it only to end a
   * product (or leave a gap) without a successor.
   */
  readonly validUntil?: LocalDate;
  readonly name: string;
  readonly lender: string;
  /** Who lends and how to reach them: the summary information document prints it (DOMAIN.md 4.2 i). */
  readonly lenderIdentity?: LenderIdentity;
  readonly minAmount: Money;
  readonly maxAmount: Money;
  readonly minTermMonths: number;
  readonly maxTermMonths: number;
  /** Terms must be minTermMonths + k × step (12 for whole years). Absent: any whole month. */
  readonly termStepMonths?: number;
  readonly rate: ProductRate;
  readonly repaymentMethods: readonly RepaymentMethod[];
  readonly repaymentFrequencies: readonly RepaymentFrequency[];
  readonly defaultRepayment: RepaymentChoice;
  /** The gestanddoeningstermijn: days an offer holds before it lapses. */
  readonly offerValidityDays: number;
  /**
   * The longest an officer may let an offer hold (`offerValidUntil`), in days from its approval;
   * default DEFAULT_OFFER_VALIDITY_MAX_DAYS. An offer that never lapses is no offer.
   */
  readonly offerValidityMaxDays?: number;
  /** Longest interest-only period at the start; 0 when there is none. */
  readonly maxCapitalHolidayMonths: number;
  /**
   * The only capital holidays offered (months), when the product names them (KMO-cofinanciering:
   * 1 or 2 years). Absent: any whole number of months up to maxCapitalHolidayMonths.
   */
  readonly capitalHolidayChoices?: readonly number[];
  readonly notes?: readonly string[];
  readonly rules?: ProductRules;
  /** Absent: DEFAULT_EARLY_REPAYMENT_POLICY. */
  readonly earlyRepayment?: EarlyRepaymentPolicy;
  /** Absent: DEFAULT_PRODUCT_INTAKE. All versions of one product must agree on it. */
  readonly intake?: ProductIntake;
  /**
   * A due date on a Saturday, Sunday or holiday: `following` (absent: DEFAULT_DUE_DATE_CONVENTION)
   * is due on the next working day, `none` on the day itself. Only the payment date moves: the
   * interest and the amounts are those of the contractual periods.
   */
  readonly dueDateConvention?: DueDateConvention;
}

/**
 * Three months: the sources name no longest validity; the lender's policy is that an offer's
 * terms (the rate of its day, the assessment behind it) do not hold longer than a quarter.
 */
export const DEFAULT_OFFER_VALIDITY_MAX_DAYS = 92;
