import ExcelJS from 'exceljs';
import { Dec, parseBusinessDate, parseMonth } from '@loanbook/domain';
import { reportTables } from '../model';
import type {
  ColumnKind,
  HeadlineFigure,
  PortfolioReport,
  ReportCell,
  ReportColumn,
  ReportRow,
  ReportTable,
} from '../model';
import { formatCell, formatFigure, formatLongDate, isMoneyText } from './format';
import { neutraliseFormula } from './tabular';

/** Excel number formats by kind; amounts stay numbers, so analysts can sum and pivot them. */
export const XLSX_FORMATS = {
  money: '#,##0.00 "EUR"',
  ratio: '0.00%',
  integer: '#,##0',
  date: 'yyyy-mm-dd',
  instant: 'yyyy-mm-dd hh:mm:ss "UTC"',
} as const;

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDCE6F1' },
};
const HEADER_BORDER: Partial<ExcelJS.Borders> = {
  bottom: { style: 'thin', color: { argb: 'FF0B5394' } },
};
const TOTAL_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FF555555' } },
};

/**
 * The report as a workbook: a "Summary" sheet (title, dates, the summary sentences, the headline
 * figures), then one sheet per table with a bold, filled, frozen header row, an autofilter over
 * the rows, typed cells (money, ratios and counts as numbers with formats, dates as dates, months
 * as text) and a bold totals row. Each table's description is the note on its A1.
 */
export async function renderXlsx(report: PortfolioReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Loanbook';
  workbook.lastModifiedBy = 'Loanbook';
  workbook.title = report.title;
  workbook.created = instant(report.generatedAt);
  workbook.modified = instant(report.generatedAt);

  const names = new SheetNames();
  summarySheet(workbook.addWorksheet(names.take('Summary')), report);
  for (const table of reportTables(report)) {
    tableSheet(workbook, names.take(table.title), table, report);
  }
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/**
 * The exact number of a decimal string, for a numeric cell. A double holds up to 15–17
 * significant digits; an amount it cannot hold exactly is refused rather than shown a cent off.
 */
export function exactNumber(decimal: string): number {
  if (typeof decimal !== 'string' || !/^-?\d+(\.\d+)?$/.test(decimal)) {
    throw new RangeError(`${JSON.stringify(decimal)} is not a decimal`);
  }
  const value = new Dec(decimal);
  // Dec writes the canonical form: no trailing zeros, no exponent, "0" for zero.
  const canonical = value.isZero() ? '0' : value.toString();
  const number = Number(decimal);
  if (String(number === 0 ? 0 : number) !== canonical) {
    throw new RangeError(`${decimal} cannot be written as an exact spreadsheet number`);
  }
  return number === 0 ? 0 : number;
}

/**
 * Sheet names: at most 31 characters, none of []:*?/\, not starting or ending with an
 * apostrophe, unique without regard to case, and not Excel's reserved "History".
 */
export class SheetNames {
  private readonly used = new Set<string>(['history']);

  take(title: string): string {
    const base =
      title
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^'+|'+$/g, '')
        .trim() || 'Table';
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      const name = shorten(base, 31 - suffix.length) + suffix;
      if (!this.used.has(name.toLowerCase())) {
        this.used.add(name.toLowerCase());
        return name;
      }
    }
  }
}

/** Cut at a word boundary when one is not too far back: "Outstanding portfolio by", not "… by produc". */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space >= max / 2 ? cut.slice(0, space) : cut).replace(/[\s\-–,;.]+$/, '') || cut;
}

