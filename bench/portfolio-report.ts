/**
 * How long does the portfolio report take for a generated portfolio of 100,000 loans, and how
 * much memory, against how long a plain read of the read models it comes from takes?
 *
 *   npm run bench:report -- [--loans 100000] [--as-of 2021-05-31] [--database-url URL] [--keep]
 *
 * Setup (timed and printed, not the measured figure), on a fresh PostgreSQL schema: the back
 * office's application context; the generated portfolio (bench/support/generated-portfolio.ts)
 * with its personal data sealed as the back office seals it, appended through the context's
 * event store a few hundred streams at a time; the read models caught up by the projection
 * runner; VACUUM (ANALYZE), as autovacuum would have done on a database that grew over years.
 *
 * Measured in a child process (bench/portfolio-report-child.ts), so that its peak memory is the
 * report's own: the report built three times (median), written as HTML, XLSX and CSV, and the
 * baseline of the same run, a sequential count and sum over the loans and payments tables.
 * Prints markdown tables on stdout and nothing else there; timings are reported, never asserted.
 * The schema is dropped at the end unless --keep.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { SingleBar } from 'cli-progress';
import { Client } from 'pg';
import type { LocalDate } from '@js-joda/core';
import {
  formatBusinessDate,
  parseBusinessDate,
  type LoanAppliedData,
  type LoanEvent,
  type ProductCatalogue,
} from '@loanbook/domain';
import type { EventStore, NewEvent, SqlDatabase, StreamAppend } from '@loanbook/event-store';
import { ProjectionRunner } from '@loanbook/projections';
import { READ_MODEL_PROJECTIONS } from '@loanbook/projections/read-models';
import { createBackOfficeContext } from '../apps/back-office/src/bootstrap';
import { loadConfig, type AppConfig } from '../apps/back-office/src/config/config';
import {
  APP_CONFIG,
  CATALOGUE,
  EVENT_STORE,
  READ_MODEL_DATABASE,
} from '../apps/back-office/src/infrastructure/tokens';
import { LoanRepository } from '../apps/back-office/src/loans/loan-repository';
import {
  DEFAULT_PORTFOLIO_AS_OF,
  DEFAULT_PORTFOLIO_LOANS,
  generateLoanChunks,
  MAX_PORTFOLIO_LOANS,
  portfolioContext,
  referenceCurvesAppend,
  toStreamAppend,
} from './support/generated-portfolio';
import type { ChildResult } from './portfolio-report-child';

interface Options {
  loans: number;
  asOf: LocalDate;
  databaseUrl: string;
  keep: boolean;
  /** Print one JSON object (setup and child figures) on stdout instead of markdown: the suite reads it. */
  json: boolean;
}

/** What `--json` prints: the suite (bench/suite/reports.ts) reads it. */
export interface PortfolioReportBenchResult {
  loans: number;
  postgres: string;
  setup: SetupFigures;
  child: ChildResult;
}

/** Streams per appendToStreams: one transaction, one round trip per stream. */
const APPEND_BATCH = 250;
/** Appends in flight at once (the pool has 10 connections). */
const APPEND_CONCURRENCY = 2;
/** Events the projection runner reads and applies at a time (the projector's default). */
const CATCH_UP_BATCH = 5000;
/** A fixed key for generated people only: the schema is thrown away (or kept, and readable). */
const BENCH_PERSONAL_DATA_KEY = Buffer.from(
  'b7e2046c9d1f3a58e0c4b69d2a7f1e3c5d8b0a4f6e2c9d1b3a5f7e0c2d4b6a8f',
  'hex',
).toString('base64');
const BENCH_AUTH_SECRET = 'loanbook-bench-shared-secret-0123456789abcdef';

function parseArgs(argv: string[]): Options {
  const options: Options = {
    loans: DEFAULT_PORTFOLIO_LOANS,
    asOf: DEFAULT_PORTFOLIO_AS_OF,
    databaseUrl:
      process.env.DATABASE_URL ??
      process.env.TEST_DATABASE_URL ??
      'postgres://postgres@127.0.0.1:5432/test',
    keep: false,
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--json') options.json = true;
    else if (flag === '--loans') {
      const raw = value();
      const n = Number(raw?.replace(/_/g, ''));
      if (!Number.isSafeInteger(n) || n < 1 || n > MAX_PORTFOLIO_LOANS)
        throw new Error(
          `--loans must be a whole number from 1 to ${MAX_PORTFOLIO_LOANS}, got ${raw}`,
        );
      options.loans = n;
    } else if (flag === '--as-of') options.asOf = parseBusinessDate(value());
    else if (flag === '--database-url') options.databaseUrl = value();
    else if (flag === '--keep') options.keep = true;
    else
      throw new Error(
        `unknown option ${argv[i]}; use --loans N, --as-of YYYY-MM-DD, --database-url URL, --keep, --json`,
      );
  }
  return options;
}

