import { Dec } from './decimal';
import { quoteInput } from './format-error';
import { RateFormatError } from './rate';

const MARKET_RATE_PATTERN = /^-?\d+(\.\d{1,6})?$/;

/**
 * A market reference rate (Euribor, IRS) as an exact decimal fraction: "0.00531" is 0.531 %.
 * Unlike a loan's `Rate` it may be negative (Euribor was below zero from 2015 to 2022);
 * −1 < rate < 1, at most six decimals.
 */
export class MarketRate {
  private constructor(private readonly value: Dec) {
    Object.freeze(this);
  }

  static parse(text: unknown): MarketRate {
    if (typeof text !== 'string' || !MARKET_RATE_PATTERN.test(text)) {
      throw new RateFormatError(
        `${quoteInput(text)} is not a reference rate; write it as a fraction with at most 6 decimals, e.g. "0.00531" for 0.531 % or "-0.0045" for −0.45 %`,
      );
    }
    const value = new Dec(text);
    if (value.abs().gte(1)) {
      throw new RateFormatError(
        `${quoteInput(text)} is 100 % or more; write rates as a fraction: "0.00531" for 0.531 %`,
      );
    }
    return new MarketRate(value);
  }

  static isValid(text: unknown): boolean {
    return typeof text === 'string' && MARKET_RATE_PATTERN.test(text) && new Dec(text).abs().lt(1);
  }

  toDecimal(): Dec {
    return this.value;
  }

  /** Fewest decimals, at least two: "0.00531", "-0.0045", "0.00". */
  toString(): string {
    const places = this.value.decimalPlaces();
    return this.value.toFixed(places < 2 ? 2 : places);
  }

  toJSON(): string {
    return this.toString();
  }
}
