import { LocalDate } from '@js-joda/core';
import { Dec } from '../money/decimal';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import { PERIODS_PER_YEAR, REPAYMENT_FREQUENCIES } from '../products/product';
import type { RepaymentFrequency } from '../products/product';
import type { RepaymentTermsData } from '../loan/events';
import { addMonthsClamped } from '../time/business-date';
import { shiftDueDate, type DueDateShift } from '../time/due-date-shift';

/**
 * The repayment schedule of a loan: pure arithmetic on Money, Dec and LocalDate.
 *
 * Conventions (the defaults; a product may override the first three through
 * ScheduleConventions):
 *
 * - Periods per year: monthly 12, quarterly 4, semiannual 2, annual 1. The loan
 *   has n = termMonths / (12 / periodsPerYear) periods; a term that is not a whole
 *   number of periods is a RangeError.
 * - Periodic rate r = annual rate / periods per year, exact (Dec, not rounded).
 * - Each period's interest = outstanding × r, rounded half up to the cent.
 * - A capital holiday of h months is h / (12 / periodsPerYear) periods (a whole
 *   number, fewer than n) of interest only, at the start. The other m = n − h
 *   periods amortise the full principal P:
 *   - annuity: instalment = P·r / (1 − (1 + r)^−m), rounded half up to the cent
 *     (P / m rounded when r = 0); principal part = instalment − interest;
 *   - linear: principal part = P / m, rounded half up to the cent;
 *   - bullet: interest only every period, all principal in the last one.
 * - The last instalment takes the rounding remainder: its principal part is what
 *   is still outstanding, so the principal parts sum to P exactly, and its total
 *   is its interest plus that principal.
 * - No principal part exceeds what is outstanding: when rounding a tiny
 *   instalment up would repay the principal before the end (1.00 over 60 months
 *   at 0 % → 0.02 a month), the instalment that reaches zero repays only the rest
 *   and the later ones are 0.00. Never the case for ordinary amounts.
 * - Due dates: the disbursement date's day of month, k periods later (k = 1..n),
 *   always counted from the disbursement date and clamped to the month's end:
 *   from 31 January → 28/29 February → 31 March → 30 April.
 * - Working days: with a dueDateShift (the disbursement's, domain.md "Working days"), a due date
 *   on a Saturday, Sunday or holiday is paid on the next working day (dueOn; the contractual date
 *   stays in contractualDueOn). Interest and amounts are those of the contractual periods: only
 *   the payment date moves, so the instalments are the offer's whatever the calendar.
 *
 * Money.fromDecimal is the only place that rounds; no amount is ever a JavaScript
 * number.
 */

/** The figures a schedule is computed from (an approved offer and its disbursement). */
export interface ScheduleTerms {
  readonly principal: Money;
  readonly annualRate: Rate;
  readonly termMonths: number;
  readonly repayment: Readonly<RepaymentTermsData>;
  readonly disbursedOn: LocalDate;
  /** How due dates move off non-working days, as the disbursement recorded it; absent: they do not. */
  readonly dueDateShift?: DueDateShift;
}

/** What a product may change about how its schedules are computed. */
export interface ScheduleConventions {
  /** Periods a year per frequency; 12 must be a whole multiple of each. Default PERIODS_PER_YEAR. */
  readonly periodsPerYear: Readonly<Record<RepaymentFrequency, number>>;
  /** The (unrounded) rate of one period. Default: annual rate / periods per year. */
  readonly periodicRate: (annualRate: Rate, periodsPerYear: number) => Dec;
  /** The due date `months` after disbursement. Default: same day of month, clamped to the month's end. */
  readonly dueDate: (disbursedOn: LocalDate, months: number) => LocalDate;
}

export const DEFAULT_SCHEDULE_CONVENTIONS: ScheduleConventions = Object.freeze({
  periodsPerYear: PERIODS_PER_YEAR,
  periodicRate: (annualRate: Rate, periodsPerYear: number) => annualRate.perPeriod(periodsPerYear),
  dueDate: addMonthsClamped,
});

export interface Instalment {
  /** 1..n */
  readonly number: number;
  /** The day it is due and falls in arrears after: the contractual date, moved to a working day. */
  readonly dueOn: LocalDate;
  /** The contractual due date (the period's end) when dueOn was moved off a non-working day. */
  readonly contractualDueOn?: LocalDate;
  readonly principal: Money;
  readonly interest: Money;
  /** principal + interest */
  readonly total: Money;
  /** Principal still owed once this instalment is paid. */
  readonly outstandingAfter: Money;
}

export interface ScheduleTotals {
  readonly principal: Money;
  readonly interest: Money;
  readonly total: Money;
}

