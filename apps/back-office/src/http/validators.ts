import { Instant } from '@js-joda/core';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import {
  isBusinessDate,
  isMonth,
  isValidEnterpriseNumber,
  MarketRate,
  Money,
  Rate,
} from '@loanbook/domain';

/**
 * Field validators named after the error code the client sees (API.md conventions),
 * each delegating to the domain's own parser so the edge and the domain agree.
 */
function define(
  code: string,
  test: (value: unknown) => boolean,
  message: string,
  options?: ValidationOptions,
) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: code,
      target: target.constructor,
      propertyName,
      options: { message, ...options },
      validator: { validate: (value: unknown) => test(value) },
    });
}

/** A decimal string with at most two decimals; a JSON number is refused. */
export const IsMoney = (options?: ValidationOptions) =>
  define(
    'money-format',
    (v) => Money.isValid(v),
    '$property must be an amount as a decimal string with at most two decimals, such as "25000.00" (not a JSON number)',
    options,
  );

/** Strictly more than zero. Checked after the format, so only on valid amounts. */
export const IsPositiveMoney = (options?: ValidationOptions) =>
  define(
    'money-positive',
    (v) => !Money.isValid(v) || Money.parse(v).isPositive(),
    '$property must be more than 0.00',
    options,
  );

export const IsRate = (options?: ValidationOptions) =>
  define(
    'rate-format',
    (v) => Rate.isValid(v),
    '$property must be an annual rate as a decimal string, such as "0.06" for 6 %',
    options,
  );

export const IsBusinessDate = (options?: ValidationOptions) =>
  define(
    'date-format',
    (v) => isBusinessDate(v),
    '$property must be a date that exists, as YYYY-MM-DD',
    options,
  );

export const IsEnterpriseNumber = (options?: ValidationOptions) =>
  define(
    'enterprise-number',
    (v) => isValidEnterpriseNumber(v),
    '$property must be a Belgian enterprise number such as 0403.170.701 whose last two digits are its mod-97 check',
    options,
  );

/** An ISO-8601 instant with a zone, such as 2021-06-01T12:00:00Z (js-joda's strict parser). */
export const IsInstant = (options?: ValidationOptions) =>
  define(
    'instant-format',
    (v) => {
      if (typeof v !== 'string') return false;
      try {
        Instant.parse(v);
        return true;
      } catch {
        return false;
      }
    },
    '$property must be an instant such as 2021-06-01T12:00:00Z',
    options,
  );

export const IsMonth = (options?: ValidationOptions) =>
  define('month-format', (v) => isMonth(v), '$property must be a month as YYYY-MM', options);

/** A whole number in a query string, such as `minPosition=42`. */
export const IsWholeNumberText = (options?: ValidationOptions) =>
  define(
    'integer',
    (v) => typeof v === 'string' && /^\d{1,15}$/.test(v),
    '$property must be a whole number',
    options,
  );

/** A market reference rate: may be negative ("-0.0045"), at most six decimals. */
export const IsMarketRate = (options?: ValidationOptions) =>
  define(
    'rate-format',
    (v) => MarketRate.isValid(v),
    '$property must be a reference rate as a decimal string, such as "0.00531" for 0.531 % or "-0.0045" for −0.45 %',
    options,
  );
