import fc from 'fast-check';
import { FormatError, Rate, RateFormatError } from './index';

function rateError(input: unknown): RateFormatError {
  try {
    Rate.parse(input);
  } catch (e) {
    expect(e).toBeInstanceOf(RateFormatError);
    expect(e).toBeInstanceOf(FormatError);
    expect((e as RateFormatError).code).toBe('rate-format');
    return e as RateFormatError;
  }
  throw new Error(`expected ${String(input)} to be rejected`);
}

describe('Rate.parse', () => {
  it.each([
    ['0.06', '0.06', '6 %'],
    ['0.0675', '0.0675', '6.75 %'],
    ['0.07', '0.07', '7 %'],
    ['0.070', '0.07', '7 %'],
    ['0.1', '0.10', '10 %'],
    ['0', '0.00', '0 %'],
    ['0.00875', '0.00875', '0.875 %'],
    ['0.0053', '0.0053', '0.53 %'],
    ['0.999999', '0.999999', '99.9999 %'],
  ])('given %j then toString %j and toPercentString %j', (text, str, percent) => {
    const rate = Rate.parse(text);
    expect(rate.toString()).toBe(str);
    expect(rate.toPercentString()).toBe(percent);
    expect(JSON.stringify(rate)).toBe(JSON.stringify(str));
    expect(Rate.isValid(text)).toBe(true);
  });

  it.each<[unknown, RegExp]>([
    [0.06, /the number 0\.06 is not a rate/],
    ['6%', /is a percentage/],
    ['6 %', /contains spaces/],
    ['-0.01', /is negative/],
    ['1', /100 % or more/],
    ['1.5', /100 % or more/],
    ['6', /100 % or more/],
    ['0.1234567', /more than 6 decimals/],
    ['6e-2', /uses an exponent/],
    ['0,06', /contains a comma/],
    ['.06', /is not a rate/],
    ['', /empty/],
    [null, /null is not a rate/],
  ])('given %p then RateFormatError %p', (input, message) => {
    expect(rateError(input).message).toMatch(message);
    expect(Rate.isValid(input)).toBe(false);
  });
});

describe('Rate', () => {
  it('given two spellings of the same rate then they are equal', () => {
    expect(Rate.parse('0.060').equals(Rate.parse('0.06'))).toBe(true);
    expect(Rate.parse('0.060')).toEqual(Rate.parse('0.06'));
  });

  it('compares', () => {
    const six = Rate.parse('0.06');
    const seven = Rate.parse('0.07');
    expect(six.compare(seven)).toBe(-1);
    expect(seven.compare(six)).toBe(1);
    expect(six.compare(Rate.parse('0.06'))).toBe(0);
    expect(six.lt(seven) && six.lte(seven) && seven.gt(six) && seven.gte(six)).toBe(true);
    expect(Rate.parse('0').isZero()).toBe(true);
  });

  it('given 7 % a year then the monthly rate is exactly 7 % / 12 (unrounded)', () => {
    expect(Rate.parse('0.07').perPeriod(12).toString()).toBe(
      '0.005833333333333333333333333333333333333333',
    );
    expect(Rate.parse('0.06').perPeriod(4).toString()).toBe('0.015');
    expect(() => Rate.parse('0.06').perPeriod(0)).toThrow(RangeError);
  });

  it('of() takes a computed rate only when it is already exact within six decimals', () => {
    expect(Rate.of('0.0053').toString()).toBe('0.0053');
    expect(() => Rate.of('0.0000001')).toThrow(RangeError);
    expect(() => Rate.of('1')).toThrow(RangeError);
    expect(() => Rate.of('-0.01')).toThrow(RangeError);
  });

  it('formats for Dutch documents with a decimal comma', () => {
    expect(Rate.parse('0.0675').format('nl-BE')).toBe('6,75 %');
    expect(Rate.parse('0.0675').format('en')).toBe('6.75 %');
  });

  it('toString ∘ parse is the identity and keeps at least two decimals', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^0(\.\d{1,6})?$/), (text) => {
        const printed = Rate.parse(text).toString();
        expect(printed).toMatch(/^0\.\d{2,6}$/);
        expect(Rate.parse(printed).equals(Rate.parse(text))).toBe(true);
        // Beyond two decimals there is no trailing zero.
        if (printed.length > 4) expect(printed.endsWith('0')).toBe(false);
      }),
    );
  });
});