export interface Schedule {
  readonly instalments: readonly Instalment[];
  readonly totals: ScheduleTotals;
}

/** Periods a year of a repayment frequency (monthly 12, quarterly 4, semiannual 2, annual 1). */
export function periodsPerYear(
  frequency: RepaymentFrequency,
  conventions: Pick<ScheduleConventions, 'periodsPerYear'> = DEFAULT_SCHEDULE_CONVENTIONS,
): number {
  if (!(REPAYMENT_FREQUENCIES as readonly string[]).includes(frequency)) {
    throw new RangeError(`${String(frequency)} is not a repayment frequency`);
  }
  const p = conventions.periodsPerYear[frequency];
  if (!Number.isInteger(p) || p <= 0 || 12 % p !== 0) {
    throw new RangeError(
      `${p} periods a year (${frequency}) do not divide the year into whole months`,
    );
  }
  return p;
}

export function computeSchedule(
  terms: ScheduleTerms,
  options: Partial<ScheduleConventions> = {},
): Schedule {
  const conventions: ScheduleConventions = { ...DEFAULT_SCHEDULE_CONVENTIONS, ...options };
  const { principal, annualRate, termMonths, repayment, disbursedOn } = terms;
  const { method, frequency, capitalHolidayMonths } = repayment;

  if (!principal.isPositive()) {
    throw new RangeError(`The principal must be more than 0.00, got ${principal.toString()}`);
  }
  const perYear = periodsPerYear(frequency, conventions);
  const monthsPerPeriod = 12 / perYear;
  const n = wholePeriods(termMonths, monthsPerPeriod, frequency, 'term');
  const h = wholePeriods(capitalHolidayMonths, monthsPerPeriod, frequency, 'capital holiday');
  if (n < 1) throw new RangeError(`A term of ${termMonths} months has no ${frequency} period`);
  if (h >= n) {
    throw new RangeError(
      `A capital holiday of ${capitalHolidayMonths} months leaves nothing of a ${termMonths}-month term to repay`,
    );
  }

  const r = conventions.periodicRate(annualRate, perYear);
  const amortising = n - h;
  const regular = regularPrincipal(method, principal, r, amortising);

  const instalments: Instalment[] = [];
  let outstanding = principal;
  for (let k = 1; k <= n; k++) {
    const interest = Money.fromDecimal(outstanding.times(r));
    let repaid: Money;
    if (k === n) repaid = outstanding;
    else if (k <= h) repaid = Money.zero();
    else repaid = Money.min(regular(interest), outstanding);
    outstanding = outstanding.minus(repaid);
    const contractual = conventions.dueDate(disbursedOn, k * monthsPerPeriod);
    const dueOn = shiftDueDate(contractual, terms.dueDateShift);
    instalments.push({
      number: k,
      dueOn,
      ...(dueOn.equals(contractual) ? {} : { contractualDueOn: contractual }),
      principal: repaid,
      interest,
      total: repaid.plus(interest),
      outstandingAfter: outstanding,
    });
  }

  return {
    instalments,
    totals: {
      principal: Money.sum(instalments.map((i) => i.principal)),
      interest: Money.sum(instalments.map((i) => i.interest)),
      total: Money.sum(instalments.map((i) => i.total)),
    },
  };
}

/** The principal part of an amortising instalment other than the last, given its interest. */
function regularPrincipal(
  method: RepaymentTermsData['method'],
  principal: Money,
  r: Dec,
  periods: number,
): (interest: Money) => Money {
  switch (method) {
    case 'annuity': {
      const instalment = Money.fromDecimal(
        r.isZero()
          ? principal.dividedBy(periods)
          : principal.times(r).dividedBy(new Dec(1).minus(r.plus(1).pow(-periods))),
      );
      return (interest) => instalment.minus(interest);
    }
    case 'linear': {
      const part = Money.fromDecimal(principal.dividedBy(periods));
      return () => part;
    }
    case 'bullet':
      return () => Money.zero();
    default:
      throw new RangeError(`${String(method)} is not a repayment method`);
  }
}

function wholePeriods(
  months: number,
  monthsPerPeriod: number,
  frequency: RepaymentFrequency,
  what: string,
): number {
  if (!Number.isInteger(months) || months < 0) {
    throw new RangeError(`A ${what} of ${months} months is not a whole number of months`);
  }
  if (months % monthsPerPeriod !== 0) {
    throw new RangeError(
      `A ${what} of ${months} months is not a whole number of ${frequency} periods of ${monthsPerPeriod} months`,
    );
  }
  return months / monthsPerPeriod;
}
