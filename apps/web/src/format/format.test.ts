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
  parseSignedAmountInput,
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
    ['25000,5', 'nl', '25000.50'],
    ['25 000,5', 'nl', '25000.50'],
    ['25.000', 'nl', '25000.00'],
    ['1.234.567,89', 'nl', '1234567.89'],
    ['25000.5', 'nl', '25000.50'],
    ['0,07', 'nl', '0.07'],
    ['007', 'nl', '7.00'],
    ['2500,75 EUR', 'nl', '2500.75'],
    ['€ 2.500,75', 'nl', '2500.75'],
    ['  25.000,00  ', 'nl', '25000.00'],
    ['25,000.50', 'en', '25000.50'],
    ['EUR 25,000.50', 'en', '25000.50'],
    ['25000.5', 'en', '25000.50'],
    ['25000,5', 'en', '25000.50'],
    ['25\u202f000,00', 'fr', '25000.00'],
    ['25\u00a0000,00', 'fr', '25000.00'],
    ['25.000,00', 'fr', '25000.00'],
  ] as const)('%s (%s) is %s', (input, language, expected) => {
    expect(parseAmountInput(input, language)).toBe(expected);
  });

  it.each([
    ['abc', 'nl'],
    ['', 'nl'],
    ['EUR', 'nl'],
    ['-5', 'nl'],
    ['25,000', 'nl'],
    ['12,5,0', 'nl'],
    ['12,50,0', 'nl'],
    ['1.2.3', 'nl'],
    ['12.50,0', 'nl'],
    ['1.2.3,456', 'nl'],
    ['1.234.5', 'nl'],
    ['1.000 000,00', 'nl'],
    ['25  000', 'nl'],
    ['25000,', 'nl'],
    [',50', 'nl'],
    ['1e5', 'nl'],
    ['12.5.0', 'en'],
    ['1,2,3', 'en'],
    ['12,50.0', 'en'],
    ['25.000', 'en'],
    ['25 000,5,0', 'fr'],
  ] as const)('%s (%s) is no amount', (input, language) => {
    expect(parseAmountInput(input, language)).toBeUndefined();
  });
});

// ---- properties of amounts as typed -----------------------------------------------------------

/** What each language accepts: separators of thousands, the decimal mark, and the other mark. */
const TYPED_FORMS = {
  nl: { groups: ['.', ' ', '\u00a0'], decimal: ',', other: '.' },
  fr: { groups: ['\u202f', '\u00a0', ' ', '.'], decimal: ',', other: '.' },
  en: { groups: [',', ' ', '\u00a0'], decimal: '.', other: ',' },
} as const;

/** Digits in groups of three from the right, the first of one to three. */
function groups(whole: string): string[] {
  const out: string[] = [];
  for (let end = whole.length; end > 0; end -= 3)
    out.unshift(whole.slice(Math.max(0, end - 3), end));
  return out;
}

const cents = fc.bigInt({ min: 0n, max: 99_999_999_999_999n });
const language = fc.constantFrom(...LANGUAGES);
const canonical = (c: bigint) => `${c / 100n}.${(c % 100n).toString().padStart(2, '0')}`;

/** A non-negative amount, and one of the ways a user may type it in the language. */
const typedAmount = fc
  .record({
    cents,
    language,
    grouping: fc.nat(),
    grouped: fc.boolean(),
    decimals: fc.constantFrom(0, 1, 2),
    otherMark: fc.boolean(),
    affix: fc.constantFrom('', ' EUR', 'EUR ', '€ ', '€', ' €'),
  })
  .map(({ cents: c, language: lang, grouping, grouped, decimals, otherMark, affix }) => {
    const { groups: seps, decimal, other } = TYPED_FORMS[lang];
    const [whole, fraction] = canonical(c).split('.') as [string, string];
    const separator = seps[grouping % seps.length]!;
    // The other mark is a decimal point only where it is no separator of the same number.
    const mark = otherMark && separator !== other ? other : decimal;
    // Decimals may be left off only where they are zeros.
    const shown =
      decimals === 0 && fraction === '00'
        ? ''
        : decimals === 1 && fraction.endsWith('0')
          ? fraction.slice(0, 1)
          : fraction;
    const number = `${grouped ? groups(whole).join(separator) : whole}${shown ? mark + shown : ''}`;
    const typed =
      affix.startsWith('€') || affix.startsWith('EUR') ? affix + number : number + affix;
    return { typed, number, whole, separator, language: lang, expected: canonical(c) };
  });

