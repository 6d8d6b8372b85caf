/**
 * Loanbook against Emmett's PostgreSQL event store (@event-driven-io/emmett-postgresql, installed
 * apart in bench/peers), same run, same server, same events:
 *   - appends, one event each, at 1 and 8 writers, each writer on its own streams with the
 *     version it knows;
 *   - the full-log read: Loanbook's readAll batches against Emmett's readMessagesBatch (what its
 *     message batch puller calls, without the puller's sleeps between batches), the same batch
 *     size, over logs topped up to the same number of events.
 * Emmett gets a database of its own (dropped at the end): it creates its functions only when no
 * function of that name exists anywhere in the database (pg_proc by name, not by schema), so a
 * second Emmett store in another schema of a shared database would run without its own.
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { LOG_START, type NewEvent, PostgresEventStore } from '@loanbook/event-store';
import {
  cpuBound,
  describeSchedule,
  loadSchedule,
  loanbookAppendRun,
  streamAppendRun,
  WRITER_COUNTS,
} from './appends';
import {
  benchEvent,
  alternate,
  type CpuProbe,
  fmt,
  type LoadResult,
  type LoadRun,
  randomSuffix,
  startCpuProbe,
  StreamCursor,
  withThrowawayDatabase,
} from './pg-baselines';
import { type Benchmark, type BenchContext, type Measurement, secondsSince } from './types';

const EMMETT = '@event-driven-io/emmett-postgresql';
const DUMBO = '@event-driven-io/dumbo';
const READ_BATCH = 1000;

/** The parts of Emmett's API used here (its types live in bench/peers, outside the typecheck). */
interface EmmettEvent {
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

interface EmmettEventStore {
  appendToStream(
    streamName: string,
    events: EmmettEvent[],
    options?: { expectedStreamVersion?: bigint },
  ): Promise<{ nextExpectedStreamVersion: bigint; lastEventGlobalPosition: bigint }>;
  schema: { migrate(): Promise<unknown> };
  close(): Promise<void>;
}

interface EmmettPostgresql {
  getPostgreSQLEventStore(
    connectionString: string,
    options: { connectionOptions: { pool: PeerPool } },
  ): EmmettEventStore;
  readMessagesBatch(
    execute: unknown,
    options: { after: bigint; batchSize: number },
  ): Promise<{
    currentGlobalPosition: bigint;
    messages: { metadata: { messageId: string } }[];
    areMessagesLeft: boolean;
  }>;
}

interface DumboPool {
  execute: unknown;
  close(): Promise<void>;
}

interface Dumbo {
  dumbo(options: { connectionString: string; pool: PeerPool }): DumboPool;
}

/** A pg.Pool of Emmett's own copy of pg. */
interface PeerPool {
  on(event: 'error', listener: () => void): unknown;
  end(): Promise<void>;
}

interface PgPeer {
  Client: { prototype: { query: (...args: unknown[]) => unknown } };
  Pool: new (config: { connectionString: string; max: number }) => PeerPool;
}

/** bench/peers, found from this file whether it runs compiled (dist/bench/…) or from source. */
function peersDirectory(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'bench', 'peers');
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`bench/peers not found above ${__dirname}`);
  }
}

async function loadEmmett(): Promise<{ emmett: EmmettPostgresql; dumbo: Dumbo; pg: PgPeer }> {
  const peers = peersDirectory();
  // The package ships ESM and CJS; the bench compiles to CommonJS, so this import() becomes a
  // require of the resolved CJS build. Dumbo and pg are resolved from Emmett's own location, to
  // be the very instances it uses.
  const entry = require.resolve(EMMETT, { paths: [peers] });
  const emmett = (await import(entry)) as EmmettPostgresql;
  const dumbo = (await import(require.resolve(DUMBO, { paths: [dirname(entry)] }))) as Dumbo;
  const pg = (await import(require.resolve('pg', { paths: [dirname(entry)] }))) as PgPeer;
  return { emmett, dumbo, pg };
}

const toEmmett = (e: NewEvent): EmmettEvent => ({
  type: e.type,
  data: e.data,
  // Emmett takes the message id from the metadata and stores it in a column of its own.
  metadata: { ...e.metadata, messageId: e.eventId },
});

