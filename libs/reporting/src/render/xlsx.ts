import ExcelJS from 'exceljs';
import { Dec, parseBusinessDate, parseMonth } from '@loanbook/domain';
import { brusselsWallClock, formatDate, formatInstant } from '@loanbook/locale';
import { REPORT_TEXTS } from '../i18n';
import { reportTables } from '../model';
import type {
  ColumnKind,
  PortfolioReport,
  ReportCell,
  ReportColumn,
  ReportFigure,
  ReportLanguage,
  ReportRow,
  ReportTable,
} from '../model';
import { formatCell, isMoneyText, NO_VALUE } from './format';
import { neutraliseFormula } from './tabular';

/** Excel's locale ids: month names in the report's language whatever the reader's Excel speaks. */
const EXCEL_LOCALE: Readonly<Record<ReportLanguage, string>> = {
  nl: '[$-813]', // nl-BE
  fr: '[$-80C]', // fr-BE
  en: '[$-809]', // en-GB
};

export interface XlsxFormats {
  readonly money: string;
  readonly ratio: string;
  readonly integer: string;
  readonly date: string;
  readonly month: string;
  readonly instant: string;
}

/**
 * Excel number formats by kind, in the report's language; amounts, ratios, dates and months stay
 * numbers, so analysts can sum, sort and pivot them. The separators are the reader's Excel's
 * (a format code always writes "#,##0.00"); the currency goes where the language puts it.
 */
export function xlsxFormats(language: ReportLanguage): XlsxFormats {
  const locale = EXCEL_LOCALE[language];
  return {
    money: language === 'en' ? '"EUR "#,##0.00;"EUR "-#,##0.00' : '#,##0.00 "EUR"',
    ratio: '0.00 %',
    integer: '#,##0',
    date: `${locale}d mmmm yyyy`,
    month: `${locale}mmmm yyyy`,
    instant: `${locale}d mmmm yyyy hh:mm:ss`,
  };
}

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
 * The report as a workbook in its language: a summary sheet (title, dates, then every figure of
 * the summary on a labelled row, typed), then one sheet per table, named after it, with a bold,
 * filled, frozen header row, an autofilter over the rows, typed cells (money, ratios and counts
 * as numbers with formats, dates as dates, months as the first day of the month shown as a
 * month) and a bold totals row; columns as wide as their figures. Each table's description is
 * the note on its A1. Instants are Brussels' wall clock: a spreadsheet has no zones.
 */
export async function renderXlsx(report: PortfolioReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Loanbook';
  workbook.lastModifiedBy = 'Loanbook';
  workbook.title = report.title;
  workbook.created = instant(report.generatedAt);
  workbook.modified = instant(report.generatedAt);

  const names = new SheetNames();
  summarySheet(
    workbook.addWorksheet(names.take(REPORT_TEXTS[report.language].workbook.summarySheet)),
    report,
  );
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
  const language = report.language;
  const w = REPORT_TEXTS[language].workbook;
  const formats = xlsxFormats(language);
  ws.properties.defaultRowHeight = 16;

  const title = ws.addRow([report.title]);
  title.font = { bold: true, size: 16 };
  ws.addRow([]);

  const facts: [string, (cell: ExcelJS.Cell) => void][] = [
    [w.asOf, (c) => writeCell(c, 'date', report.asOf, language)],
    [w.periodFrom, (c) => writeCell(c, 'date', report.period.from, language)],
    [w.periodTo, (c) => writeCell(c, 'date', report.period.to, language)],
    [
      w.knownAt,
      (c) => {
        if (report.knownAt === null) c.value = w.allEvents;
        else writeInstant(c, report.knownAt, formats);
      },
    ],
    [w.generatedAt, (c) => writeInstant(c, report.generatedAt, formats)],
    [w.position, (c) => writeCell(c, 'integer', report.position, language)],
  ];
  for (const [label, write] of facts) {
    const row = ws.addRow([label]);
    row.getCell(1).font = { bold: true };
    write(row.getCell(2));
    row.getCell(2).alignment = { horizontal: 'left' };
  }

  if (report.figures.length > 0) {
    ws.addRow([]);
    ws.addRow([w.keyFigures]).font = { bold: true, size: 13 };
    const header = ws.addRow([w.figure, w.value]);
    styleHeader(header, 2);
    for (const figure of report.figures) figureRow(ws, figure, language);
  }

  // As wide as the longest label and the widest value, as the reader's Excel would show them.
  const labels = [...facts.map(([label]) => label), ...report.figures.map((f) => f.label)];
  ws.getColumn(1).width = Math.min(Math.max(...labels.map((l) => l.length), 12) + 2, 70);
  const values = [
    ...report.figures.map((f) => figureText(f, language)),
    formatInstant(report.generatedAt, language),
    report.knownAt === null ? w.allEvents : formatInstant(report.knownAt, language),
  ];
  ws.getColumn(2).width = Math.min(Math.max(...values.map((v) => v.length), 12) + 2, 60);
  ws.pageSetup = { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function figureRow(ws: ExcelJS.Worksheet, figure: ReportFigure, language: ReportLanguage): void {
  const row = ws.addRow([figure.label]);
  const value = row.getCell(2);
  writeCell(value, figure.kind, figure.value, language);
  if (figure.value === null) value.value = NO_VALUE;
  value.alignment = { horizontal: 'right' };
}

/** A figure as the workbook shows it, for its column's width. */
function figureText(figure: ReportFigure, language: ReportLanguage): string {
  const text = formatCell(figure.kind, figure.value, language);
  return figure.kind === 'money' ? `${text} EUR` : text;
}

function tableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  table: ReportTable,
  report: PortfolioReport,
): void {
  const language = report.language;
  const w = REPORT_TEXTS[language].workbook;
  const ws = workbook.addWorksheet(name, {
    // The header stays row 1, so the frozen pane and the autofilter start there.
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    headerFooter: {
      oddHeader: `&L${footerText(table.title)}&R${footerText(w.printAsOf(formatDate(report.asOf, language)))}`,
      oddFooter: `&L${footerText(report.title)}&R${w.printPage}`,
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
      writeCell(added.getCell(i + 1), column.kind, cell(row, column), language),
    );
  }
  if (columnCount > 0) {
    ws.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1 + table.rows.length, column: columnCount },
    };
  }
  if (table.total !== undefined) totalRow(ws, table.columns, table.total, language);

  // Wide enough for the figures; a long header wraps onto as many lines as it needs.
  let headerLines = 1;
  table.columns.forEach((column, i) => {
    const width = columnWidth(table, column, language);
    ws.getColumn(i + 1).width = width;
    headerLines = Math.max(headerLines, wrappedLines(column.title, width - 2));
  });
  header.height = 15 * headerLines + 3;
}

