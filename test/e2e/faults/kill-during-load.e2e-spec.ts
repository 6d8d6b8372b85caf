// Kill the back office (kill -9) during a load of 2,000 commands from 8 concurrent clients
// retrying with idempotency keys; start it again; every acknowledged command is in the store
// exactly once, no event is there that no client was told about, and the read models equal
// a rebuild from scratch.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Client } from 'pg';
import { createEventStore, hasSqlDatabase } from '@loanbook/event-store';
import type { CliIo } from '../../../apps/cli/src/cli-context';
import { runProjectionsRebuild } from '../../../apps/cli/src/projections/projections.command';
import {
  BackOfficeProcess,
  buildBackOffice,
  type BuiltBackOffice,
} from '../../support/back-office-process';
import { describePostgres, dropSchema, freshSchemaName, TEST_DATABASE_URL } from '../../support';
import { TEST_PERSONAL_DATA_KEY } from '../../support/personal-data-key';
import { TEST_AUTH_SECRET, TEST_USERS, testToken, type StoreKind } from '../harness';
import { Load, makePlan, type LoadUser } from './load';
import {
  auditStore,
  compareReadModels,
  eventsSql,
  expectedReadModels,
  readModelView,
  toStoredRows,
  type ReadModelView,
  type StoredRow,
} from './store-audit';

jest.setTimeout(240_000);

const COMMANDS = 2000;
const CLIENTS = 8;
/** A fixed key of 32 bytes: the back office encrypts personal data with it. */
const PERSONAL_DATA_KEY = TEST_PERSONAL_DATA_KEY;

// The compilation (a tsc child process) starts here and is awaited where a server starts, so
// that a suite can prepare its store meanwhile.
let building: Promise<BuiltBackOffice> | undefined;
beforeAll(() => {
  building = buildBackOffice();
  building.catch(() => undefined);
});
afterAll(async () => (await building?.catch(() => undefined))?.dispose());

function quietIo(env: Record<string, string>): CliIo {
  return {
    env: { ...process.env, ...env },
    stdout: new PassThrough().resume(),
    stderr: new PassThrough().resume(),
  };
}

async function tokensFor(): Promise<Record<LoadUser | 'analyst', string>> {
  return {
    clerk: await testToken(TEST_USERS.clerk),
    officer: await testToken(TEST_USERS.officer),
    officer2: await testToken(TEST_USERS.officer2),
    analyst: await testToken(TEST_USERS.analyst),
  };
}

/** The read models once they show every acknowledged command (they lag the log a little). */
async function settledView(
  url: string,
  analyst: string,
  minPosition: number,
  expected: ReturnType<typeof expectedReadModels>,
): Promise<{ view: ReadModelView; problems: string[] }> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const view = await readModelView(url, analyst, minPosition);
    const problems = compareReadModels(view, expected);
    if (problems.length === 0 || Date.now() > deadline) return { view, problems };
    await new Promise((r) => setTimeout(r, 250));
  }
}

