import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
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
      aim: {
        description: '< 10 s at 100,000 loans',
        met: child.buildMedianSeconds + child.writeSeconds < 10,
      },
      note: `${fmt(loans)} loans, ${fmt(setup.events)} events; ratio = times the plain read (lower is better)`,
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
      section: 'Projection catch-up',
      subject:
        'the back office’s read models (loans, inquiries, loan_schedules) over the generated book',
      store: 'PostgreSQL',
      value: Math.floor(setup.events / setup.catchUpSeconds),
      unit: 'events/s',
      note: `${fmt(setup.events)} events of ${fmt(loans)} loans; loan_schedules computes each loan's schedule in JavaScript`,
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
