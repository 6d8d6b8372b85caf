import type { Block, DocumentModel, TableColumn } from './model';
import { sectionTitle } from './model';
import { cleanText } from './sanitize';

/** The model as plain text (UTF-8): for an e-mail body, a log, or a quick look in a terminal. */
export function renderText(model: DocumentModel): string {
  const out: string[] = [model.author, ...model.sender, '', model.title.toUpperCase()];
  if (model.subtitle !== undefined) out.push(model.subtitle);
  out.push(model.referenceLine, '');
  for (const block of model.addressees) {
    if (block.label !== undefined) out.push(`${block.label}:`);
    out.push(...block.lines, '');
  }
  for (const section of model.sections) {
    const title = sectionTitle(section);
    if (title !== undefined) out.push(title, '-'.repeat(Math.min(title.length, 72)));
    for (const block of section.blocks) out.push(...blockLines(block), '');
  }
  out.push('--', ...model.footer, '');
  return cleanText(out.join('\n'));
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.text];
    case 'rows':
      return block.rows.map(
        // "Kan de rentevoet wijzigen? Nee", but "Looptijd: 60 maanden".
        (row) =>
          `${row.label}${/[?:]$/.test(row.label) ? '' : ':'} ${row.value.replace(/\n/g, '\n    ')}`,
      );
    case 'list':
      return block.items.map((item) => `  - ${item}`);
    case 'link':
      return [`${block.text} ${block.url}`];
    case 'table':
      return tableLines(block.columns, block.rows);
  }
}

/** Columns padded to their widest cell, amounts to the right; a cell's later lines below it. */
function tableLines(
  columns: readonly TableColumn[],
  body: readonly (readonly string[])[],
): string[] {
  const all = [columns.map((c) => c.label), ...body];
  const widths = columns.map((_, i) =>
    Math.max(...all.flatMap((cells) => (cells[i] ?? '').split('\n').map((l) => l.length))),
  );
  const line = (cells: readonly string[]): string[] => {
    const split = columns.map((_, i) => (cells[i] ?? '').split('\n'));
    const height = Math.max(...split.map((s) => s.length));
    return Array.from({ length: height }, (_, l) =>
      columns
        .map((c, i) => {
          const text = split[i][l] ?? '';
          return c.align === 'right' ? text.padStart(widths[i]) : text.padEnd(widths[i]);
        })
        .join('  ')
        .trimEnd(),
    );
  };
  return [
    ...line(all[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.flatMap((cells) => line(cells)),
  ];
}
