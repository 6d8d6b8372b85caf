import fc from 'fast-check';
import type { ColumnKind } from '../model';
import {
  NO_VALUE,
  formatCell,
  formatFigure,
  formatInstant,
  formatInteger,
  formatIsoDate,
  formatLongDate,
  formatLongMonth,
  formatMoney,
  formatMonth,
  formatRatio,
} from './format';

/** n / 10^scale as a plain decimal string, in bigint: the oracle never touches a float. */
function decimalText(n: bigint, scale: number): string {
  const digits = (n < 0n ? -n : n).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${n < 0n ? '-' : ''}${whole}.${fraction}`;
}

const TEN_TO_THE_14 = 10n ** 14n;

describe('formatMoney', () => {
  it.each([
    ['63679942.23', '63,679,942.23'],
    ['1000.00', '1,000.00'],
    ['999.99', '999.99'],
    ['0.00', '0.00'],
    ['-0.00', '0.00'],
    ['-1234.50', '-1,234.50'],
    ['-100.00', '-100.00'],
    ['1000000000000.00', '1,000,000,000,000.00'],
  ])('given %s then it reads %s', (value, expected) => {
    expect(formatMoney(value)).toBe(expected);
  });

  it('given { currency: true } then EUR goes in front, before a minus', () => {
    expect(formatMoney('63679942.23', { currency: true })).toBe('EUR 63,679,942.23');
    expect(formatMoney('-3.00', { currency: true })).toBe('EUR -3.00');
  });

  it.each(['1234.5', '1234', '1,234.50', '1e3', 'abc', '', ' 1.00'])(
    'given %j, not an amount with two decimals, then it throws',
    (value) => {
      expect(() => formatMoney(value)).toThrow(RangeError);
    },
  );

  it('property: formatting then removing the thousands separators gives the exact decimal back', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -TEN_TO_THE_14, max: TEN_TO_THE_14 }), (cents) => {
        const amount = decimalText(cents, 2);
        const formatted = formatMoney(amount);
        expect(formatted).toMatch(/^-?\d{1,3}(,\d{3})*\.\d{2}$/);
        const canonical = cents === 0n ? '0.00' : amount;
        expect(formatted.replace(/,/g, '')).toBe(canonical);
        expect(formatMoney(amount, { currency: true })).toBe(`EUR ${formatted}`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatRatio', () => {
  it.each([
    ['0.4900', '49.00 %'],
    ['0.0000', '0.00 %'],
    ['-0.0000', '0.00 %'],
    ['1.0000', '100.00 %'],
    ['0.0001', '0.01 %'],
    ['-0.0125', '-1.25 %'],
    ['12.3456', '1,234.56 %'],
    ['0.12345', '12.345 %'],
  ])('given %s then it reads %s', (value, expected) => {
    expect(formatRatio(value)).toBe(expected);
  });

  it('property: a 4-place ratio reads as its exact percentage with 2 places', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -1_000_000n, max: 1_000_000n }), (tenThousandths) => {
        const formatted = formatRatio(decimalText(tenThousandths, 4));
        const percent = tenThousandths === 0n ? '0.00' : decimalText(tenThousandths, 2);
        expect(formatted.replace(/,/g, '')).toBe(`${percent} %`);
      }),
    );
  });

  it.each(['49 %', 'NaN', '1e-2', ''])('given %j then it throws', (value) => {
    expect(() => formatRatio(value)).toThrow(RangeError);
  });
});

describe('formatInteger', () => {
  it.each([
    [3393, '3,393'],
    [0, '0'],
    [999, '999'],
    [-1234567, '-1,234,567'],
  ])('given %d then it reads %s', (value, expected) => {
    expect(formatInteger(value)).toBe(expected);
  });

  it.each([1.5, Number.NaN, 2 ** 60])('given %d, not a count, then it throws', (value) => {
    expect(() => formatInteger(value)).toThrow(RangeError);
  });
});

describe('dates, months and instants', () => {
  it('given ISO dates then tables keep them, and the long form spells the month', () => {
    expect(formatIsoDate('2021-05-31')).toBe('2021-05-31');
    expect(formatLongDate('2021-05-31')).toBe('31 May 2021');
    expect(formatLongDate('2021-01-01')).toBe('1 January 2021');
    expect(formatMonth('2021-05')).toBe('2021-05');
    expect(formatLongMonth('2021-12')).toBe('December 2021');
  });

  it('given a date that does not exist then it throws rather than shows it', () => {
    expect(() => formatLongDate('2021-02-30')).toThrow();
    expect(() => formatIsoDate('31/05/2021')).toThrow();
    expect(() => formatMonth('2021-13')).toThrow();
  });

  it('given an ISO instant then it reads in UTC to the second', () => {
    expect(formatInstant('2021-06-01T08:15:42.123Z')).toBe('2021-06-01 08:15:42 UTC');
    expect(formatInstant('2021-06-01T10:15:42+02:00')).toBe('2021-06-01 08:15:42 UTC');
    expect(() => formatInstant('yesterday')).toThrow(RangeError);
  });
});

describe('formatCell and formatFigure', () => {
  const kinds: ColumnKind[] = [
    'text',
    'integer',
    'money',
    'ratio',
    'date',
    'month',
    'label-number',
  ];

  it.each(kinds)('given null in a %s cell then it reads "–"', (kind) => {
    expect(formatCell(kind, null)).toBe(NO_VALUE);
    expect(formatFigure(kind, null)).toBe('–');
  });

  it('given each kind then a cell is formatted for a table', () => {
    expect(formatCell('text', 'Impulskrediet')).toBe('Impulskrediet');
    expect(formatCell('integer', 3393)).toBe('3,393');
    expect(formatCell('label-number', 2021)).toBe('2021');
    expect(formatCell('money', '-412300.18')).toBe('-412,300.18');
    expect(formatCell('ratio', '0.0230')).toBe('2.30 %');
    expect(formatCell('date', '2021-05-31')).toBe('2021-05-31');
    expect(formatCell('month', '2021-05')).toBe('2021-05');
  });

  it('given a figure standing alone then money has its currency and dates are spelt out', () => {
    expect(formatFigure('money', '63679942.23')).toBe('EUR 63,679,942.23');
    expect(formatFigure('date', '2021-05-31')).toBe('31 May 2021');
    expect(formatFigure('month', '2021-05')).toBe('May 2021');
    expect(formatFigure('integer', 361)).toBe('361');
    expect(formatFigure('ratio', '0.6017')).toBe('60.17 %');
  });

  it('given a cell of the wrong type for its column then it throws', () => {
    expect(() => formatCell('money', 1234.5)).toThrow(RangeError);
    expect(() => formatCell('integer', '3393')).toThrow(RangeError);
    expect(() => formatCell('ratio', 0.49)).toThrow(RangeError);
  });
});
