// Stop PostgreSQL during a load: clients get 503 (never a 500 with a stack trace), and after it
// comes back the retries succeed with nothing lost or doubled. The server stopped is a private
// cluster of this test's own, never the machine's shared one that other tests use meanwhile.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  BackOfficeProcess,
  buildBackOffice,
  type BuiltBackOffice,
} from '../../support/back-office-process';
import {
  describePrivatePostgres,
  startPrivatePostgres,
  type PrivatePostgres,
  type StopMode,
} from '../../support/private-postgres';
import { TEST_PERSONAL_DATA_KEY } from '../../support/personal-data-key';
import { TEST_AUTH_SECRET, TEST_USERS, testToken } from '../harness';
import { Load, makePlan, type ErrorAnswer } from './load';
import {
  auditStore,
  compareReadModels,
  eventsSql,
  expectedReadModels,
  readModelView,
  toStoredRows,
} from './store-audit';

jest.setTimeout(240_000);

const COMMANDS = 1200;
const CLIENTS = 8;
const SCHEMA = 'loanbook';
const PERSONAL_DATA_KEY = TEST_PERSONAL_DATA_KEY;
/** How long each outage lasts at least: long enough for every client to run into it. */
const OUTAGE_MS = 3000;

/** What a client must never be shown: a stack frame, a source path. */
const LEAKS = [
  /\n\s+at /,
  /\bat .+:\d+:\d+/,
  /\.(ts|js):\d+/,
  /node_modules|\/work\/|\/apps\/|\/libs\//,
];

interface Probe {
  status: number;
  contentType: string;
  retryAfter: string | null;
  body: string;
}

async function probe(url: string, init?: RequestInit): Promise<Probe> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    retryAfter: res.headers.get('retry-after'),
    body: await res.text(),
  };
}

/** Why an error answer breaks the contract for an unavailable store; undefined when it keeps it. */
function badUnavailable(a: Pick<ErrorAnswer, 'status' | 'contentType' | 'retryAfter' | 'body'>) {
  const problems: string[] = [];
  if (a.status !== 503) problems.push(`status ${a.status}`);
  if (!a.contentType.startsWith('application/problem+json'))
    problems.push(`content-type ${a.contentType}`);
  if (!a.retryAfter || !/^\d+$/.test(a.retryAfter)) problems.push(`Retry-After ${a.retryAfter}`);
  const leak = LEAKS.find((l) => l.test(a.body));
  if (leak) problems.push(`the body leaks ${leak}`);
  return problems.length > 0 ? `${problems.join(', ')}: ${a.body.slice(0, 500)}` : undefined;
}

