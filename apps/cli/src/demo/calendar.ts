import { DayOfWeek, LocalDate, YearMonth } from '@js-joda/core';

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm; whole numbers only). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.trunc(year / 100);
  const c = year % 100;
  const d = Math.trunc(b / 4);
  const e = b % 4;
  const f = Math.trunc((b + 8) / 25);
  const g = Math.trunc((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.trunc(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.trunc((a + 11 * h + 22 * l) / 451);
  const month = Math.trunc((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return LocalDate.of(year, month, day);
}

const holidayCache = new Map<number, Set<string>>();

/** The ten Belgian public holidays of a year, as ISO dates. */
export function belgianPublicHolidays(year: number): ReadonlySet<string> {
  let days = holidayCache.get(year);
  if (!days) {
    const easter = easterSunday(year);
    days = new Set(
      [
        LocalDate.of(year, 1, 1),
        easter.plusDays(1), // Easter Monday
        LocalDate.of(year, 5, 1),
        easter.plusDays(39), // Ascension
        easter.plusDays(50), // Whit Monday
        LocalDate.of(year, 7, 21),
        LocalDate.of(year, 8, 15),
        LocalDate.of(year, 11, 1),
        LocalDate.of(year, 11, 11),
        LocalDate.of(year, 12, 25),
      ].map((d) => d.toString()),
    );
    holidayCache.set(year, days);
  }
  return days;
}

/** Monday to Friday and not a Belgian public holiday. */
export function isWorkingDay(date: LocalDate): boolean {
  const dow = date.dayOfWeek();
  if (dow === DayOfWeek.SATURDAY || dow === DayOfWeek.SUNDAY) return false;
  return !belgianPublicHolidays(date.year()).has(date.toString());
}

/** The working days from `from` to `to`, both included, in order. */
export function workingDaysBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let d = from; !d.isAfter(to); d = d.plusDays(1)) {
    if (isWorkingDay(d)) days.push(d);
  }
  return days;
}

/** The working days of a month. */
export function workingDaysOf(month: YearMonth): LocalDate[] {
  return workingDaysBetween(month.atDay(1), month.atEndOfMonth());
}
