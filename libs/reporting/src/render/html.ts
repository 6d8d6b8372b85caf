import type {
  HeadlineFigure,
  PortfolioReport,
  ReportLanguage,
  ReportCell,
  ReportChart,
  ReportColumn,
  ReportRow,
  ReportSection,
  ReportTable,
} from '../model';
import { formatCount, formatDate, formatInstant } from '@loanbook/locale';
import { REPORT_TEXTS } from '../i18n';
import { chartIsEmpty, renderChartSvg } from './charts';
import { formatCell, formatFigure, isNumericKind } from './format';

/**
 * The report as one self-contained HTML5 page that opens offline and prints: inline CSS with the
 * system fonts, inline SVG charts, no script, nothing fetched (the Content-Security-Policy says
 * so as well), links only to the page's own anchors. Every text of the report is escaped.
 * Money, ratio and integer cells carry their exact value in `data-value`. Its words and formats
 * are those of the report's language; a chart with nothing to draw is a sentence that says so.
 */
export function renderHtml(report: PortfolioReport): string {
  checkIds(report);
  const language = report.language;
  const parts = [
    '<!DOCTYPE html>',
    `<html lang="${esc(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(report.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${esc(report.title)}</h1>`,
    `<p class="meta">${reportMeta(report)}</p>`,
    '</header>',
    '<main>',
    summarySection(report),
    contents(report),
    ...report.sections.map((s) => section(s, language)),
    '</main>',
    '</body>',
    '</html>',
    '',
  ];
  return parts.join('\n');
}

/** Escapes text for element content and for double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

const esc = escapeHtml;

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Section ids are the page's anchors; a clash would send a contents link to the wrong place. */
function checkIds(report: PortfolioReport): void {
  const seen = new Set(['summary', 'contents']);
  for (const s of report.sections) {
    if (seen.has(s.id)) throw new Error(`section id ${JSON.stringify(s.id)} is used twice`);
    seen.add(s.id);
  }
  const charts = new Set<string>();
  for (const chart of report.sections.flatMap((s) => s.charts)) {
    if (charts.has(chart.id)) throw new Error(`chart id ${JSON.stringify(chart.id)} is used twice`);
    charts.add(chart.id);
  }
}

function reportMeta(report: PortfolioReport): string {
  const language = report.language;
  const t = REPORT_TEXTS[language];
  const day = (d: string) => formatDate(d, language);
  const at = (instant: string) => formatInstant(instant, language);
  const items = [
    `${esc(t.page.asOf)} <strong>${esc(day(report.asOf))}</strong>`,
    esc(`${t.page.period} ${t.period(day(report.period.from), day(report.period.to))}`),
    esc(report.knownAt === null ? t.page.allEvents : t.page.knownAt(at(report.knownAt))),
    esc(t.page.generated(at(report.generatedAt))),
    esc(t.page.position(formatCount(report.position, language))),
  ];
  return items.map((item) => `<span>${item}</span>`).join(' · ');
}

