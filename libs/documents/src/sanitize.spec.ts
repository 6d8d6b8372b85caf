import fc from 'fast-check';
import { cleanText, escapeHtml, toWinAnsi } from './sanitize';

// WinAnsiEncoding: printable ASCII, Latin-1 from NBSP up, and these 27 from 0x80–0x9F.
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
function encodable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    char === '\n' ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    WIN_ANSI_EXTRA.includes(char)
  );
}

describe('escapeHtml', () => {
  it('given markup, returns text that no browser reads as markup', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'co'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;',
    );
  });

  it('given an entity, escapes its ampersand too', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('cleanText', () => {
  it('given Windows line ends, tabs and control characters, keeps only the text and its line breaks', () => {
    expect(cleanText('a\r\nb\rc\td\u0000e\u0007f\u0085g')).toBe('a\nb\nc defg');
  });

  it('given a decomposed accent, composes it', () => {
    expect(cleanText('e\u0301')).toBe('é');
  });
});

describe('toWinAnsi', () => {
  it('given Dutch and French letters, the euro sign and typographic quotes, keeps them', () => {
    const text = 'Één café, coöperatie, naïef, Françoise: € 25.000,00 – “ja” ‘nee’ • Š';
    expect(toWinAnsi(text)).toBe(text);
  });

  it('given characters the standard fonts lack, replaces each by its nearest form', () => {
    expect(toWinAnsi('Dvořák ≥ 5 Łódź\u202f%')).toBe('Dvorák >= 5 Lódz %');
  });

  it('given a character without a Latin form, writes a question mark', () => {
    expect(toWinAnsi('貸款 ok')).toBe('?? ok');
  });

  it('given any text at all, returns only characters the PDF fonts can encode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect([...toWinAnsi(text)].every(encodable)).toBe(true);
      }),
    );
  });
});
