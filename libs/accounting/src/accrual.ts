import { ChronoUnit, type LocalDate } from '@js-joda/core';
import { Dec, type Instalment } from '@loanbook/domain';

/**
 * Accrual accounting (an option): the interest earned but not yet due at the end of `asOf`,
 * from the schedule, with no job. The instalment whose period holds the day has earned its
 * interest pro rata of the days run (from the previous due date, or the disbursement, to
 * `asOf`, over the period's days), half up to the cent; on a due date nothing is accrued (the
 * instalment is due). The accrual entry is Dr accrued interest / Cr interest income, reversed
 * on the next day.
 */
export function accruedInterest(
  instalments: readonly Pick<Instalment, 'dueOn' | 'interest'>[],
  disbursedOn: LocalDate,
  asOf: LocalDate,
): string {
  let start = disbursedOn;
  for (const i of instalments) {
    if (!asOf.isBefore(i.dueOn)) {
      start = i.dueOn;
      continue;
    }
    if (asOf.isBefore(start)) return '0.00';
    const run = start.until(asOf, ChronoUnit.DAYS);
    const days = start.until(i.dueOn, ChronoUnit.DAYS);
    return new Dec(i.interest.toString())
      .times(run)
      .div(days)
      .toDecimalPlaces(2, Dec.ROUND_HALF_UP)
      .toFixed(2);
  }
  return '0.00';
}
