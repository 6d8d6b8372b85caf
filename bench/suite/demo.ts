import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { runDemo } from '../../apps/cli/src/demo/demo.command';
import {
  DEMO_LIFECYCLE_CONCURRENCY,
  DEMO_MARKER_EVENT,
  DEMO_MARKER_STREAM,
} from '../../apps/cli/src/demo/loader';
import { countPgStatements } from './profile';
import { type Benchmark, type Measurement, secondsSince } from './types';

const COLUMNS = 'event_id, stream_id, stream_version, type, data, metadata';
const AIM_S = { PostgreSQL: 10, PGlite: 20 } as const;
/** The PGlite store's schema and directory under DATA_DIR (core.module.ts). */
const PGLITE_SCHEMA = 'loanbook';
const PGLITE_DIR = 'event-store';

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** What the demo needs to load on its own, the read models left out (they are its phase 2). */
function demoEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PROJECTIONS: 'external',
    PERSONAL_DATA_KEY: randomBytes(32).toString('base64'),
    AUTH_SHARED_SECRET: randomBytes(48).toString('base64'),
    LOG_LEVEL: 'silent',
    ...extra,
  };
  delete env.KAFKA_BROKERS;
  return env;
}

async function timedDemo(
  env: NodeJS.ProcessEnv,
): Promise<{ seconds: number; busy: number; statements: number }> {
  const counter = countPgStatements();
  const loop0 = performance.eventLoopUtilization();
  const started = process.hrtime.bigint();
  let statements: number;
  try {
    await runDemo({ env, stdout: new PassThrough().resume(), stderr: new PassThrough().resume() });
  } finally {
    statements = counter.stop();
  }
  return {
    seconds: secondsSince(started),
    busy: performance.eventLoopUtilization(loop0).utilization,
    statements,
  };
}

function demoRow(
  store: 'PostgreSQL' | 'PGlite',
  run: { seconds: number; busy: number; statements: number },
  events: number,
  commands: number | undefined,
  baseline: { subject: string; seconds: number },
): Measurement {
  const aim = AIM_S[store];
  const met = run.seconds <= aim;
  const perCommand = commands ? `${fmt((run.seconds * 1000) / commands, 2)} ms a command` : '';
  const where =
    store === 'PostgreSQL'
      ? `${fmt(run.statements)} SQL statements (${commands ? fmt(run.statements / commands, 1) : '?'} a command), each a round trip`
      : 'PGlite runs every statement on this process’s one thread, so the commands in flight share it with the command handler: concurrency saves no CPU, only the waits';
  return {
    section: 'Demo',
    subject: 'npm run demo: loading the demo portfolio through the command handler',
    store,
    value: run.seconds,
    unit: 's',
    baseline: { subject: baseline.subject, value: baseline.seconds, unit: 's' },
    ratio: run.seconds / baseline.seconds,
    aim: { description: `≤ ${aim} s of loading on ${store}`, met },
    note:
      `Lower is better; ratio = times the baseline's. ${fmt(events)} events ` +
      `(${fmt(events / run.seconds)} events/s) from ${commands === undefined ? 'its' : fmt(commands)} ` +
      `commands (${perCommand}); inquiries and file-number series (product, year) concurrently, ` +
      `${DEMO_LIFECYCLE_CONCURRENCY} at a time, each series' applications in order, each decision ` +
      `with the next application, then the loans' lives ${DEMO_LIFECYCLE_CONCURRENCY} at a time; ` +
      `the read models (the demo's phase 2) left out. The event loop was busy ` +
      `${fmt(run.busy * 100)} % of the time; ${where}. The baseline writes the same rows ` +
      `(${fmt(events / baseline.seconds)} rows/s).` +
      (met
        ? ''
        : ` Aim missed: the event loop was busy ${fmt(run.busy * 100)} % of the time, ` +
          `${fmt((run.busy * run.seconds * 1000) / (commands ?? 1), 2)} ms of this process's CPU a ` +
          `command (reading the streams, deciding, sealing personal data, the driver's work), so ` +
          `the one thread of the command handler sets the pace, not the waits the concurrency ` +
          `overlaps. What would close the gap: less CPU a command in the command path (the HTTP ` +
          `section's profile: the pg driver, validation), or loading in several processes ` +
          `(file-number series apart), which 2 cores shared with the store leave little room for.`),
  };
}

