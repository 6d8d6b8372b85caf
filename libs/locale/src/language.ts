/**
 * The languages Loanbook writes figures and dates in, with the Belgian usage of each: Dutch (the
 * default, Flanders' language), French, and English (British order: "31 May 2021").
 */
export const LOCALE_LANGUAGES = ['nl', 'fr', 'en'] as const;
export type LocaleLanguage = (typeof LOCALE_LANGUAGES)[number];

export function isLocaleLanguage(value: unknown): value is LocaleLanguage {
  return typeof value === 'string' && (LOCALE_LANGUAGES as readonly string[]).includes(value);
}

/** The BCP 47 tag Intl is asked for, per language. */
export const INTL_LOCALE: Readonly<Record<LocaleLanguage, string>> = {
  nl: 'nl-BE',
  fr: 'fr-BE',
  // en-BE writes decimal commas; an English reader expects "62,589.31".
  en: 'en-GB',
};

/**
 * What stands between a figure and its unit ("62.589,31 EUR", "48,70 %"): in French the no-break
 * space Intl writes for fr-BE; in Dutch and English the plain space the documents always had.
 */
export const UNIT_SPACE: Readonly<Record<LocaleLanguage, string>> = {
  nl: ' ',
  fr: '\u00a0',
  en: ' ',
};
