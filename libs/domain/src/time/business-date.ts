import { LocalDate, YearMonth } from '@js-joda/core';
import { FormatError, quoteInput } from '../money/format-error';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/** The text is not an existing calendar date written YYYY-MM-DD. */
export class DateFormatError extends FormatError {
  readonly code = 'date-format' as const;

  constructor(message: string) {
    super(message);
  }
}

/** The text is not a month written YYYY-MM. */
export class MonthFormatError extends FormatError {
  readonly code = 'month-format' as const;

  constructor(message: string) {
    super(message);
  }
}

/**
 * Reads a business date ("effectiveOn", "appliedOn", ...): exactly YYYY-MM-DD,
 * and the day must exist ("2021-02-30" is refused, never moved to 28 February
 * or 2 March).
 */
export function parseBusinessDate(text: unknown): LocalDate {
  if (typeof text !== 'string') {
    throw new DateFormatError(
      `${quoteInput(text)} is not a date; write dates as text, YYYY-MM-DD, e.g. "2021-02-01"`,
    );
  }
  const match = DATE_PATTERN.exec(text);
  if (!match) {
    throw new DateFormatError(
      `${quoteInput(text)} is not a date in the form YYYY-MM-DD, e.g. "2021-02-01"`,
    );
  }
  const [year, month, day] = [match[1], match[2], match[3]].map((part) =>
    Number.parseInt(part, 10),
  );
  if (month < 1 || month > 12) {
    throw new DateFormatError(
      `${quoteInput(text)} has no month ${match[2]}; months run from 01 to 12`,
    );
  }
  const lastDay = YearMonth.of(year, month).lengthOfMonth();
  if (day < 1 || day > lastDay) {
    throw new DateFormatError(`${quoteInput(text)} does not exist: that month has ${lastDay} days`);
  }
  return LocalDate.of(year, month, day);
}

export function isBusinessDate(text: unknown): boolean {
  try {
    parseBusinessDate(text);
    return true;
  } catch {
    return false;
  }
}

/** "2021-02-01". The inverse of parseBusinessDate. */
export function formatBusinessDate(date: LocalDate): string {
  return date.toString();
}

/** Reads a reporting month ("2021-01"), exactly YYYY-MM. */
export function parseMonth(text: unknown): YearMonth {
  if (typeof text !== 'string') {
    throw new MonthFormatError(
      `${quoteInput(text)} is not a month; write months as text, YYYY-MM, e.g. "2021-01"`,
    );
  }
  const match = MONTH_PATTERN.exec(text);
  if (!match) {
    throw new MonthFormatError(
      `${quoteInput(text)} is not a month in the form YYYY-MM, e.g. "2021-01"`,
    );
  }
  const month = Number.parseInt(match[2], 10);
  if (month < 1 || month > 12) {
    throw new MonthFormatError(
      `${quoteInput(text)} has no month ${match[2]}; months run from 01 to 12`,
    );
  }
  return YearMonth.of(Number.parseInt(match[1], 10), month);
}

export function isMonth(text: unknown): boolean {
  try {
    parseMonth(text);
    return true;
  } catch {
    return false;
  }
}

/** "2021-01". The inverse of parseMonth. */
export function formatMonth(month: YearMonth): string {
  return month.toString();
}

/**
 * date + n months, the day clamped to the end of a shorter month
 * (31 January + 1 month = 28 or 29 February). For a schedule, always add
 * from the anchor date (start + k months), never step from the previous due
 * date, or a 31st drifts to the 28th for good.
 */
export function addMonthsClamped(date: LocalDate, months: number): LocalDate {
  if (!Number.isInteger(months))
    throw new RangeError(`months must be a whole number, got ${months}`);
  // js-joda's plusMonths already clamps the day of month (as java.time does).
  return date.plusMonths(months);
}
