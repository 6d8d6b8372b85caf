import { LocalDate } from '@js-joda/core';
import type { DocumentModel, Section } from './model';
import { link, list, paragraph, row, rows } from './model';
import { renderDocument } from './render';
import { renderHtml } from './render-html';
import { renderPdf } from './render-pdf';
import { renderText } from './render-text';
import { flat, htmlText, readBack, readPdf } from './testing/pdf-text';

const HOSTILE = `Bakkerij <script>alert("x")</script> & 'Zonen' <img src=x onerror=alert(1)>`;

function model(overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    language: 'nl',
    title: 'Proefdocument',
    subtitle: 'Ondertitel',
    author: 'Hefboom cvba-so',
    subject: 'Proef',
    date: LocalDate.of(2018, 3, 15),
    referenceLine: 'Kenmerk T-1 · 15 maart 2018',
    sender: ['Koning Albert II-laan 37', '1030 Brussel'],
    addressees: [{ label: 'Aan de onderneming', lines: ['Brouwerij De Gulden Eend bv'] }],
    sections: [
      {
        number: 'i',
        heading: 'Eerste punt',
        blocks: [
          paragraph('Een alinea.'),
          rows(row('Bedrag', '25.000,00 EUR')),
          list(['één', 'twee']),
          link('Meer informatie op', 'https://www.financieringvanondernemingen.be'),
        ],
      },
    ],
    footer: ['Hefboom cvba-so · Brussel'],
    ...overrides,
  };
}

