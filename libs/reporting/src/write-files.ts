import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { PortfolioReport } from './model';
import { renderCsv, renderHtml, renderXlsx } from './render';

export interface ReportFiles {
  html: string;
  xlsx: string;
  csv: string[];
}

/**
 * Writes the report into `outDir` (made if missing): portfolio.html, portfolio.xlsx and one CSV
 * per table under csv/. Returns the absolute paths.
 */
export async function writeReportFiles(
  report: PortfolioReport,
  outDir: string,
  /** Called after each file: files written so far, files in all, the last one's name. */
  progress: (done: number, total: number, file: string) => void = () => {},
): Promise<ReportFiles> {
  const dir = resolve(outDir);
  await mkdir(join(dir, 'csv'), { recursive: true });
  const csvFiles = renderCsv(report);
  const total = 2 + csvFiles.length;
  const html = join(dir, 'portfolio.html');
  await writeFile(html, renderHtml(report), 'utf8');
  progress(1, total, 'portfolio.html');
  const xlsx = join(dir, 'portfolio.xlsx');
  await writeFile(xlsx, await renderXlsx(report));
  progress(2, total, 'portfolio.xlsx');
  const csv: string[] = [];
  for (const file of csvFiles) {
    const path = join(dir, 'csv', file.filename);
    await writeFile(path, file.content, 'utf8');
    csv.push(path);
    progress(2 + csv.length, total, `csv/${file.filename}`);
  }
  return { html, xlsx, csv };
}
