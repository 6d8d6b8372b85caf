/**
 * Finding a loan by its borrower's name as a clerk types it: every word typed is the start of
 * a word of the name, whatever the case and accents ("bakkerij jan" finds "Bakkerij Jansens
 * BV", "cafe" finds "Café De Kroon"). The read model keeps each word of a company's name with
 * all its prefixes as tokens, under a GIN index of the built-in array operators, so a search is
 * an index lookup (`search_tokens @> query tokens`) on PostgreSQL and PGlite alike, with no
 * extension to install.
 */

/** Longer words are kept (and searched) by their first this many characters. */
export const MAX_TOKEN_LENGTH = 20;

/** Lower case, accents and other marks dropped, ligatures and full-width forms folded. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFC');
}

/** The words of a text, for search: runs of letters and digits. */
export function searchWords(text: string): string[] {
  return normaliseForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every prefix of every word of a company's name, each once: what the read model keeps. */
export function searchTokens(name: string): string[] {
  const tokens = new Set<string>();
  for (const word of searchWords(name)) {
    const chars = [...word].slice(0, MAX_TOKEN_LENGTH);
    for (let n = 1; n <= chars.length; n++) tokens.add(chars.slice(0, n).join(''));
  }
  return [...tokens];
}

/** The tokens a query asks for: each word, cut to the longest token kept. */
export function queryTokens(query: string): string[] {
  return [...new Set(searchWords(query).map((w) => [...w].slice(0, MAX_TOKEN_LENGTH).join('')))];
}

/**
 * A loan id prefix as a range of uuids, so the primary key's index answers it: "d3743642-08"
 * is every id from d3743642-0800-0000-… to d3743642-08ff-ffff-…. Undefined unless the text is
 * 4 to 32 hexadecimal digits (hyphens anywhere).
 */
export function loanIdRange(text: string): [from: string, to: string] | undefined {
  const hex = text.trim().toLowerCase().replace(/-/g, '');
  if (!/^[0-9a-f]{4,32}$/.test(hex)) return undefined;
  const uuid = (digits: string) =>
    `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
  return [uuid(hex.padEnd(32, '0')), uuid(hex.padEnd(32, 'f'))];
}