/** A model in which every string is the hostile one. */
function hostileModel(): DocumentModel {
  return model({
    title: HOSTILE,
    subtitle: HOSTILE,
    author: HOSTILE,
    subject: HOSTILE,
    referenceLine: HOSTILE,
    sender: [HOSTILE],
    addressees: [{ label: HOSTILE, lines: [HOSTILE] }],
    sections: [
      {
        number: HOSTILE,
        heading: HOSTILE,
        blocks: [
          paragraph(HOSTILE),
          rows(row(HOSTILE, HOSTILE)),
          list([HOSTILE]),
          link(HOSTILE, `https://example.org/?a=<b>&c="d"`),
        ],
      },
    ],
    footer: [HOSTILE],
  });
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('renderHtml', () => {
  it('given text full of markup, shows it as text and runs nothing', () => {
    const html = renderHtml(hostileModel());

    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Zonen&#39;',
    );
    // h1, subtitle, reference, sender (name and line), label, address, section number and
    // heading, paragraph, row label and value, list item, link text, footer: 15 places, every
    // one shown as text (the <title> is left out by htmlText).
    expect(occurrences(flat(htmlText(html)), flat(HOSTILE))).toBe(15);
    expect(flat(htmlText(html))).toContain('https://example.org/?a=<b>&c="d"');
  });

  it('given a model, makes one self-contained page that loads nothing from anywhere', () => {
    const html = renderHtml(hostileModel());

    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed|base)\b/i);
    const style = /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).not.toMatch(/url\(|@import/i);
    // Escaped text holds no "<", so these are the real tags: no attribute fetches anything, and
    // web addresses appear only as text.
    const tags = html.match(/<[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(20);
    for (const tag of tags) {
      expect(tag).not.toMatch(/\s(src|href|srcset|action|style)\s*=/i);
      expect(tag).not.toMatch(/:\/\//);
    }
  });

  it('given the document language, declares it', () => {
    expect(renderHtml(model())).toContain('<html lang="nl">');
    expect(renderHtml(model({ language: 'en' }))).toContain('<html lang="en">');
  });
});

describe('renderText', () => {
  it('given a model, writes every part of it as plain text', () => {
    const text = renderText(model());
    for (const part of [
      'PROEFDOCUMENT',
      'Kenmerk T-1 · 15 maart 2018',
      'Aan de onderneming:',
      'i. Eerste punt',
      'Bedrag: 25.000,00 EUR',
      '  - één',
      'Meer informatie op https://www.financieringvanondernemingen.be',
      'Hefboom cvba-so · Brussel',
    ]) {
      expect(text).toContain(part);
    }
  });
});

describe('renderPdf', () => {
  it('given the same model twice, gives the same bytes', async () => {
    const first = await renderPdf(model());
    const second = await renderPdf(model());

    expect(first.equals(second)).toBe(true);
  });

  it('given a model, writes an A4 PDF whose metadata comes from the model, not the clock', async () => {
    const pdf = await renderPdf(model());
    const { info } = await readPdf(pdf);

    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(info).toMatchObject({
      Title: 'Proefdocument',
      Author: 'Hefboom cvba-so',
      Subject: 'Proef',
      CreationDate: 'D:20180315000000Z',
      ModDate: 'D:20180315000000Z',
    });
  });

  it('given another document date, changes the CreationDate and the bytes', async () => {
    const earlier = await renderPdf(model());
    const later = await renderPdf(model({ date: LocalDate.of(2018, 3, 16) }));

    expect(later.equals(earlier)).toBe(false);
    expect((await readPdf(later)).info.CreationDate).toBe('D:20180316000000Z');
  });

  it('given Dutch letters, the euro sign and characters the fonts lack, reads back what it can show', async () => {
    const pdf = await renderPdf(
      model({
        sections: [
          {
            heading: 'Tekens',
            blocks: [
              paragraph(
                'Één coöperatie, naïef: € 1.234,56 – “ja”. Dvořák ≥ 5 Łódź; daarna: intact.',
              ),
            ],
          },
        ],
      }),
    );

    expect(flat((await readPdf(pdf)).text)).toContain(
      'Één coöperatie, naïef: € 1.234,56 – “ja”. Dvorák >= 5 Lódz; daarna: intact.',
    );
  });

  it('given markup in the text, writes it as text', async () => {
    const back = await readBack(await renderDocument(hostileModel()));

    expect(back.pdfText).toContain(flat(HOSTILE));
    expect(back.info.Title).toBe(HOSTILE);
  });

  describe('page breaks', () => {
    // 60 sections of 2 to 11 rows with three-line values, 2 to 6 two-line list items, and
    // paragraphs of 1 to 17 lines: headings, rows and items land at every height of the page,
    // page ends included.
    const SECTIONS = 60;
    const rowCount = (s: number) => 2 + ((s * 3) % 10);
    const itemCount = (s: number) => 2 + ((s * 2) % 5);
    const sections: Section[] = Array.from({ length: SECTIONS }, (_, s) => ({
      number: String(s + 1),
      heading: `Sectie ${s + 1}`,
      blocks: [
        rows(
          ...Array.from({ length: rowCount(s) }, (_, r) =>
            row(
              `Label ${s}-${r}`,
              `Waarde ${s}-${r} begin\nwaarde ${s}-${r} midden\nwaarde ${s}-${r} einde`,
            ),
          ),
        ),
        list(Array.from({ length: itemCount(s) }, (_, i) => `Item ${s}-${i} boven\nen onder`)),
        paragraph(
          Array.from({ length: 1 + ((s * 7) % 17) }, (_, l) => `Alinea ${s} regel ${l}`).join('\n'),
        ),
      ],
    }));
    let pages: readonly string[];

    beforeAll(async () => {
      pages = (await readBack(await renderDocument(model({ sections })))).pdfPages;
    });

    it('given more than a page of content, makes several pages, each with footer and number', () => {
      expect(pages.length).toBeGreaterThan(3);
      pages.forEach((page, index) => {
        expect(page).toContain('Hefboom cvba-so · Brussel');
        expect(page).toContain(`Pagina ${index + 1} van ${pages.length}`);
      });
    });

    it('given rows at a page end, never splits a row: its label and all its value lines share a page', () => {
      for (let s = 0; s < SECTIONS; s++) {
        for (let r = 0; r < rowCount(s); r++) {
          const holding = pages.filter((page) => page.includes(`Label ${s}-${r} `));
          expect(holding).toHaveLength(1);
          expect(holding[0]).toContain(`Waarde ${s}-${r} begin`);
          expect(holding[0]).toContain(`waarde ${s}-${r} midden`);
          expect(holding[0]).toContain(`waarde ${s}-${r} einde`);
        }
      }
    });

    it('given a heading at a page end, keeps it with what follows', () => {
      for (let s = 0; s < SECTIONS; s++) {
        const page = pages.find((p) => p.includes(`${s + 1}. Sectie ${s + 1} `));
        expect(page).toContain(`Label ${s}-0 `);
      }
    });

    it('given a list item on two lines, keeps both on one page', () => {
      for (let s = 0; s < SECTIONS; s++) {
        for (let i = 0; i < itemCount(s); i++) {
          const page = pages.find((p) => p.includes(`Item ${s}-${i} boven`));
          expect(page).toContain(`Item ${s}-${i} boven en onder`);
        }
      }
    });
  });
});
