import { Dec, Money, Rate } from '@loanbook/domain';
import { INTL_LOCALE, UNIT_SPACE, type LocaleLanguage } from './language';

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

const wholes = new Map<LocaleLanguage, { format: (whole: string) => string; decimal: string }>();

/** Intl's grouping of a whole number given as text, and the language's decimal sign. */
function wholeFormat(language: LocaleLanguage) {
  let entry = wholes.get(language);
  if (entry === undefined) {
    const intl = new Intl.NumberFormat(INTL_LOCALE[language], {
      maximumFractionDigits: 0,
      useGrouping: true,
    });
    const decimal = new Intl.NumberFormat(INTL_LOCALE[language], { minimumFractionDigits: 1 })
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value;
    if (decimal === undefined) throw new Error(`Intl has no decimal sign for ${language}`);
    // ES2022's lib types format() for numbers only; since ES2023 it takes a decimal string too.
    entry = { format: intl.format as unknown as (whole: string) => string, decimal };
    wholes.set(language, entry);
  }
  return entry;
}

/**
 * A plain decimal string ("-62589.31") with the language's separators: "-62.589,31",
 * "-62 589,31" (U+202F between thousands, as Intl writes fr-BE), "-62,589.31". The whole part
 * is grouped by Intl from the text (Intl.NumberFormat v3 reads a string as an exact decimal, it
 * never becomes a JavaScript number) and its digits are checked, so a runtime that would round
 * cannot show a wrong figure; the fraction is written as it is, every place kept. A zero loses
 * its minus.
 */
export function formatDecimal(text: string, language: LocaleLanguage): string {
  if (typeof text !== 'string' || !DECIMAL_PATTERN.test(text)) {
    throw new RangeError(`${JSON.stringify(text)} is not a plain decimal`);
  }
  const negative = text.startsWith('-') && /[1-9]/.test(text);
  const [whole, fraction] = text.replace(/^-/, '').split('.');
  const { format, decimal } = wholeFormat(language);
  const grouped = format(whole);
  if (grouped.replace(/\D/g, '') !== whole.replace(/^0+(?=\d)/, '')) {
    throw new Error(`Intl changed the digits of ${text} (${grouped}): it needs Node 20 or later`);
  }
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `${decimal}${fraction}`}`;
}

/** A count: 3393 → "3.393" / "3 393" / "3,393". */
export function formatCount(value: number, language: LocaleLanguage): string {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${String(value)} is not a count (a safe integer)`);
  }
  return formatDecimal(String(value), language);
}

/**
 * An amount in EUR: "62.589,31 EUR" (nl), "62 589,31 EUR" (fr), "EUR 62,589.31" (en, as the
 * English documents write it). From Money's exact cents or the API's decimal text ("25000.00").
 */
export function formatAmount(value: Money | string, language: LocaleLanguage): string {
  const money = Money.isMoney(value) ? value : Money.parse(value);
  const amount = formatDecimal(money.toString(), language);
  return language === 'en' ? `EUR ${amount}` : `${amount}${UNIT_SPACE[language]}EUR`;
}

/**
 * A fraction as a percentage, with at least `minDecimals` decimals and every decimal it has, never
 * rounded: "0.487" → "48,70 %" / "48,70 %" / "48.70 %"; "0.00412" → "0,412 %".
 */
export function formatPercent(
  value: Rate | string,
  language: LocaleLanguage,
  minDecimals = 2,
): string {
  const fraction =
    value instanceof Rate ? value.toDecimal() : new Dec(checkedDecimal(value, 'a fraction'));
  const percent = fraction.times(100);
  const places = Math.max(percent.decimalPlaces(), minDecimals);
  return `${formatDecimal(percent.toFixed(places), language)}${UNIT_SPACE[language]}%`;
}

function checkedDecimal(text: string, what: string): string {
  // Dec alone would also take "NaN", "Infinity" and "1e3".
  if (typeof text !== 'string' || !DECIMAL_PATTERN.test(text)) {
    throw new RangeError(`${JSON.stringify(text)} is not ${what} written as a decimal`);
  }
  return text;
}