function emmettAppendRun(
  store: EmmettEventStore,
  writers: number,
  seconds: number,
  cpuProbe?: () => Promise<CpuProbe>,
): Promise<LoadRun> {
  return streamAppendRun(
    writers,
    seconds,
    async (streamId, version) =>
      Number(
        (
          await store.appendToStream(streamId, [toEmmett(benchEvent(version + 1))], {
            expectedStreamVersion: BigInt(version),
          })
        ).nextExpectedStreamVersion,
      ),
    cpuProbe,
  );
}

/** Statements Emmett sends per append, counted on its pg client over `appends` sequential ones. */
async function emmettStatementsPerAppend(
  store: EmmettEventStore,
  pg: PgPeer,
  appends = 50,
): Promise<number> {
  const proto = pg.Client.prototype;
  const original = proto.query;
  let statements = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    statements++;
    return original.apply(this, args);
  };
  try {
    const cursor = new StreamCursor();
    for (let i = 0; i < appends; i++) {
      const result = await store.appendToStream(
        cursor.streamId,
        [toEmmett(benchEvent(cursor.version + 1))],
        { expectedStreamVersion: BigInt(cursor.version) },
      );
      cursor.advance(Number(result.nextExpectedStreamVersion));
    }
    return statements / appends;
  } finally {
    proto.query = original;
  }
}

const FILL_CHUNK = 1000;

interface FillRows {
  ids: string[];
  streams: string[];
  types: string[];
  data: string[];
  metadata: string[];
}

function fillRows(count: number): FillRows {
  const rows: FillRows = { ids: [], streams: [], types: [], data: [], metadata: [] };
  for (let i = 0; i < count; i++) {
    const e = benchEvent(1);
    rows.ids.push(e.eventId);
    rows.streams.push(`loan-${e.eventId}`);
    rows.types.push(e.type);
    rows.data.push(JSON.stringify(e.data));
    rows.metadata.push(JSON.stringify(e.metadata));
  }
  return rows;
}

/**
 * Tops a log up to `target` events with the same events the writers append (setup, not timed):
 * chunks of FILL_CHUNK rows, one transaction each, one stream per event.
 */
async function topUp(
  client: Client,
  table: string,
  count: () => Promise<number>,
  insertSql: string,
  target: number,
): Promise<void> {
  for (let have = await count(); have < target; have += FILL_CHUNK) {
    const rows = fillRows(Math.min(FILL_CHUNK, target - have));
    await client.query(insertSql, [rows.ids, rows.streams, rows.types, rows.data, rows.metadata]);
  }
  // Hint bits and statistics now, so that no reader pays for them.
  await client.query(`VACUUM (ANALYZE) ${table}`);
}

const LOANBOOK_FILL = (schema: string) => `INSERT INTO "${schema}".events
    (event_id, stream_id, stream_version, type, data, metadata)
  SELECT u.id, u.stream, 1, u.type, u.data, u.metadata
    FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[], $5::jsonb[])
         AS u(id, stream, type, data, metadata)`;

const EMMETT_FILL = `INSERT INTO emt_messages
    (stream_id, stream_position, partition, message_data, message_metadata,
     message_schema_version, message_type, message_kind, message_id, transaction_id)
  SELECT u.stream, 1, 'emt:default', u.data, u.metadata, '1', u.type, 'E', u.id, pg_current_xact_id()
    FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::jsonb[])
         AS u(id, stream, type, data, metadata)`;

interface WholeLogRead {
  /** Events handed out, counting any handed out twice. */
  events: number;
  /** Distinct event ids among them. */
  distinct: number;
  seconds: number;
}

/** Reads batches until one is empty; `read` pushes the ids of its batch and returns how many. */
async function readWholeLog(read: (ids: string[]) => Promise<number>): Promise<WholeLogRead> {
  const ids: string[] = [];
  const started = process.hrtime.bigint();
  while ((await read(ids)) > 0);
  const seconds = secondsSince(started);
  return { events: ids.length, distinct: new Set(ids).size, seconds };
}

const writersLabel = (n: number) => (n === 1 ? '1 writer' : `${n} writers`);

