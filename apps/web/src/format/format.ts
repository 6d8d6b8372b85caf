/**
 * Belgian formats for the three languages, from the API's strings. Amounts and rates are decimal
 * strings end to end ("25000.00", "0.07"): they are never parsed into a JavaScript number, whose
 * binary fractions cannot hold every cent; the digits are grouped and the decimal point moved as
 * text. Dates are the API's YYYY-MM-DD, shown as a calendar day (no time zone can shift them).
 */
export type Language = 'nl' | 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'fr', 'en'];

/** The Belgian locale of each language. */
export const LOCALES: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-BE' };

interface Separators {
  group: string;
  decimal: string;
}

/**
 * Digit grouping as CLDR has it, fixed here so that every browser shows the same: nl-BE
 * `25.000,00`, fr-BE `25 000,00` (a narrow no-break space), en `25,000.00`.
 */
const SEPARATORS: Record<Language, Separators> = {
  nl: { group: '.', decimal: ',' },
  fr: { group: '\u202f', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A decimal string's sign, integer digits (no leading zeros but one) and fraction digits. */
export function splitDecimal(text: string): { negative: boolean; whole: string; fraction: string } {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new RangeError(`not a decimal string: ${JSON.stringify(text)}`);
  const whole = match[2]!.replace(/^0+(?=\d)/, '');
  const fraction = match[3] ?? '';
  const zero = /^0*$/.test(whole) && /^0*$/.test(fraction);
  return { negative: match[1] === '-' && !zero, whole, fraction };
}

function group(whole: string, separator: string): string {
  let out = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) out += separator;
    out += whole[i];
  }
  return out;
}

/** The number part of a decimal string, with at least `minDecimals` fraction digits. */
export function formatDecimal(text: string, language: Language, minDecimals = 0): string {
  const { negative, whole, fraction } = splitDecimal(text);
  const { group: g, decimal } = SEPARATORS[language];
  const digits = fraction.padEnd(minDecimals, '0');
  return `${negative ? '-' : ''}${group(whole, g)}${digits ? decimal + digits : ''}`;
}

/** An amount in euro: `25.000,00 EUR` (nl, fr), `EUR 25,000.00` (en). */
export function formatMoney(amount: string, language: Language): string {
  const number = formatDecimal(amount, language, 2);
  return language === 'en' ? `EUR\u00a0${number}` : `${number}\u00a0EUR`;
}

/**
 * A rate given as a fraction ("0.07", "0.0325") as a percentage: `7,00 %` (nl, fr), `7.00%`
 * (en); at least two decimals, more when the rate has them.
 */
export function formatRate(rate: string, language: Language): string {
  const { negative, whole, fraction } = splitDecimal(rate);
  // × 100: the first two fraction digits move in front of the decimal point.
  const shifted = `${whole}${fraction.slice(0, 2).padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  const rest = fraction.slice(2).replace(/0+$/, '');
  const percent = formatDecimal(
    `${negative ? '-' : ''}${shifted}${rest ? `.${rest}` : ''}`,
    language,
    2,
  );
  return language === 'en' ? `${percent}%` : `${percent}\u00a0%`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function calendarDay(date: string): Date {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`not a date: ${JSON.stringify(date)}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, month: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${language}:${month}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], {
      day: 'numeric',
      month,
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** A business date: `15 maart 2022`, `15 mars 2022`, `15 March 2022`. */
export function formatDate(date: string, language: Language): string {
  return dateFormat(language, 'long').format(calendarDay(date));
}

/** The same, shorter, for tables: `15 mrt 2022`. */
export function formatShortDate(date: string, language: Language): string {
  return dateFormat(language, 'short')
    .format(calendarDay(date))
    .replace(/\.(?= \d{4}$)/, '');
}

/** An instant (recordedAt) as Brussels time: `15 maart 2022 14:05`. */
export function formatInstant(instant: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Brussels',
  }).format(new Date(instant));
}

/**
 * How a user may type an amount in each language, beside the exact form shown: the groups of
 * thousands may be separated by any of `groups` (one kind throughout the number), and the
 * decimals follow `decimal`; the other of `.` and `,` is taken as the decimal point when it
 * stands once, before one or two digits (`25000.5` in Dutch), as clerks type from other sources.
 */
const TYPED: Record<Language, { groups: readonly string[]; decimal: string; other: string }> = {
  nl: { groups: ['.', ' '], decimal: ',', other: '.' },
  // Belgian French writes 25 000,00 and, as often, 25.000,00.
  fr: { groups: [' ', '.'], decimal: ',', other: '.' },
  en: { groups: [',', ' '], decimal: '.', other: ',' },
};

const escape = (char: string) => char.replace(/[.]/g, '\\.');

/** The whole euros as typed: plain digits, or groups of three after the first one to three. */
function typedWhole(text: string, groups: readonly string[]): string | undefined {
  if (/^\d+$/.test(text)) return text;
  for (const g of groups) {
    if (new RegExp(`^\\d{1,3}(?:${escape(g)}\\d{3})+$`).test(text)) return text.split(g).join('');
  }
  return undefined;
}

/**
 * An amount typed by a user, as the API's decimal string: `25.000,00`, `25000`, `25 000,5`,
 * `25000,5` and (in English) `25,000.50` all become `25000.00`/`25000.50`; undefined when it is
 * not one: a second decimal separator (`12,5,0`), groups not of three (`1.2.3`, `12.50,0`), two
 * kinds of grouping, more than two decimals, a sign. The form says so, or the server's 400
 * does. Only text is moved about: no number is made.
 */
export function parseAmountInput(input: string, language: Language): string | undefined {
  const text = input
    .trim()
    .replace(/[\s\u00a0\u202f]/g, ' ')
    .replace(/^(?:EUR|€) ?|(?: ?(?:EUR|€))$/gi, '');
  const { groups, decimal, other } = TYPED[language];
  let whole: string | undefined;
  let fraction = '';
  const split = /^(.*)([.,])(\d{1,2})$/.exec(text);
  if (split && (split[2] === decimal || (split[2] === other && !split[1]!.includes(other)))) {
    // The groups cannot be of the character that marks the decimals.
    whole = typedWhole(
      split[1]!,
      groups.filter((g) => g !== split[2]),
    );
    fraction = split[3]!;
  } else {
    whole = typedWhole(text, groups);
  }
  if (whole === undefined) return undefined;
  return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
}

/** The same for an amount that may be negative (a self-employed loss): `-5.000,00`. */
export function parseSignedAmountInput(input: string, language: Language): string | undefined {
  const negative = /^\s*[-\u2212]/.exec(input);
  const amount = parseAmountInput(negative ? input.slice(negative[0].length) : input, language);
  if (amount === undefined || !negative || /^0+\.00$/.test(amount)) return amount;
  return `-${amount}`;
}
