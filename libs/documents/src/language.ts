/** The languages the documents are written in: Dutch is the legal one in Flanders, English a courtesy. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** One text per language: a document's wording is complete in both or it does not compile. */
export type Translations<T> = Readonly<Record<Language, T>>;
