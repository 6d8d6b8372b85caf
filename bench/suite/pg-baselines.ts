/**
 * What the appends and peer benchmarks share: the event every writer appends, the closed-loop
 * load generator, the machine's own limits on PostgreSQL (a plain INSERT per transaction, pgbench
 * TPC-B), throw-away databases, and the per-statement cost of an append (EXPLAIN ANALYZE).
 */
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { Client, Pool } from 'pg';
import type { NewEvent } from '@loanbook/event-store';
import { percentile, secondsSince } from './types';

/** A writer moves on to a new stream after this many appends, as a loan's life would. */
export const EVENTS_PER_STREAM = 10;

/**
 * An instalment payment as the back office records it. Every field has a fixed width, so each
 * store and the plain INSERT carry the same bytes per event.
 */
export function benchEvent(instalment: number): NewEvent {
  const day = String(1 + (instalment % 28)).padStart(2, '0');
  return {
    eventId: randomUUID(),
    type: 'InstalmentPaid',
    data: {
      loanId: randomUUID(),
      instalment: instalment % 10,
      principal: '1234.17',
      interest: '21.83',
      paidOn: `2024-05-${day}`,
    },
    metadata: {
      effectiveOn: `2024-05-${day}`,
      recordedAt: new Date().toISOString(),
      actor: 'bench-writer',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      schemaVersion: 1,
    },
  };
}

/** The stream a writer appends to next and the version it knows that stream to be at. */
export class StreamCursor {
  streamId = StreamCursor.newStream();
  version = 0;

  /** Records the version the store answered; starts a new stream after EVENTS_PER_STREAM. */
  advance(version: number): void {
    this.version = version;
    if (version >= EVENTS_PER_STREAM) {
      this.streamId = StreamCursor.newStream();
      this.version = 0;
    }
  }

  private static newStream(): string {
    return `loan-${randomUUID()}`;
  }
}

export interface LoadResult {
  clients: number;
  operations: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU per operation while timed, µs: the server's backends and this Node process. */
  cpu?: CpuPerOperation;
}

export interface CpuPerOperation {
  serverUs: number;
  clientUs: number;
}

/** Throughput and latency percentiles of operations timed one by one. */
export function summarize(clients: number, latenciesMs: number[], seconds: number): LoadResult {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    clients,
    operations: sorted.length,
    seconds,
    perSecond: seconds > 0 ? sorted.length / seconds : Number.NaN,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
  };
}

export interface ClosedLoopOptions {
  clients: number;
  seconds: number;
  /** Untimed operations per client first: connections opened, plans cached. */
  warmupPerClient?: number;
  /** One operation of client `client` (0-based); each client awaits its own before the next. */
  operation: (client: number) => Promise<void>;
  /** Started after the warm-up (when every connection is open), stopped after the window. */
  cpuProbe?: () => Promise<CpuProbe>;
}

/** One timed window, before summarizing: runs of the same load can be combined. */
export interface LoadRun {
  clients: number;
  latenciesMs: number[];
  seconds: number;
  /** CPU used in the window, µs in all. */
  cpu?: CpuPerOperation;
}

/**
 * `clients` loops, each issuing its next operation as soon as the previous one returned, for
 * `seconds` after a warm-up. Throughput counts the operations finished within the window.
 */
export async function closedLoopRun(options: ClosedLoopOptions): Promise<LoadRun> {
  const { clients, operation } = options;
  const warmup = options.warmupPerClient ?? 25;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; i < warmup; i++) await operation(client);
    }),
  );
  const probe = await options.cpuProbe?.();
  const latenciesMs: number[] = [];
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(options.seconds * 1e9));
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (process.hrtime.bigint() < deadline) {
        const t0 = process.hrtime.bigint();
        await operation(client);
        latenciesMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  const seconds = secondsSince(started);
  return { clients, latenciesMs, seconds, cpu: probe?.stop() };
}

/** Runs of one load as one result: operations and seconds added, latencies pooled. */
export function combineRuns(runs: readonly LoadRun[]): LoadResult {
  const latencies = runs.flatMap((r) => r.latenciesMs);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const result = summarize(runs[0]?.clients ?? 0, latencies, seconds);
  if (result.operations > 0 && runs.every((r) => r.cpu)) {
    result.cpu = {
      serverUs: runs.reduce((sum, r) => sum + r.cpu!.serverUs, 0) / result.operations,
      clientUs: runs.reduce((sum, r) => sum + r.cpu!.clientUs, 0) / result.operations,
    };
  }
  return result;
}