/** The back office's environment on the bench schema; the child process gets the same. */
function benchEnv(options: Options, schema: string): NodeJS.ProcessEnv {
  const env = process.env;
  return {
    ...env,
    EVENT_STORE: 'postgres',
    DATABASE_URL: options.databaseUrl,
    DATABASE_SCHEMA: schema,
    PROJECTIONS: 'external',
    DOCUMENTS: 'off',
    LOG_LEVEL: 'warn',
    OFFER_LAPSE_INTERVAL_SECONDS: '0',
    PERSONAL_DATA_KEY: env.PERSONAL_DATA_KEY ?? BENCH_PERSONAL_DATA_KEY,
    ...(env.AUTH_SHARED_SECRET || env.AUTH_JWKS_URL
      ? {}
      : { AUTH_SHARED_SECRET: BENCH_AUTH_SECRET }),
  };
}

function benchConfig(env: NodeJS.ProcessEnv): AppConfig {
  return loadConfig(env, { serving: false });
}

// ---------------------------------------------------------------------------------------------
// Progress on stderr: a bar on a terminal, a line every 10 % otherwise.

interface Progress {
  start(title: string, total: number): void;
  update(done: number, detail: string): void;
  stop(): void;
}

function progress(): Progress {
  const stream = process.stderr;
  if (stream.isTTY) {
    const bar = new SingleBar({
      stream,
      format: ' {bar} {percentage}% | {value}/{total} | {detail} | {duration_formatted}',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      etaBuffer: 50,
    });
    return {
      start: (title, total) => {
        stream.write(`${title}\n`);
        bar.start(total, 0, { detail: '' });
      },
      update: (done, detail) => bar.update(done, { detail }),
      stop: () => bar.stop(),
    };
  }
  let total = 0;
  let tenth = 0;
  return {
    start: (title, t) => {
      stream.write(`${title}\n`);
      total = t;
      tenth = 0;
    },
    update: (done, detail) => {
      const now = total === 0 ? 10 : Math.floor((done * 10) / total);
      if (now > tenth) {
        tenth = now;
        stream.write(`  ${now * 10}% (${fmt(done)}/${fmt(total)}, ${detail})\n`);
      }
    },
    stop: () => {},
  };
}

// ---------------------------------------------------------------------------------------------
// Personal data, sealed on the way in by the back office's own LoanRepository: the lender's id
// and name, a sole trader's name and a personal guarantor's name, each under their person's key.

async function sealPersonalData(
  repository: LoanRepository,
  append: StreamAppend,
): Promise<StreamAppend> {
  if (!append.streamId.startsWith('loan-')) return append;
  const loanId = append.streamId.slice('loan-'.length);
  const events = await Promise.all(
    append.events.map(async (e): Promise<NewEvent> => ({
      ...e,
      data: await repository.sealedData(loanId, {
        type: e.type,
        data: e.data,
        effectiveOn: e.metadata.effectiveOn,
      } as unknown as LoanEvent),
    })),
  );
  return { ...append, events };
}

// ---------------------------------------------------------------------------------------------

export interface SetupFigures {
  events: number;
  streams: number;
  people: number;
  contextSeconds: number;
  generateSeconds: number;
  storeSeconds: number;
  catchUpSeconds: number;
  vacuumSeconds: number;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = process.hrtime.bigint();
  const value = await fn();
  return { value, seconds: seconds(started) };
}

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
const perSecond = (n: number, s: number) => (s > 0 ? Math.floor(n / s) : 0);
const fmt = (n: number) => n.toLocaleString('en-US');
const sec = (s: number) => s.toFixed(2);
const kb = (bytes: number) => fmt(Math.ceil(bytes / 1024));

