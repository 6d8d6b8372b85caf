import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { READ_MODEL_PROJECTIONS } from '@loanbook/projections/read-models';
import type { PortfolioReportBenchResult } from '../portfolio-report';
import type { Benchmark, Measurement } from './types';

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * The portfolio report at 100,000 loans (quick: 2,000), issue 9 item 5: bench/portfolio-report.ts
 * in a process of its own (its peak memory is the report's), read back as JSON. Its setup also
 * gives the back office's real projections catching up the generated book, reported beside the
 * engine's figure.
 */
export const reports: Benchmark = async (ctx) => {
  const loans = ctx.quick ? 2_000 : 100_000;
  ctx.log(`portfolio report: generating ${fmt(loans)} loans (a few minutes at 100,000)`);
  const result = await runReportBench(loans, ctx.databaseUrl);
  const { setup, child } = result;
  // Every read model the back office registers (and the bench caught up), named in the row.
  const readModels = READ_MODEL_PROJECTIONS.map((p) => p.name);
  const catchUpRate = Math.floor(setup.events / setup.catchUpSeconds);
  const read = {
    subject: `plain read of the loans and payments tables (${fmt(child.baselineRows)} rows)`,
    value: child.baselineSeconds,
    unit: 's',
  };
  const rows: Measurement[] = [
    {
      section: 'Reports',
      subject: `portfolio report built (median of ${child.buildSeconds.length})`,
      store: 'PostgreSQL',
      value: child.buildMedianSeconds,
      unit: 's',
      baseline: read,
      ratio: child.buildMedianSeconds / child.baselineSeconds,
      aim: { description: '< 2 s at 100,000 loans', met: child.buildMedianSeconds < 2 },
      note: `${fmt(loans)} loans, ${fmt(setup.events)} events; peak memory of the report process ${child.peakRssMb.toFixed(0)} MB; ratio = times the plain read (lower is better)`,
    },
    {
      section: 'Reports',
      subject: 'HTML, XLSX and CSV written',
      store: '—',
      value: child.writeSeconds,
      unit: 's',
      note: `HTML ${fmt(child.files.html)} B, XLSX ${fmt(child.files.xlsx)} B, ${child.files.csv.count} CSV files`,
    },
    {
      section: 'Reports',
      subject: 'peak memory of the report process',
      store: '—',
      value: child.peakRssMb,
      unit: 'MB',
    },
    {
      section: 'Read models',
      subject: `the back office’s read models (${readModels.join(', ')}) over the generated book`,
      store: 'PostgreSQL',
      value: catchUpRate,
      unit: 'events/s',
      aim: { description: '≥ 50,000 events/s', met: catchUpRate >= 50_000 },
      note:
        `${fmt(setup.events)} events of ${fmt(loans)} loans, all ${readModels.length} read models; ` +
        'each read model reads the whole log in a pass of its own (one readAll per projection), ' +
        'loans writes several row versions per loan per batch over its 12 indexes, ' +
        'loan_schedules replays each loan’s ledger in JavaScript, journal posts each event in JavaScript',
    },
    {
      section: 'Bulk import',
      subject: 'generated book: sealed and appended through the back office (appendToStreams)',
      store: 'PostgreSQL',
      value: Math.floor(setup.events / setup.storeSeconds),
      unit: 'events/s',
      note: `${fmt(setup.events)} events, ${fmt(setup.people)} people sealed in the registry on the way`,
    },
  ];
  return rows;
};

function runReportBench(loans: number, databaseUrl: string): Promise<PortfolioReportBenchResult> {
  // Compiled to dist/bench/bench/suite: the repository is four levels up.
  const root = resolve(__dirname, '..', '..', '..', '..');
  return new Promise((resolvePromise, reject) => {
    execFile(
      process.execPath,
      [join(root, 'bench', 'run.js'), 'portfolio-report', '--loans', String(loans), '--json'],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`portfolio-report failed: ${error.message}\n${stderr.slice(-2000)}`));
          return;
        }
        try {
          resolvePromise(
            JSON.parse(stdout.trim().split('\n').pop() ?? '') as PortfolioReportBenchResult,
          );
        } catch (parse) {
          reject(new Error(`portfolio-report printed no JSON: ${(parse as Error).message}`));
        }
      },
    );
  });
}
