import { join, relative } from 'node:path';
import { Instant } from '@js-joda/core';
import { parseBusinessDate, type Clock } from '@loanbook/domain';
import type { DataDirOwner } from '@loanbook/event-store';
import { writeReportFiles, type PortfolioReport, type ReportLanguage } from '@loanbook/reporting';
import type { AppConfig } from '../../../back-office/src/config/config';
import { CLOCK } from '../../../back-office/src/infrastructure/tokens';
import { ReadModelsService } from '../../../back-office/src/read-models/read-models.service';
import { PortfolioReportService } from '../../../back-office/src/reports/portfolio-report.service';
import {
  askBackOffice,
  backOfficeHead,
  BackOfficeAnswerError,
  CliInterruptedError,
  describeStore,
  runningBackOffice,
  loadCliConfig,
  withBackOffice,
  type CliIo,
} from '../cli-context';
import { progressOn } from '../progress';
import { ReportOptionError } from './report-option-error';

export interface ReportOptions {
  asOf?: string;
  from?: string;
  knownAt?: string;
  /** commander checks it is one of REPORT_LANGUAGES; default nl. */
  lang?: ReportLanguage;
  out: string;
}

export { ReportOptionError };

/**
 * `loanbook report --as-of 2021-05-31 --lang fr --out <dir>`: the portfolio report as one HTML
 * file, an Excel workbook and a CSV per table, in Dutch unless --lang says otherwise. The read models are caught up first (with
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
  // The embedded store has one owner: while the back office holds it, ask the back office.
  const server = runningBackOffice(config);
  if (server) {
    const { report, files } = await reportFromServer(
      config,
      server,
      options,
      {
        asOf: asOfOption?.toString(),
        from: from?.toString(),
        knownAt,
        lang: options.lang,
      },
      io,
    );
    return printWritten(io, options, report, files);
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
      const report = await context
        .get(PortfolioReportService)
        .build({ asOf, from, knownAt, language: options.lang });
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
  printWritten(io, options, report, files);
}

function printWritten(
  io: CliIo,
  options: ReportOptions,
  report: PortfolioReport,
  files: Awaited<ReturnType<typeof writeReportFiles>>,
): void {
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

/**
 * The report from the running back office that holds the embedded store: its model over HTTP
 * (GET /reports/portfolio.json), the files written here exactly as offline. Its read models are
 * current: it keeps them itself.
 */
async function reportFromServer(
  config: AppConfig,
  server: DataDirOwner & { url: string },
  options: ReportOptions,
  query: { asOf?: string; from?: string; knownAt?: string; lang?: string },
  io: CliIo,
): Promise<{ report: PortfolioReport; files: Awaited<ReturnType<typeof writeReportFiles>> }> {
  const progress = progressOn(
    io.stderr,
    `Making the portfolio report from the back office at ${server.url}`,
  );
  progress.start(3, 'asking the back office');
  try {
    const params = new URLSearchParams(
      Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined),
    );
    params.set('minPosition', String(await backOfficeHead(config, server)));
    const report = await askBackOffice<PortfolioReport>(config, server, {
      path: `/reports/portfolio.json?${params.toString()}`,
      roles: ['analyst'],
    }).catch((error: unknown) => {
      if (error instanceof BackOfficeAnswerError && error.status === 400) {
        throw new ReportOptionError(error.message);
      }
      throw error;
    });
    progress.update(2, 'writing the files');
    const files = await writeReportFiles(report, options.out, (done, total, file) => {
      progress.setTotal(2 + total);
      progress.update(2 + done, file);
    });
    return { report, files };
  } finally {
    progress.stop();
  }
}
