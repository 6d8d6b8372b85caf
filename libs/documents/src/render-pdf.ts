import PDFDocument from 'pdfkit';
import type { AddressBlock, Block, DocumentModel, Row, Section, TableColumn } from './model';
import { sectionTitle } from './model';
import { cleanText, toWinAnsi } from './sanitize';

// A4 in points; 56 pt is about 20 mm. The bottom margin keeps room for the footer.
const MARGIN = { top: 56, left: 56, right: 56, bottom: 84 } as const;
const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold' } as const;
const SIZE = { body: 10.5, small: 9, footer: 7.5, heading: 12, title: 17, subtitle: 11 } as const;
const COLOUR = { text: '#111111', muted: '#555555', rule: '#999999' } as const;
const LINE_GAP = 1.5;
const LABEL_SHARE = 0.36;
const COLUMN_GAP = 10;
const BULLET_INDENT = 14;
const PAGE_LABEL_WIDTH = 80;
const HEADING_GAP = 3;
const CELL_GAP = 6;
const CELL_PADDING = 2;

const PAGE_LABEL = {
  nl: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
  fr: (page: number, pages: number) => `Page ${page} sur ${pages}`,
  en: (page: number, pages: number) => `Page ${page} of ${pages}`,
} as const;

const PDF_LANG = { nl: 'nl-BE', fr: 'fr-BE', en: 'en' } as const;

/**
 * The model as an A4 PDF in the standard Helvetica fonts (no font file is embedded). A
 * label/value row, a table row, a list item, an address block and a heading with what follows
 * it are never split over two pages; a long paragraph may be, and a table runs on with its
 * header repeated. The metadata's dates are the document's own
 * date, so the same model always gives the same bytes.
 */
export function renderPdf(model: DocumentModel): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const dated = pdfDate(model);
    const doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      lang: PDF_LANG[model.language],
      displayTitle: true,
      info: {
        Title: cleanText(model.title),
        Author: cleanText(model.author),
        ...(model.subject === undefined ? {} : { Subject: cleanText(model.subject) }),
        Creator: 'Loanbook',
        Producer: 'Loanbook (PDFKit)',
        CreationDate: dated,
        ModDate: dated,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      new PdfLayout(doc).write(model);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}

/** Midnight UTC of the document's date: pdfkit writes it as D:YYYYMMDD000000Z. */
function pdfDate(model: DocumentModel): Date {
  const date = model.date;
  return new Date(Date.UTC(date.year(), date.monthValue() - 1, date.dayOfMonth()));
}

