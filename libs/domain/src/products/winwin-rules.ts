import type { Money } from '../money/money';
import { Rate } from '../money/rate';
import type { LenderRelation } from '../parties/lender-relation';

/**
 * How the per-lender limit of the win-win loan is read (DOMAIN.md §3.2: not
 * certain). 'total': the lender's registered win-win loans together, this one
 * included, stay within the limit (the stricter reading, the default).
 * 'per-loan': each loan on its own stays within it.
 */
export type WinwinLenderLimit = 'total' | 'per-loan';
export const WINWIN_LENDER_LIMITS: readonly WinwinLenderLimit[] = ['total', 'per-loan'];

/**
 * The rate band of one calendar year: at least half and at most the Belgian
 * legal interest rate of the year in which the contract starts.
 */
export interface WinwinRateBand {
  readonly year: number;
  readonly min: Rate;
  readonly max: Rate;
  readonly note?: string;
}

function band(year: number, min: string, max: string, note?: string): WinwinRateBand {
  return Object.freeze({
    year,
    min: Rate.parse(min),
    max: Rate.parse(max),
    ...(note ? { note } : {}),
  });
}

/**
 * The yearly table of DOMAIN.md §3.2. Years that are missing (2018, 2019,
 * 2023, ...) are not known: a contract of such a year is refused with
 * `rate-band-unknown` until the year's legal interest rate is added here (or
 * given to defaultCatalogue as `winwinRateBands`). Never guess a year.
 */
export const WINWIN_RATE_BANDS: readonly WinwinRateBand[] = Object.freeze([
  band(2017, '0.01', '0.02'),
  band(2020, '0.00875', '0.0175'),
  band(
    2021,
    '0.0075',
    '0.015',
    'from the 2021 legal interest rate of 1.5 %; DOMAIN.md asks to confirm it',
  ),
  band(2022, '0.0075', '0.015'),
  band(2024, '0.02875', '0.0575'),
  band(2025, '0.0225', '0.045'),
]);

/** The band of a year, or undefined when the table does not have it. */
export function winwinRateBand(
  bands: readonly WinwinRateBand[],
  year: number,
): WinwinRateBand | undefined {
  return bands.find((b) => b.year === year);
}

/** The win-win rule set of a product version (`ProductVersion.rules.winwin`). */
export interface WinwinRules {
  /** Most one lender may lend; how it is counted is `lenderLimit`. Also the version's maxAmount. */
  readonly maxPerLender: Money;
  readonly lenderLimit: WinwinLenderLimit;
  /** Most one borrowing enterprise may have registered in win-win loans, this one included. */
  readonly maxPerBorrower: Money;
  /** Relations of the lender to the borrower that rule the loan out. */
  readonly excludedRelations: readonly LenderRelation[];
  /** Rate bands by the year of the contract (signedOn). */
  readonly rateBands: readonly WinwinRateBand[];
  /** The registrar must receive the deed (appliedOn) within this many months of signing. */
  readonly deedDeadlineMonths: number;
  /**
   * Share of the principal definitively lost that the government guarantee
   * pays the lender (DOMAIN.md §3.2); used by the guarantee claim.
   */
  readonly governmentGuaranteeShare: Rate;
}
