import {
  formatAmount,
  formatCount,
  formatDate,
  formatDecimal,
  formatMonth,
  formatPercent,
} from '@loanbook/locale';
import type { ColumnKind, ReportCell, ReportLanguage } from '../model';

/**
 * How a cell or a figure of the report reads in its language: "63.679.942,23" /
 * "63 679 942,23" / "63,679,942.23", "48,70 %", "3.393", "31 mei 2021", "mei 2021" (the formats
 * of @loanbook/locale). Every figure is formatted from its exact decimal string; no JavaScript
 * number carries an amount or a ratio. A value of the wrong shape throws: it is a fault of the
 * assembly, and a report that silently shows something else is worse than none.
 */

/** What a reader sees where there is no value (a ratio without a denominator). */
export const NO_VALUE = '–';

const MONEY_PATTERN = /^-?\d+\.\d{2}$/;

/** The model's money: a decimal string with exactly two places ("1234.50", "-3.00"). */
export function isMoneyText(value: unknown): value is string {
  return typeof value === 'string' && MONEY_PATTERN.test(value);
}

function money(value: string): string {
  if (!isMoneyText(value)) {
    throw new RangeError(`${JSON.stringify(value)} is not an amount with two decimals`);
  }
  return value;
}

/** A table cell as a reader sees it, by its column's kind: money without its currency (the column says it), null as "–". */
export function formatCell(kind: ColumnKind, value: ReportCell, language: ReportLanguage): string {
  if (value === null) return NO_VALUE;
  switch (kind) {
    case 'text':
      return String(value);
    case 'integer':
      return formatCount(expectNumber(kind, value), language);
    case 'label-number':
      // A year or a term: a label, so no thousands separator ("2021", not "2.021").
      return String(expectNumber(kind, value));
    case 'money':
      return formatDecimal(money(expectString(kind, value)), language);
    case 'ratio':
      return formatPercent(expectString(kind, value), language);
    case 'date':
      return formatDate(expectString(kind, value), language);
    case 'month':
      return formatMonth(expectString(kind, value), language);
  }
}

/** A figure standing alone (a headline card): money with its currency. */
export function formatFigure(
  kind: ColumnKind,
  value: ReportCell,
  language: ReportLanguage,
): string {
  if (value !== null && kind === 'money') {
    return formatAmount(money(expectString(kind, value)), language);
  }
  return formatCell(kind, value, language);
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
