import { reportTables } from '../model';
import type { PortfolioReport, ReportCell, ReportTable } from '../model';
import { writeCsv } from './tabular';

export interface CsvFile {
  readonly filename: string;
  readonly content: string;
}

/**
 * One CSV per table of the report, `<table id>.csv`, in the order of the sections. Ids are
 * checked: they become file names, in one directory or archive.
 */
export function renderCsv(report: PortfolioReport): CsvFile[] {
  const seen = new Set<string>();
  return reportTables(report).map((table) => {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(table.id)) {
      throw new Error(`table id ${JSON.stringify(table.id)} cannot be a file name`);
    }
    if (seen.has(table.id)) throw new Error(`table id ${JSON.stringify(table.id)} is used twice`);
    seen.add(table.id);
    return { filename: `${table.id}.csv`, content: renderCsvFile(table) };
  });
}

/**
 * A table of the report as a file an analyst opens: the header is the columns' titles in the
 * report's language (the API's CSV answers keep the stable keys), the cells are the model's raw
 * values (money "1234.50", ratio "0.4900", dates and months ISO, null empty), so that any tool
 * reads them exactly; the totals row last. csv-stringify's defaults (comma, "\n"), as the API's
 * other CSV answers.
 */
export function renderCsvFile(table: ReportTable): string {
  const keys = table.columns.map((c) => c.key);
  const rows = [...table.rows, ...(table.total === undefined ? [] : [table.total])];
  const records = rows.map((row) => keys.map((key) => csvCell(row[key])));
  return writeCsv([table.columns.map((c) => c.title), ...records]);
}

function csvCell(value: ReportCell | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
