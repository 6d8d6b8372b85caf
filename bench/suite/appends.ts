/**
 * How fast does Loanbook append, one event per command, against what the machine can commit at
 * all? On a fresh PostgreSQL schema (dropped at the end), in the same run:
 *   - PostgresEventStore.appendToStream at 1 and 8 writers, each on its own streams with the
 *     version it knows (a new stream every EVENTS_PER_STREAM appends);
 *   - the baseline: one autocommit INSERT of the same event row through the same driver;
 *   - pgbench TPC-B at 1 and 8 clients on a database of its own, for context.
 * Subject and baseline alternate in rounds. When an aim is missed, the note says where the time
 * goes: CPU per operation (server backends from /proc, this process) and EXPLAIN (ANALYZE,
 * BUFFERS, WAL) of one append against one plain INSERT.
 */
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { Client } from 'pg';
import { PostgresEventStore } from '@loanbook/event-store';
import { APPEND_GROUP_SQL, groupParams } from '@loanbook/event-store/sql/append-group';
import { prepareAppend } from '@loanbook/event-store/sql/append-to-stream';
import {
  benchEvent,
  alternate,
  closedLoopRun,
  type CpuPerOperation,
  type CpuProbe,
  createPlainTable,
  EVENTS_PER_STREAM,
  fmt,
  type LoadResult,
  type LoadRun,
  pgbenchTpcB,
  PLAIN_INSERT_SQL,
  plainInsertParams,
  plainInsertRun,
  randomSuffix,
  roundTripMs,
  type StatementCost,
  statementCost,
  startCpuProbe,
  StreamCursor,
} from './pg-baselines';
import type { Benchmark, BenchContext, Measurement } from './types';

export const WRITER_COUNTS = [1, 8] as const;

/** How long each load is measured: `rounds` windows of `seconds`, alternating with its baseline. */
export interface LoadSchedule {
  rounds: number;
  seconds: number;
}

export const loadSchedule = (quick: boolean): LoadSchedule =>
  quick ? { rounds: 1, seconds: 3 } : { rounds: 3, seconds: 5 };

export const describeSchedule = ({ rounds, seconds }: LoadSchedule): string =>
  rounds === 1
    ? `${seconds} s`
    : `${rounds * seconds} s (${rounds} rounds of ${seconds} s, alternating with the baseline)`;

/** Append statements and the appends they carried, added up over a load's timed windows. */
export interface CommitCount {
  commits: number;
  appends: number;
}

/**
 * `writers` closed loops, each appending one event at a time to its own streams with the version
 * it knows (a new stream every EVENTS_PER_STREAM appends): `append` writes event `version + 1`
 * and answers the stream's new version. The same load for Loanbook and its peer.
 */
export function streamAppendRun(
  writers: number,
  seconds: number,
  append: (streamId: string, version: number) => Promise<number>,
  cpuProbe?: () => Promise<CpuProbe>,
): Promise<LoadRun> {
  const cursors = Array.from({ length: writers }, () => new StreamCursor());
  return closedLoopRun({
    clients: writers,
    seconds,
    cpuProbe,
    operation: async (writer) => {
      const cursor = cursors[writer];
      cursor.advance(await append(cursor.streamId, cursor.version));
    },
  });
}

/**
 * streamAppendRun on `store` (its pool must hold at least `writers` connections). `commits`,
 * when given, adds up the timed window's group commits.
 */
export function loanbookAppendRun(
  store: PostgresEventStore,
  writers: number,
  seconds: number,
  cpuProbe?: () => Promise<CpuProbe>,
  commits?: CommitCount,
): Promise<LoadRun> {
  return streamAppendRun(
    writers,
    seconds,
    async (streamId, version) =>
      (
        await store.appendToStream(streamId, [benchEvent(version + 1)], {
          expectedVersion: version,
        })
      ).nextExpectedVersion,
    async () => {
      const before = store.groupCommitStats();
      const cpu = await cpuProbe?.();
      return {
        stop() {
          const after = store.groupCommitStats();
          if (commits && before && after) {
            commits.commits += after.commits - before.commits;
            commits.appends += after.appends - before.appends;
          }
          return cpu?.stop();
        },
      };
    },
  );
}

const payloadBytes = (): number => {
  const e = benchEvent(1);
  return Buffer.byteLength(JSON.stringify(e.data)) + Buffer.byteLength(JSON.stringify(e.metadata));
};

/** How many appends shared a statement and a commit (group commit), on average. */
const perCommit = (count?: CommitCount): string =>
  count && count.commits > 0
    ? `; ${fmt(count.appends / count.commits, 1)} appends per commit (group commit)`
    : '';

const writersLabel = (n: number) => (n === 1 ? '1 writer' : `${n} writers`);
const clientsLabel = (n: number) => (n === 1 ? '1 client' : `${n} clients`);

/**
 * The server's own cost of the group commit statement PostgresEventStore sends when `appends`
 * appends wait together (EXPLAIN ANALYZE, medians of 40 in the workload's pattern: new event
 * ids, each append on its own stream at the version it knows), on a connection of its own.
 */