/**
 * Each load in turn, `rounds` times over, each result the combination of its rounds: on a
 * machine whose speed drifts (other work, the disk), a subject and its baseline see the same
 * drift instead of one getting the good minutes.
 */
export async function alternate<K extends string>(
  rounds: number,
  loads: Record<K, () => Promise<LoadRun>>,
): Promise<Record<K, LoadResult>> {
  const keys = Object.keys(loads) as K[];
  const runs = new Map<K, LoadRun[]>(keys.map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) {
    for (const key of keys) runs.get(key)!.push(await loads[key]());
  }
  return Object.fromEntries(keys.map((k) => [k, combineRuns(runs.get(k)!)])) as Record<
    K,
    LoadResult
  >;
}

export interface CpuProbe {
  /** CPU used since the probe started, µs; undefined when the server's processes were not readable. */
  stop(): { serverUs: number; clientUs: number } | undefined;
}

/** Linux reports process times in USER_HZ, 100 a second on every common configuration. */
const TICK_US = 10_000;

function backendTicks(pid: number, clientPort: number): number | undefined {
  try {
    // A backend names its client in its title, e.g. "postgres: 15/main: postgres test
    // 127.0.0.1(40848) idle": the port proves it is the session pg_stat_activity meant, and
    // not some other process of that pid (a server in a container, or on another machine).
    const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!title.includes(`(${clientPort})`)) return undefined;
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return undefined;
  }
}

/**
 * Measures the CPU of the server sessions named `applicationName` (from /proc: only when the
 * server runs on this machine) and of this process, from now until `stop()`.
 */
export async function startCpuProbe(admin: Client, applicationName: string): Promise<CpuProbe> {
  const { rows } = await admin.query<{ pid: number; client_port: number | null }>(
    'SELECT pid, client_port FROM pg_stat_activity WHERE application_name = $1',
    [applicationName],
  );
  const sessions = rows.filter((r) => r.client_port !== null && r.client_port > 0);
  const read = () => {
    let total = 0;
    for (const s of sessions) {
      const ticks = backendTicks(s.pid, s.client_port!);
      if (ticks === undefined) return undefined;
      total += ticks;
    }
    return total;
  };
  const server0 = sessions.length === rows.length && rows.length > 0 ? read() : undefined;
  const client0 = process.cpuUsage();
  return {
    stop() {
      const client = process.cpuUsage(client0);
      const server1 = server0 === undefined ? undefined : read();
      if (server0 === undefined || server1 === undefined) return undefined;
      return { serverUs: (server1 - server0) * TICK_US, clientUs: client.user + client.system };
    },
  };
}

export const randomSuffix = (): string => randomBytes(5).toString('hex');

