import { LocalDate, YearMonth } from '@js-joda/core';
import { parseBusinessDate, parseMonth } from '@loanbook/domain';
import { INTL_LOCALE, type LocaleLanguage } from './language';

/** Where the lender works: every instant is shown on Brussels' clock. */
export const TIME_ZONE = 'Europe/Brussels';

export type DateInput = LocalDate | string;
export type MonthInput = YearMonth | string;

function toDate(value: DateInput): LocalDate {
  return value instanceof LocalDate ? value : parseBusinessDate(value);
}

function toMonth(value: MonthInput): YearMonth {
  return value instanceof YearMonth ? value : parseMonth(value);
}

/** A business date has no zone: it is formatted as that day at midnight UTC, in UTC. */
function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Date.UTC reads the years 0–99 as 1900–1999.
  date.setUTCFullYear(year);
  return date;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(
  language: LocaleLanguage,
  name: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${language}:${name}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[language], options);
    formats.set(key, format);
  }
  return format;
}

/** French writes the first of the month as an ordinal: "1er mai 2021". */
function joinParts(parts: Intl.DateTimeFormatPart[], language: LocaleLanguage): string {
  return parts
    .map((p) => (language === 'fr' && p.type === 'day' && p.value === '1' ? '1er' : p.value))
    .join('');
}

/** "31 mei 2021" / "31 mai 2021" / "31 May 2021"; "1er mai 2021" in French. */
export function formatDate(value: DateInput, language: LocaleLanguage): string {
  const date = toDate(value);
  const format = dateFormat(language, 'date', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return joinParts(
    format.formatToParts(utcMidnight(date.year(), date.monthValue(), date.dayOfMonth())),
    language,
  );
}

/** The month's name: 5 → "mei" / "mai" / "May". */
export function monthName(monthValue: number, language: LocaleLanguage): string {
  if (!Number.isInteger(monthValue) || monthValue < 1 || monthValue > 12) {
    throw new RangeError(`there is no month ${monthValue}`);
  }
  const format = dateFormat(language, 'month-name', { month: 'long', timeZone: 'UTC' });
  return format.format(utcMidnight(2000, monthValue, 1));
}

/**
 * "mei 2021" / "mai 2021" / "May 2021"; `short`: "sep. 2021" / "sept. 2021" / "Sept 2021", for
 * the axis of a chart.
 */
export function formatMonth(
  value: MonthInput,
  language: LocaleLanguage,
  options: { short?: boolean } = {},
): string {
  const month = toMonth(value);
  const format = dateFormat(language, options.short ? 'month-short' : 'month', {
    month: options.short ? 'short' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.format(utcMidnight(month.year(), month.monthValue(), 1));
}

function toInstant(iso: string): Date {
  const date = new Date(iso);
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(date.getTime())) {
    throw new RangeError(`${JSON.stringify(iso)} is not an ISO instant`);
  }
  return date;
}

/**
 * An instant on Brussels' clock, to the second, with the zone's name: "1 juni 2021 om 10:15:42
 * CEST" / "1er juin 2021 à 10:15:42 UTC+2" / "1 June 2021 at 10:15:42 CEST".
 */
export function formatInstant(iso: string, language: LocaleLanguage): string {
  const format = dateFormat(language, 'instant', {
    dateStyle: 'long',
    timeStyle: 'long',
    timeZone: TIME_ZONE,
  });
  return joinParts(format.formatToParts(toInstant(iso)), language);
}

/**
 * The wall clock in Brussels at an instant, as a Date whose UTC fields show it: what a
 * spreadsheet, which has no zones, should display.
 */
export function brusselsWallClock(iso: string): Date {
  const format = dateFormat('en', 'wall-clock', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const instant = toInstant(iso);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(format.formatToParts(instant).find((p) => p.type === type)?.value);
  const date = utcMidnight(part('year'), part('month'), part('day'));
  date.setUTCHours(part('hour'), part('minute'), part('second'));
  return date;
}
