import { LocalDate, YearMonth } from '@js-joda/core';
import fc from 'fast-check';
import { FormatError } from '../money/format-error';
import {
  DateFormatError,
  MonthFormatError,
  addMonthsClamped,
  formatBusinessDate,
  formatMonth,
  isBusinessDate,
  isMonth,
  parseBusinessDate,
  parseMonth,
} from './index';

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('parseBusinessDate', () => {
  it.each(['2021-02-01', '2016-01-01', '2020-02-29', '2000-02-29', '2021-12-31'])(
    'given %j then it is that date and prints back the same',
    (text) => {
      const date = parseBusinessDate(text);
      expect(date).toBeInstanceOf(LocalDate);
      expect(formatBusinessDate(date)).toBe(text);
      expect(isBusinessDate(text)).toBe(true);
    },
  );

  it.each<[unknown, RegExp]>([
    ['2021-02-30', /"2021-02-30" does not exist: that month has 28 days/],
    ['2021-02-29', /does not exist/],
    ['1900-02-29', /does not exist/],
    ['2021-04-31', /that month has 30 days/],
    ['2021-00-10', /has no month 00/],
    ['2021-13-01', /has no month 13/],
    ['2021-01-00', /does not exist/],
    ['2021-2-1', /not a date in the form YYYY-MM-DD/],
    ['01/02/2021', /not a date in the form YYYY-MM-DD/],
    ['2021-02-01T00:00:00Z', /not a date in the form/],
    [' 2021-02-01', /not a date in the form/],
    ['', /not a date in the form/],
    [20210201, /the number 20210201 is not a date/],
    [null, /null is not a date/],
  ])('given %p then DateFormatError %p', (input, message) => {
    const e = caught(() => parseBusinessDate(input));
    expect(e).toBeInstanceOf(DateFormatError);
    expect(e).toBeInstanceOf(FormatError);
    expect((e as DateFormatError).code).toBe('date-format');
    expect((e as Error).message).toMatch(message);
    expect(isBusinessDate(input)).toBe(false);
  });

  it('round-trips every existing date', () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: LocalDate.of(1900, 1, 1).toEpochDay(),
          max: LocalDate.of(9999, 12, 31).toEpochDay(),
        }),
        (day) => {
          const date = LocalDate.ofEpochDay(day);
          expect(parseBusinessDate(formatBusinessDate(date)).equals(date)).toBe(true);
        },
      ),
    );
  });
});

describe('parseMonth', () => {
  it('given "2021-01" then January 2021', () => {
    const month = parseMonth('2021-01');
    expect(month.equals(YearMonth.of(2021, 1))).toBe(true);
    expect(formatMonth(month)).toBe('2021-01');
    expect(isMonth('2021-05')).toBe(true);
  });

  it.each<[unknown, RegExp]>([
    ['2021-13', /has no month 13/],
    ['2021-00', /has no month 00/],
    ['2021-1', /not a month in the form YYYY-MM/],
    ['2021-01-01', /not a month in the form YYYY-MM/],
    [202101, /the number 202101 is not a month/],
  ])('given %p then MonthFormatError %p', (input, message) => {
    const e = caught(() => parseMonth(input));
    expect(e).toBeInstanceOf(MonthFormatError);
    expect(e).toBeInstanceOf(FormatError);
    expect((e as MonthFormatError).code).toBe('month-format');
    expect((e as Error).message).toMatch(message);
    expect(isMonth(input)).toBe(false);
  });
});

describe('addMonthsClamped', () => {
  it.each([
    ['2021-01-31', 1, '2021-02-28'],
    ['2020-01-31', 1, '2020-02-29'],
    ['2021-01-31', 2, '2021-03-31'],
    ['2021-03-31', -1, '2021-02-28'],
    ['2021-02-01', 60, '2026-02-01'],
    ['2021-05-15', 0, '2021-05-15'],
  ])('given %s plus %d months then %s', (from, months, expected) => {
    expect(formatBusinessDate(addMonthsClamped(parseBusinessDate(from), months))).toBe(expected);
  });

  it('given a fractional month count then it throws', () => {
    expect(() => addMonthsClamped(LocalDate.of(2021, 1, 1), 1.5)).toThrow(RangeError);
  });

  it('never overshoots: the result lies in the target month, on the same day or the month end', () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: LocalDate.of(2000, 1, 1).toEpochDay(),
          max: LocalDate.of(2100, 1, 1).toEpochDay(),
        }),
        fc.integer({ min: -240, max: 240 }),
        (day, months) => {
          const from = LocalDate.ofEpochDay(day);
          const to = addMonthsClamped(from, months);
          const target = YearMonth.from(from).plusMonths(months);
          expect(YearMonth.from(to).equals(target)).toBe(true);
          expect(to.dayOfMonth()).toBe(Math.min(from.dayOfMonth(), target.lengthOfMonth()));
        },
      ),
    );
  });
});