/** The same server and credentials, another database. */
export function databaseUrlWith(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

const DATABASE_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Runs `fn` with the URL of a database created for it (named `<prefix><random>`), dropped
 * afterwards even if `fn` failed. Whoever connected to it must have closed by then; FORCE ends
 * any session left behind.
 */
export async function withThrowawayDatabase<T>(
  url: string,
  prefix: string,
  fn: (databaseUrl: string, name: string) => Promise<T>,
): Promise<T> {
  const name = `${prefix}${randomSuffix()}`;
  if (!DATABASE_NAME.test(name)) throw new Error(`not a plain database name: ${name}`);
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      return await fn(databaseUrlWith(url, name), name);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

/** The table of the plain-INSERT baseline: the event's columns, its id as the one index. */
const plainTable = (schema: string) => `CREATE TABLE "${schema}".plain_events (
  event_id uuid PRIMARY KEY,
  stream_id text NOT NULL,
  type text NOT NULL,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL
)`;

export const PLAIN_INSERT_SQL = `INSERT INTO plain_events (event_id, stream_id, type, data, metadata)
  VALUES ($1, $2, $3, $4, $5)`;

export function plainInsertParams(streamId: string, event: NewEvent): unknown[] {
  return [
    event.eventId,
    streamId,
    event.type,
    JSON.stringify(event.data),
    JSON.stringify(event.metadata),
  ];
}

/** Creates the plain-INSERT table in `schema` (which must exist). */
export async function createPlainTable(client: Client, schema: string): Promise<void> {
  await client.query(plainTable(schema));
}

/**
 * The machine's durable-commit limit through the same driver: one autocommit INSERT of an event
 * row per operation, `clients` connections.
 */
export async function plainInsertRun(
  url: string,
  schema: string,
  clients: number,
  seconds: number,
  admin?: Client,
): Promise<LoadRun> {
  const applicationName = `loanbook-bench-plain-insert-${randomSuffix()}`;
  const pool = new Pool({
    connectionString: url,
    max: clients,
    application_name: applicationName,
    options: `-c search_path=${schema}`,
  });
  try {
    return await closedLoopRun({
      clients,
      seconds,
      cpuProbe: admin ? () => startCpuProbe(admin, applicationName) : undefined,
      operation: async () => {
        await pool.query(
          PLAIN_INSERT_SQL,
          plainInsertParams(`loan-${randomUUID()}`, benchEvent(1)),
        );
      },
    });
  } finally {
    await pool.end();
  }
}

/** First executable `name` on PATH. */
export function findOnPath(name: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** pgbench's throughput line, e.g. `tps = 612.345678 (without initial connection time)`. */
export function parsePgbenchTps(output: string): number | undefined {
  const match = /^tps = (\d+(?:\.\d+)?) \(without initial connection time\)$/m.exec(output);
  return match ? Number(match[1]) : undefined;
}

function run(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args.join(' ')} failed: ${stderr || error.message}`));
      else resolve(`${stdout}\n${stderr}`);
    });
  });
}

export type PgbenchOutcome =
  | { ran: true; runs: { clients: number; tps: number }[]; scale: number }
  | { ran: false; reason: string };

/**
 * pgbench's TPC-B-like script at each client count (`-j` = clients) for `seconds`, on a database
 * of its own (scale 1), dropped afterwards.
 */
export async function pgbenchTpcB(
  url: string,
  clientCounts: readonly number[],
  seconds: number,
): Promise<PgbenchOutcome> {
  const pgbench = findOnPath('pgbench');
  if (!pgbench) return { ran: false, reason: 'pgbench is not on PATH' };
  const scale = 1;
  return withThrowawayDatabase(url, 'loanbook_bench_pgbench_', async (databaseUrl) => {
    await run(pgbench, ['-i', '-q', '-s', String(scale), databaseUrl]);
    const runs: { clients: number; tps: number }[] = [];
    for (const clients of clientCounts) {
      const c = String(clients);
      const output = await run(pgbench, ['-c', c, '-j', c, '-T', String(seconds), databaseUrl]);
      const tps = parsePgbenchTps(output);
      if (tps === undefined) throw new Error(`no tps line in pgbench's output:\n${output}`);
      runs.push({ clients, tps });
    }
    return { ran: true, runs, scale };
  });
}

export interface StatementCost {
  /** Median server-side execution time (EXPLAIN ANALYZE), ms. */
  executionMs: number;
  /** Median WAL written by the statement: bytes, records, full-page images among them. */
  walBytes: number;
  walRecords: number;
  walFpi: number;
  /** Median shared buffers touched (hit + read). */
  sharedBuffers: number;
}

interface ExplainNode {
  'WAL Bytes'?: number;
  'WAL Records'?: number;
  'WAL FPI'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/**
 * The server's own cost of a statement: `runs` executions under EXPLAIN (ANALYZE, BUFFERS, WAL),
 * medians. `params(i)` gives the i-th run's parameters (each run must be a fresh write). The
 * top node's counters include what a function does inside.
 */
export async function statementCost(
  client: Client,
  sql: string,
  params: (run: number) => unknown[],
  runs = 25,
): Promise<StatementCost> {
  const execution: number[] = [];
  const wal: number[] = [];
  const records: number[] = [];
  const fpi: number[] = [];
  const buffers: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { rows } = await client.query<{
      'QUERY PLAN': [{ Plan: ExplainNode; 'Execution Time': number }];
    }>(`EXPLAIN (ANALYZE, BUFFERS, WAL, FORMAT JSON) ${sql}`, params(i));
    const [{ Plan: plan, 'Execution Time': ms }] = rows[0]['QUERY PLAN'];
    execution.push(ms);
    wal.push(plan['WAL Bytes'] ?? 0);
    records.push(plan['WAL Records'] ?? 0);
    fpi.push(plan['WAL FPI'] ?? 0);
    buffers.push((plan['Shared Hit Blocks'] ?? 0) + (plan['Shared Read Blocks'] ?? 0));
  }
  return {
    executionMs: median(execution),
    walBytes: median(wal),
    walRecords: median(records),
    walFpi: median(fpi),
    sharedBuffers: median(buffers),
  };
}

/** Median round trip of `SELECT 1` through the driver: the floor under any statement, ms. */
export async function roundTripMs(client: Client, runs = 200): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await client.query('SELECT 1');
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

export const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
