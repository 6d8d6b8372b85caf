import { join, relative } from 'node:path';
import { Instant } from '@js-joda/core';
import { parseBusinessDate, type Clock } from '@loanbook/domain';
import { writeReportFiles } from '@loanbook/reporting';
import { CLOCK } from '../../../back-office/src/infrastructure/tokens';
import { ReadModelsService } from '../../../back-office/src/read-models/read-models.service';
import { PortfolioReportService } from '../../../back-office/src/reports/portfolio-report.service';
import {
  CliInterruptedError,
  describeStore,
  loadCliConfig,
  withBackOffice,
  type CliIo,
} from '../cli-context';
import { progressOn } from '../progress';

export interface ReportOptions {
  asOf?: string;
  from?: string;
  knownAt?: string;
  out: string;
}

/** A bad option value: exit code 2, like a usage error. */
export class ReportOptionError extends Error {}

/**
 * `loanbook report --as-of 2021-05-31 --out <dir>`: the portfolio report as one HTML file,
 * an Excel workbook and a CSV per table. The read models are caught up first (with
 * PROJECTIONS=external, the projector keeps them and the report is as far as it got).
 */
export async function runReport(io: CliIo, options: ReportOptions): Promise<void> {
  const config = loadCliConfig(io.env);
  const date = (value: string | undefined, option: string) => {
    if (value === undefined) return undefined;
    try {
      return parseBusinessDate(value);
    } catch (error) {
      throw new ReportOptionError(`${option}: ${(error as Error).message}`);
    }
  };
  const asOfOption = date(options.asOf, '--as-of');
  const from = date(options.from, '--from');
  let knownAt: string | undefined;
  if (options.knownAt !== undefined) {
    try {
      knownAt = Instant.parse(options.knownAt).toString();
    } catch {
      throw new ReportOptionError(
        `--known-at: ${JSON.stringify(options.knownAt)} is not an instant such as 2021-06-01T12:00:00Z`,
      );
    }
  }
  const progress = progressOn(
    io.stderr,
    `Making the portfolio report from ${describeStore(config)}`,
  );
  const { report, files } = await withBackOffice(config, io, async (context, signal) => {
    const asOf = asOfOption ?? context.get<Clock>(CLOCK).today();
    if (from && from.isAfter(asOf)) {
      throw new ReportOptionError(
        `--from ${options.from} lies after the as-of date ${asOf.toString()}`,
      );
    }
    progress.start(3, 'catching up the read models');
    try {
      await context.get(ReadModelsService).catchUp();
      if (signal.aborted) throw new CliInterruptedError('stopped before the report was made');
      progress.update(1, 'reading the portfolio');
      const report = await context.get(PortfolioReportService).build({ asOf, from, knownAt });
      progress.update(2, 'writing the files');
      const files = await writeReportFiles(report, options.out, (done, total, file) => {
        progress.setTotal(2 + total);
        progress.update(2 + done, file);
      });
      return { report, files };
    } finally {
      progress.stop();
    }
  });
  // Relative to where the command runs when the files are below it; else as they are.
  const shown = (path: string) => {
    const near = relative(process.cwd(), path);
    return near && !near.startsWith('..') ? near : path;
  };
  io.stdout.write(
    `The portfolio report as of ${report.asOf}${report.knownAt ? `, as known at ${report.knownAt}` : ''} (period ${report.period.from} to ${report.period.to}, log position ${report.position}) is in ${shown(options.out)}:\n` +
      `  ${shown(files.html)}  (open it in a browser)\n` +
      `  ${shown(files.xlsx)}\n` +
      `  ${files.csv.length} CSV files in ${shown(join(files.html, '..', 'csv'))}\n`,
  );
}