function totalRow(
  ws: ExcelJS.Worksheet,
  columns: readonly ReportColumn[],
  total: ReportRow,
  language: ReportLanguage,
): void {
  const row = ws.addRow([]);
  columns.forEach((column, i) => {
    const value = cell(total, column);
    // The first cell of the totals row is its label ("Total"), whatever the column holds.
    if (i === 0) row.getCell(1).value = value === null ? null : String(value);
    else writeCell(row.getCell(i + 1), column.kind, value, language);
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
function writeCell(
  target: ExcelJS.Cell,
  kind: ColumnKind,
  value: ReportCell,
  language: ReportLanguage,
): void {
  if (value === null) return;
  const formats = xlsxFormats(language);
  switch (kind) {
    case 'text':
      target.value = neutraliseFormula(String(value));
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
        throw new RangeError(`${JSON.stringify(value)} is not a count`);
      }
      target.value = value;
      target.numFmt = formats.integer;
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
      target.numFmt = formats.money;
      return;
    case 'ratio':
      if (typeof value !== 'string') {
        throw new RangeError(`a ratio cell holds a decimal string, got the number ${value}`);
      }
      target.value = exactNumber(value);
      target.numFmt = formats.ratio;
      return;
    case 'date': {
      if (typeof value !== 'string') throw new RangeError(`${value} is not an ISO date`);
      const date = parseBusinessDate(value);
      // UTC midnight: Excel's date serial is then a whole day, whatever the machine's zone.
      target.value = new Date(Date.UTC(date.year(), date.monthValue() - 1, date.dayOfMonth()));
      target.numFmt = formats.date;
      return;
    }
    case 'month': {
      if (typeof value !== 'string') throw new RangeError(`${value} is not an ISO month`);
      const month = parseMonth(value);
      // A real date, the month's first day, shown as the month: it sorts and filters as one.
      target.value = new Date(Date.UTC(month.year(), month.monthValue() - 1, 1));
      target.numFmt = formats.month;
      return;
    }
  }
}

function writeInstant(target: ExcelJS.Cell, iso: string, formats: XlsxFormats): void {
  target.value = brusselsWallClock(iso);
  target.numFmt = formats.instant;
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

/**
 * Wide enough for the widest cell as the reader's Excel shows it and for the header's longest
 * word; a header longer than that wraps (up to about 24 characters a line), within reason.
 */
function columnWidth(table: ReportTable, column: ReportColumn, language: ReportLanguage): number {
  const extra = column.kind === 'money' ? 4 : 0; // the " EUR" of the number format
  const rows = [...table.rows, ...(table.total === undefined ? [] : [table.total])];
  const widest = rows.reduce(
    (max, row, index) => {
      const value = cell(row, column);
      const isTotalLabel =
        table.total !== undefined && index === rows.length - 1 && column === table.columns[0];
      const text = isTotalLabel ? String(value ?? '') : formatCell(column.kind, value, language);
      return Math.max(max, text.length + extra);
    },
    Math.max(Math.min(column.title.length, 24), ...column.title.split(/\s+/).map((w) => w.length)),
  );
  // At least 10: exceljs leaves out a width of 9, its default, and Excel's own is narrower.
  return Math.min(Math.max(widest + 2, 10), 60);
}

/** How many lines a header of this length takes in a column this many characters wide. */
function wrappedLines(title: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of title.split(/\s+/)) {
    if (used > 0 && used + 1 + word.length > width) {
      lines++;
      used = word.length;
    } else used += (used > 0 ? 1 : 0) + word.length;
  }
  return lines;
}

/** Header and footer text: "&" starts a code there, so a literal one is doubled. */
function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}