function summarySection(report: PortfolioReport): string {
  return [
    '<section id="summary">',
    `<h2>${esc(REPORT_TEXTS[report.language].page.summary)}</h2>`,
    ...report.summary.map((sentence) => `<p>${esc(sentence)}</p>`),
    report.headlines.length === 0
      ? ''
      : `<div class="headlines">${report.headlines.map((h) => headline(h, report.language)).join('')}</div>`,
    '</section>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function headline(figure: HeadlineFigure, language: ReportLanguage): string {
  const note = figure.note === undefined ? '' : `<div class="note">${esc(figure.note)}</div>`;
  return (
    `<div class="headline" data-headline="${esc(figure.id)}">` +
    `<div class="label">${esc(figure.label)}</div>` +
    `<div class="value"${dataValue(figure.kind, figure.value)}>${esc(formatFigure(figure.kind, figure.value, language))}</div>` +
    `${note}</div>`
  );
}

function contents(report: PortfolioReport): string {
  const page = REPORT_TEXTS[report.language].page;
  const links = [
    { id: 'summary', title: page.summary },
    ...report.sections.map((s) => ({ id: s.id, title: s.title })),
  ];
  return [
    `<nav id="contents" aria-label="${esc(page.contents)}">`,
    `<h2>${esc(page.contents)}</h2>`,
    `<ol>${links.map((l) => `<li><a href="#${esc(l.id)}">${esc(l.title)}</a></li>`).join('')}</ol>`,
    '</nav>',
  ].join('\n');
}

function section(s: ReportSection, language: ReportLanguage): string {
  return [
    `<section id="${esc(s.id)}">`,
    `<h2>${esc(s.title)}</h2>`,
    `<p class="intro">${esc(s.intro)}</p>`,
    ...s.charts.map((c) => chart(c, language)),
    ...s.tables.map((t) => table(t, language)),
    '</section>',
  ].join('\n');
}

/** A chart under its caption, or, when it has nothing to draw, the sentence that says so. */
function chart(c: ReportChart, language: ReportLanguage): string {
  const empty = chartIsEmpty(c);
  return [
    `<figure class="chart${empty ? ' no-data' : ''}" data-chart="${esc(c.id)}">`,
    `<figcaption>${esc(c.title)}</figcaption>`,
    empty ? `<p class="no-data">${esc(c.noData)}</p>` : renderChartSvg(c, language),
    '</figure>',
  ].join('\n');
}

function table(t: ReportTable, language: ReportLanguage): string {
  const head = t.columns
    .map((c) => `<th scope="col"${alignClass(c)}>${esc(c.title)}</th>`)
    .join('');
  const body = t.rows.map((row) => `<tr>${cells(t.columns, row, false, language)}</tr>`).join('\n');
  const foot =
    t.total === undefined
      ? ''
      : `<tfoot><tr>${cells(t.columns, t.total, true, language)}</tr></tfoot>`;
  return [
    `<div class="table${t.columns.length > WIDE_TABLE_COLUMNS ? ' wide' : ''}">`,
    `<table data-table="${esc(t.id)}">`,
    `<caption>${esc(t.title)}<span class="description">${esc(t.description)}</span></caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body}\n</tbody>`,
    foot,
    '</table>',
    '</div>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function cells(
  columns: readonly ReportColumn[],
  row: ReportRow,
  isTotal: boolean,
  language: ReportLanguage,
): string {
  return columns
    .map((column, index) => {
      const value = row[column.key] ?? null;
      // The first cell of the totals row is its label ("Total"), whatever the column holds.
      if (isTotal && index === 0) {
        return `<th scope="row">${value === null ? '' : esc(String(value))}</th>`;
      }
      return `<td${alignClass(column)}${dataValue(column.kind, value)}>${esc(formatCell(column.kind, value, language))}</td>`;
    })
    .join('');
}

function alignClass(column: ReportColumn): string {
  return isNumericKind(column.kind) ? ' class="num"' : '';
}

/** The exact value behind a formatted figure, for whoever reads the page by machine. */
function dataValue(kind: ReportColumn['kind'], value: ReportCell): string {
  if (value === null || !isNumericKind(kind)) return '';
  return ` data-value="${esc(String(value))}"`;
}

/** Tables with more columns than this print on a landscape page of their own. */
const WIDE_TABLE_COLUMNS = 7;

const STYLE = [
  '@page{size:A4;margin:14mm 12mm 16mm}',
  '@page wide{size:A4 landscape;margin:12mm 12mm 14mm}',
  ':root{color-scheme:light}',
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:14px;line-height:1.45;color:#111;background:#fff;max-width:1100px;margin:0 auto;padding:24px 20px 48px}',
  'h1{font-size:26px;margin:0 0 6px}',
  'h2{font-size:20px;margin:32px 0 8px;padding-bottom:4px;border-bottom:2px solid #0b5394;break-after:avoid;page-break-after:avoid}',
  '.meta{color:#444;margin:0 0 16px}',
  '.meta span{white-space:nowrap}',
  // Wide enough for "999 999 999,99 EUR"; a longer figure wraps rather than leave its card.
  '.headlines{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:12px;margin:16px 0}',
  '.headline{border:1px solid #ccc;border-left:4px solid #0b5394;border-radius:4px;padding:10px 12px;break-inside:avoid;page-break-inside:avoid}',
  '.headline .label{font-size:12px;color:#444;text-transform:uppercase;letter-spacing:.03em}',
  '.headline .value{font-size:20px;font-weight:600;font-variant-numeric:tabular-nums;margin:2px 0;overflow-wrap:anywhere}',
  '.headline .note{font-size:12px;color:#444}',
  'nav ol{margin:4px 0 0;padding-left:22px}',
  'nav a{color:#0b5394}',
  '.intro{max-width:75ch}',
  'figure.chart{margin:16px 0 24px;break-inside:avoid;page-break-inside:avoid}',
  'figure.chart figcaption{font-weight:600;margin-bottom:4px}',
  'figure.chart svg{display:block;max-width:100%;height:auto}',
  'figure.chart p.no-data{color:#444;font-style:italic;margin:4px 0}',
  '.table{overflow-x:auto;margin:16px 0 24px}',
  'table{border-collapse:collapse;font-variant-numeric:tabular-nums;min-width:50%}',
  'caption{text-align:left;font-weight:600;padding-bottom:6px}',
  // A wide table scrolls sideways; its description must not run out of view with it.
  'caption .description{display:block;max-width:75ch;font-weight:normal;color:#444;font-size:13px}',
  'th,td{padding:4px 10px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}',
  'thead th{background:#e8eef6;border-bottom:2px solid #0b5394;font-weight:600;vertical-align:bottom}',
  '.num{text-align:right}',
  'td.num{white-space:nowrap}',
  'tbody td:first-child,tfoot th{white-space:nowrap}',
  'tbody tr:nth-child(even){background:#f7f7f7}',
  'tfoot th,tfoot td{font-weight:700;border-top:2px solid #555;border-bottom:none}',
  '@media print{',
  'body{font-size:10pt;max-width:none;padding:0}',
  // Up to a dozen columns must fit the width of a page.
  'table{font-size:8pt;width:100%}',
  'th,td{padding:2px 4px}',
  'caption .description{font-size:8.5pt}',
  '.table.wide{page:wide}',
  'h1{font-size:18pt}',
  'h2{font-size:13pt}',
  'section{break-before:auto}',
  'section+section{break-before:page;page-break-before:always}',
  'nav a{color:#111;text-decoration:none}',
  '.table{overflow:visible}',
  'thead{display:table-header-group}',
  'tfoot{display:table-row-group}',
  'tr{break-inside:avoid;page-break-inside:avoid}',
  'tbody tr:nth-child(even){background:none}',
  'thead th{background:none}',
  '.headline{border-left-width:2px}',
  '}',
].join('');
