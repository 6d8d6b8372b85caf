/**
 * The languages the documents are written in: Dutch is the legal one in Flanders (the default),
 * French for borrowers who deal in it (Brussels), English a courtesy.
 */
export const LANGUAGES = ['nl', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** One text per language: a document's wording is complete in each or it does not compile. */
export type Translations<T> = Readonly<Record<Language, T>>;
