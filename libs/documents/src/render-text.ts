import type { Block, DocumentModel } from './model';
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
  }
}
