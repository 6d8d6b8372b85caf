import { DayOfWeek, LocalDate } from '@js-joda/core';

/**
 * Moving a due date off a day the banks do not work (domain.md "Working days").
 *
 * The domain knows no holiday list of its own: the application service gives a decision the
 * lender's calendar (HolidayCalendar: libs/banking's WorkingDayCalendar, Belgian public holidays
 * and the lender's extra bank holidays), and the disbursement records the holidays that moved
 * its due dates. A schedule is then computed from the event alone (dueDateShift), so a holiday
 * added to the configuration later never moves a loan already paid out.
 */

/** What a product does with a due date on a Saturday, Sunday or holiday. */
export const DUE_DATE_CONVENTIONS = ['following', 'none'] as const;
export type DueDateConvention = (typeof DUE_DATE_CONVENTIONS)[number];
/** Absent from a product: due dates move to the next working day. */
export const DEFAULT_DUE_DATE_CONVENTION: DueDateConvention = 'following';

/** The lender's holidays (public holidays and extra bank holidays); weekends aside. */
export interface HolidayCalendar {
  isHoliday(date: LocalDate): boolean;
}

/**
 * The rule a schedule's due dates follow, as the disbursement fixed it: `following` moves a due
 * date on a Saturday, Sunday or one of `holidays` to the next day that is none of them.
 */
export interface DueDateShift {
  readonly convention: 'following';
  /** The holidays that moved a due date (YYYY-MM-DD). */
  readonly holidays: ReadonlySet<string>;
}

/** The shift a disbursement recorded (LoanDisbursed's dueDateShift) as the schedule takes it. */
export function dueDateShiftOf(data: {
  readonly convention: 'following';
  readonly holidays: readonly string[];
}): DueDateShift {
  if (data.convention !== 'following') {
    throw new RangeError(
      `${String(data.convention)} is not a due-date convention that moves dates`,
    );
  }
  return { convention: 'following', holidays: new Set(data.holidays) };
}

export function isWeekend(date: LocalDate): boolean {
  const day = date.dayOfWeek();
  return day === DayOfWeek.SATURDAY || day === DayOfWeek.SUNDAY;
}

/** The due date a contractual due date is paid on under `shift` (itself without one). */
export function shiftDueDate(date: LocalDate, shift: DueDateShift | undefined): LocalDate {
  if (!shift) return date;
  return nextWorkingDay(date, (d) => shift.holidays.has(d.toString()));
}

/**
 * The holidays of `calendar` a `following` shift of these due dates passes over: all that the
 * disbursement must record for its schedule to be the same for ever.
 */
export function holidaysMovingDueDates(
  dueDates: readonly LocalDate[],
  calendar: HolidayCalendar,
): string[] {
  const met = new Set<string>();
  for (const due of dueDates) {
    nextWorkingDay(due, (d) => {
      const holiday = calendar.isHoliday(d);
      if (holiday) met.add(d.toString());
      return holiday;
    });
  }
  return [...met].sort();
}

/** The date itself when it is a working day, else the first working day after it. */
function nextWorkingDay(date: LocalDate, isHoliday: (d: LocalDate) => boolean): LocalDate {
  let day = date;
  // A wrong holiday list (every day a holiday) must not loop for ever.
  for (let i = 0; i < 366; i++) {
    if (!isWeekend(day) && !isHoliday(day)) return day;
    day = day.plusDays(1);
  }
  throw new RangeError(`no working day in the year from ${date.toString()}: check the holidays`);
}
