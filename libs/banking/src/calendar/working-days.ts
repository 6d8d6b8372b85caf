import { DayOfWeek, LocalDate } from '@js-joda/core';
import Holidays from 'date-holidays';

/**
 * Belgian working days: not a Saturday or Sunday, not a Belgian public holiday (date-holidays,
 * country BE, the holidays of type "public": New Year, Easter Monday, 1 May, Ascension, Whit
 * Monday, 21 July, 15 August, 1 and 11 November, Christmas), and not one of the extra days the
 * lender adds (bank holidays such as 26 December, or a bridge day), given as dates.
 */
export class WorkingDayCalendar {
  private readonly years = new Map<number, ReadonlySet<string>>();
  private readonly extra: ReadonlySet<string>;
  private readonly holidays = new Holidays('BE');

  constructor(extraHolidays: readonly LocalDate[] = []) {
    this.extra = new Set(extraHolidays.map((d) => d.toString()));
  }

  isHoliday(date: LocalDate): boolean {
    return this.extra.has(date.toString()) || this.publicHolidays(date.year()).has(date.toString());
  }

  isWorkingDay(date: LocalDate): boolean {
    const day = date.dayOfWeek();
    return day !== DayOfWeek.SATURDAY && day !== DayOfWeek.SUNDAY && !this.isHoliday(date);
  }

  /** The date itself when it is a working day, else the first working day after it. */
  nextWorkingDay(date: LocalDate): LocalDate {
    let day = date;
    // A year has at most a few holidays in a row with a weekend; a bound keeps a wrong override
    // list (every day a holiday) from looping for ever.
    for (let i = 0; i < 366; i++) {
      if (this.isWorkingDay(day)) return day;
      day = day.plusDays(1);
    }
    throw new Error(`no working day in the year from ${date.toString()}: check the extra holidays`);
  }

  /** The public holidays of a year, as dates (YYYY-MM-DD). */
  publicHolidays(year: number): ReadonlySet<string> {
    let dates = this.years.get(year);
    if (!dates) {
      // date-holidays gives each holiday's local start as "YYYY-MM-DD hh:mm:ss": its date is
      // the first ten characters, whatever the machine's time zone.
      dates = new Set(
        this.holidays
          .getHolidays(year)
          .filter((h) => h.type === 'public')
          .map((h) => h.date.slice(0, 10)),
      );
      this.years.set(year, dates);
    }
    return dates;
  }
}

export { parseExtraHolidays } from './extra-holidays';
