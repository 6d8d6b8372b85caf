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
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { Client } from 'pg';
import { LOG_START, PostgresEventStore } from '@loanbook/event-store';
import { EVENT_COLUMNS } from '@loanbook/event-store/sql/rows';
import { ProjectionRunner } from '@loanbook/projections';
import { EVENTS_PER_LOAN, generateLoanEvents, loanSummaryProjection } from './support/loan-events';

interface Options {
  events: number;
  batchSize: number;
  databaseUrl: string;
}

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

/**
 * (a) The driver's ceiling: every row of the table in physical order, read in TID ranges of
 * about `batchSize` rows (a sequential scan in pieces, no cursor), with the same select list
 * and row parsing as readAll.
 */
async function sequentialScan(url: string, schema: string, batchSize: number): Promise<number> {
  const client = new Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    const [{ pages, tuples }] = (
      await client.query<{ pages: number; tuples: number }>(
        `SELECT pg_relation_size('events') / current_setting('block_size')::int AS pages,
                greatest(reltuples, 1)::float8 AS tuples
           FROM pg_class WHERE oid = 'events'::regclass`,
      )
    ).rows;
    const pagesPerChunk = Math.max(1, Math.floor((batchSize * Number(pages)) / tuples));
    let rows = 0;
    for (let page = 0; page < Number(pages); page += pagesPerChunk) {
      const { rowCount } = await client.query(
        `SELECT ${EVENT_COLUMNS} FROM events
          WHERE ctid >= format('(%s,0)', $1::bigint)::tid AND ctid < format('(%s,0)', $2::bigint)::tid`,
        [page, page + pagesPerChunk],
      );
      rows += rowCount ?? 0;
    }
    return rows;
  } finally {
    await client.end();
  }
}

async function readAllPath(store: PostgresEventStore, batchSize: number): Promise<number> {
  let checkpoint = LOG_START;
  let events = 0;
  for (;;) {
    const batch = await store.readAll(checkpoint, { batchSize });
    if (batch.events.length === 0) return events;
    events += batch.events.length;
    checkpoint = batch.checkpoint;
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = process.hrtime.bigint();
  const value = await fn();
  return { value, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

const perSecond = (n: number, seconds: number) => Math.floor(n / seconds);
const fmt = (n: number) => n.toLocaleString('en-US');

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: options.databaseUrl });
  await admin.connect();
  const store = new PostgresEventStore({
    connectionString: options.databaseUrl,
    schema,
    poolSize: 4,
    applicationName: 'loanbook-bench',
  });
  try {
    await store.init();
    const setup = await timed(() => generateLoanEvents(admin, schema, options.events));
    const [{ pg }] = (
      await admin.query<{ pg: string }>(`SELECT current_setting('server_version') AS pg`)
    ).rows;
    process.stderr.write(
      `generated ${fmt(options.events)} events in ${setup.seconds.toFixed(1)} s (schema ${schema}, PostgreSQL ${pg}, ${cpus().length} cores)\n`,
    );

    // Once untimed: caches and the JIT warm for the baseline as they will be for the others.
    await sequentialScan(options.databaseUrl, schema, options.batchSize);
    const scan = await timed(() => sequentialScan(options.databaseUrl, schema, options.batchSize));
    const reads = await timed(() => readAllPath(store, options.batchSize));
    const runner = new ProjectionRunner({
      store,
      database: store.database(),
      projections: [loanSummaryProjection],
      batchSize: options.batchSize,
      retiredTablesGraceMs: 0,
    });
    const catchUp = await timed(() => runner.catchUp());

    // The result is checked, not just timed: every loan summarised, every instalment counted.
    const [check] = (
      await admin.query<{ loans: string; instalments: string; status: string }>(
        `SELECT count(*) AS loans, sum(instalments_paid) AS instalments, string_agg(DISTINCT status, ',') AS status
           FROM "${schema}".rm_bench_loan_summary_1_loans`,
      )
    ).rows;
    const loans = options.events / EVENTS_PER_LOAN;
    if (
      Number(check.loans) !== loans ||
      Number(check.instalments) !== loans * 6 ||
      check.status !== 'active'
    ) {
      throw new Error(`projection result is wrong: ${JSON.stringify(check)}`);
    }
    for (const [what, n] of [
      ['sequential scan', scan.value],
      ['readAll', reads.value],
      ['runner', catchUp.value.events],
    ] as const) {
      if (n !== options.events) throw new Error(`${what} saw ${n} events, not ${options.events}`);
    }

    const a = perSecond(options.events, scan.seconds);
    const r = perSecond(options.events, reads.seconds);
    const b = perSecond(options.events, catchUp.seconds);
    process.stdout.write(
      '| events | batch | (a) seq scan rows/s | readAll events/s | (b) runner events/s | b/a |\n' +
        '|---:|---:|---:|---:|---:|---:|\n' +
        `| ${fmt(options.events)} | ${fmt(options.batchSize)} | ${fmt(a)} | ${fmt(r)} | ${fmt(b)} | ${(b / a).toFixed(2)} |\n`,
    );
  } finally {
    await store.close();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
