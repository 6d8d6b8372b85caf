import { Dec, Money, parseBusinessDate, parseMonth } from '@loanbook/domain';
import { formatDate, monthName } from '@loanbook/documents';
import type { ColumnKind, ReportCell } from '../model';

/**
 * How the report reads in English: "63,679,942.23", "EUR 63,679,942.23", "49.00 %", "3,393",
 * "31 May 2021". Every figure is formatted from its exact decimal string; no JavaScript number
 * carries an amount or a ratio. A value of the wrong shape throws: it is a fault of the
 * assembly, and a report that silently shows something else is worse than none.
 */

/** What a reader sees where there is no value (a ratio without a denominator). */
export const NO_VALUE = '–';

const MONEY_PATTERN = /^-?\d+\.\d{2}$/;
const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/** The model's money: a decimal string with exactly two places ("1234.50", "-3.00"). */
export function isMoneyText(value: unknown): value is string {
  return typeof value === 'string' && MONEY_PATTERN.test(value);
}

/** "63,679,942.23", "-1,234.50"; with `{ currency: true }` "EUR 63,679,942.23". */
export function formatMoney(value: string, options: { currency?: boolean } = {}): string {
  if (!isMoneyText(value)) {
    throw new RangeError(`${JSON.stringify(value)} is not an amount with two decimals`);
  }
  // Money holds whole cents as a bigint and groups the exact digits.
  const amount = Money.parse(value).format('en');
  return options.currency ? `EUR ${amount}` : amount;
}

/**
 * A fraction as a percentage: "0.4900" → "49.00 %". Two decimals at least, and every decimal
 * the fraction has beyond them, so the figure is never rounded ("0.12345" → "12.345 %").
 */
export function formatRatio(value: string): string {
  if (typeof value !== 'string' || !DECIMAL_PATTERN.test(value)) {
    throw new RangeError(`${JSON.stringify(value)} is not a ratio written as a decimal fraction`);
  }
  const percent = new Dec(value).times(100);
  const places = Math.max(percent.decimalPlaces(), 2);
  return `${groupThousands(percent.isZero() ? percent.abs().toFixed(places) : percent.toFixed(places))} %`;
}

/** 3393 → "3,393". */
export function formatInteger(value: number): string {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${String(value)} is not a count (a safe integer)`);
  }
  return groupThousands(String(value));
}

/** An ISO business date stays ISO in tables: sortable and unambiguous. Checked, not changed. */
export function formatIsoDate(value: string): string {
  return parseBusinessDate(value).toString();
}

/** "2021-05-31" → "31 May 2021", for titles and running text. */
export function formatLongDate(value: string): string {
  return formatDate(parseBusinessDate(value), 'en');
}

/** "2021-05" stays as it is in tables. Checked, not changed. */
export function formatMonth(value: string): string {
  return parseMonth(value).toString();
}

/** "2021-05" → "May 2021". */
export function formatLongMonth(value: string): string {
  const month = parseMonth(value);
  return `${monthName(month.monthValue(), 'en')} ${month.year()}`;
}

/** An ISO instant → "2021-06-01 08:15:00 UTC": to the second, in UTC so that it reads the same anywhere. */
export function formatInstant(value: string): string {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(date.getTime())) {
    throw new RangeError(`${JSON.stringify(value)} is not an ISO instant`);
  }
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** A table cell as a reader sees it: by its column's kind, dates and months in ISO, null as "–". */
export function formatCell(kind: ColumnKind, value: ReportCell): string {
  if (value === null) return NO_VALUE;
  switch (kind) {
    case 'text':
      return String(value);
    case 'integer':
      return formatInteger(expectNumber(kind, value));
    case 'label-number':
      // A year or a term: a label, so no thousands separator ("2021", not "2,021").
      return String(expectNumber(kind, value));
    case 'money':
      return formatMoney(expectString(kind, value));
    case 'ratio':
      return formatRatio(expectString(kind, value));
    case 'date':
      return formatIsoDate(expectString(kind, value));
    case 'month':
      return formatMonth(expectString(kind, value));
  }
}

/**
 * A figure standing alone (a headline card, the summary sheet): money with its currency, dates
 * and months in words.
 */
export function formatFigure(kind: ColumnKind, value: ReportCell): string {
  if (value === null) return NO_VALUE;
  switch (kind) {
    case 'money':
      return formatMoney(expectString(kind, value), { currency: true });
    case 'date':
      return formatLongDate(expectString(kind, value));
    case 'month':
      return formatLongMonth(expectString(kind, value));
    default:
      return formatCell(kind, value);
  }
}

/** Kinds whose cells are numbers to a reader: right-aligned, in tabular figures. */
export function isNumericKind(kind: ColumnKind): boolean {
  return kind === 'integer' || kind === 'money' || kind === 'ratio';
}

function expectString(kind: ColumnKind, value: string | number): string {
  if (typeof value !== 'string') {
    throw new RangeError(`a ${kind} cell holds a decimal string, got the number ${value}`);
  }
  return value;
}

function expectNumber(kind: ColumnKind, value: string | number): number {
  if (typeof value !== 'number') {
    throw new RangeError(`a ${kind} cell holds a number, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Commas between thousands of the whole part of a plain decimal string. */
function groupThousands(text: string): string {
  const negative = text.startsWith('-');
  const [whole, fraction] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