describe('amounts as typed, as properties', () => {
  it('reads every valid form of an amount as its decimal string', () => {
    fc.assert(
      fc.property(typedAmount, ({ typed, language: lang, expected }) => {
        expect(parseAmountInput(typed, lang)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a second decimal separator (12,5,0)', () => {
    fc.assert(
      fc.property(
        typedAmount.filter(({ typed }) => /[.,]\d{1,2}$/.test(typed)),
        fc.boolean(),
        fc.integer({ min: 0, max: 99 }),
        ({ typed, language: lang }, useOther, digits) => {
          const { decimal, other } = TYPED_FORMS[lang];
          const wrong = `${typed}${useOther ? other : decimal}${digits}`;
          expect(parseAmountInput(wrong, lang)).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses groups of thousands that are not of three digits (1.2.3, 12.50,0)', () => {
    const badGroups = fc
      .record({
        first: fc.integer({ min: 1, max: 5 }),
        rest: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
      })
      .filter(({ first, rest }) => first > 3 || rest.some((n) => n !== 3));
    fc.assert(
      fc.property(
        badGroups,
        language,
        fc.nat(),
        fc.stringMatching(/^\d{2}$/),
        ({ first, rest }, lang, pick, fraction) => {
          const { groups: seps, decimal } = TYPED_FORMS[lang];
          const separator = seps[pick % seps.length]!;
          const number = [first, ...rest].map((n) => '1'.repeat(n)).join(separator);
          expect(parseAmountInput(`${number}${decimal}${fraction}`, lang)).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses two kinds of grouping in one amount (1.000 000,00)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1_000_000n, max: 999_999_999_999n }),
        language,
        fc.nat(),
        (whole, lang, pick) => {
          const { groups: seps, decimal } = TYPED_FORMS[lang];
          // Two separators that the parser tells apart (the spaces are one kind to it).
          const kinds = [...new Set(seps.map((s) => (/\s/.test(s) ? ' ' : s)))];
          const a = kinds[pick % kinds.length]!;
          const b = kinds[(pick + 1) % kinds.length]!;
          const [head, ...tail] = groups(whole.toString());
          const number = head! + tail.map((g, i) => (i === 0 ? a : b) + g).join('');
          expect(parseAmountInput(`${number}${decimal}00`, lang)).toBeUndefined();
        },
      ),
    );
  });

  it('refuses more than two decimals, and signs', () => {
    fc.assert(
      fc.property(
        typedAmount,
        fc.stringMatching(/^\d{3,6}$/),
        ({ typed, whole, separator, language: lang }, fraction) => {
          const { decimal } = TYPED_FORMS[lang];
          const grouped = groups(whole).join(separator);
          expect(parseAmountInput(`${grouped}${decimal}${fraction}`, lang)).toBeUndefined();
          expect(parseAmountInput(`-${typed}`, lang)).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('signed amounts as typed (a self-employed loss)', () => {
  it.each([
    ['-2.000,50', '-2000.50'],
    ['\u22122.000,50', '-2000.50'],
    ['- 500', '-500.00'],
    ['31.000', '31000.00'],
    ['-0,00', '0.00'],
  ] as const)('%s is %s', (input, expected) => {
    expect(parseSignedAmountInput(input, 'nl')).toBe(expected);
  });

  it.each([['--5'], ['5-'], ['-12,5,0'], ['-']])('%s is no amount', (input) => {
    expect(parseSignedAmountInput(input, 'nl')).toBeUndefined();
  });

  it('reads a negated valid amount as its negation, and nothing else as one', () => {
    fc.assert(
      fc.property(typedAmount, ({ number, language: lang, expected }) => {
        const negated = parseSignedAmountInput(`-${number}`, lang);
        expect(negated).toBe(/^0+\.00$/.test(expected) ? expected : `-${expected}`);
      }),
    );
  });
});
