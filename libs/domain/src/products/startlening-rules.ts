import type { Rate } from '../money/rate';

/**
 * The Startlening's rule set (DOMAIN.md §3.4, public sources), `ProductVersion.rules.startlening`.
 * The 3 % rate is the version's fixed rate; the EUR 100,000 cap its maxAmount; the 1-year
 * holiday and the 2-year one its capitalHolidayChoices.
 */
export interface StartleningRules {
  /**
   * A starter: at most this many years self-employed in main occupation on the application
   * date (exactly that many years still qualifies; a day more does not).
   */
  readonly maxSelfEmployedYears: number;
  /** The loan is at most this many times the own contribution. */
  readonly maxOwnContributionMultiple: number;
  /** The longer capital holiday: only with a written justification, and at its own rate. */
  readonly extendedHoliday: StartleningExtendedHoliday;
}

export interface StartleningExtendedHoliday {
  readonly months: number;
  readonly annualRate: Rate;
  readonly justificationRequired: boolean;
}
