import fc from 'fast-check';
import { FormatError } from '../money/format-error';
import {
  EnterpriseNumberError,
  enterpriseNumberDigits,
  isValidEnterpriseNumber,
  parseEnterpriseNumber,
} from './index';

/** Reference check digits, in bigint so the oracle shares nothing with the code. */
function withCheckDigits(firstEight: string): string {
  const check = 97n - (BigInt(firstEight) % 97n);
  return firstEight + check.toString().padStart(2, '0');
}

const dotted = (ten: string): string => `${ten.slice(0, 4)}.${ten.slice(4, 7)}.${ten.slice(7)}`;

function rejection(input: unknown): EnterpriseNumberError {
  try {
    parseEnterpriseNumber(input);
  } catch (e) {
    expect(e).toBeInstanceOf(EnterpriseNumberError);
    expect(e).toBeInstanceOf(FormatError);
    expect((e as EnterpriseNumberError).code).toBe('enterprise-number');
    return e as EnterpriseNumberError;
  }
  throw new Error(`expected ${String(input)} to be rejected`);
}

describe('parseEnterpriseNumber', () => {
  // Proximus (0202.239.951) and KBC Bank (0462.920.226) are real registered
  // numbers; the others are computed: 97 − (first eight mod 97).
  it.each([
    ['0202.239.951', '0202.239.951'],
    ['0462.920.226', '0462.920.226'],
    ['0123.456.749', '0123.456.749'],
    ['0123456749', '0123.456.749'],
    ['BE0123456749', '0123.456.749'],
    ['BE 0123.456.749', '0123.456.749'],
    ['BE0123.456.749', '0123.456.749'],
    ['be0123456749', '0123.456.749'],
    ['1000.000.021', '1000.000.021'],
    ['1999.999.943', '1999.999.943'],
    ['0000.000.097', '0000.000.097'], // first eight 0: 97 − 0 = 97
    ['0000.009.797', '0000.009.797'], // first eight a multiple of 97: check 97
  ])('given %j then it is the enterprise number %j', (text, expected) => {
    expect(parseEnterpriseNumber(text)).toBe(expected);
    expect(isValidEnterpriseNumber(text)).toBe(true);
  });

  it.each<[unknown, RegExp]>([
    ['0123.456.789', /check digits do not match/],
    ['0123.456.748', /check digits do not match/],
    ['0202.239.915', /check digits do not match/],
    ['0000.000.000', /check digits do not match/],
  ])('given %p with wrong check digits then a check-digits error', (input, message) => {
    const e = rejection(input);
    expect(e.problem).toBe('check-digits');
    expect(e.message).toMatch(message);
    expect(isValidEnterpriseNumber(input)).toBe(false);
  });

  it.each<[unknown, RegExp]>([
    ['2123.456.749', /must start with 0 or 1/],
    ['123.456.749', /expected ten digits/], // old nine-digit form
    ['0123-456-749', /expected ten digits/],
    ['0123 456 749', /expected ten digits/],
    ['0123.456749', /expected ten digits/],
    ['BE  0123456749', /expected ten digits/],
    ['NL0123456749', /expected ten digits/],
    [' 0123456749', /expected ten digits/],
    ['01234567490', /expected ten digits/],
    ['', /expected ten digits/],
    [123456749, /the number 123456749 is not an enterprise number/],
    [null, /null is not an enterprise number/],
  ])('given %p then a format error', (input, message) => {
    const e = rejection(input);
    expect(e.problem).toBe('format');
    expect(e.message).toMatch(message);
  });

  it('gives the digits without points', () => {
    expect(enterpriseNumberDigits(parseEnterpriseNumber('BE 0123.456.749'))).toBe('0123456749');
  });
});

describe('enterprise number properties', () => {
  const firstEight = fc
    .tuple(fc.constantFrom('0', '1'), fc.stringMatching(/^\d{7}$/))
    .map(([first, rest]) => first + rest);

  it('every spelling of a valid number normalises to the same 0123.456.789 form', () => {
    fc.assert(
      fc.property(
        firstEight,
        fc.constantFrom('', 'BE', 'BE ', 'be'),
        fc.boolean(),
        (eight, prefix, withPoints) => {
          const ten = withCheckDigits(eight);
          const text = prefix + (withPoints ? dotted(ten) : ten);
          expect(parseEnterpriseNumber(text)).toBe(dotted(ten));
        },
      ),
    );
  });

  it('a single mistyped digit is always caught', () => {
    fc.assert(
      fc.property(
        firstEight,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (eight, position, shift) => {
          const ten = withCheckDigits(eight);
          const typo = String((Number.parseInt(ten[position], 10) + shift) % 10);
          const wrong = ten.slice(0, position) + typo + ten.slice(position + 1);
          expect(isValidEnterpriseNumber(wrong)).toBe(false);
        },
      ),
    );
  });

  it('swapping two different adjacent digits of the first eight is always caught', () => {
    fc.assert(
      fc.property(firstEight, fc.integer({ min: 0, max: 6 }), (eight, position) => {
        fc.pre(eight[position] !== eight[position + 1]);
        const ten = withCheckDigits(eight);
        const swapped =
          ten.slice(0, position) + ten[position + 1] + ten[position] + ten.slice(position + 2);
        expect(isValidEnterpriseNumber(swapped)).toBe(false);
      }),
    );
  });
});
