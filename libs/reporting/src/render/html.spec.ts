import { reportCharts, reportTables } from '../model';
import type { PortfolioReport, ReportTable } from '../model';
import { sampleReport } from '../testing/sample-report';
import { chartIsEmpty } from './charts';
import { formatCell } from './format';
import { escapeHtml, renderHtml } from './html';

const SVG_NAMESPACES = [
  'xmlns="http://www.w3.org/2000/svg"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
];

interface HtmlCell {
  readonly tag: string;
  readonly attributes: string;
  readonly text: string;
}

/** The element `<tag …attr="value"…>…</tag>` of the page, inner HTML; throws unless exactly one. */
function element(html: string, tag: string, attr: string, value: string): string {
  const pattern = new RegExp(
    `<${tag}\\b[^>]*\\b${attr}="${value}"[^>]*>([\\s\\S]*?)</${tag}>`,
    'g',
  );
  const matches = [...html.matchAll(pattern)];
  if (matches.length !== 1) throw new Error(`${matches.length} <${tag} ${attr}="${value}">`);
  return matches[0][1];
}

function rowsOf(part: string): HtmlCell[][] {
  return [...part.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...tr[1].matchAll(/<(td|th)\b([^>]*)>([^<]*)<\/\1>/g)].map((m) => ({
      tag: m[1],
      attributes: m[2],
      text: m[3],
    })),
  );
}

function dataValue(cell: HtmlCell): string | undefined {
  return /\bdata-value="([^"]*)"/.exec(cell.attributes)?.[1];
}

/** The inner HTML of a table's thead, tbody or tfoot; empty when the table has none. */
function part(table: string, tag: 'thead' | 'tbody' | 'tfoot'): string {
  const matches = [...table.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))];
  if (matches.length > 1) throw new Error(`${matches.length} <${tag}>`);
  return matches.length === 0 ? '' : matches[0][1].trim();
}