export async function groupStatementCost(
  url: string,
  schema: string,
  appends: number,
): Promise<StatementCost> {
  const client = new Client({
    connectionString: url,
    application_name: 'loanbook-bench-appends',
    options: `-c search_path=${schema}`,
  });
  await client.connect();
  try {
    const cursors = Array.from({ length: appends }, () => new StreamCursor());
    return await statementCost(
      client,
      APPEND_GROUP_SQL,
      () =>
        groupParams(
          cursors.map((cursor) => {
            const prepared = prepareAppend(cursor.streamId, [benchEvent(cursor.version + 1)], {
              expectedVersion: cursor.version,
            });
            cursor.advance(cursor.version + 1);
            return prepared;
          }),
        ),
      40,
    );
  } finally {
    await client.end();
  }
}

const wal = (c: StatementCost) =>
  `${fmt(c.walBytes)} B of WAL in ${fmt(c.walRecords)} records (${fmt(c.walFpi)} full-page ` +
  `image${c.walFpi === 1 ? '' : 's'}, ` +
  `which depend on when the last checkpoint was)`;

/** What `cores` cores allow at this CPU per operation, operations/s. */
export const cpuBound = (cores: number, cpu: CpuPerOperation): number =>
  (cores * 1e6) / (cpu.serverUs + cpu.clientUs);

/**
 * Where an append's time goes next to a plain INSERT's: CPU per operation in the timed runs at the
 * top writer count, what the cores allow at that cost, how many appends shared a commit, and the
 * server's own cost of one group statement against one plain INSERT.
 */
async function whereTheTimeGoes(
  url: string,
  schema: string,
  loanbook: LoadResult,
  plain: LoadResult,
  commits: CommitCount | undefined,
): Promise<string> {
  const cores = cpus().length;
  const parts: string[] = [];
  const l = loanbook.cpu;
  const p = plain.cpu;
  if (l && p) {
    parts.push(
      `At the CPU each costs (server + client, in the notes) ${cores} cores allow about ` +
        `${fmt(cpuBound(cores, l))} appends/s against ${fmt(cpuBound(cores, p))} plain INSERTs/s.`,
    );
  }
  const perGroup =
    commits && commits.commits > 0
      ? Math.max(1, Math.round(commits.appends / commits.commits))
      : loanbook.clients;
  const group = await groupStatementCost(url, schema, perGroup);
  const client = new Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    const insert = await statementCost(
      client,
      PLAIN_INSERT_SQL,
      () => plainInsertParams(`loan-${randomUUID()}`, benchEvent(1)),
      30,
    );
    const rtt = await roundTripMs(client);
    parts.push(
      `Concurrent appends share one statement and one commit (group commit). Per statement (EXPLAIN ANALYZE, BUFFERS, WAL; medians): ` +
        `append_to_streams_each with ${perGroup} appends executes in ${fmt(group.executionMs, 3)} ms ` +
        `(${fmt(group.executionMs / perGroup, 3)} ms an append), writes ${wal(group)} and ` +
        `touches ${fmt(group.sharedBuffers)} buffers; the plain INSERT ${fmt(insert.executionMs, 3)} ms, ` +
        `${wal(insert)}, ${fmt(insert.sharedBuffers)} buffers; a bare round trip (SELECT 1) ` +
        `${fmt(rtt, 3)} ms.`,
    );
  } finally {
    await client.end();
  }
  parts.push(
    "An append writes two rows (its stream's version, and the event with an entry in each of " +
      "its four indexes against the plain row's one) after its stream's lock and a lookup of its " +
      `event ids. With the commit shared, an append costs ${
        l && p && cpuBound(cores, l) >= cpuBound(cores, p) ? 'no more CPU than' : 'CPU close to'
      } a plain INSERT; what ` +
      "is left is latency: the writers' appends travel together, so each waits for the whole " +
      "group's statement, its commit and the client's work on all of them, while the plain " +
      'INSERTs commit on their own and PostgreSQL flushes their WAL together. What would close ' +
      'the gap: a cheaper group statement (one JSON parameter instead of five arrays of ' +
      'literals to parse, the lock keys computed once), and less client work per append (the ' +
      "driver's array literals).",
  );
  return parts.join(' ');
}

