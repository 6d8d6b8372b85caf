export { Dec } from './decimal';
export { FormatError } from './format-error';
export { Money, MoneyFormatError } from './money';
export type { MoneyFormatOptions, MoneyLocale } from './money';
export { Rate, RateFormatError } from './rate';
export { MarketRate } from './market-rate';
