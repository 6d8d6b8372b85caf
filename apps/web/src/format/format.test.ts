import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDecimal,
  formatMoney,
  formatRate,
  formatShortDate,
  LANGUAGES,
  parseAmountInput,
  splitDecimal,
} from './format';

/** A decimal string with two decimals, as the API sends amounts, up to ±999,999,999,999.99. */
const amount = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 99_999_999_999_999n }))
  .map(([negative, cents]) => {
    const text = `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
    return negative && cents > 0n ? `-${text}` : text;
  });

describe('Belgian formats', () => {
  it('shows amounts as a Flemish clerk writes them', () => {
    expect(formatMoney('25000.00', 'nl')).toBe('25.000,00\u00a0EUR');
    expect(formatMoney('2500.5', 'nl')).toBe('2.500,50\u00a0EUR');
    expect(formatMoney('0.07', 'nl')).toBe('0,07\u00a0EUR');
    expect(formatMoney('-1234567.89', 'nl')).toBe('-1.234.567,89\u00a0EUR');
    expect(formatMoney('25000.00', 'fr')).toBe('25\u202f000,00\u00a0EUR');
    expect(formatMoney('63679942.23', 'en')).toBe('EUR\u00a063,679,942.23');
    expect(formatMoney('-0.00', 'nl')).toBe('0,00\u00a0EUR');
  });

  it('never loses a cent: the digits shown are the digits given, whatever their size', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom(...LANGUAGES), (text, language) => {
        const shown = formatMoney(text, language);
        const digits = shown.replace(/\D/g, '');
        expect(digits).toBe(text.replace(/\D/g, '').replace(/^0+(?=\d{3})/, ''));
        expect(shown.startsWith('-') || shown.startsWith('EUR\u00a0-')).toBe(text.startsWith('-'));
      }),
    );
  });

  it('reads back what it shows: a formatted amount typed in is the same decimal string', () => {
    fc.assert(
      fc.property(
        amount.filter((a) => !a.startsWith('-')),
        fc.constantFrom(...LANGUAGES),
        (text, language) => {
          expect(parseAmountInput(formatDecimal(text, language, 2), language)).toBe(text);
        },
      ),
    );
  });

  it('groups digits by three from the right', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,20}$/), (whole) => {
        const grouped = formatDecimal(whole, 'nl').split('.');
        expect(grouped.join('')).toBe(whole);
        expect(grouped.slice(1).every((g) => g.length === 3)).toBe(true);
        expect(grouped[0]!.length).toBeGreaterThanOrEqual(1);
        expect(grouped[0]!.length).toBeLessThanOrEqual(3);
      }),
    );
  });

  it('shows rates as percentages, exactly', () => {
    expect(formatRate('0.07', 'nl')).toBe('7,00\u00a0%');
    expect(formatRate('0.0325', 'nl')).toBe('3,25\u00a0%');
    expect(formatRate('0.06750', 'fr')).toBe('6,75\u00a0%');
    expect(formatRate('0.00012', 'en')).toBe('0.012%');
    expect(formatRate('-0.0045', 'nl')).toBe('-0,45\u00a0%');
    expect(formatRate('1', 'nl')).toBe('100,00\u00a0%');
  });

  it('shows business dates as calendar days, in every time zone', () => {
    expect(formatDate('2022-03-15', 'nl')).toBe('15 maart 2022');
    expect(formatDate('2022-03-15', 'fr')).toBe('15 mars 2022');
    expect(formatDate('2022-03-15', 'en')).toBe('15 March 2022');
    expect(formatDate('2021-01-01', 'nl')).toBe('1 januari 2021');
    expect(formatShortDate('2022-03-15', 'nl')).toBe('15 mrt 2022');
  });

  it('refuses what is not a decimal string instead of guessing', () => {
    expect(() => splitDecimal('1e5')).toThrow(RangeError);
    expect(() => formatMoney('25,00', 'nl')).toThrow(RangeError);
    expect(() => formatDate('15/03/2022', 'nl')).toThrow(RangeError);
  });
});

describe('amounts as typed', () => {
  it.each([
    ['25.000,00', 'nl', '25000.00'],
    ['25000', 'nl', '25000.00'],
    ['25 000,5', 'nl', '25000.50'],
    ['25.000', 'nl', '25000.00'],
    ['2500,75 EUR', 'nl', '2500.75'],
    ['25,000.50', 'en', '25000.50'],
    ['25000.5', 'en', '25000.50'],
    ['25\u202f000,00', 'fr', '25000.00'],
  ] as const)('%s (%s) is %s', (input, language, expected) => {
    expect(parseAmountInput(input, language)).toBe(expected);
  });

  it.each([['abc'], ['25,000'], ['1.2.3,456'], ['-5'], ['']])('%s is no amount', (input) => {
    expect(parseAmountInput(input, 'nl')).toBeUndefined();
  });
});
