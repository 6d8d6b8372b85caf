import fc from 'fast-check';
import { Money, MoneyFormatError, Rate } from '@loanbook/domain';
import { formatAmount, formatCount, formatDecimal, formatPercent } from './numbers';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** n / 10^scale as a plain decimal string, in bigint: the oracle never touches a float. */
function decimalText(n: bigint, scale: number): string {
  const digits = (n < 0n ? -n : n).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${n < 0n ? '-' : ''}${whole}${scale === 0 ? '' : `.${fraction}`}`;
}

/** The API's largest amount, ±999,999,999.99, in cents. */
const MAX_CENTS = 99_999_999_999n;

describe('formatAmount', () => {
  it.each([
    ['62589.31', '62.589,31 EUR', `62${NNBSP}589,31${NBSP}EUR`, 'EUR 62,589.31'],
    ['0.05', '0,05 EUR', `0,05${NBSP}EUR`, 'EUR 0.05'],
    ['1000.00', '1.000,00 EUR', `1${NNBSP}000,00${NBSP}EUR`, 'EUR 1,000.00'],
    ['-1234.50', '-1.234,50 EUR', `-1${NNBSP}234,50${NBSP}EUR`, 'EUR -1,234.50'],
    ['-0.00', '0,00 EUR', `0,00${NBSP}EUR`, 'EUR 0.00'],
    [
      '999999999.99',
      '999.999.999,99 EUR',
      `999${NNBSP}999${NNBSP}999,99${NBSP}EUR`,
      'EUR 999,999,999.99',
    ],
  ])('given %s, when formatted, then nl %j, fr %j, en %j', (amount, nl, fr, en) => {
    expect(formatAmount(amount, 'nl')).toBe(nl);
    expect(formatAmount(amount, 'fr')).toBe(fr);
    expect(formatAmount(Money.parse(amount), 'en')).toBe(en);
  });

  it('given an amount beyond a float’s precision, when formatted, then every digit stays', () => {
    // 2^53 is about 9.0e15: as a JavaScript number the last digits would change.
    expect(formatAmount('12345678901234567.89', 'nl')).toBe('12.345.678.901.234.567,89 EUR');
    expect(formatAmount('12345678901234567.89', 'en')).toBe('EUR 12,345,678,901,234,567.89');
  });

  it('given text that is not an amount, when formatted, then it is refused', () => {
    expect(() => formatAmount('25.000,00', 'nl')).toThrow(MoneyFormatError);
  });

  it.each(['nl', 'fr', 'en'] as const)(
    'property (%s): every amount up to ±999,999,999.99 keeps every digit and its sign',
    (language) => {
      fc.assert(
        fc.property(fc.bigInt({ min: -MAX_CENTS, max: MAX_CENTS }), (cents) => {
          const amount = decimalText(cents, 2);
          const formatted = formatAmount(amount, language);
          const number = formatted.replace(/^EUR |[\s\u00a0]EUR$/g, '');
          const [group, decimal] =
            language === 'en' ? [',', '.'] : [language === 'nl' ? '.' : NNBSP, ','];
          // Groups of three between the separators, two decimals after the decimal sign.
          expect(number).toMatch(
            new RegExp(
              `^-?\\d{1,3}(${group === '.' ? '\\.' : group}\\d{3})*${decimal === '.' ? '\\.' : decimal}\\d{2}$`,
            ),
          );
          const back = number.split(group).join('').replace(decimal, '.');
          expect(back).toBe(cents === 0n ? '0.00' : amount);
        }),
        { numRuns: 3000 },
      );
    },
  );
});

describe('formatDecimal and formatCount', () => {
  it('given a decimal with many places, when formatted, then no place is lost or rounded', () => {
    expect(formatDecimal('0.123456789012345678901', 'nl')).toBe('0,123456789012345678901');
    expect(formatDecimal('123456789012345678901234', 'en')).toBe('123,456,789,012,345,678,901,234');
  });

  it.each([
    [3393, '3.393', `3${NNBSP}393`, '3,393'],
    [0, '0', '0', '0'],
    [999, '999', '999', '999'],
    [-1234567, '-1.234.567', `-1${NNBSP}234${NNBSP}567`, '-1,234,567'],
  ])('given the count %d, when formatted, then %j / %j / %j', (count, nl, fr, en) => {
    expect(formatCount(count, 'nl')).toBe(nl);
    expect(formatCount(count, 'fr')).toBe(fr);
    expect(formatCount(count, 'en')).toBe(en);
  });

  it.each([1.5, Number.NaN, 2 ** 60])('given %d, not a count, then it is refused', (value) => {
    expect(() => formatCount(value, 'nl')).toThrow(RangeError);
  });

  it.each(['1e3', 'NaN', '1,5', '', ' 1'])(
    'given %j, not a plain decimal, then it is refused',
    (text) => {
      expect(() => formatDecimal(text, 'fr')).toThrow(RangeError);
    },
  );

  it('property: any decimal of up to 30 digits keeps its digits in every language', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom('nl' as const, 'fr' as const, 'en' as const),
        (n, scale, language) => {
          const text = decimalText(n, scale);
          const digitsOf = (s: string) => s.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
          expect(digitsOf(formatDecimal(text, language))).toBe(digitsOf(text));
        },
      ),
    );
  });
});

describe('formatPercent', () => {
  it.each([
    ['0.4870', 2, '48,70 %', `48,70${NBSP}%`, '48.70 %'],
    ['0.07', 2, '7,00 %', `7,00${NBSP}%`, '7.00 %'],
    ['0.00412', 2, '0,412 %', `0,412${NBSP}%`, '0.412 %'],
    ['-0.0000', 2, '0,00 %', `0,00${NBSP}%`, '0.00 %'],
    ['12.3456', 2, '1.234,56 %', `1${NNBSP}234,56${NBSP}%`, '1,234.56 %'],
    ['0.30', 0, '30 %', `30${NBSP}%`, '30 %'],
  ])('given %s with at least %i decimals, then %j / %j / %j', (rate, decimals, nl, fr, en) => {
    expect(formatPercent(rate, 'nl', decimals)).toBe(nl);
    expect(formatPercent(rate, 'fr', decimals)).toBe(fr);
    expect(formatPercent(rate, 'en', decimals)).toBe(en);
    if (!rate.startsWith('-') && Number(rate) < 1) {
      expect(formatPercent(Rate.parse(rate), 'en', decimals)).toBe(en);
    }
  });

  it.each(['49 %', 'NaN', '1e-2', ''])('given %j, then it is refused', (value) => {
    expect(() => formatPercent(value, 'nl')).toThrow(RangeError);
  });

  it('property: a 4-place ratio reads as its exact percentage with 2 places', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -1_000_000n, max: 1_000_000n }), (tenThousandths) => {
        const formatted = formatPercent(decimalText(tenThousandths, 4), 'nl');
        const percent = tenThousandths === 0n ? '0.00' : decimalText(tenThousandths, 2);
        expect(formatted.replace(/\./g, '').replace(',', '.')).toBe(`${percent} %`);
      }),
    );
  });
});