describe('renderHtml', () => {
  const report = sampleReport();
  const html = renderHtml(report);

  it('given the sample report then it is one HTML5 page titled after the report', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Portfolio report – 31 May 2021</title>');
    expect(html).toContain('<h1>Portfolio report – 31 May 2021</h1>');
  });

  it('then it needs nothing from outside: no script, no link, no src, no web address', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/@import|@font-face|url\(\s*['"]?[a-z]+:/i);
    const withoutNamespaces = SVG_NAMESPACES.reduce((text, ns) => text.split(ns).join(''), html);
    expect(withoutNamespaces).not.toMatch(/https?:\/\//i);
    expect(html).toMatch(/<style>[^<]*@media print\{/);
  });

  it('then every link goes to an anchor of the page itself', () => {
    const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['#summary', '#winwin', '#funnel', '#portfolio']);
    for (const href of hrefs) expect(html).toContain(`<section id="${href.slice(1)}">`);
  });

  it('then the first line says as of, the period, known at, when generated and the position', () => {
    const meta = element(html, 'p', 'class', 'meta');
    expect(meta).toContain('As of <strong>31 May 2021</strong>');
    expect(meta).toContain('period from 1 January 2021 to 31 May 2021');
    // Instants on Brussels' clock (UTC+2 in June), with the zone's name.
    expect(meta).toContain('events recorded up to 1 June 2021 at 08:00:00 CEST');
    expect(meta).toContain('generated 1 June 2021 at 10:15:42 CEST');
    expect(meta).toContain('log position 48,213');
  });

  it.each([
    [
      'nl',
      'Stand op <strong>31 mei 2021</strong>',
      'periode van 1 januari 2021 tot en met 31 mei 2021',
      'gemaakt op 1 juni 2021 om 10:15:42 CEST',
      '<h2>Samenvatting</h2>',
      '<td class="num" data-value="63679942.23">63.679.942,23</td>',
    ],
    [
      'fr',
      'Situation au <strong>31 mai 2021</strong>',
      'période du 1er janvier 2021 au 31 mai 2021',
      'établi le 1er juin 2021 à 10:15:42 UTC+2',
      '<h2>Résumé</h2>',
      '<td class="num" data-value="63679942.23">63\u202f679\u202f942,23</td>',
    ],
  ] as const)(
    'given the report in %s, then the page, its first line and its figures are in that language',
    (language, asOf, period, generated, summary, cell) => {
      const page = renderHtml(sampleReport(language));
      expect(page.startsWith(`<!DOCTYPE html>\n<html lang="${language}">`)).toBe(true);
      const meta = element(page, 'p', 'class', 'meta');
      expect(meta).toContain(asOf);
      expect(meta).toContain(period);
      expect(meta).toContain(generated);
      expect(page).toContain(summary);
      expect(page).toContain(cell);
    },
  );

  it('given no knownAt then the page says it counts all events recorded so far', () => {
    const page = renderHtml({ ...sampleReport(), knownAt: null });
    expect(element(page, 'p', 'class', 'meta')).toContain('all events recorded so far');
  });

  it('then the summary has the sentences as paragraphs, escaped', () => {
    const summary = element(html, 'section', 'id', 'summary');
    expect(summary).toContain(
      '<p>On 31 May 2021 the portfolio held 3,393 loans with EUR 63,679,942.23 outstanding.</p>',
    );
    expect(summary).toContain(
      '<p>Arrears &lt; 90 days &amp; over: EUR 1,467,291.55, 2.30 % of the outstanding principal.</p>',
    );
  });

  it('then each headline is a card with its label, formatted value (exact in data-value) and note', () => {
    for (const figure of report.headlines) {
      expect(html).toContain(`<div class="headline" data-headline="${figure.id}">`);
    }
    expect(html).toContain(
      '<div class="headline" data-headline="outstanding"><div class="label">Outstanding principal</div>' +
        '<div class="value" data-value="63679942.23">EUR 63,679,942.23</div>' +
        '<div class="note">3,393 loans, average EUR 18,768.03</div></div>',
    );
    expect(html).toContain(
      '<div class="headline" data-headline="recovery-rate"><div class="label">Recovered after default</div>' +
        '<div class="value">–</div><div class="note">No loan defaulted in the period</div></div>',
    );
    expect(html).toContain('<div class="value">31 May 2021</div>');
  });

  it('then each chart is one inline SVG in its own figure, after a caption; one without data is its sentence', () => {
    const charts = reportCharts(report);
    const drawn = charts.filter((c) => !chartIsEmpty(c));
    expect(drawn.length).toBe(charts.length - 1);
    expect(html.match(/<svg\b/g)).toHaveLength(drawn.length);
    expect(html.match(/<figure\b/g)).toHaveLength(charts.length);
    for (const c of drawn) {
      const figure = element(html, 'figure', 'data-chart', c.id);
      expect(figure.match(/<svg\b/g)).toHaveLength(1);
      expect(figure.trim().startsWith(`<figcaption>${c.title}</figcaption>\n<svg`)).toBe(true);
    }
    const empty = element(html, 'figure', 'data-chart', 'defaults-by-month');
    expect(empty.trim()).toBe(
      '<figcaption>Defaulted and recovered principal by month</figcaption>\n' +
        '<p class="no-data">No loan defaulted from January to May 2021.</p>',
    );
  });

  it('then each section has its heading, intro, charts and tables, in that order', () => {
    for (const s of report.sections) {
      const body = element(html, 'section', 'id', s.id);
      expect(body.trim().startsWith(`<h2>${s.title}</h2>`)).toBe(true);
      const positions = [
        body.indexOf('<p class="intro">'),
        ...s.charts.map((c) => body.indexOf(`data-chart="${c.id}"`)),
        ...s.tables.map((t) => body.indexOf(`data-table="${t.id}"`)),
      ];
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  it.each(reportTables(sampleReport()).map((t) => [t.id, t] as [string, ReportTable]))(
    'then table %s has its caption, headers and every cell formatted with its exact value',
    (id, table) => {
      const body = element(html, 'table', 'data-table', id);
      expect(body).toContain(`<caption>${table.title}<span class="description">`);
      const head = rowsOf(part(body, 'thead'));
      expect(head).toHaveLength(1);
      expect(head[0].map((c) => c.text)).toEqual(
        table.columns.map((c) => c.title.replace(/&/g, '&amp;')),
      );

      const rows = rowsOf(part(body, 'tbody'));
      expect(rows).toHaveLength(table.rows.length);
      rows.forEach((cells, r) =>
        table.columns.forEach((column, c) => {
          const value = table.rows[r][column.key];
          const cell = cells[c];
          if (column.kind === 'money' || column.kind === 'ratio' || column.kind === 'integer') {
            expect(cell.attributes).toContain('class="num"');
            expect(dataValue(cell)).toBe(value === null ? undefined : String(value));
          } else {
            expect(dataValue(cell)).toBeUndefined();
          }
          // format.spec checks the formats themselves; here, that each cell went through its kind's.
          expect(cell.text).toBe(escapeHtml(formatCell(column.kind, value, 'en')));
        }),
      );

      const foot = part(body, 'tfoot');
      if (table.total === undefined) {
        expect(foot).toBe('');
      } else {
        const [total] = rowsOf(foot);
        expect(total[0]).toEqual({ tag: 'th', attributes: ' scope="row"', text: 'Total' });
        expect(total).toHaveLength(table.columns.length);
      }
    },
  );

  it('then every money cell shows the amount grouped by thousands, with the same digits as data-value', () => {
    let checked = 0;
    for (const table of reportTables(report)) {
      const body = element(html, 'table', 'data-table', table.id);
      const rows = [
        ...rowsOf(part(body, 'tbody')).map((cells, r) => ({ cells, row: table.rows[r] })),
        ...(table.total
          ? rowsOf(part(body, 'tfoot')).map((cells) => ({ cells, row: table.total! }))
          : []),
      ];
      for (const { cells, row } of rows) {
        table.columns.forEach((column, c) => {
          if (column.kind !== 'money' || c === 0) return;
          const amount = row[column.key] as string;
          expect(cells[c].text).toMatch(/^-?\d{1,3}(,\d{3})*\.\d{2}$/);
          expect(cells[c].text.replace(/,/g, '')).toBe(amount);
          expect(dataValue(cells[c])).toBe(amount);
          checked++;
        });
      }
    }
    // 15 + 1 rows × 2 win-win, 5 + 1 × 3 portfolio, 5 largest loans, 5 + 1 × 2 defaults.
    expect(checked).toBe(67);
  });

  it('then known figures read as an analyst expects them', () => {
    const portfolio = element(html, 'table', 'data-table', 'portfolio-by-product');
    expect(portfolio).toContain(
      '<tr><td>Impulskrediet</td><td class="num" data-value="1450">1,450</td>' +
        '<td class="num" data-value="21450311.87">21,450,311.87</td>' +
        '<td class="num" data-value="803114.20">803,114.20</td>' +
        '<td class="num" data-value="0.0374">3.74 %</td>' +
        '<td class="num" data-value="0.0520">5.20 %</td>' +
        '<td class="num" data-value="1250400.00">1,250,400.00</td></tr>',
    );
    expect(portfolio).toContain('<td class="num" data-value="-412300.18">-412,300.18</td>');
    expect(portfolio).toContain('<td class="num" data-value="63679942.23">63,679,942.23</td>');
    const loans = element(html, 'table', 'data-table', 'largest-loans');
    expect(loans).toContain('<td>15 March 2019</td><td>15 March 2029</td>');
    const winwin = element(html, 'table', 'data-table', 'winwin-by-month-term');
    expect(winwin).toContain(
      '<tr><td>January 2021</td><td>5</td><td class="num" data-value="28">28</td>',
    );
  });

  it('then text from the report is escaped everywhere, never taken as markup', () => {
    expect(html).toContain('<td>Other &lt;b&gt;&amp;&quot;&#39; loans</td>');
    expect(html).not.toContain(`<b>&"'`);
    const hostile: PortfolioReport = {
      ...sampleReport(),
      title: '</title><script>alert(1)</script>',
      summary: ['<img src=x onerror=alert(1)>'],
      headlines: [
        { id: '"><script>', label: '<i>label</i>', kind: 'text', value: '<u>v</u>', note: '&amp;' },
      ],
    };
    const page = renderHtml(hostile);
    expect(page).not.toMatch(/<script|<img|<i>|<u>/);
    expect(page).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(page).toContain('data-headline="&quot;&gt;&lt;script&gt;"');
    expect(page).toContain('<div class="note">&amp;amp;</div>');
  });

  it('given two sections with the same id then it throws rather than break the anchors', () => {
    const base = sampleReport();
    const twice = { ...base, sections: [base.sections[0], { ...base.sections[1], id: 'winwin' }] };
    expect(() => renderHtml(twice)).toThrow(/"winwin" is used twice/);
    const clash = { ...base, sections: [{ ...base.sections[0], id: 'summary' }] };
    expect(() => renderHtml(clash)).toThrow(/"summary" is used twice/);
  });

  it('given the same report twice then the page is the same text', () => {
    expect(renderHtml(sampleReport())).toBe(html);
  });
});