/** Generates, seals and appends the portfolio; returns the counts and the time of each step. */
async function load(
  context: INestApplicationContext,
  options: Options,
  bar: Progress,
): Promise<Omit<SetupFigures, 'contextSeconds' | 'catchUpSeconds' | 'vacuumSeconds'>> {
  const store = context.get<EventStore>(EVENT_STORE);
  const repository = context.get(LoanRepository);
  const config = context.get<AppConfig>(APP_CONFIG);
  const portfolio = portfolioContext({
    loans: options.loans,
    asOf: options.asOf,
    catalogue: context.get<ProductCatalogue>(CATALOGUE),
    approvalLimit: config.defaultApprovalLimit ?? null,
  });
  let events = 0;
  let streams = 0;
  let sealedPeople = 0;
  let generateSeconds = 0;
  let storeSeconds = 0;

  const append = async (appends: StreamAppend[]) => {
    const started = process.hrtime.bigint();
    const batches: StreamAppend[][] = [];
    for (let i = 0; i < appends.length; i += APPEND_BATCH)
      batches.push(appends.slice(i, i + APPEND_BATCH));
    const worker = async () => {
      for (let batch = batches.shift(); batch; batch = batches.shift()) {
        const sealed = await Promise.all(batch.map((a) => sealPersonalData(repository, a)));
        await store.appendToStreams(sealed);
      }
    };
    await Promise.all(Array.from({ length: APPEND_CONCURRENCY }, worker));
    storeSeconds += seconds(started);
    for (const a of appends) {
      events += a.events.length;
      streams += 1;
    }
  };

  bar.start(
    `Generating ${fmt(options.loans)} loans as of ${formatBusinessDate(options.asOf)} and appending them`,
    options.loans,
  );
  if (portfolio.curves.length > 0) await append([referenceCurvesAppend(portfolio.curves)]);
  const chunks = generateLoanChunks(portfolio);
  let loans = 0;
  for (;;) {
    const started = process.hrtime.bigint();
    const chunk = chunks.next();
    if (chunk.done) break;
    const appends = chunk.value.map(toStreamAppend);
    generateSeconds += seconds(started);
    for (const a of appends) sealedPeople += countPeople(a);
    await append(appends);
    loans += chunk.value.length;
    bar.update(loans, `${fmt(events)} events`);
  }
  bar.stop();
  return { events, streams, people: sealedPeople, generateSeconds, storeSeconds };
}

/** The people an append's LoanApplied names: each is found or created in the registry. */
function countPeople(append: StreamAppend): number {
  const applied = append.events[0];
  if (applied?.type !== 'LoanApplied') return 0;
  const d = applied.data as unknown as LoanAppliedData;
  return (
    (d.lender ? 1 : 0) +
    (d.borrower.naturalPerson ? 1 : 0) +
    (d.guarantees ?? []).filter((g) => g.kind === 'personal').length
  );
}

/** The runner the projector process runs (PROJECTIONS=external), from the start of the log. */
async function catchUp(
  context: INestApplicationContext,
  events: number,
  bar: Progress,
): Promise<number> {
  const database = context.get<SqlDatabase>(READ_MODEL_DATABASE);
  const runner = new ProjectionRunner({
    store: context.get<EventStore>(EVENT_STORE),
    database,
    projections: READ_MODEL_PROJECTIONS,
    batchSize: CATCH_UP_BATCH,
  });
  const names = READ_MODEL_PROJECTIONS.map((p) => p.name);
  const total = events * names.length;
  bar.start(`Catching up the read models (${names.join(', ')})`, total);
  // The registry's counters only: ReadModels.status also counts each one's lag over the whole
  // log, far too heavy to run beside the catch-up. One poll at a time.
  let polling = false;
  const poll = setInterval(() => {
    if (polling) return;
    polling = true;
    database
      .query<{ name: string; events: string }>(
        `SELECT name, events_processed::text AS events FROM projections
          WHERE status <> 'retired' AND name = ANY ($1::text[]) ORDER BY name`,
        [names],
      )
      .then(
        (rows) => {
          const done = rows.reduce((n, r) => n + Math.min(events, Number(r.events)), 0);
          bar.update(done, rows.map((r) => `${r.name} ${fmt(Number(r.events))}`).join(', '));
        },
        () => undefined,
      )
      .finally(() => {
        polling = false;
      });
  }, 2000);
  try {
    const { events: read } = await runner.catchUp();
    bar.update(total, 'caught up');
    return read;
  } finally {
    clearInterval(poll);
    bar.stop();
  }
}

/** Runs the measured part in its own process and returns what it measured. */
function measure(env: NodeJS.ProcessEnv, options: Options, outDir: string): Promise<ChildResult> {
  // Compiled to dist/bench/bench: bench/run.js is three levels up.
  const root = resolve(__dirname, '..', '..', '..');
  return new Promise((resolvePromise, reject) => {
    const child = fork(
      join(root, 'bench', 'run.js'),
      ['portfolio-report-child', '--as-of', formatBusinessDate(options.asOf), '--out', outDir],
      { env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
    );
    let result: ChildResult | undefined;
    child.on('message', (message) => {
      result = message as ChildResult;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0 && result) resolvePromise(result);
      else
        reject(
          new Error(`the measuring process exited with ${code}${result ? '' : ' and no result'}`),
        );
    });
  });
}

