/**
 * The stable codes of the responsible credit maximum (DOMAIN.md 3.5): what the
 * API accepts, what the rule sets are keyed by and what results and events carry.
 * Renaming one breaks stored assessments and clients: add, never rename.
 */

export const HOUSEHOLD_TYPES = [
  'single',
  'single-with-children',
  'couple',
  'couple-with-children',
] as const;
export type HouseholdType = (typeof HOUSEHOLD_TYPES)[number];

/**
 * How the household lives. `living-with-others` (inwonend: with parents or
 * others in their home) replaces rent and mortgage by a housing charge of a
 * share of the income.
 */
export const TENURES = ['renter', 'owner', 'living-with-others'] as const;
export type Tenure = (typeof TENURES)[number];

/** The two columns of the living-cost norm table. */
export const NORM_TENURES = ['owner', 'renter'] as const;
export type NormTenure = (typeof NORM_TENURES)[number];

/** Income kinds weighed by a single percentage, without conditions. */
export const PLAIN_INCOME_KINDS = [
  /** Permanent employment. */
  'salary',
  /** The monthly share of a 13th month (one twelfth of it). */
  'thirteenth-month',
  /** The monthly share of a year-end bonus. */
  'year-end-bonus',
  /** Sheltered employment (WSW, sociale werkplaats). */
  'sheltered-employment',
  /** Disability benefits: (old) WAO, WGA, Wajong, IVA. */
  'wao-benefit',
  'wga-benefit',
  'wajong-benefit',
  'iva-benefit',
  /** Not counted in the default rules. */
  'zero-hour-contract',
  'on-call',
  'personal-care-budget',
  'unemployment-benefit',
  'social-assistance',
] as const;
export type PlainIncomeKind = (typeof PLAIN_INCOME_KINDS)[number];

/** Income kinds whose weight depends on conditions the item carries. */
export const CONDITIONAL_INCOME_KINDS = [
  /** ORT / ploegentoeslag: `structural`. */
  'shift-allowance',
  /** `structural`. */
  'overtime-allowance',
  /** `structuralMonths`: months of the last 12 over which it is shown to be structural. */
  'commission',
  /** `endsOn`: counted only when it lasts the whole term. */
  'alimony-received',
  /** `yearlyProfits` (oldest first) and `documentedYears`; no monthly amount of its own. */
  'self-employed',
  /** `phase`: I, II or III. */
  'defence',
  /** `remainingContractMonths`, `declarationOfIntent`. */
  'temporary-contract',
  /** `phase` A (1-2), B (3) or C (4); for B `remainingContractMonths`, `declarationOfIntent`. */
  'agency-work',
  /** `daysSick`: days sick so far. */
  'sick-pay',
] as const;
export type ConditionalIncomeKind = (typeof CONDITIONAL_INCOME_KINDS)[number];

export const INCOME_KINDS = [...PLAIN_INCOME_KINDS, ...CONDITIONAL_INCOME_KINDS] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

/**
 * Income earned in employment: the kinds that may carry `inProbation` (income
 * during a probation period is not counted).
 */
export const EMPLOYMENT_INCOME_KINDS = [
  'salary',
  'thirteenth-month',
  'year-end-bonus',
  'sheltered-employment',
  'zero-hour-contract',
  'on-call',
  'shift-allowance',
  'overtime-allowance',
  'commission',
  'defence',
  'temporary-contract',
  'agency-work',
  'sick-pay',
] as const satisfies readonly IncomeKind[];
export type EmploymentIncomeKind = (typeof EMPLOYMENT_INCOME_KINDS)[number];

export const DEFENCE_PHASES = ['I', 'II', 'III'] as const;
export type DefencePhase = (typeof DEFENCE_PHASES)[number];

/** Agency work phases, A/B/C (1-2, 3 and 4 in the newer numbering). */
export const AGENCY_PHASES = ['A', 'B', 'C'] as const;
export type AgencyPhase = (typeof AGENCY_PHASES)[number];

export const OBLIGATION_KINDS = [
  /** `limit`: a share of the limit, whatever is drawn. */
  'revolving-credit',
  /** `monthlyAmount`: the actual monthly charge. */
  'personal-loan',
  /** `limit`: a share of the limit of a second mortgage credit. */
  'second-mortgage',
  /** `monthlyAmount`: the actual charge of a student debt already being repaid. */
  'student-debt-repaying',
  /** `debt` and `system`: a student debt not yet being repaid, a share of the debt. */
  'student-debt-not-repaying',
  /** `monthlyAmount`. */
  'alimony-paid',
  /** `monthlyAmount` minus `allowance` (the child care allowance received). */
  'child-care',
  /** `monthlyAmount`: private or through the employer. */
  'car-costs',
] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

/** The Dutch student finance systems: old (before 2015) and new (leenstelsel). */
export const STUDENT_DEBT_SYSTEMS = ['old', 'new'] as const;
export type StudentDebtSystem = (typeof STUDENT_DEBT_SYSTEMS)[number];

export const KNOCK_OUT_CODES = [
  'applicant-too-young',
  'applicant-too-old',
  'repaid-after-85th-birthday',
  'wage-garnishment',
  'divorce-in-progress',
  'income-below-living-cost-norm',
] as const;
export type KnockOutCode = (typeof KNOCK_OUT_CODES)[number];

/** The rule code of a requested amount above the maximum (checkAgainstMaximum). */
export const AMOUNT_ABOVE_MAXIMUM_RULE = 'amount-above-responsible-maximum';

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
