import { Instant, LocalDate, ZoneOffset } from '@js-joda/core';
import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsObject,
  registerDecorator,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import {
  AMOUNT_BOUND_MESSAGE,
  amountInBounds,
  BOUNDS,
  DATE_BOUND_MESSAGE,
  dateInBounds,
  isBusinessDate,
  isMonth,
  isValidEnterpriseNumber,
  MarketRate,
  Money,
  OUT_OF_RANGE,
  parseBusinessDate,
  parseMonth,
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

/** Two constraints on one field: the format first, then (only on a valid value) the range. */
type FieldDecorator = (target: object, propertyName: string) => void;

const both =
  (first: FieldDecorator, second: FieldDecorator): FieldDecorator =>
  (target, property) => {
    first(target, property);
    second(target, property);
  };

/**
 * A decimal string with at most two decimals (a JSON number is refused), within BOUNDS: every
 * amount field, so that no accepted amount can overflow a read model's column.
 */
export const IsMoney = (options?: ValidationOptions) =>
  both(
    define(
      'money-format',
      (v) => Money.isValid(v),
      '$property must be an amount as a decimal string with at most two decimals, such as "25000.00" (not a JSON number)',
      options,
    ),
    define(
      OUT_OF_RANGE,
      (v) => !Money.isValid(v) || amountInBounds(Money.parse(v)),
      `$property must be ${AMOUNT_BOUND_MESSAGE}`,
      options,
    ),
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

/** An existing date, YYYY-MM-DD, within the API's one date range (BOUNDS). */
export const IsBusinessDate = (options?: ValidationOptions) =>
  both(
    define(
      'date-format',
      (v) => isBusinessDate(v),
      '$property must be a date that exists, as YYYY-MM-DD',
      options,
    ),
    define(
      OUT_OF_RANGE,
      (v) => !isBusinessDate(v) || dateInBounds(parseBusinessDate(v)),
      `$property must be ${DATE_BOUND_MESSAGE}`,
      options,
    ),
  );

export const IsEnterpriseNumber = (options?: ValidationOptions) =>
  define(
    'enterprise-number',
    (v) => isValidEnterpriseNumber(v),
    '$property must be a Belgian enterprise number such as 0403.170.701 whose last two digits are its mod-97 check',
    options,
  );

/** A Belgian postal code: four digits, 1000 to 9999, as text (a JSON number is refused). */
export const IsBelgianPostalCode = (options?: ValidationOptions) =>
  define(
    'postal-code',
    (v) => typeof v === 'string' && /^[1-9]\d{3}$/.test(v),
    '$property must be a Belgian postal code: four digits from 1000 to 9999, as text ("9000")',
    options,
  );

/** A street with its house number: letters and at least one digit ("Veldstraat 12 bus 3"). */
export const IsStreetWithNumber = (options?: ValidationOptions) =>
  define(
    'street-number',
    // A blank street is `required`'s to report.
    (v) => typeof v !== 'string' || v.trim() === '' || (/\p{L}/u.test(v) && /\d/.test(v)),
    '$property must give the street and its house number, such as "Veldstraat 12"',
    options,
  );

/** An ISO-8601 instant with a zone, such as 2021-06-01T12:00:00Z (js-joda's strict parser), within the API's date range. */
export const IsInstant = (options?: ValidationOptions) =>
  both(
    define(
      'instant-format',
      (v) => parseInstant(v) !== undefined,
      '$property must be an instant such as 2021-06-01T12:00:00Z',
      options,
    ),
    define(
      OUT_OF_RANGE,
      (v) => {
        const instant = parseInstant(v);
        return instant === undefined || dateInBounds(LocalDate.ofInstant(instant, ZoneOffset.UTC));
      },
      `$property must be an instant from ${BOUNDS.firstDate.toString()} to ${BOUNDS.lastDate.toString()}`,
      options,
    ),
  );

function parseInstant(v: unknown): Instant | undefined {
  if (typeof v !== 'string') return undefined;
  try {
    return Instant.parse(v);
  } catch {
    return undefined;
  }
}

const FIRST_MONTH = BOUNDS.firstDate.toString().slice(0, 7);
const LAST_MONTH = BOUNDS.lastDate.toString().slice(0, 7);

/** A month, YYYY-MM, within the API's date range. */
export const IsMonth = (options?: ValidationOptions) =>
  both(
    define('month-format', (v) => isMonth(v), '$property must be a month as YYYY-MM', options),
    define(
      OUT_OF_RANGE,
      (v) => {
        if (!isMonth(v)) return true;
        const month = parseMonth(v);
        return dateInBounds(month.atDay(1)) && dateInBounds(month.atEndOfMonth());
      },
      `$property must be a month from ${FIRST_MONTH} to ${LAST_MONTH}`,
      options,
    ),
  );

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

/** Bidirectional embeddings, overrides and isolates: they make a screen show other text than is stored. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/u;
/** C0 and C1 controls; free text keeps tab and line breaks. Matching controls is the point here. */
// eslint-disable-next-line no-control-regex
const LINE_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/u;
// eslint-disable-next-line no-control-regex
const TEXT_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

/**
 * Every text field: trimmed before it is checked, so that "   " is as missing as "" (a blank name
 * is no name), and normalised to NFC, so that one name is stored one way. Control characters and
 * bidirectional overrides (U+202E makes a document show a name that is not the one stored) are a
 * 400 `invalid-character`; `text` (explanations, notes) keeps tabs and line breaks, `line` (names,
 * numbers) nothing of the sort.
 */
export const trimmed =
  (kind: 'line' | 'text' = 'line'): FieldDecorator =>
  (target, property) => {
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.trim().normalize('NFC') : value,
    )(target, property);
    define(
      'invalid-character',
      (v) =>
        typeof v !== 'string' ||
        !(BIDI_CONTROLS.test(v) || (kind === 'line' ? LINE_CONTROLS : TEXT_CONTROLS).test(v)),
      kind === 'line'
        ? '$property must not contain control characters (tabs and line breaks included) or bidirectional overrides such as U+202E'
        : '$property must not contain control characters other than tabs and line breaks, or bidirectional overrides such as U+202E',
    )(target, property);
  };

/**
 * A list of objects, each validated as `type` (guarantees, information items, curve points), at
 * most `max` long. Each element must be an object first: class-transformer maps a nested array
 * through as it is, and ValidateNested would then check its (absent) elements and let it pass.
 */
export const NestedArrayOf = (type: () => new () => object, max: number): PropertyDecorator =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(max),
    IsObject({ each: true }),
    ValidateNested({ each: true }),
    Type(type),
  );
