import type { Request, Response } from 'express';
import { writeCsv } from '@loanbook/reporting';

/** Report endpoints answer JSON, or CSV when the client asks `Accept: text/csv`. */
export function wantsCsv(req: Request): boolean {
  return req.accepts(['application/json', 'text/csv']) === 'text/csv';
}

export function sendCsv(
  res: Response,
  filename: string,
  columns: string[],
  rows: Record<string, unknown>[],
): void {
  res
    .status(200)
    .type('text/csv; charset=utf-8')
    .setHeader('Content-Disposition', `attachment; filename="${filename}.csv"`);
  res.send(writeCsv([columns, ...rows.map((row) => columns.map((column) => row[column]))]));
}

/** Sends a report as JSON, or one of its tables as CSV when the client asks for it. */
export function sendReport(
  req: Request,
  res: Response,
  report: object,
  csv: { filename: string; columns: string[]; rows: object[] },
): void {
  if (wantsCsv(req)) {
    sendCsv(res, csv.filename, csv.columns, csv.rows as Record<string, unknown>[]);
  } else {
    res.json(report);
  }
}
