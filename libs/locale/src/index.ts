/** Figures, dates and plurals in Dutch, French and English, the Belgian way, on Node's Intl. Pure: no I/O. */
export { INTL_LOCALE, LOCALE_LANGUAGES, UNIT_SPACE, isLocaleLanguage } from './language';
export type { LocaleLanguage } from './language';
export { formatAmount, formatCount, formatDecimal, formatPercent } from './numbers';
export {
  TIME_ZONE,
  brusselsWallClock,
  formatDate,
  formatInstant,
  formatMonth,
  monthName,
} from './dates';
export type { DateInput, MonthInput } from './dates';
export { countOf, pluralForm } from './plural';
export type { PluralForms } from './plural';
