import { readFileSync } from 'fs';
import { join } from 'path';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { Dec, FormatError, Money, MoneyFormatError } from './index';

// References below are computed with bigint only: no JavaScript number ever
// touches an amount, in the code or in its oracle.

const TEN = 10n;
const pow10 = (k: number): bigint => TEN ** BigInt(k);
const abs = (n: bigint): bigint => (n < 0n ? -n : n);

/** Cents from ordinary to far beyond Number.MAX_SAFE_INTEGER (~9e15). */
const cents = fc.oneof(
  fc.bigInt({ min: -1_000_000_00n, max: 1_000_000_00n }),
  fc.bigInt({ min: -pow10(18), max: pow10(18) }),
  fc.bigInt({ min: -pow10(60), max: pow10(60) }),
  fc.constantFrom(0n, 1n, -1n, 9n, 10n, 99n, 100n, -100n, 9007199254740993n),
);
const money = cents.map((c) => Money.ofCents(c));

/** Writes n / 10^scale as a plain decimal string using bigint arithmetic. */
function decimalText(n: bigint, scale: number): string {
  const digits = abs(n)
    .toString()
    .padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${n < 0n ? '-' : ''}${whole}${scale > 0 ? '.' + fraction : ''}`;
}

/** Round n / 10^scale to cents, ties away from zero ("half up"), in bigint. */
function roundToCents(n: bigint, scale: number): bigint {
  if (scale <= 2) return n * pow10(2 - scale);
  const unit = pow10(scale - 2);
  const q = abs(n) / unit;
  const r = abs(n) % unit;
  const rounded = 2n * r >= unit ? q + 1n : q;
  return n < 0n ? -rounded : rounded;
}

function expectFormatError(input: unknown, message: string | RegExp): void {
  let caught: unknown;
  try {
    Money.parse(input);
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(MoneyFormatError);
  expect(caught).toBeInstanceOf(FormatError);
  expect((caught as MoneyFormatError).code).toBe('money-format');
  if (typeof message === 'string') expect((caught as Error).message).toBe(message);
  else expect((caught as Error).message).toMatch(message);
}

describe('Money.parse', () => {
  it.each([
    ['25000', '25000.00'],
    ['25000.5', '25000.50'],
    ['25000.50', '25000.50'],
    ['0.01', '0.01'],
    ['-12.3', '-12.30'],
    ['-0.00', '0.00'],
    ['-0', '0.00'],
    ['007.10', '7.10'],
    ['123456789012345678901234567890.99', '123456789012345678901234567890.99'],
  ])('given %j when parsed then it reads %j', (text, expected) => {
    expect(Money.parse(text).toString()).toBe(expected);
    expect(Money.isValid(text)).toBe(true);
  });

  it('given "-0.00" then it is the same value as zero, not a negative zero', () => {
    const m = Money.parse('-0.00');
    expect(m.isZero()).toBe(true);
    expect(m.isNegative()).toBe(false);
    expect(m).toEqual(Money.zero());
  });

  it.each<[unknown, string | RegExp]>([
    ['25000.123', '"25000.123" has more than two decimals'],
    [
      '25.000',
      /"25\.000" has more than two decimals; if the point separates thousands, write "25000\.00"/,
    ],
    ['1e3', /"1e3" uses an exponent/],
    ['1E-2', /uses an exponent/],
    [' 1.00', /" 1\.00" contains spaces/],
    ['1.00 ', /contains spaces/],
    ['1 000.00', /contains spaces/],
    ['25.000,00', /contains a comma/],
    ['1,5', /contains a comma/],
    ['1.000.000', /thousands separators/],
    ['+5', /plus sign/],
    ['.5', /digits on both sides/],
    ['5.', /digits on both sides/],
    ['', /empty/],
    ['abc', /"abc" is not an amount/],
    ['NaN', /is not an amount/],
    ['Infinity', /is not an amount/],
    ['0x10', /is not an amount/],
    ['١٢٣', /is not an amount/], // non-ASCII digits: \d in JS is ASCII only
    [25000, /the number 25000 is not an amount; write amounts as text/],
    [25000n, /the number 25000 is not an amount/],
    [null, /null is not an amount/],
    [undefined, /nothing is not an amount/],
    [{ amount: '1.00' }, /an object is not an amount/],
    [['1.00'], /a list is not an amount/],
    [true, /is not an amount/],
  ])('given %p when parsed then MoneyFormatError', (input, message) => {
    expectFormatError(input, message);
    expect(Money.isValid(input)).toBe(false);
  });

  it('given very long garbage then the message quotes only its start', () => {
    const junk = 'x'.repeat(10_000);
    expectFormatError(junk, /^"x{37}\.\.\." is not an amount/);
  });
});

describe('Money properties', () => {
  it('parse ∘ toString is the identity on cent amounts of any size', () => {
    fc.assert(
      fc.property(cents, (c) => {
        const text = Money.ofCents(c).toString();
        expect(text).toMatch(/^-?\d+\.\d{2}$/);
        expect(text).not.toBe('-0.00');
        expect(Money.parse(text).cents).toBe(c);
        expect(Money.parse(JSON.parse(JSON.stringify(Money.ofCents(c)))).cents).toBe(c);
      }),
    );
  });

  it('parse reads every accepted spelling exactly (0, 1 or 2 decimals, leading zeros)', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: pow10(40) }),
        fc.constantFrom('', '0', '00'),
        fc.option(fc.stringMatching(/^\d{1,2}$/), { nil: undefined }),
        (negative, whole, zeros, fraction) => {
          const text = `${negative ? '-' : ''}${zeros}${whole}${fraction === undefined ? '' : '.' + fraction}`;
          const fractionCents = fraction === undefined ? 0n : BigInt(fraction.padEnd(2, '0'));
          const expected = whole * 100n + fractionCents;
          expect(Money.parse(text).cents).toBe(negative ? -expected : expected);
        },
      ),
    );
  });

  it('plus is exact, associative and commutative; minus is its inverse', () => {
    fc.assert(
      fc.property(money, money, money, (a, b, c) => {
        expect(a.plus(b).cents).toBe(a.cents + b.cents);
        expect(a.plus(b).plus(c)).toEqual(a.plus(b.plus(c)));
        expect(a.plus(b)).toEqual(b.plus(a));
        expect(a.plus(b).minus(b)).toEqual(a);
        expect(a.minus(a).isZero()).toBe(true);
        expect(a.minus(b)).toEqual(a.plus(b.negate()));
        expect(a.negate().negate()).toEqual(a);
      }),
    );
  });

  it('sum equals folding plus, and the sum of nothing is zero', () => {
    fc.assert(
      fc.property(fc.array(money, { maxLength: 30 }), (list) => {
        const folded = list.reduce((acc, m) => acc.plus(m), Money.zero());
        expect(Money.sum(list)).toEqual(folded);
        expect(Money.sum(list).cents).toBe(list.reduce((acc, m) => acc + m.cents, 0n));
      }),
    );
    expect(Money.sum([])).toEqual(Money.zero());
  });

  it('comparisons agree with bigint comparison', () => {
    fc.assert(
      fc.property(money, money, (a, b) => {
        expect(a.compare(b)).toBe(a.cents < b.cents ? -1 : a.cents > b.cents ? 1 : 0);
        expect(a.equals(b)).toBe(a.cents === b.cents);
        expect(a.lt(b)).toBe(a.cents < b.cents);
        expect(a.lte(b)).toBe(a.cents <= b.cents);
        expect(a.gt(b)).toBe(a.cents > b.cents);
        expect(a.gte(b)).toBe(a.cents >= b.cents);
        expect(Money.min(a, b).cents).toBe(a.cents < b.cents ? a.cents : b.cents);
        expect(Money.max(a, b).cents).toBe(a.cents > b.cents ? a.cents : b.cents);
        expect(a.isPositive()).toBe(a.cents > 0n);
        expect(a.isNegative()).toBe(a.cents < 0n);
      }),
    );
  });

  it('fromDecimal rounds half up (ties away from zero) to the cent, at any size', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.bigInt({ min: -pow10(12), max: pow10(12) }),
          fc.bigInt({ min: -pow10(70), max: pow10(70) }),
        ),
        fc.integer({ min: 0, max: 12 }),
        (n, scale) => {
          const text = decimalText(n, scale);
          expect(Money.fromDecimal(text).cents).toBe(roundToCents(n, scale));
          expect(Money.fromDecimal(new Dec(text)).cents).toBe(roundToCents(n, scale));
        },
      ),
    );
  });

  it('fromDecimal on exact ties: every x.xx5 goes away from zero', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -pow10(30), max: pow10(30) }), (c) => {
        const tie = c * 10n + (c < 0n ? -5n : 5n); // c.c5 in thousandths
        const expected = c < 0n ? c - 1n : c + 1n;
        expect(Money.fromDecimal(decimalText(tie, 3)).cents).toBe(expected);
      }),
    );
  });

  it('times then fromDecimal equals the bigint reference for a rate with up to six decimals', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -pow10(20), max: pow10(20) }),
        fc.bigInt({ min: 0n, max: pow10(6) - 1n }),
        (c, millionths) => {
          const rate = decimalText(millionths, 6);
          // cents × millionths has scale 2 + 6 = 8 in euros.
          expect(Money.fromDecimal(Money.ofCents(c).times(rate)).cents).toBe(
            roundToCents(c * millionths, 8),
          );
        },
      ),
    );
  });

  it('format groups thousands (nl-BE points, en commas) and changes nothing else', () => {
    fc.assert(
      fc.property(money, (m) => {
        const human = m.format('nl-BE');
        expect(human).toMatch(/^-?\d{1,3}(\.\d{3})*,\d{2}$/);
        expect(human.replace(/\./g, '').replace(',', '.')).toBe(m.toString());
        expect(m.format()).toBe(human);
        expect(m.format('nl-BE', { symbol: true })).toBe(`€ ${human}`);
        const english = m.format('en');
        expect(english).toMatch(/^-?\d{1,3}(,\d{3})*\.\d{2}$/);
        expect(english.replace(/,/g, '')).toBe(m.toString());
      }),
    );
  });
});

describe('Money examples', () => {
  it('given 0.10 and 0.20 when added then exactly 0.30 (no float drift)', () => {
    expect(Money.parse('0.10').plus(Money.parse('0.20')).toString()).toBe('0.30');
  });

  it('given an amount above 2^53 cents when added to one cent then nothing is lost', () => {
    expect(Money.parse('90071992547409.93').plus(Money.parse('0.01')).toString()).toBe(
      '90071992547409.94',
    );
  });

  it.each([
    ['2.675', '2.68'],
    ['2.665', '2.67'],
    ['2.6749999999999999999999999', '2.67'],
    ['-2.675', '-2.68'],
    ['-0.004', '0.00'],
    ['0.005', '0.01'],
    ['125', '125.00'],
  ])('fromDecimal(%s) → %s', (input, expected) => {
    expect(Money.fromDecimal(input).toString()).toBe(expected);
  });

  it('fromDecimal accepts a Decimal from plain decimal.js too', () => {
    expect(Money.fromDecimal(new Decimal('1.005')).toString()).toBe('1.01');
  });

  it.each(['NaN', 'Infinity', '-Infinity'])('fromDecimal(%s) throws', (input) => {
    expect(() => Money.fromDecimal(input)).toThrow(RangeError);
  });

  it('ofCents takes bigint or a string of digits', () => {
    expect(Money.ofCents(12345n).toString()).toBe('123.45');
    expect(Money.ofCents('-5').toString()).toBe('-0.05');
    expect(() => Money.ofCents('1.5')).toThrow(MoneyFormatError);
    expect(() => Money.ofCents(' 1')).toThrow(MoneyFormatError);
  });

  it('given the monthly interest at 7 % on EUR 25,000 then times is unrounded and fromDecimal rounds it', () => {
    const principal = Money.parse('25000');
    const interest = principal.times(new Dec('0.07').dividedBy(12));
    expect(interest.toString()).toBe('145.8333333333333333333333333333333333333');
    expect(Money.fromDecimal(interest).toString()).toBe('145.83');
  });

  it('dividedBy gives an unrounded Decimal; by a Money it gives the ratio; by zero it throws', () => {
    expect(Money.parse('100').dividedBy(3).toString()).toBe(
      '33.33333333333333333333333333333333333333',
    );
    expect(Money.parse('50').dividedBy(Money.parse('200')).toString()).toBe('0.25');
    expect(() => Money.parse('1').dividedBy(0)).toThrow(RangeError);
    expect(() => Money.parse('1').dividedBy(Money.zero())).toThrow(RangeError);
  });

  it('toDecimal is exact even beyond the 40-digit working precision', () => {
    const text = '1234567890123456789012345678901234567890123.45';
    expect(Money.parse(text).toDecimal().toString()).toBe(text);
  });

  it('serialises to JSON as a decimal string', () => {
    expect(JSON.stringify({ amount: Money.parse('25000') })).toBe('{"amount":"25000.00"}');
  });

  it.each([
    ['25000', '25.000,00', '25,000.00'],
    ['2500.5', '2.500,50', '2,500.50'],
    ['999', '999,00', '999.00'],
    ['1000', '1.000,00', '1,000.00'],
    ['0.5', '0,50', '0.50'],
    ['-1234567.8', '-1.234.567,80', '-1,234,567.80'],
    ['63679942.23', '63.679.942,23', '63,679,942.23'],
  ])('format of %s is %s in nl-BE and %s in en', (text, dutch, english) => {
    expect(Money.parse(text).format('nl-BE')).toBe(dutch);
    expect(Money.parse(text).format('en')).toBe(english);
  });

  it('format with the euro sign', () => {
    expect(Money.parse('25000').format('nl-BE', { symbol: true })).toBe('€ 25.000,00');
    expect(Money.parse('-25000').format('nl-BE', { symbol: true })).toBe('€ -25.000,00');
    expect(Money.parse('25000').format('en', { symbol: true })).toBe('€25,000.00');
  });

  it('min, max, abs and isMoney', () => {
    const [a, b, c] = ['3', '-1', '2'].map((t) => Money.parse(t));
    expect(Money.min(a, b, c).toString()).toBe('-1.00');
    expect(Money.max(a, b, c).toString()).toBe('3.00');
    expect(b.abs().toString()).toBe('1.00');
    expect(Money.isMoney(a)).toBe(true);
    expect(Money.isMoney('3.00')).toBe(false);
  });

  it('Money values are immutable', () => {
    const m = Money.parse('1');
    expect(Object.isFrozen(m)).toBe(true);
  });

  it('given the money sources then they use no JavaScript number conversions', () => {
    for (const file of ['money.ts', 'decimal.ts']) {
      const source = readFileSync(join(__dirname, file), 'utf8');
      expect(source).not.toMatch(/parseFloat|parseInt|Number\(|Math\.|toNumber\(|valueOf\(/);
    }
  });
});