function killDuringLoad(kind: StoreKind) {
  let dir = '';
  const schema = kind === 'postgres' ? freshSchemaName('fault_kill') : 'loanbook';
  const env: Record<string, string> = {
    EVENT_STORE: kind,
    DATA_DIR: '', // set in beforeAll
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: schema,
    LOG_LEVEL: 'warn',
    AUTH_SHARED_SECRET: TEST_AUTH_SECRET,
    RATE_LIMIT_PER_MINUTE: '1000000',
    PERSONAL_DATA_KEY,
  };
  let server: BackOfficeProcess | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'loanbook-kill-'));
    env.DATA_DIR = dir;
    // PGlite creates its database (initdb, in WebAssembly) when first opened, which takes
    // seconds: done here while the server compiles. The server applies the migrations anyway.
    if (kind === 'pglite') {
      const store = createEventStore({ kind, dataDir: join(dir, 'event-store'), schema });
      await store.init();
      await store.close();
    }
  }, 120_000);

  afterAll(async () => {
    if (server?.running()) await server.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (kind === 'postgres') await dropSchema(TEST_DATABASE_URL, schema);
  });

  /** Every event, straight from the table; on PGlite the server must be stopped. */
  const storedEvents = async (): Promise<StoredRow[]> => {
    if (kind === 'postgres') {
      const client = new Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        return toStoredRows((await client.query(eventsSql(schema))).rows);
      } finally {
        await client.end();
      }
    }
    const store = createEventStore({
      kind: 'pglite',
      dataDir: join(dir, 'event-store'),
      schema: 'loanbook',
    });
    try {
      if (!hasSqlDatabase(store)) throw new Error('the PGlite store offers no SQL database');
      return toStoredRows(await store.database().query<Record<string, unknown>>(eventsSql(schema)));
    } finally {
      await store.close();
    }
  };

  it(`keeps every acknowledged command exactly once through a kill -9 under load (${kind})`, async () => {
    const started = Date.now();
    const phases: string[] = [];
    let phaseStart = started;
    const phase = (name: string) => {
      phases.push(`${name} ${Date.now() - phaseStart} ms`);
      phaseStart = Date.now();
    };
    const tokens = await tokensFor();
    const build = await building!;
    phase('build');
    server = await BackOfficeProcess.start(build, { env });
    const running = server;
    phase('start');
    await running.explainFailure(async () => {
      const plan = makePlan(COMMANDS);
      const kill: {
        at?: number;
        acked?: number;
        inFlight?: string[];
        unanswered?: string[];
        back?: number;
        done?: Promise<void>;
        error?: unknown;
      } = {};
      const load: Load = new Load(plan, {
        baseUrl: running.url,
        tokens,
        clients: CLIENTS,
        deadlineMs: 150_000,
        onAck: (acked) => {
          if (kill.done || acked < COMMANDS / 3) return;
          kill.at = Date.now();
          kill.acked = acked;
          kill.inFlight = [...load.inFlight].map((c) => c.key);
          kill.unanswered = [...load.started].map((c) => c.key);
          // SIGKILL goes out now, synchronously; the clients carry on and retry.
          kill.done = running
            .kill()
            .then(async () => {
              await running.start();
              kill.back = Date.now();
            })
            .catch((error: unknown) => {
              // The clients would retry until their deadline: stop them now.
              kill.error = error;
              load.fail(error);
            });
        },
      });
      await load.run().catch((error: unknown) => {
        throw kill.error ?? error;
      });
      await kill.done;
      if (kill.error) throw kill.error;
      phase('load');
      const serverCpuMs = running.cpuMs();

      expect(kill.at).toBeDefined();
      expect(running.exits[0]?.signal).toBe('SIGKILL');
      expect(load.refusals.map((r) => `${r.command.kind} ${r.status} ${r.body}`)).toEqual([]);
      expect(load.acks).toHaveLength(COMMANDS);
      // The kill cut requests off: the clients retried them under the same keys.
      expect(kill.inFlight!.length).toBeGreaterThan(0);
      // Not one answer was a 500; the only errors a client may see are "try again" ones.
      expect(
        load.errors
          .filter((e) => e.status !== 503 && e.status !== 429)
          .map((e) => `${e.command.kind} ${e.status} ${e.body}`),
      ).toEqual([]);

      const expected = expectedReadModels(load.acks);
      const lastPosition = Math.max(...load.acks.map((a) => a.position));
      const before = await settledView(running.url, tokens.analyst, lastPosition, expected);
      expect(before.problems).toEqual([]);
      phase('read models');

      // The store itself, read with SQL (PGlite allows one process: the server stops first).
      const stop = await running.stop();
      phase('stop');
      const rows = await storedEvents();
      const audit = auditStore(rows, load.acks);
      expect(audit.problems).toEqual([]);
      expect(audit.events).toBe(COMMANDS);
      expect(audit.fileNumbers).toBe(audit.loanStreams);

      // Of the commands in flight at the kill, which had been committed (their reply lost)?
      const killedAt = new Date(kill.at!).toISOString();
      const inFlightKeys = new Set(kill.inFlight);
      // Counted by key: an application is two events (its file number beside it).
      const committedBeforeKill = new Set(
        rows
          .filter(
            (r) =>
              r.idempotencyKey !== null &&
              inFlightKeys.has(r.idempotencyKey) &&
              (r.recordedAt ?? '') < killedAt,
          )
          .map((r) => r.idempotencyKey),
      ).size;

      phase('audit');

      // Rebuild the read models from scratch and read them again.
      await runProjectionsRebuild(quietIo({ ...env, LOG_LEVEL: 'silent' }), 'loans');
      await runProjectionsRebuild(quietIo({ ...env, LOG_LEVEL: 'silent' }), 'inquiries');
      phase('rebuild');
      await running.start();
      phase('start');
      const after = await settledView(running.url, tokens.analyst, lastPosition, expected);
      await running.stop();
      phase('read models, stop');
      expect(after.problems).toEqual([]);
      expect(after.view).toEqual(before.view);

      console.log(
        [
          `kill -9 during load on ${kind}:`,
          `  killed at ${kill.acked} acknowledged, ${kill.inFlight!.length} requests in flight (${committedBeforeKill} of them committed before the kill, their replies lost), ${kill.unanswered!.length} commands sent and unanswered`,
          `  back up after ${kill.back! - kill.at!} ms; the servers used ${serverCpuMs ?? '?'} ms of CPU up to the end of the load`,
          `  ${load.summary()}`,
          `  store: ${audit.events} events and ${audit.fileNumbers} file numbers, ${audit.loanStreams} loans, ${audit.inquiryStreams} inquiries; funnel ${JSON.stringify(expected.funnel)}`,
          `  graceful stop: ${stop.signal ?? `exit ${stop.code}`}`,
          `  ${phases.join(', ')}; whole test ${Date.now() - started} ms`,
        ].join('\n'),
      );
    });
  });
}

describe('kill -9 of the back office during a load, on PGlite', () => killDuringLoad('pglite'));
describePostgres('kill -9 of the back office during a load, on PostgreSQL', () =>
  killDuringLoad('postgres'),
);
