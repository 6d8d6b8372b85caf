import { ChronoUnit, type LocalDate } from '@js-joda/core';
import { Dec, type Instalment } from '@loanbook/domain';

/**
 * Accrual accounting (an option): the interest earned but not yet due at the end of `asOf`,
 * from the schedule, with no job. Interest runs on the contractual periods (domain.md "Working
 * days"): the instalment whose contractual period holds the day has earned its interest pro
 * rata of the days run (from the previous contractual due date, or the disbursement, to `asOf`,
 * over the period's days), half up to the cent. An instalment is accrued until it is due: when
 * its due date moved past a weekend or holiday, its whole interest stays accrued from its
 * contractual date to the working day it is due on (and the next period's runs beside it). The
 * accrual entry is Dr accrued interest / Cr interest income, reversed on the next day.
 */
export function accruedInterest(
  instalments: readonly Pick<Instalment, 'dueOn' | 'contractualDueOn' | 'interest'>[],
  disbursedOn: LocalDate,
  asOf: LocalDate,
): string {
  let start = disbursedOn;
  let accrued = new Dec(0);
  for (const i of instalments) {
    const end = i.contractualDueOn ?? i.dueOn;
    if (!asOf.isBefore(i.dueOn)) {
      start = end;
      continue;
    }
    if (asOf.isBefore(start)) break;
    if (!asOf.isBefore(end)) {
      // Earned on its contractual date, due on the next working day.
      accrued = accrued.plus(i.interest.toString());
      start = end;
      continue;
    }
    const run = start.until(asOf, ChronoUnit.DAYS);
    const days = start.until(end, ChronoUnit.DAYS);
    accrued = accrued.plus(
      new Dec(i.interest.toString()).times(run).div(days).toDecimalPlaces(2, Dec.ROUND_HALF_UP),
    );
    break;
  }
  return accrued.toFixed(2);
}
