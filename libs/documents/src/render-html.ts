import type { AddressBlock, Block, DocumentModel, Section } from './model';
import { sectionTitle } from './model';
import { escapeHtml as esc } from './sanitize';

/**
 * One self-contained, printable HTML page: UTF-8, inline CSS, no script, nothing fetched (the
 * Content-Security-Policy forbids it as well). Every string of the model is escaped and placed
 * as element content, never in an attribute.
 */
export function renderHtml(model: DocumentModel): string {
  const parts = [
    '<!DOCTYPE html>',
    `<html lang="${esc(model.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(model.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<p class="sender"><strong>${esc(model.author)}</strong>${model.sender.map((line) => `<br>${esc(line)}`).join('')}</p>`,
    `<h1>${esc(model.title)}</h1>`,
    model.subtitle === undefined ? '' : `<p class="subtitle">${esc(model.subtitle)}</p>`,
    `<p class="reference">${esc(model.referenceLine)}</p>`,
    model.addressees.length === 0
      ? ''
      : `<div class="addressees">${model.addressees.map(addressBlock).join('')}</div>`,
    '</header>',
    '<main>',
    ...model.sections.map(section),
    '</main>',
    `<footer>${model.footer.map((line) => `<p>${esc(line)}</p>`).join('')}</footer>`,
    '</body>',
    '</html>',
    '',
  ];
  return parts.filter((part) => part !== '').join('\n');
}

function addressBlock(block: AddressBlock): string {
  const label = block.label === undefined ? '' : `<p class="label">${esc(block.label)}</p>`;
  const lines = block.lines.map(esc).join('<br>');
  return `<address>${label}<p>${lines}</p></address>`;
}

function section(s: Section): string {
  const title = sectionTitle(s);
  const heading = title === undefined ? '' : `<h2>${esc(title)}</h2>`;
  return `<section>${heading}${s.blocks.map(block).join('')}</section>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'rows':
      return `<table class="rows"><tbody>${b.rows
        .map((r) => `<tr><th scope="row">${esc(r.label)}</th><td>${esc(r.value)}</td></tr>`)
        .join('')}</tbody></table>`;
    case 'list':
      return `<ul>${b.items.map((item) => `<li>${esc(item)}</li>`).join('')}</ul>`;
    case 'link':
      // The address as text: the page refers to nothing on the network.
      return `<p class="link">${esc(b.text)} <span class="url">${esc(b.url)}</span></p>`;
    case 'table': {
      // The alignment is one of two fixed class names, never text of the model.
      const cls = (i: number) => (b.columns[i]?.align === 'right' ? ' class="num"' : '');
      const head = b.columns.map((c, i) => `<th scope="col"${cls(i)}>${esc(c.label)}</th>`);
      const body = b.rows.map(
        (cells) => `<tr>${cells.map((cell, i) => `<td${cls(i)}>${esc(cell)}</td>`).join('')}</tr>`,
      );
      return `<table class="table"><thead><tr>${head.join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
    }
  }
}

const STYLE = [
  '@page{size:A4;margin:18mm 18mm 20mm}',
  'body{font-family:Helvetica,Arial,sans-serif;font-size:10.5pt;line-height:1.4;color:#111;max-width:175mm;margin:0 auto;padding:8mm 0}',
  'p,td,th,li,address{white-space:pre-line}',
  '.sender{font-size:9pt;color:#444;margin:0 0 6mm}',
  'h1{font-size:17pt;margin:0 0 1mm}',
  '.subtitle{margin:0 0 1mm;color:#333}',
  '.reference{margin:0 0 5mm;font-size:9.5pt;color:#444}',
  '.addressees{display:flex;flex-wrap:wrap;gap:6mm 14mm;margin-bottom:4mm}',
  'address{font-style:normal}',
  'address p{margin:0}',
  'address .label{font-size:8.5pt;color:#555}',
  'h2{font-size:12pt;margin:5mm 0 1.5mm;break-after:avoid;page-break-after:avoid}',
  'section{margin:0}',
  '.rows{border-collapse:collapse;width:100%;margin:1mm 0 2mm}',
  '.rows tr{break-inside:avoid;page-break-inside:avoid}',
  '.rows th{text-align:left;font-weight:normal;color:#444;width:36%;padding:1mm 4mm 1mm 0;vertical-align:top}',
  '.rows td{padding:1mm 0;vertical-align:top}',
  '.table{border-collapse:collapse;width:100%;margin:1mm 0 2mm;font-size:9pt}',
  '.table thead{display:table-header-group}',
  '.table tr{break-inside:avoid;page-break-inside:avoid}',
  '.table th{text-align:left;font-weight:bold;border-bottom:1px solid #999;padding:1mm 2mm 1mm 0;vertical-align:bottom}',
  '.table td{padding:0.6mm 2mm 0.6mm 0;vertical-align:top;border-bottom:1px solid #eee}',
  '.table .num{text-align:right;white-space:pre}',
  'ul{margin:1mm 0 2mm;padding-left:6mm}',
  'li{break-inside:avoid;page-break-inside:avoid;margin-bottom:1mm}',
  '.url{font-family:monospace;word-break:break-all}',
  'footer{margin-top:8mm;border-top:1px solid #999;padding-top:2mm;font-size:8.5pt;color:#555}',
  'footer p{margin:0}',
].join('');
