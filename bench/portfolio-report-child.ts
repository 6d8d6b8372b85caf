/**
 * The measured part of bench/portfolio-report.ts, in its own process so that its peak memory
 * (maxRSS) is the report's own and not the setup's. Started by the parent with the back
 * office's environment on the bench schema (read models caught up); answers over IPC.
 *
 *   node bench/run.js portfolio-report-child --as-of 2021-05-31 --out <dir>
 *
 * (1) the baseline: one plain sequential read of the loans read model and of its payments
 * (count and sum), warmed once, then the median of 3; (2) the report built 3 times through the
 * back office's PortfolioReportService (the median counts); (3) the last one written as HTML,
 * XLSX and CSV.
 */
import { stat } from 'node:fs/promises';
import { parseBusinessDate } from '@loanbook/domain';
import { writeReportFiles } from '@loanbook/reporting';
import { createBackOfficeContext } from '../apps/back-office/src/bootstrap';
import { loadConfig } from '../apps/back-office/src/config/config';
import { ReadModelsService } from '../apps/back-office/src/read-models/read-models.service';
import { PortfolioReportService } from '../apps/back-office/src/reports/portfolio-report.service';

export interface ChildResult {
  baselineSeconds: number;
  /** Rows read by the baseline: loans and payments. */
  baselineRows: number;
  buildSeconds: number[];
  buildMedianSeconds: number;
  writeSeconds: number;
  peakRssMb: number;
  files: { html: number; xlsx: number; csv: { count: number; bytes: number } };
}

const REPEATS = 3;

function parseArgs(argv: string[]): { asOf: string; out: string } {
  let asOf: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--as-of') asOf = argv[++i];
    else if (argv[i] === '--out') out = argv[++i];
    else throw new Error(`unknown option ${argv[i]}`);
  }
  if (!asOf || !out) throw new Error('usage: portfolio-report-child --as-of YYYY-MM-DD --out DIR');
  return { asOf, out };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function main(): Promise<void> {
  const { asOf, out } = parseArgs(process.argv.slice(2));
  const context = await createBackOfficeContext(loadConfig(process.env, { serving: false }));
  try {
    const readModels = context.get(ReadModelsService);
    const reports = context.get(PortfolioReportService);
    const tables = await readModels.tables('loans', 'payments');
    let baselineRows = 0;
    const baseline = async () => {
      baselineRows = 0;
      for (const table of [tables.loans, tables.payments]) {
        const [row] = await readModels.db.query<{ n: string; total: string | null }>(
          `SELECT count(*)::text AS n, sum(amount)::text AS total FROM ${table}`,
        );
        baselineRows += Number(row.n);
      }
    };
    // Once untimed: the tables in the cache as the report will find them.
    await baseline();
    const baselineRuns: number[] = [];
    for (let i = 0; i < REPEATS; i++) baselineRuns.push(await timed(baseline));

    const request = { asOf: parseBusinessDate(asOf) };
    // Three builds, the first one cold (this process has not run the report's code yet).
    let report: Awaited<ReturnType<typeof reports.build>> | undefined;
    const buildSeconds: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      buildSeconds.push(
        await timed(async () => {
          report = await reports.build(request);
        }),
      );
    }
    let files: Awaited<ReturnType<typeof writeReportFiles>> | undefined;
    const writeSeconds = await timed(async () => {
      files = await writeReportFiles(report!, out);
    });
    const size = async (path: string) => (await stat(path)).size;
    const csvSizes = await Promise.all(files!.csv.map(size));
    const result: ChildResult = {
      baselineSeconds: median(baselineRuns),
      baselineRows,
      buildSeconds,
      buildMedianSeconds: median(buildSeconds),
      writeSeconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      files: {
        html: await size(files!.html),
        xlsx: await size(files!.xlsx),
        csv: { count: csvSizes.length, bytes: csvSizes.reduce((a, b) => a + b, 0) },
      },
    };
    await new Promise<void>((resolve, reject) =>
      process.send!(result, (error: Error | null) => (error ? reject(error) : resolve())),
    );
  } finally {
    await context.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `measuring failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
