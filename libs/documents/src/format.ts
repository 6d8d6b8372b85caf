import { LocalDate } from '@js-joda/core';
import { Money, Rate, parseBusinessDate } from '@loanbook/domain';
import type { Language } from './language';

/** Figures come as domain values or as the decimal and ISO strings that events carry. */
export type MoneyInput = Money | string;
export type RateInput = Rate | string;
export type DateInput = LocalDate | string;

export function toMoney(value: MoneyInput): Money {
  return Money.isMoney(value) ? value : Money.parse(value);
}

export function toRate(value: RateInput): Rate {
  return value instanceof Rate ? value : Rate.parse(value);
}

export function toDate(value: DateInput): LocalDate {
  return value instanceof LocalDate ? value : parseBusinessDate(value);
}

/**
 * Amounts, percentages and dates are written by @loanbook/locale, which the reports share:
 * "25.000,00 EUR" / "25 000,00 EUR" / "EUR 25,000.00", "7,00 %" / "7.00 %", "15 maart 2018" /
 * "15 mars 2018" / "15 March 2018".
 * A document's language is one of the locale's.
 */
export { formatAmount, formatDate, formatPercent, monthName } from '@loanbook/locale';

const MONTH_WORDS: Readonly<
  Record<Language, { month: string; months: string; year: string; years: string }>
> = {
  nl: { month: 'maand', months: 'maanden', year: 'jaar', years: 'jaar' },
  fr: { month: 'mois', months: 'mois', year: 'an', years: 'ans' },
  en: { month: 'month', months: 'months', year: 'year', years: 'years' },
};

/** "60 maanden (5 jaar)", "60 mois (5 ans)", "18 months", "1 maand". */
export function formatMonths(months: number, language: Language): string {
  const words = MONTH_WORDS[language];
  const text = `${months} ${months === 1 ? words.month : words.months}`;
  if (months < 12 || months % 12 !== 0) return text;
  const years = months / 12;
  return `${text} (${years} ${years === 1 ? words.year : words.years})`;
}