export const peerEmmett: Benchmark = async (ctx: BenchContext): Promise<Measurement[]> => {
  const schedule = loadSchedule(ctx.quick);
  const { rounds, seconds } = schedule;
  const readTarget = ctx.quick ? 20_000 : 100_000;
  const { emmett, dumbo, pg } = await loadEmmett();
  const suffix = randomSuffix();
  const schema = `bench_peer_${suffix}`;
  const lbApplication = `loanbook-bench-peer-${suffix}`;
  const emApplication = `emmett-bench-peer-${suffix}`;
  const maxWriters = Math.max(...WRITER_COUNTS);
  const admin = new Client({ connectionString: ctx.databaseUrl });
  await admin.connect();
  const loanbook = new PostgresEventStore({
    connectionString: ctx.databaseUrl,
    schema,
    poolSize: maxWriters,
    applicationName: lbApplication,
  });
  try {
    await loanbook.init();
    return await withThrowawayDatabase(
      ctx.databaseUrl,
      'loanbook_bench_emmett_',
      async (databaseUrl) => {
        const named = new URL(databaseUrl);
        named.searchParams.set('application_name', emApplication);
        const emmettUrl = named.toString();
        // A pool of Emmett's pg, handed to it and to the reader, and ended here: Emmett's own
        // pools are shared by connection string and counted, so one left open would be cut off by
        // the DROP DATABASE below. As many connections as Loanbook's pool.
        const emmettPool = new pg.Pool({ connectionString: emmettUrl, max: maxWriters });
        emmettPool.on('error', () => undefined);
        const store = emmett.getPostgreSQLEventStore(emmettUrl, {
          connectionOptions: { pool: emmettPool },
        });
        const pool = dumbo.dumbo({ connectionString: emmettUrl, pool: emmettPool });
        const emmettAdmin = new Client({ connectionString: databaseUrl });
        try {
          await store.schema.migrate();
          await emmettAdmin.connect();

          const lb = new Map<number, LoadResult>();
          const lbCommits = { commits: 0, appends: 0 };
          const em = new Map<number, LoadResult>();
          for (const n of WRITER_COUNTS) {
            ctx.log(
              `peer-emmett: Loanbook and Emmett appendToStream, ${writersLabel(n)}, ${describeSchedule(schedule)} each`,
            );
            const results = await alternate(rounds, {
              loanbook: () =>
                loanbookAppendRun(
                  loanbook,
                  n,
                  seconds,
                  () => startCpuProbe(admin, lbApplication),
                  n === maxWriters ? lbCommits : undefined,
                ),
              emmett: () =>
                emmettAppendRun(store, n, seconds, () => startCpuProbe(admin, emApplication)),
            });
            lb.set(n, results.loanbook);
            em.set(n, results.emmett);
          }

          const countLoanbook = async () =>
            Number(
              (await admin.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}".events`))
                .rows[0].n,
            );
          const countEmmett = async () =>
            Number(
              (await emmettAdmin.query<{ n: string }>('SELECT count(*) AS n FROM emt_messages'))
                .rows[0].n,
            );
          const logSize = Math.max(readTarget, await countLoanbook(), await countEmmett());
          ctx.log(`peer-emmett: both logs to ${fmt(logSize)} events, then read each whole`);
          await topUp(admin, `"${schema}".events`, countLoanbook, LOANBOOK_FILL(schema), logSize);
          await topUp(emmettAdmin, 'emt_messages', countEmmett, EMMETT_FILL, logSize);

          let checkpoint = LOG_START;
          const lbRead = await readWholeLog(async (ids) => {
            const batch = await loanbook.readAll(checkpoint, { batchSize: READ_BATCH });
            checkpoint = batch.checkpoint;
            for (const e of batch.events) ids.push(e.eventId);
            return batch.events.length;
          });
          if (lbRead.events !== logSize || lbRead.distinct !== logSize)
            throw new Error(
              `Loanbook readAll handed out ${lbRead.events} events (${lbRead.distinct} distinct), not ${logSize}`,
            );
          let after = 0n;
          const emRead = await readWholeLog(async (ids) => {
            const batch = await emmett.readMessagesBatch(pool.execute, {
              after,
              batchSize: READ_BATCH,
            });
            after = batch.currentGlobalPosition;
            for (const m of batch.messages) ids.push(m.metadata.messageId);
            return batch.messages.length;
          });
          // Emmett's batches continue from the last position read while ordered by transaction:
          // over a log written concurrently, events behind that position are skipped and events
          // past it come again. Counted, not fatal: it is the peer's behaviour, not the bench's.
          const missed = logSize - emRead.distinct;
          const repeated = emRead.events - emRead.distinct;

          const top = lb.get(maxWriters)!.perSecond / em.get(maxWriters)!.perSecond;
          const aimMet = top >= 1.5;
          let diagnosis = '';
          if (!aimMet) {
            const perAppend = await emmettStatementsPerAppend(store, pg);
            diagnosis =
              ` Emmett sends ${fmt(perAppend, 1)} statements per append (counted on its pg ` +
              `client: BEGIN, its function, COMMIT), Loanbook one.`;
            const l = lb.get(maxWriters)!.cpu;
            const e = em.get(maxWriters)!.cpu;
            if (l && e) {
              const cores = cpus().length;
              const lTotal = l.serverUs + l.clientUs;
              const needed = (e.serverUs + e.clientUs) / 1.5;
              diagnosis +=
                ` CPU per append at ${maxWriters} writers: Emmett server ${fmt(e.serverUs)} µs and ` +
                `client ${fmt(e.clientUs)} µs, Loanbook ${fmt(l.serverUs)} and ${fmt(l.clientUs)} µs ` +
                `(group commit: ${fmt(lbCommits.appends / Math.max(1, lbCommits.commits), 1)} appends ` +
                `per commit); at that cost ${cores} cores allow about ${fmt(cpuBound(cores, e))} and ` +
                `${fmt(cpuBound(cores, l))} appends/s. Loanbook reaches 1.5 × at ${fmt(needed)} µs ` +
                `per append, ${fmt(Math.max(0, lTotal - needed))} µs less than now, or with less ` +
                `waiting: the Appends row says where its latency goes.`;
            }
          }

          const settings = `one event per append, ${describeSchedule(schedule)} after a 25-append warm-up per writer, same events and stream pattern as Appends; Emmett in a database of its own on the same server; both pools of ${maxWriters}`;
          const measurements: Measurement[] = WRITER_COUNTS.map((n) => {
            const e = em.get(n)!;
            const l = lb.get(n)!;
            const m: Measurement = {
              section: 'Peer',
              subject: `Emmett appendToStream, ${writersLabel(n)}`,
              store: 'PostgreSQL',
              value: e.perSecond,
              unit: 'events/s',
              p50Ms: e.p50Ms,
              p99Ms: e.p99Ms,
              baseline: {
                subject: `Loanbook appendToStream, ${writersLabel(n)} (p50 ${fmt(l.p50Ms, 2)} ms, p99 ${fmt(l.p99Ms, 2)} ms)`,
                value: l.perSecond,
                unit: 'events/s',
              },
              ratio: e.perSecond / l.perSecond,
              note: `ratio = Emmett / Loanbook (lower favours Loanbook); ${fmt(e.operations)} Emmett appends, ${fmt(l.operations)} Loanbook; ${settings}`,
            };
            if (n === maxWriters) {
              m.aim = {
                description: `Loanbook ≥ 1.5 × Emmett at ${maxWriters} writers (ratio ≤ 0.67)`,
                met: aimMet,
              };
              if (!aimMet)
                m.note += `. Aim missed: Loanbook is ${fmt(top, 2)} × Emmett.${diagnosis}`;
            }
            return m;
          });
          const lbRate = lbRead.events / lbRead.seconds;
          const emRate = emRead.events / emRead.seconds;
          measurements.push({
            section: 'Peer',
            subject: 'Emmett full-log read (readMessagesBatch)',
            store: 'PostgreSQL',
            value: emRate,
            unit: 'events/s',
            baseline: { subject: 'Loanbook readAll', value: lbRate, unit: 'events/s' },
            ratio: emRate / lbRate,
            note:
              `${fmt(logSize)} events each, batches of ${READ_BATCH}, from the start to the end of the log, ` +
              `${fmt(emRead.seconds, 2)} s against ${fmt(lbRead.seconds, 2)} s; ratio = Emmett / Loanbook. ` +
              `Emmett 0.42.0's messages table has no index in its reading order (transaction, ` +
              `position), so each batch scans and sorts the rest of the log: its rate falls as the ` +
              `log grows` +
              (missed > 0 || repeated > 0
                ? `; Emmett's batches (continued from the last global position while ordered by ` +
                  `transaction) missed ${fmt(missed)} events and handed out ${fmt(repeated)} twice ` +
                  `in the part written by concurrent writers, Loanbook's none`
                : ''),
          });
          return measurements;
        } finally {
          await emmettAdmin.end().catch(() => undefined);
          await pool.close();
          await store.close();
          await emmettPool.end();
        }
      },
    );
  } finally {
    await loanbook.close();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await admin.end();
  }
};