class PdfLayout {
  private readonly width: number;
  private readonly left = MARGIN.left;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    this.width = doc.page.width - MARGIN.left - MARGIN.right;
  }

  write(model: DocumentModel): void {
    this.letterhead(model);
    for (const block of model.addressees) this.address(block);
    for (const section of model.sections) this.section(section);
    this.footers(model);
  }

  private letterhead(model: DocumentModel): void {
    const doc = this.doc;
    this.style(FONT.bold, SIZE.small, COLOUR.muted);
    doc.text(toWinAnsi(model.author), this.left, MARGIN.top, this.opts());
    this.style(FONT.regular, SIZE.small, COLOUR.muted);
    for (const line of model.sender) doc.text(toWinAnsi(line), this.opts());
    doc.moveDown(1.5);
    this.style(FONT.bold, SIZE.title, COLOUR.text);
    doc.text(toWinAnsi(model.title), this.opts());
    if (model.subtitle !== undefined) {
      this.style(FONT.regular, SIZE.subtitle, COLOUR.text);
      doc.text(toWinAnsi(model.subtitle), this.opts());
    }
    this.style(FONT.regular, SIZE.small, COLOUR.muted);
    doc.moveDown(0.3);
    doc.text(toWinAnsi(model.referenceLine), this.opts());
    doc.moveDown(1);
  }

  private address(block: AddressBlock): void {
    const doc = this.doc;
    const label = block.label === undefined ? undefined : toWinAnsi(block.label);
    const lines = toWinAnsi(block.lines.join('\n'));
    this.keep(
      (label === undefined ? 0 : this.height(label, FONT.regular, SIZE.footer)) +
        this.height(lines, FONT.regular, SIZE.body),
    );
    if (label !== undefined) {
      this.style(FONT.regular, SIZE.footer, COLOUR.muted);
      doc.text(label, this.left, doc.y, this.opts());
    }
    this.style(FONT.regular, SIZE.body, COLOUR.text);
    doc.text(lines, this.left, doc.y, this.opts());
    doc.moveDown(0.8);
  }

  private section(section: Section): void {
    const doc = this.doc;
    const title = sectionTitle(section);
    if (title === undefined) {
      for (const block of section.blocks) this.block(block);
      return;
    }
    const heading = toWinAnsi(title);
    const spaceBefore = SIZE.heading * 0.6;
    const first = section.blocks[0];
    // Keep the heading with what follows: all of a short first block, else its first row,
    // item or two lines.
    this.keep(
      spaceBefore +
        this.height(heading, FONT.bold, SIZE.heading) +
        HEADING_GAP +
        (first === undefined ? 0 : this.keptWithHeading(first)),
    );
    if (doc.y > MARGIN.top) doc.y += spaceBefore;
    this.style(FONT.bold, SIZE.heading, COLOUR.text);
    doc.text(heading, this.left, doc.y, this.opts());
    doc.y += HEADING_GAP;
    for (const block of section.blocks) this.block(block);
  }

  private block(block: Block): void {
    switch (block.kind) {
      case 'paragraph':
        return this.paragraph(block.text);
      case 'rows':
        for (const row of block.rows) this.row(row);
        this.doc.y += 3;
        return;
      case 'list':
        for (const item of block.items) this.item(item);
        this.doc.y += 3;
        return;
      case 'link':
        return this.link(block.text, block.url);
      case 'table':
        this.table(block.columns, block.rows);
        this.doc.y += 3;
        return;
    }
  }

  private table(columns: readonly TableColumn[], body: readonly (readonly string[])[]): void {
    const doc = this.doc;
    const header = columns.map((c) => toWinAnsi(c.label));
    const first = body[0]?.map(toWinAnsi);
    this.keep(
      this.cellsHeight(header, columns, FONT.bold) +
        (first === undefined ? 0 : this.cellsHeight(first, columns, FONT.regular)),
    );
    this.cells(header, columns, FONT.bold);
    for (const cells of body) {
      const texts = cells.map(toWinAnsi);
      if (doc.y + this.cellsHeight(texts, columns, FONT.regular) > doc.page.maxY()) {
        doc.addPage();
        doc.x = this.left;
        doc.y = MARGIN.top;
        this.cells(header, columns, FONT.bold);
      }
      this.cells(texts, columns, FONT.regular);
    }
  }

  /** One table row, its cells side by side; the header's is ruled off below. */
  private cells(texts: readonly string[], columns: readonly TableColumn[], font: string): void {
    const doc = this.doc;
    const widths = this.columnWidths(columns);
    const top = doc.y;
    let x = this.left;
    let bottom = top;
    this.style(font, SIZE.small, COLOUR.text);
    columns.forEach((column, i) => {
      doc.text(texts[i] ?? '', x, top, {
        width: widths[i],
        lineGap: LINE_GAP,
        align: column.align ?? 'left',
      });
      bottom = Math.max(bottom, doc.y);
      x += widths[i] + CELL_GAP;
    });
    doc.x = this.left;
    doc.y = bottom + CELL_PADDING;
    if (font === FONT.bold) {
      doc
        .moveTo(this.left, doc.y - 1)
        .lineTo(this.left + this.width, doc.y - 1)
        .lineWidth(0.5)
        .strokeColor(COLOUR.rule)
        .stroke();
      doc.y += CELL_PADDING;
    }
  }

  private cellsHeight(
    texts: readonly string[],
    columns: readonly TableColumn[],
    font: string,
  ): number {
    const widths = this.columnWidths(columns);
    const heights = columns.map((_, i) => this.height(texts[i] ?? '', font, SIZE.small, widths[i]));
    return Math.max(0, ...heights) + (font === FONT.bold ? 2 * CELL_PADDING : CELL_PADDING);
  }

  /** Each column's text width: the page's width less the gaps, shared by the weights. */
  private columnWidths(columns: readonly TableColumn[]): number[] {
    const weights = columns.map((c) => c.weight ?? 1);
    const total = weights.reduce((a, b) => a + b, 0);
    const free = this.width - CELL_GAP * (columns.length - 1);
    return weights.map((w) => (free * w) / total);
  }

  private paragraph(text: string): void {
    const doc = this.doc;
    // A paragraph may run on to the next page, but does not start with a lone line.
    this.keep(Math.min(this.height(toWinAnsi(text), FONT.regular, SIZE.body), this.lines(2)));
    this.style(FONT.regular, SIZE.body, COLOUR.text);
    doc.text(toWinAnsi(text), this.left, doc.y, this.opts());
    doc.y += 4;
  }

  private row(row: Row): void {
    const doc = this.doc;
    const label = toWinAnsi(row.label);
    const value = toWinAnsi(row.value);
    const labelWidth = this.width * LABEL_SHARE;
    const valueWidth = this.width - labelWidth - COLUMN_GAP;
    this.keep(this.rowHeight(row));
    const top = doc.y;
    const page = doc.page;
    this.style(FONT.regular, SIZE.small, COLOUR.muted);
    doc.text(label, this.left, top + (SIZE.body - SIZE.small), this.opts(labelWidth));
    const labelBottom = doc.y;
    this.style(FONT.regular, SIZE.body, COLOUR.text);
    doc.text(value, this.left + labelWidth + COLUMN_GAP, top, this.opts(valueWidth));
    doc.x = this.left;
    // Only a value longer than a whole page runs on to the next one; then the label is behind.
    doc.y = (doc.page === page ? Math.max(labelBottom, doc.y) : doc.y) + 3;
  }

  private rowHeight(row: Row): number {
    const labelWidth = this.width * LABEL_SHARE;
    const valueWidth = this.width - labelWidth - COLUMN_GAP;
    return Math.max(
      SIZE.body -
        SIZE.small +
        this.height(toWinAnsi(row.label), FONT.regular, SIZE.small, labelWidth),
      this.height(toWinAnsi(row.value), FONT.regular, SIZE.body, valueWidth),
    );
  }

  private item(item: string): void {
    const doc = this.doc;
    const text = toWinAnsi(item);
    const width = this.width - BULLET_INDENT;
    this.keep(this.height(text, FONT.regular, SIZE.body, width));
    const top = doc.y;
    this.style(FONT.regular, SIZE.body, COLOUR.text);
    doc.text('\u2022', this.left + 3, top, this.opts(BULLET_INDENT));
    doc.text(text, this.left + BULLET_INDENT, top, this.opts(width));
    doc.x = this.left;
    doc.y += 2;
  }

  private link(text: string, url: string): void {
    const doc = this.doc;
    const lead = toWinAnsi(text);
    const address = toWinAnsi(url);
    this.keep(this.linkHeight(lead, address));
    this.style(FONT.regular, SIZE.body, COLOUR.text);
    doc.text(lead, this.left, doc.y, this.opts());
    // On a line of its own: a line break inside "https://www..." would cut the address in two.
    doc.text(address, this.left, doc.y, { ...this.opts(), link: url });
    doc.y += 4;
  }

  /** Every page's footer and page number, drawn in the bottom margin once the pages are known. */
  private footers(model: DocumentModel): void {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    const label = PAGE_LABEL[model.language];
    const footer = model.footer.map(toWinAnsi);
    for (let index = 0; index < range.count; index++) {
      doc.switchToPage(range.start + index);
      // Writing below the bottom margin would otherwise start a new page.
      doc.page.margins.bottom = 0;
      const top = doc.page.height - MARGIN.bottom + 26;
      doc
        .moveTo(this.left, top - 6)
        .lineTo(this.left + this.width, top - 6)
        .lineWidth(0.5)
        .strokeColor(COLOUR.rule)
        .stroke();
      this.style(FONT.regular, SIZE.footer, COLOUR.muted);
      // Up to four lines beside the page number; anything longer ends in an ellipsis.
      const lineHeight = doc.currentLineHeight(true) + LINE_GAP;
      doc.text(footer.join('\n'), this.left, top, {
        width: this.width - PAGE_LABEL_WIDTH,
        height: lineHeight * 4,
        ellipsis: true,
        lineGap: LINE_GAP,
      });
      doc.text(label(index + 1, range.count), this.left, top, {
        width: this.width,
        align: 'right',
        lineBreak: false,
      });
      doc.page.margins.bottom = MARGIN.bottom;
    }
  }

  /** Starts a new page unless `height` fits on this one (or this page is still empty). */
  private keep(height: number): void {
    const doc = this.doc;
    if (doc.y + height > doc.page.maxY() && doc.y > MARGIN.top + 1) {
      doc.addPage();
      doc.x = this.left;
      doc.y = MARGIN.top;
    }
  }

  private keptWithHeading(block: Block): number {
    const whole = this.blockHeight(block);
    return whole <= (this.doc.page.maxY() - MARGIN.top) / 4 ? whole : this.firstUnitHeight(block);
  }

  private blockHeight(block: Block): number {
    switch (block.kind) {
      case 'paragraph':
      case 'link':
        return this.firstUnitHeight(block);
      case 'rows':
        return block.rows.reduce((sum, row) => sum + this.rowHeight(row) + 3, 0);
      case 'list':
        return block.items.reduce(
          (sum, item) =>
            sum +
            this.height(toWinAnsi(item), FONT.regular, SIZE.body, this.width - BULLET_INDENT) +
            2,
          0,
        );
      case 'table':
        return [block.columns.map((c) => c.label), ...block.rows].reduce(
          (sum, cells, i) =>
            sum +
            this.cellsHeight(
              cells.map(toWinAnsi),
              block.columns,
              i === 0 ? FONT.bold : FONT.regular,
            ),
          0,
        );
    }
  }

  private firstUnitHeight(block: Block): number {
    switch (block.kind) {
      case 'paragraph':
        return Math.min(this.height(toWinAnsi(block.text), FONT.regular, SIZE.body), this.lines(2));
      case 'rows':
        return block.rows.length === 0 ? 0 : this.rowHeight(block.rows[0]);
      case 'list':
        return block.items.length === 0
          ? 0
          : this.height(
              toWinAnsi(block.items[0]),
              FONT.regular,
              SIZE.body,
              this.width - BULLET_INDENT,
            );
      case 'link':
        return this.linkHeight(toWinAnsi(block.text), toWinAnsi(block.url));
      case 'table':
        return (
          this.cellsHeight(
            block.columns.map((c) => toWinAnsi(c.label)),
            block.columns,
            FONT.bold,
          ) +
          (block.rows[0] === undefined
            ? 0
            : this.cellsHeight(block.rows[0].map(toWinAnsi), block.columns, FONT.regular))
        );
    }
  }

  private linkHeight(lead: string, address: string): number {
    return (
      this.height(lead, FONT.regular, SIZE.body) + this.height(address, FONT.regular, SIZE.body)
    );
  }

  private height(text: string, font: string, size: number, width = this.width): number {
    this.doc.font(font).fontSize(size);
    return this.doc.heightOfString(text, { width, lineGap: LINE_GAP });
  }

  private lines(count: number): number {
    this.doc.font(FONT.regular).fontSize(SIZE.body);
    return count * (this.doc.currentLineHeight(true) + LINE_GAP);
  }

  private style(font: string, size: number, colour: string): void {
    this.doc.font(font).fontSize(size).fillColor(colour);
  }

  private opts(width = this.width): PDFKit.Mixins.TextOptions {
    return { width, lineGap: LINE_GAP };
  }
}