export const appends: Benchmark = async (ctx: BenchContext): Promise<Measurement[]> => {
  const schedule = loadSchedule(ctx.quick);
  const { rounds, seconds } = schedule;
  const pgbenchSeconds = rounds * seconds;
  const suffix = randomSuffix();
  const schema = `bench_appends_${suffix}`;
  const applicationName = `loanbook-bench-appends-${suffix}`;
  const maxWriters = Math.max(...WRITER_COUNTS);
  const admin = new Client({ connectionString: ctx.databaseUrl });
  await admin.connect();
  const store = new PostgresEventStore({
    connectionString: ctx.databaseUrl,
    schema,
    poolSize: maxWriters,
    applicationName,
  });
  const probe = () => startCpuProbe(admin, applicationName);
  try {
    await store.init();
    await createPlainTable(admin, schema);
    const plain = new Map<number, LoadResult>();
    const loanbook = new Map<number, LoadResult>();
    const commitCounts = new Map<number, CommitCount>();
    const counted = (n: number): CommitCount => {
      let count = commitCounts.get(n);
      if (!count) commitCounts.set(n, (count = { commits: 0, appends: 0 }));
      return count;
    };
    for (const n of WRITER_COUNTS) {
      ctx.log(
        `appends: plain INSERT and Loanbook appendToStream, ${writersLabel(n)}, ${describeSchedule(schedule)} each`,
      );
      const results = await alternate(rounds, {
        plain: () => plainInsertRun(ctx.databaseUrl, schema, n, seconds, admin),
        loanbook: () => loanbookAppendRun(store, n, seconds, probe, counted(n)),
      });
      plain.set(n, results.plain);
      loanbook.set(n, results.loanbook);
    }
    ctx.log(
      `appends: pgbench TPC-B at ${WRITER_COUNTS.join(' and ')} clients, ${pgbenchSeconds} s each`,
    );
    const pgbench = await pgbenchTpcB(ctx.databaseUrl, WRITER_COUNTS, pgbenchSeconds);

    const settings =
      `one event per append (${fmt(payloadBytes())} B of data + metadata JSON), ` +
      `${describeSchedule(schedule)} after a 25-append warm-up per writer, a new stream every ` +
      `${EVENTS_PER_STREAM} appends, pool of ${maxWriters}`;
    const measurements: Measurement[] = [];
    for (const n of WRITER_COUNTS) {
      const p = plain.get(n)!;
      measurements.push({
        section: 'Appends',
        subject: `Plain INSERT per transaction, ${clientsLabel(n)}`,
        store: 'PostgreSQL',
        value: p.perSecond,
        unit: 'rows/s',
        p50Ms: p.p50Ms,
        p99Ms: p.p99Ms,
        note:
          `autocommit INSERT of the event's row (uuid key, stream id, type, data and metadata jsonb) ` +
          `through pg, ${fmt(p.operations)} rows in ${fmt(p.seconds, 1)} s: the durable-commit limit` +
          (p.cpu
            ? `; CPU per row: server ${fmt(p.cpu.serverUs)} µs, client ${fmt(p.cpu.clientUs)} µs`
            : '') +
          (n === maxWriters && !pgbench.ran ? `; pgbench skipped: ${pgbench.reason}` : ''),
      });
    }
    const top = loanbook.get(maxWriters)!;
    const topPlain = plain.get(maxWriters)!;
    const topRatio = top.perSecond / topPlain.perSecond;
    const insertAimMet = topRatio >= 1.0;
    const diagnosis = insertAimMet
      ? ''
      : ` ${await whereTheTimeGoes(ctx.databaseUrl, schema, top, topPlain, commitCounts.get(maxWriters))}`;
    for (const n of WRITER_COUNTS) {
      const l = loanbook.get(n)!;
      const p = plain.get(n)!;
      const measurement: Measurement = {
        section: 'Appends',
        subject: `Loanbook appendToStream, ${writersLabel(n)}`,
        store: 'PostgreSQL',
        value: l.perSecond,
        unit: 'events/s',
        p50Ms: l.p50Ms,
        p99Ms: l.p99Ms,
        baseline: {
          subject: `Plain INSERT per transaction, ${clientsLabel(n)}`,
          value: p.perSecond,
          unit: 'rows/s',
        },
        ratio: l.perSecond / p.perSecond,
        note:
          `${fmt(l.operations)} appends; ${settings}` +
          (l.cpu
            ? `; CPU per append: server ${fmt(l.cpu.serverUs)} µs, client ${fmt(l.cpu.clientUs)} µs`
            : '') +
          perCommit(commitCounts.get(n)),
      };
      if (n === maxWriters) {
        measurement.aim = {
          description: `≥ 1.0 × plain INSERT at ${maxWriters} clients`,
          met: insertAimMet,
        };
        if (!insertAimMet) {
          measurement.note +=
            `. Aim missed (${fmt(topRatio, 2)} ×): p50 ${fmt(l.p50Ms, 2)} ms against ` +
            `${fmt(p.p50Ms, 2)} ms.${diagnosis}`;
        }
      }
      measurements.push(measurement);
    }
    if (pgbench.ran) {
      for (const run of pgbench.runs) {
        measurements.push({
          section: 'Appends',
          subject: `pgbench TPC-B, ${clientsLabel(run.clients)}`,
          store: 'PostgreSQL',
          value: run.tps,
          unit: 'tps',
          note: `for context: pgbench -c ${run.clients} -j ${run.clients} -T ${pgbenchSeconds}, scale ${pgbench.scale}, tps without initial connection time (5 statements per transaction)`,
        });
      }
    }
    return measurements;
  } finally {
    await store.close();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await admin.end();
  }
};
