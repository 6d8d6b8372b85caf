/**
 * Projection catch-up measured against a sequential scan of the events table (the script
 * bench/projection-catchup.ts and the suite's bench/suite/catch-up.ts): on a fresh schema
 * (dropped at the end), N loan-like events written straight into the events table (setup),
 * then (a) a plain sequential scan, (r) readAll batches, (b) ProjectionRunner from zero.
 */
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { Client } from 'pg';
import { LOG_START, PostgresEventStore } from '@loanbook/event-store';
import { EVENT_COLUMNS } from '@loanbook/event-store/sql/rows';
import { ProjectionRunner } from '@loanbook/projections';
import { EVENTS_PER_LOAN, generateLoanEvents, loanSummaryProjection } from './loan-events';
import { type CpuProbe, startCpuProbe } from '../suite/pg-baselines';
import { profiled, type ProfileSummary } from '../suite/profile';

const POOL_SIZE = 4;

export interface CatchUpOptions {
  /** A multiple of EVENTS_PER_LOAN. */
  events: number;
  batchSize: number;
  databaseUrl: string;
  /**
   * After the timed catch-up, rebuild the projection and catch it up once more under the CPU
   * profiler (untimed): where this process's time goes.
   */
  profile?: boolean;
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

export interface CatchUpFigures {
  events: number;
  batchSize: number;
  postgres: string;
  /** (a) rows/s of the sequential scan, (r) readAll events/s, (b) the runner's events/s. */
  scanPerSecond: number;
  readAllPerSecond: number;
  runnerPerSecond: number;
  /** CPU per event while the runner caught up: its database sessions, and this process. */
  runnerCpu?: { serverUs: number; clientUs: number };
  /** This process during the profiled second catch-up (with `profile`). */
  runnerProfile?: ProfileSummary;
}

/** The measurement itself, for this script and the suite (bench/suite/catch-up.ts). */
export async function measureCatchUp(
  options: CatchUpOptions,
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<CatchUpFigures> {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const applicationName = `loanbook-bench-${schema}`;
  const admin = new Client({ connectionString: options.databaseUrl });
  await admin.connect();
  const store = new PostgresEventStore({
    connectionString: options.databaseUrl,
    schema,
    poolSize: POOL_SIZE,
    applicationName,
  });
  try {
    await store.init();
    const setup = await timed(() => generateLoanEvents(admin, schema, options.events));
    const [{ pg }] = (
      await admin.query<{ pg: string }>(`SELECT current_setting('server_version') AS pg`)
    ).rows;
    log(
      `generated ${fmt(options.events)} events in ${setup.seconds.toFixed(1)} s (schema ${schema}, PostgreSQL ${pg}, ${cpus().length} cores)`,
    );
    // Untimed, so that no autovacuum of the fresh table runs beside what is timed, and every
    // reader finds the same statistics and visibility map.
    await admin.query(`VACUUM (ANALYZE) "${schema}".events`);

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
    // Every pooled session open before the probe starts: the runner reads ahead on a second
    // connection while it applies on another.
    await Promise.all(Array.from({ length: POOL_SIZE }, () => store.database().query('SELECT 1')));
    const probe: CpuProbe = await startCpuProbe(admin, applicationName);
    const catchUp = await timed(() => runner.catchUp());
    const cpu = probe.stop();

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

    let runnerProfile: ProfileSummary | undefined;
    if (options.profile) {
      await runner.rebuild(loanSummaryProjection.name);
      const again = await profiled(() => runner.catchUp());
      if (again.value.events !== options.events)
        throw new Error(`the profiled rebuild saw ${again.value.events} events`);
      runnerProfile = again.profile;
    }

    return {
      events: options.events,
      batchSize: options.batchSize,
      postgres: pg,
      scanPerSecond: perSecond(options.events, scan.seconds),
      readAllPerSecond: perSecond(options.events, reads.seconds),
      runnerPerSecond: perSecond(options.events, catchUp.seconds),
      runnerCpu: cpu && {
        serverUs: cpu.serverUs / options.events,
        clientUs: cpu.clientUs / options.events,
      },
      runnerProfile,
    };
  } finally {
    await store.close();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await admin.end();
  }
}