describePrivatePostgres('a PostgreSQL outage during a load', () => {
  let build: BuiltBackOffice | undefined;
  let pg: PrivatePostgres | undefined;
  let server: BackOfficeProcess | undefined;

  beforeAll(async () => {
    [build, pg] = await Promise.all([buildBackOffice(), startPrivatePostgres()]);
  }, 180_000);

  afterAll(async () => {
    if (server?.running()) await server.kill();
    await pg?.dispose();
    build?.dispose();
  }, 60_000);

  it('answers 503 with Retry-After while PostgreSQL is down, and loses or doubles nothing', async () => {
    const started = Date.now();
    const cluster = pg!;
    const tokens = {
      clerk: await testToken(TEST_USERS.clerk),
      officer: await testToken(TEST_USERS.officer),
      officer2: await testToken(TEST_USERS.officer2),
    };
    const analyst = await testToken(TEST_USERS.analyst);
    server = await BackOfficeProcess.start(build!, {
      env: {
        EVENT_STORE: 'postgres',
        DATABASE_URL: cluster.url(),
        DATABASE_SCHEMA: SCHEMA,
        LOG_LEVEL: 'warn',
        AUTH_SHARED_SECRET: TEST_AUTH_SECRET,
        RATE_LIMIT_PER_MINUTE: '1000000',
        PERSONAL_DATA_KEY,
      },
    });
    const url = server.url;
    const running = server;
    await running.explainFailure(async () => {
      interface Outage {
        mode: StopMode;
        acked: number;
        inFlight: number;
        downMs?: number;
        health?: Probe;
        command?: Probe & { key: string; inquiryId: string };
        clientErrorsDuring?: number;
      }
      const outages: Outage[] = [];
      const plan: Array<{ at: number; mode: StopMode }> = [
        { at: COMMANDS / 3, mode: 'immediate' },
        { at: (2 * COMMANDS) / 3, mode: 'fast' },
      ];
      let current: Promise<void> = Promise.resolve();
      let outageRunning = false;
      let outageError: unknown;

      const outage = async (mode: StopMode, load: Load): Promise<void> => {
        const o: Outage = { mode, acked: load.acks.length, inFlight: load.inFlight.size };
        outages.push(o);
        const errorsBefore = load.errors.length;
        const down = Date.now();
        await cluster.stop(mode);
        // /health says so at once.
        o.health = await probe(`${url}/health`);
        // A command now gets 503 and records nothing (checked in the store below).
        const inquiryId = randomUUID();
        const key = `outage-probe-${randomUUID()}`;
        o.command = {
          key,
          inquiryId,
          ...(await probe(`${url}/api/v1/inquiries`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${tokens.clerk}`,
              'content-type': 'application/json',
              'idempotency-key': key,
            },
            body: JSON.stringify({
              inquiryId,
              productCode: 'impulskrediet',
              contactedOn: '2022-02-14',
              channel: 'phone',
            }),
          })),
        };
        await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - down))));
        o.clientErrorsDuring = load.errors.length - errorsBefore;
        await cluster.start();
        o.downMs = Date.now() - down;
      };

      const load: Load = new Load(makePlan(COMMANDS), {
        baseUrl: url,
        tokens,
        clients: CLIENTS,
        deadlineMs: 180_000,
        onAck: (acked) => {
          const next = plan[outages.length];
          if (!next || outageRunning || acked < next.at) return;
          outageRunning = true;
          current = outage(next.mode, load)
            .catch((error: unknown) => {
              // PostgreSQL did not come back: the clients would retry until their deadline.
              outageError = error;
              load.fail(error);
            })
            .finally(() => {
              outageRunning = false;
            });
        },
      });
      await load.run().catch((error: unknown) => {
        throw outageError ?? error;
      });
      await current;
      if (outageError) throw outageError;
      const loadDone = Date.now();

      expect(outages.map((o) => o.mode)).toEqual(['immediate', 'fast']);
      for (const o of outages) {
        expect(o.health).toMatchObject({ status: 503 });
        expect(JSON.parse(o.health!.body)).toMatchObject({
          status: 'unavailable',
          eventStore: { status: 'down' },
        });
        expect(badUnavailable(o.command!)).toBeUndefined();
      }

      // Every answer the clients got that was not a success: a 503 problem with Retry-After.
      const bad = load.errors.map(badUnavailable).filter((b) => b !== undefined);
      expect(bad).toEqual([]);
      expect(load.errors.length).toBeGreaterThan(0);
      expect(load.refusals).toEqual([]);
      expect(load.acks).toHaveLength(COMMANDS);

      const health = await probe(`${url}/health`);
      expect(health.status).toBe(200);

      // The store: every acknowledged command exactly once, nothing else (the probes recorded nothing).
      const client = new Client({ connectionString: cluster.url() });
      await client.connect();
      let rows;
      try {
        rows = toStoredRows((await client.query(eventsSql(SCHEMA))).rows);
      } finally {
        await client.end();
      }
      const audit = auditStore(rows, load.acks);
      expect(audit.problems).toEqual([]);
      expect(audit.events).toBe(COMMANDS);
      expect(audit.fileNumbers).toBe(audit.loanStreams);
      for (const o of outages) {
        expect(rows.filter((r) => r.streamId === `inquiry-${o.command!.inquiryId}`)).toEqual([]);
      }

      // The read models caught up through both outages.
      const expected = expectedReadModels(load.acks);
      const lastPosition = Math.max(...load.acks.map((a) => a.position));
      let problems: string[] = [];
      const deadline = Date.now() + 30_000;
      do {
        problems = compareReadModels(await readModelView(url, analyst, lastPosition), expected);
        if (problems.length > 0) await new Promise((r) => setTimeout(r, 250));
      } while (problems.length > 0 && Date.now() < deadline);
      expect(problems).toEqual([]);

      // Commands answered 503 that had been committed all the same (the outage cut the reply
      // off): the retry got the first reply. The stored event was decided before that answer.
      const stored = new Map(rows.map((r) => [r.idempotencyKey, r]));
      const committedDespite503 = new Set(
        load.errors
          .filter(
            (e) => (stored.get(e.command.key)?.recordedAt ?? '') < new Date(e.at).toISOString(),
          )
          .map((e) => e.command.key),
      ).size;

      await running.stop();
      // A 500 would have been logged as "request failed", with its stack, on the server's side.
      expect(running.output()).not.toMatch(/request failed/);
      const logged = running.logEntries(40);

      const byStatus = new Map<number, number>();
      for (const e of load.errors) byStatus.set(e.status, (byStatus.get(e.status) ?? 0) + 1);
      console.log(
        [
          `PostgreSQL outages during a load of ${COMMANDS} commands from ${CLIENTS} clients:`,
          ...outages.map(
            (o) =>
              `  ${o.mode} stop at ${o.acked} acknowledged (${o.inFlight} requests in flight): down ${o.downMs} ms, ${o.clientErrorsDuring} error answers to clients meanwhile; /health ${o.health!.status}; a command ${o.command!.status} (Retry-After ${o.command!.retryAfter})`,
          ),
          `  ${load.summary()}; ${committedDespite503} command(s) answered 503 had been committed (the retry got the first reply)`,
          `  store: ${audit.events} events and ${audit.fileNumbers} file numbers, ${audit.loanStreams} loans, ${audit.inquiryStreams} inquiries`,
          `  server log: ${logged.filter((e) => e.level === 40).length} warnings, ${logged.filter((e) => e.level >= 50).length} errors${logged.length > 0 ? `, e.g. ${[...new Set(logged.map((e) => e.msg.slice(0, 160)))].slice(0, 3).join(' | ')}` : ''}`,
          `  load ${loadDone - started} ms, whole test ${Date.now() - started} ms`,
        ].join('\n'),
      );
    });
  });
});
