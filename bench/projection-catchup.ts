/**
 * How fast does the projection runner catch up a large log, against how fast the same
 * driver can read the events table at all?
 *
 *   npm run bench:projections -- [--events 1000000] [--batch-size 5000] [--database-url URL]
 *
 * On a fresh PostgreSQL schema (dropped at the end): writes N loan-like events straight into
 * the events table (setup, not measured), then measures in the same run
 *   (a) a plain sequential scan of the events table, in TID ranges (rows/s),
 *   (r) the runner's read path alone: readAll batches over the whole log (events/s),
 *   (b) ProjectionRunner catching up a per-loan summary projection from zero (events/s),
 * and prints a markdown table row with b/a. Timings are reported, never asserted.
 */
import { type CatchUpOptions, measureCatchUp } from './support/catch-up';
import { EVENTS_PER_LOAN } from './support/loan-events';

type Options = CatchUpOptions;

function parseArgs(argv: string[]): Options {
  const options: Options = {
    events: 1_000_000,
    batchSize: 5000,
    databaseUrl:
      process.env.DATABASE_URL ??
      process.env.TEST_DATABASE_URL ??
      'postgres://postgres@127.0.0.1:5432/test',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    const count = (what: string) => {
      const raw = value();
      const n = Number(raw?.replace(/_/g, ''));
      if (!Number.isSafeInteger(n) || n < 1)
        throw new Error(`${what} must be a positive integer, got ${raw}`);
      return n;
    };
    if (flag === '--events') options.events = count('--events');
    else if (flag === '--batch-size') options.batchSize = count('--batch-size');
    else if (flag === '--database-url') options.databaseUrl = value();
    else
      throw new Error(
        `unknown option ${argv[i]}; use --events N, --batch-size N, --database-url URL`,
      );
  }
  options.events = Math.max(EVENTS_PER_LOAN, options.events - (options.events % EVENTS_PER_LOAN));
  return options;
}

const fmt = (n: number) => n.toLocaleString('en-US');

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const f = await measureCatchUp(options);
  process.stdout.write(
    '| events | batch | (a) seq scan rows/s | readAll events/s | (b) runner events/s | b/a |\n' +
      '|---:|---:|---:|---:|---:|---:|\n' +
      `| ${fmt(f.events)} | ${fmt(f.batchSize)} | ${fmt(f.scanPerSecond)} | ${fmt(f.readAllPerSecond)} | ${fmt(f.runnerPerSecond)} | ${(f.runnerPerSecond / f.scanPerSecond).toFixed(2)} |\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