async function postgres(url: string, log: (line: string) => void): Promise<Measurement> {
  const admin = new Client({ connectionString: url });
  await admin.connect();
  const schema = `bench_demo_${randomBytes(4).toString('hex')}`;
  const file = join(tmpdir(), `loanbook-bench-demo-${schema}.tsv`);
  try {
    log('demo: npm run demo on PostgreSQL');
    const run = await timedDemo(
      demoEnv({ EVENT_STORE: 'postgres', DATABASE_URL: url, DATABASE_SCHEMA: schema }),
    );
    const [{ n, sent }] = (
      await admin.query<{ n: string; sent: string | null }>(
        `SELECT count(*) AS n,
                max(data ->> 'commandsSent') FILTER (WHERE stream_id = $1 AND type = $2) AS sent
           FROM "${schema}".events`,
        [DEMO_MARKER_STREAM, DEMO_MARKER_EVENT],
      )
    ).rows;
    // COPY of the same rows (exported first, untimed) into a table like events with its indexes.
    const client = new Client({ connectionString: url });
    await client.connect();
    let seconds: number;
    try {
      await pipeline(
        client.query(
          copyTo(
            `COPY (SELECT ${COLUMNS} FROM "${schema}".events ORDER BY global_position) TO STDOUT`,
          ),
        ),
        createWriteStream(file),
      );
      await admin.query(
        `CREATE TABLE "${schema}".copied_events (LIKE "${schema}".events INCLUDING ALL)`,
      );
      log(`demo: COPY of the same ${fmt(Number(n))} rows`);
      const started = process.hrtime.bigint();
      await pipeline(
        createReadStream(file),
        client.query(copyFrom(`COPY "${schema}".copied_events (${COLUMNS}) FROM STDIN`)),
      );
      seconds = secondsSince(started);
    } finally {
      await client.end();
    }
    return demoRow('PostgreSQL', run, Number(n), sent === null ? undefined : Number(sent), {
      subject: `COPY of the same ${fmt(Number(n))} rows`,
      seconds,
    });
  } finally {
    await rm(file, { force: true });
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await admin.end();
  }
}

async function pglite(log: (line: string) => void): Promise<Measurement> {
  const dataDir = await mkdtemp(join(tmpdir(), 'loanbook-bench-demo-'));
  try {
    log('demo: npm run demo on PGlite');
    const run = await timedDemo(demoEnv({ EVENT_STORE: 'pglite', DATA_DIR: dataDir }));
    // The demo has closed the store: its rows, then the same rows by single-row INSERTs
    // (autocommit, as the HTTP section's PGlite baseline) into a table like events.
    const db = new PGlite(join(dataDir, PGLITE_DIR));
    try {
      const table = `"${PGLITE_SCHEMA}".events`;
      const rows = (
        await db.query<Record<string, unknown>>(
          `SELECT event_id, stream_id, stream_version, type, data::text AS data, metadata::text AS metadata
             FROM ${table} ORDER BY global_position`,
        )
      ).rows;
      const marker = (
        await db.query<{ sent: string | null }>(
          `SELECT max(data ->> 'commandsSent') AS sent FROM ${table} WHERE stream_id = $1 AND type = $2`,
          [DEMO_MARKER_STREAM, DEMO_MARKER_EVENT],
        )
      ).rows[0]?.sent;
      await db.exec(`CREATE TABLE "${PGLITE_SCHEMA}".copied_events (LIKE ${table} INCLUDING ALL)`);
      log(`demo: PGlite INSERT of the same ${fmt(rows.length)} rows`);
      const started = process.hrtime.bigint();
      for (const r of rows) {
        await db.query(
          `INSERT INTO "${PGLITE_SCHEMA}".copied_events (${COLUMNS}) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)`,
          [r.event_id, r.stream_id, r.stream_version, r.type, r.data, r.metadata],
        );
      }
      const seconds = secondsSince(started);
      return demoRow('PGlite', run, rows.length, marker == null ? undefined : Number(marker), {
        subject: `PGlite single-row INSERTs of the same ${fmt(rows.length)} rows`,
        seconds,
      });
    } finally {
      await db.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Demo (issue 24): `npm run demo`'s loading (phase 1; the read models left out) on PostgreSQL
 * and on PGlite, each against its aim, with COPY (PostgreSQL) and PGlite's single-row INSERT
 * of the same rows as baselines measured in the same run. Also at --quick: the demo has one size.
 */
export const demo: Benchmark = async (ctx) => [
  await postgres(ctx.databaseUrl, ctx.log),
  await pglite(ctx.log),
];