function report(
  options: Options,
  setup: SetupFigures,
  child: ChildResult,
  postgres: string,
): string {
  const cpu = cpus();
  const machine =
    '| cores | CPU | memory | Node | PostgreSQL | date |\n' +
    '|---:|---|---:|---|---|---|\n' +
    `| ${cpu.length} | ${cpu[0]?.model.trim() ?? '?'} | ${(totalmem() / 1024 ** 3).toFixed(1)} GiB | ${process.version} | ${postgres} | ${new Date().toISOString().slice(0, 10)} |\n`;
  const setupTable =
    '| setup step | seconds | events/s |\n' +
    '|---|---:|---:|\n' +
    `| application context | ${sec(setup.contextSeconds)} | |\n` +
    `| generate ${fmt(options.loans)} loans (${fmt(setup.events)} events) | ${sec(setup.generateSeconds)} | ${fmt(perSecond(setup.events, setup.generateSeconds))} |\n` +
    `| seal personal data (${fmt(setup.people)} people) and append ${fmt(setup.streams)} streams | ${sec(setup.storeSeconds)} | ${fmt(perSecond(setup.events, setup.storeSeconds))} |\n` +
    `| catch up ${READ_MODEL_PROJECTIONS.length} read models | ${sec(setup.catchUpSeconds)} | ${fmt(perSecond(setup.events, setup.catchUpSeconds))} |\n` +
    `| VACUUM (ANALYZE) | ${sec(setup.vacuumSeconds)} | |\n`;
  const builds = child.buildSeconds.map(sec).join(', ');
  const csv = child.files.csv;
  const result =
    '| loans | as of | baseline s | build s (median; runs) | write files s | total s | build / baseline | peak RSS MB | HTML kB | XLSX kB | CSV kB (files) |\n' +
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n' +
    `| ${fmt(options.loans)} | ${formatBusinessDate(options.asOf)} | ${sec(child.baselineSeconds)} (${fmt(child.baselineRows)} rows) | ${sec(child.buildMedianSeconds)} (${builds}) | ${sec(child.writeSeconds)} | ${sec(child.buildMedianSeconds + child.writeSeconds)} | ${(child.buildMedianSeconds / child.baselineSeconds).toFixed(1)} | ${child.peakRssMb.toFixed(0)} | ${kb(child.files.html)} | ${kb(child.files.xlsx)} | ${kb(csv.bytes)} (${csv.count}) |\n`;
  return `${machine}\n${setupTable}\n${result}`;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const schema = `bench_report_${randomBytes(5).toString('hex')}`;
  const env = benchEnv(options, schema);
  const outDir = join(tmpdir(), `loanbook-${schema}`);
  const admin = new Client({ connectionString: options.databaseUrl });
  await admin.connect();
  let context: INestApplicationContext | undefined;
  try {
    const [{ pg }] = (
      await admin.query<{ pg: string }>(`SELECT current_setting('server_version') AS pg`)
    ).rows;
    process.stderr.write(`schema ${schema} on PostgreSQL ${pg}\n`);
    const bar = progress();
    const opened = await timed(() => createBackOfficeContext(benchConfig(env)));
    context = opened.value;
    const loaded = await load(context, options, bar);
    const caught = await timed(() => catchUp(context!, loaded.events, bar));
    if (caught.value < loaded.events) {
      throw new Error(
        `the read models read ${caught.value} events, not the ${loaded.events} appended`,
      );
    }
    await context.close();
    context = undefined;
    const vacuum = await timed(async () => {
      const tables = (
        await admin.query<{ name: string }>(
          `SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) AS name
             FROM pg_tables WHERE schemaname = $1`,
          [schema],
        )
      ).rows;
      for (const t of tables) await admin.query(`VACUUM (ANALYZE) ${t.name}`);
    });
    const setup: SetupFigures = {
      ...loaded,
      contextSeconds: opened.seconds,
      catchUpSeconds: caught.seconds,
      vacuumSeconds: vacuum.seconds,
    };
    process.stderr.write(
      `setup: context ${sec(setup.contextSeconds)} s; generated ${fmt(setup.events)} events in ${sec(setup.generateSeconds)} s ` +
        `(${fmt(perSecond(setup.events, setup.generateSeconds))}/s); sealed and appended in ${sec(setup.storeSeconds)} s ` +
        `(${fmt(perSecond(setup.events, setup.storeSeconds))}/s); caught up in ${sec(setup.catchUpSeconds)} s ` +
        `(${fmt(perSecond(setup.events, setup.catchUpSeconds))}/s); vacuum ${sec(setup.vacuumSeconds)} s\n` +
        'measuring the report in a child process ...\n',
    );
    const child = await measure(env, options, outDir);
    const result: PortfolioReportBenchResult = { loans: options.loans, postgres: pg, setup, child };
    process.stdout.write(
      options.json ? `${JSON.stringify(result)}\n` : report(options, setup, child, pg),
    );
  } finally {
    await context?.close().catch(() => undefined);
    if (options.keep) {
      process.stderr.write(`kept schema ${schema} and the report files in ${outDir}\n`);
    } else {
      await rm(outDir, { recursive: true, force: true }).catch(() => undefined);
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    }
    await admin.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
