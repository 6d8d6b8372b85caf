import ExcelJS from 'exceljs';
import { exactNumber, writeCsv, xlsxFormats } from '@loanbook/reporting';
import type { BookEntry, BooksLanguage } from './books.service';

/**
 * The journal as the accountant's package: one row per line (the entry's fields repeated), as
 * CSV or as an Excel workbook, with the reports' libraries (libs/reporting's CSV writer,
 * exceljs and its exact numbers and formats). Shared by the HTTP routes and `npm run cli --
 * accounting export`.
 */
export const JOURNAL_COLUMNS = [
  'entryId',
  'businessDate',
  'recordedAt',
  'sourceEventId',
  'loanId',
  'productCode',
  'kind',
  'account',
  'accountName',
  'role',
  'debit',
  'credit',
] as const;

export function journalRows(entries: readonly BookEntry[]): Record<string, string | null>[] {
  return entries.flatMap((e) =>
    e.lines.map((l) => ({
      entryId: e.entryId,
      businessDate: e.businessDate,
      recordedAt: e.recordedAt,
      sourceEventId: e.sourceEventId,
      loanId: e.loanId,
      productCode: e.productCode,
      kind: e.kind,
      account: l.account,
      accountName: l.accountName,
      role: l.role,
      debit: l.debit,
      credit: l.credit,
    })),
  );
}

export function journalCsv(entries: readonly BookEntry[]): string {
  const rows = journalRows(entries);
  return writeCsv([[...JOURNAL_COLUMNS], ...rows.map((r) => JOURNAL_COLUMNS.map((c) => r[c]))]);
}

/** A sheet "Journal": frozen bold header, autofilter, dates as dates, amounts as exact numbers. */
export async function journalXlsx(
  entries: readonly BookEntry[],
  meta: { from: string; to: string; language: BooksLanguage },
): Promise<Buffer> {
  const formats = xlsxFormats(meta.language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Loanbook';
  workbook.title = `Journal ${meta.from} – ${meta.to}`;
  const ws = workbook.addWorksheet('Journal', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = JOURNAL_COLUMNS.map((key) => ({
    header: key,
    key,
    width: ['entryId', 'sourceEventId', 'loanId'].includes(key)
      ? 40
      : key === 'accountName'
        ? 45
        : 16,
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of journalRows(entries)) {
    const row = ws.addRow({
      ...r,
      businessDate: new Date(`${r.businessDate}T00:00:00Z`),
      debit: exactNumber(r.debit!),
      credit: exactNumber(r.credit!),
    });
    row.getCell('businessDate').numFmt = formats.date;
    row.getCell('debit').numFmt = formats.money;
    row.getCell('credit').numFmt = formats.money;
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: JOURNAL_COLUMNS.length } };
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