function summarySheet(ws: ExcelJS.Worksheet, report: PortfolioReport): void {
  ws.properties.defaultRowHeight = 16;
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 24;
  ws.getColumn(3).width = 60;

  const title = ws.addRow([report.title]);
  title.font = { bold: true, size: 16 };
  ws.addRow([]);

  const facts: [string, (cell: ExcelJS.Cell) => void][] = [
    ['As of', (c) => writeCell(c, 'date', report.asOf)],
    ['Period from', (c) => writeCell(c, 'date', report.period.from)],
    ['Period to', (c) => writeCell(c, 'date', report.period.to)],
    [
      'Known at',
      (c) => {
        if (report.knownAt === null) c.value = 'all events recorded so far';
        else writeInstant(c, report.knownAt);
      },
    ],
    ['Generated at', (c) => writeInstant(c, report.generatedAt)],
    ['Log position', (c) => writeCell(c, 'integer', report.position)],
  ];
  for (const [label, write] of facts) {
    const row = ws.addRow([label]);
    row.getCell(1).font = { bold: true };
    write(row.getCell(2));
    row.getCell(2).alignment = { horizontal: 'left' };
  }

  ws.addRow([]);
  ws.addRow(['Summary']).font = { bold: true, size: 13 };
  for (const sentence of report.summary) ws.addRow([sentence]);

  if (report.headlines.length > 0) {
    ws.addRow([]);
    const header = ws.addRow(['Figure', 'Value', 'Note']);
    styleHeader(header, 3);
    for (const figure of report.headlines) headlineRow(ws, figure);
  }
  ws.pageSetup = { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function headlineRow(ws: ExcelJS.Worksheet, figure: HeadlineFigure): void {
  const row = ws.addRow([figure.label]);
  writeCell(row.getCell(2), figure.kind, figure.value);
  if (figure.value === null) row.getCell(2).value = formatFigure(figure.kind, null);
  row.getCell(2).alignment = { horizontal: 'right' };
  if (figure.note !== undefined) row.getCell(3).value = figure.note;
}

function tableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  table: ReportTable,
  report: PortfolioReport,
): void {
  const ws = workbook.addWorksheet(name, {
    // The header stays row 1, so the frozen pane and the autofilter start there.
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    headerFooter: {
      oddHeader: `&L${footerText(table.title)}&R${footerText(`As of ${formatLongDate(report.asOf)}`)}`,
      oddFooter: `&L${footerText(report.title)}&RPage &P of &N`,
    },
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  const columnCount = table.columns.length;

  const header = ws.addRow(table.columns.map((c) => c.title));
  styleHeader(header, columnCount);
  header.getCell(1).note = table.description;

  for (const row of table.rows) {
    const added = ws.addRow([]);
    table.columns.forEach((column, i) =>
      writeCell(added.getCell(i + 1), column.kind, cell(row, column)),
    );
  }
  if (columnCount > 0) {
    ws.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1 + table.rows.length, column: columnCount },
    };
  }
  if (table.total !== undefined) totalRow(ws, table.columns, table.total);

  table.columns.forEach((column, i) => {
    ws.getColumn(i + 1).width = columnWidth(table, column);
  });
}

function totalRow(ws: ExcelJS.Worksheet, columns: readonly ReportColumn[], total: ReportRow): void {
  const row = ws.addRow([]);
  columns.forEach((column, i) => {
    const value = cell(total, column);
    // The first cell of the totals row is its label ("Total"), whatever the column holds.
    if (i === 0) row.getCell(1).value = value === null ? null : String(value);
    else writeCell(row.getCell(i + 1), column.kind, value);
    row.getCell(i + 1).border = TOTAL_BORDER;
  });
  row.font = { bold: true };
}

function styleHeader(row: ExcelJS.Row, columnCount: number): void {
  row.font = { bold: true };
  for (let i = 1; i <= columnCount; i++) {
    const c = row.getCell(i);
    c.fill = HEADER_FILL;
    c.border = HEADER_BORDER;
    c.alignment = { vertical: 'middle', wrapText: true };
  }
}

/** A cell of the model into a spreadsheet cell of its kind; null stays empty. */
function writeCell(target: ExcelJS.Cell, kind: ColumnKind, value: ReportCell): void {
  if (value === null) return;
  switch (kind) {
    case 'text':
      target.value = neutraliseFormula(String(value));
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
        throw new RangeError(`${JSON.stringify(value)} is not a count`);
      }
      target.value = value;
      target.numFmt = XLSX_FORMATS.integer;
      return;
    case 'label-number':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
        throw new RangeError(`${JSON.stringify(value)} is not a whole-number label`);
      }
      target.value = value;
      return;
    case 'money':
      if (!isMoneyText(value)) {
        throw new RangeError(`${JSON.stringify(value)} is not an amount with two decimals`);
      }
      target.value = exactNumber(value);
      target.numFmt = XLSX_FORMATS.money;
      return;
    case 'ratio':
      if (typeof value !== 'string') {
        throw new RangeError(`a ratio cell holds a decimal string, got the number ${value}`);
      }
      target.value = exactNumber(value);
      target.numFmt = XLSX_FORMATS.ratio;
      return;
    case 'date': {
      const date = parseBusinessDate(value);
      // UTC midnight: Excel's date serial is then a whole day, whatever the machine's zone.
      target.value = new Date(Date.UTC(date.year(), date.monthValue() - 1, date.dayOfMonth()));
      target.numFmt = XLSX_FORMATS.date;
      return;
    }
    case 'month':
      // Text: a month is not a day, and "2021-05" sorts as text.
      target.value = parseMonth(value).toString();
      return;
  }
}

function writeInstant(target: ExcelJS.Cell, iso: string): void {
  target.value = instant(iso);
  target.numFmt = XLSX_FORMATS.instant;
}

function instant(iso: string): Date {
  const date = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(date.getTime())) {
    throw new RangeError(`${JSON.stringify(iso)} is not an ISO instant`);
  }
  return date;
}

function cell(row: ReportRow, column: ReportColumn): ReportCell {
  return row[column.key] ?? null;
}

/** Wide enough for the header and the widest formatted cell, within reason. */
function columnWidth(table: ReportTable, column: ReportColumn): number {
  const extra = column.kind === 'money' ? 4 : 0; // the " EUR" of the number format
  const rows = [...table.rows, ...(table.total === undefined ? [] : [table.total])];
  const widest = rows.reduce((max, row, index) => {
    const value = cell(row, column);
    const isTotalLabel =
      table.total !== undefined && index === rows.length - 1 && column === table.columns[0];
    const text = isTotalLabel ? String(value ?? '') : formatCell(column.kind, value);
    return Math.max(max, text.length + extra);
  }, column.title.length);
  // At least 10: exceljs leaves out a width of 9, its default, and Excel's own is narrower.
  return Math.min(Math.max(widest + 2, 10), 60);
}

/** Header and footer text: "&" starts a code there, so a literal one is doubled. */
function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}
