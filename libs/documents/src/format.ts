import { LocalDate } from '@js-joda/core';
import { Money, Rate, parseBusinessDate } from '@loanbook/domain';
import type { Language, Translations } from './language';

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
 * "25.000,00 EUR" in Dutch (Belgian usage), "EUR 25,000.00" in English. Built on Money's exact
 * decimal string: the amount never passes through a JavaScript number.
 */
export function formatAmount(value: MoneyInput, language: Language): string {
  const money = toMoney(value);
  return language === 'nl' ? `${money.format('nl-BE')} EUR` : `EUR ${money.format('en')}`;
}

/**
 * A rate as a percentage with at least `minDecimals` decimals and every decimal it has:
 * "7,00 %", "0,412 %" in Dutch, "7.00 %" in English. Interest rates take two decimals, as
 * offers write them; shares of a guarantee take none ("30 %").
 */
export function formatPercent(value: RateInput, language: Language, minDecimals = 2): string {
  const percent = toRate(value).toDecimal().times(100);
  const places = Math.max(percent.decimalPlaces(), minDecimals);
  const text = percent.toFixed(places);
  return `${language === 'nl' ? text.replace('.', ',') : text} %`;
}

// Written out rather than taken from Intl, so a document reads the same on every runtime.
const MONTHS: Translations<readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** The month's name: 1 → "januari" / "January". */
export function monthName(monthValue: number, language: Language): string {
  const name = MONTHS[language][monthValue - 1];
  if (name === undefined) throw new RangeError(`there is no month ${monthValue}`);
  return name;
}

/** "15 maart 2018" / "15 March 2018". */
export function formatDate(value: DateInput, language: Language): string {
  const date = toDate(value);
  return `${date.dayOfMonth()} ${monthName(date.monthValue(), language)} ${date.year()}`;
}

/** "60 maanden (5 jaar)", "18 months", "1 maand". */
export function formatMonths(months: number, language: Language): string {
  const words =
    language === 'nl'
      ? { month: 'maand', months: 'maanden', year: 'jaar', years: 'jaar' }
      : { month: 'month', months: 'months', year: 'year', years: 'years' };
  const text = `${months} ${months === 1 ? words.month : words.months}`;
  if (months < 12 || months % 12 !== 0) return text;
  const years = months / 12;
  return `${text} (${years} ${years === 1 ? words.year : words.years})`;
}
