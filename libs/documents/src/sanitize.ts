/**
 * Text as the renderers receive it: line ends made "\n", tabs made spaces, other control
 * characters (invalid in HTML, invisible in a PDF) removed, composed to NFC.
 */
export function cleanText(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, '')
  );
}

/** Escapes text for HTML element content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * The PDF's standard Helvetica fonts are WinAnsi encoded: Latin-1 plus the euro sign, curly
 * quotes, dashes and a few letters. pdfkit writes any other character as garbage that also
 * corrupts the text after it, so each one is replaced here: by its letter without the accent
 * when it has one (ř → r), by a close equivalent (≥ → >=, Ł → L), else by "?".
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of cleanText(text)) {
    out += isWinAnsi(char) ? char : winAnsiFallback(char);
  }
  return out;
}

// The code points of WinAnsiEncoding's 0x80–0x9F range.
const WIN_ANSI_EXTRA = new Set(
  [
    0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
    0x017d, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
    0x0153, 0x017e, 0x0178,
  ].map((code) => String.fromCodePoint(code)),
);

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    char === '\n' ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    WIN_ANSI_EXTRA.has(char)
  );
}

const EQUIVALENTS: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u2015': '\u2014',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u200b': '',
  '\u2060': '',
  '\ufeff': '',
  '\u2032': "'",
  '\u2033': '"',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2192': '->',
  '\u2248': '~',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
};

function winAnsiFallback(char: string): string {
  const equivalent = EQUIVALENTS[char];
  if (equivalent !== undefined) return equivalent;
  // Strip combining marks: the base letter is WinAnsi for nearly all Latin letters.
  const base = char.normalize('NFD').replace(/\p{M}/gu, '');
  if (base.length > 0 && [...base].every(isWinAnsi)) return base;
  return '?';
}
