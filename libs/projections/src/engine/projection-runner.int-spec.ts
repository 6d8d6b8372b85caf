import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  type AppendResult,
  type NewEvent,
  PgliteEventStore,
  PostgresEventStore,
  type ReadAllResult,
  type SqlDatabase,
  type SqlEventStore,
} from '@loanbook/event-store';
import {
  describePostgres,
  dropSchema,
  freshSchemaName,
  TEST_DATABASE_URL,
} from '@loanbook/testing';
import {
  COUNTED,
  countedEvent,
  countingProjection,
  readCounts,
  type StreamCount,
} from '@loanbook/testing/projections';
import {
  applyBatch,
  type Projection,
  ProjectionNotReadyError,
  ProjectionRunner,
  type ProjectionRunnerOptions,
  ReadModels,
} from '.';

const TIMEOUT = 120_000;

interface Fixture {
  store: SqlEventStore;
  db: SqlDatabase;
  dispose(): Promise<void>;
}

engineSuite('PGlite', async () => {
  const store = new PgliteEventStore({ dataDir: 'memory://', schema: freshSchemaName('proj') });
  await store.init();
  return { store, db: store.database(), dispose: () => store.close() };
});

describePostgres('on PostgreSQL', () => {
  engineSuite('PostgreSQL', async () => {
    const schema = freshSchemaName('proj');
    const store = new PostgresEventStore({
      connectionString: TEST_DATABASE_URL,
      schema,
      poolSize: 12,
    });
    await store.init();
    return {
      store,
      db: store.database(),
      dispose: async () => {
        await store.close();
        await dropSchema(TEST_DATABASE_URL, schema);
      },
    };
  });
});

describePostgres('on PostgreSQL, losing connections', () => {
  const schema = freshSchemaName('proj_lost');
  const applicationName = `loanbook-test-${schema}`;
  let store: PostgresEventStore;
  let runner: ProjectionRunner | undefined;

  beforeAll(async () => {
    store = new PostgresEventStore({
      connectionString: TEST_DATABASE_URL,
      schema,
      poolSize: 4,
      applicationName,
    });
    await store.init();
  }, TIMEOUT);
  afterAll(async () => {
    await runner?.stop();
    await store.close();
    await dropSchema(TEST_DATABASE_URL, schema);
  }, TIMEOUT);

  it(
    'keeps running when the server drops its connections, and loses or doubles nothing',
    async () => {
      const warnings: string[] = [];
      runner = new ProjectionRunner({
        store,
        database: store.database(),
        projections: [countingProjection()],
        batchSize: 50,
        pollIntervalMs: 10,
        logger: { warn: (m) => warnings.push(m), error: (m) => warnings.push(m) },
      });
      await runner.start();
      const readModels = new ReadModels(store.database());
      let last = 0;
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < 20; i++) {
          last = await appendRetrying(
            store,
            `lost-${i % 4}`,
            range(5).map(() => countedEvent()),
          );
        }
        const admin = new Client({ connectionString: TEST_DATABASE_URL });
        await admin.connect();
        try {
          await admin.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
            [applicationName],
          );
        } finally {
          await admin.end();
        }
      }
      const fence = await appendRetrying(store, 'lost-fence', [countedEvent({}, 'Fence')]);
      expect(await readModels.waitFor('counts', Math.max(last, fence), TIMEOUT / 2)).toBe(true);
      const table = await readModels.activeTable('counts', 'per_stream');
      expect(await readCounts(store.database(), table)).toEqual(
        new Map(range(4).map((i) => [`lost-${i}`, { events: 75, gaps: 0 }])),
      );
      expect(warnings.every((w) => /unavailable|terminat|connection/i.test(w))).toBe(true);
    },
    TIMEOUT,
  );
});

/** An append, retried while the pool replaces connections the server has closed. */
async function appendRetrying(
  store: PostgresEventStore,
  streamId: string,
  events: NewEvent[],
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await store.appendToStream(streamId, events, { expectedVersion: 'any' }))
        .lastGlobalPosition;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}

function engineSuite(kind: string, open: () => Promise<Fixture>): void {
  describe(`projection engine on ${kind}`, () => {
    let f: Fixture;
    let readModels: ReadModels;
    const runners: ProjectionRunner[] = [];

    beforeEach(async () => {
      f = await open();
      readModels = new ReadModels(f.db, { cacheTtlMs: 0 });
    }, TIMEOUT);

    afterEach(async () => {
      await Promise.all(runners.splice(0).map((r) => r.stop()));
      await f?.dispose();
    }, TIMEOUT);

    const runner = (
      projections: Projection[],
      options: Partial<ProjectionRunnerOptions> = {},
    ): ProjectionRunner => {
      const r = new ProjectionRunner({
        store: f.store,
        database: f.db,
        projections,
        pollIntervalMs: 20,
        retiredTablesGraceMs: 0,
        ...options,
      });
      runners.push(r);
      return r;
    };

    const append = (streamId: string, events: NewEvent[]): Promise<AppendResult> =>
      f.store.appendToStream(streamId, events, { expectedVersion: 'any' });

    /** Every Counted event in the log, per stream: what the projection must end up with. */
    const truth = async (): Promise<Map<string, StreamCount>> => {
      const rows = await f.db.query<{ stream_id: string; n: number }>(
        `SELECT stream_id, count(*)::int AS n FROM events WHERE type = $1 GROUP BY stream_id`,
        [COUNTED],
      );
      return new Map(rows.map((r) => [r.stream_id, { events: r.n, gaps: 0 }]));
    };

    const counts = async (name = 'counts') =>
      readCounts(f.db, await readModels.activeTable(name, 'per_stream'));

    /**
     * Catches up until the projection has reached `position`. A fence appended after the
     * writers finished has a higher transaction id than all of them, so reaching it means
     * reaching everything before it; a transaction running elsewhere on the server may hold
     * the log back for a moment, hence the loop.
     */
    const settle = async (r: ProjectionRunner, position: number, name = 'counts') => {
      const deadline = Date.now() + TIMEOUT / 2;
      for (;;) {
        await r.catchUp();
        if (await readModels.hasReached(name, position)) return;
        if (Date.now() > deadline) throw new Error(`${name} never reached ${position}`);
        await sleep(20);
      }
    };
    const fence = async () =>
      (await append(`fence-${randomUUID()}`, [countedEvent({}, 'Fence')])).lastGlobalPosition;

    const readBatch = async (from: ReadAllResult['checkpoint'], size: number) => {
      const deadline = Date.now() + TIMEOUT / 2;
      for (;;) {
        const batch = await f.store.readAll(from, { batchSize: 1000 });
        if (batch.events.length >= size) return batch;
        if (Date.now() > deadline) throw new Error('events never became readable');
        await sleep(10);
      }
    };

    it(
      'counts each stream, applies only handled events, and moves past the others',
      async () => {
        const batches: number[] = [];
        const r = runner([countingProjection({ onApply: (e) => void batches.push(e.length) })], {
          batchSize: 2,
        });
        await append('a', [countedEvent(), countedEvent(), countedEvent({}, 'Ignored')]);
        await append('b', [countedEvent()]);
        const last = await append('noise', [
          countedEvent({}, 'Ignored'),
          countedEvent({}, 'Ignored'),
        ]);
        await settle(r, last.lastGlobalPosition);

        expect(await counts()).toEqual(
          new Map([
            ['a', { events: 2, gaps: 0 }],
            ['b', { events: 1, gaps: 0 }],
          ]),
        );
        // Batches of two: [a1 a2] [a3 b1] [noise noise]; the last one has nothing to apply.
        expect(batches).toEqual([2, 1]);
        const [status] = await r.status();
        expect(status).toMatchObject({
          name: 'counts',
          version: 1,
          generation: 1,
          status: 'active',
          eventsProcessed: 6,
          lag: 0,
          checkpoint: { globalPosition: last.lastGlobalPosition },
        });
        expect(status.caughtUpAt).toEqual(expect.any(String));
        expect(await readModels.activeTable('counts', 'per_stream')).toBe('rm_counts_1_per_stream');
      },
      TIMEOUT,
    );

    it(
      'applies a batch offered twice once: the second claim of the same checkpoint fails',
      async () => {
        const projection = countingProjection();
        const r = runner([projection]);
        await r.catchUp();
        const [before] = await r.status();
        expect(before).toMatchObject({ generation: 1, status: 'active' });

        await append('twice', [countedEvent(), countedEvent(), countedEvent()]);
        const batch = await readBatch(before.checkpoint, 3);
        expect(await applyBatch(f.db, projection, 1, before.checkpoint, batch)).toBe(true);
        expect(await applyBatch(f.db, projection, 1, before.checkpoint, batch)).toBe(false);
        expect(await counts()).toEqual(new Map([['twice', { events: 3, gaps: 0 }]]));

        await r.catchUp();
        expect(await counts()).toEqual(new Map([['twice', { events: 3, gaps: 0 }]]));
        const [after] = await r.status();
        expect(after.checkpoint).toEqual(batch.checkpoint);
        expect(after.eventsProcessed).toBe(3);
      },
      TIMEOUT,
    );

    it(
      'ends with exact counts while 4 writers append concurrently to shared streams',
      async () => {
        const r = runner([countingProjection()], { batchSize: 64 });
        await r.start();
        const streams = range(12).map((i) => `shared-${i}`);
        const write = async () => {
          for (let i = 0; i < 120; i++) {
            const events = range(1 + (i % 3)).map(() => countedEvent());
            await append(streams[Math.floor(Math.random() * streams.length)], events);
            if (i % 10 === 0) r.notify();
          }
        };
        await Promise.all(range(4).map(write));
        const position = await fence();
        expect(await readModels.waitFor('counts', position, TIMEOUT / 2)).toBe(true);
        await r.stop();
        const expected = await truth();
        expect([...expected.values()].reduce((n, c) => n + c.events, 0)).toBe(4 * 240);
        expect(await counts()).toEqual(expected);
      },
      TIMEOUT,
    );

    it(
      'keeps exact counts when two runners work on the same projection at once',
      async () => {
        for (let i = 0; i < 100; i++) {
          await append(
            `pre-${i % 10}`,
            range(10).map(() => countedEvent()),
          );
        }
        const lost: string[] = [];
        let claimsLost = 0;
        const logger = {
          warn: (m: string) => lost.push(m),
          error: (m: string) => lost.push(m),
          debug: (m: string) => {
            if (/checkpoint moved by another runner/.test(m)) claimsLost += 1;
          },
        };
        const [one, two] = [1, 2].map(() =>
          runner([countingProjection()], { batchSize: 37, logger }),
        );
        const writers = Promise.all(
          range(2).map(async (w) => {
            for (let i = 0; i < 50; i++) await append(`during-${w}-${i % 5}`, [countedEvent()]);
          }),
        );
        await Promise.all([one.catchUp(), two.catchUp(), two.catchUp(), one.catchUp(), writers]);
        const position = await fence();
        await settle(one, position);
        await two.catchUp();

        expect(lost).toEqual([]);
        // They did race: both read the same batches, and one of them rolled back each time.
        expect(claimsLost).toBeGreaterThan(0);
        const expected = await truth();
        expect([...expected.values()].reduce((n, c) => n + c.events, 0)).toBe(1100);
        expect(await counts()).toEqual(expected);
        const status = await one.status();
        expect(status).toHaveLength(1);
        expect(status[0].eventsProcessed).toBe(1100 + 1);
      },
      TIMEOUT,
    );

    it(
      'builds a new version in new tables while the old one serves, then switches and drops the old tables',
      async () => {
        for (let i = 0; i < 30; i++)
          await append(
            `v-${i % 6}`,
            range(10).map(() => countedEvent()),
          );
        const v1 = runner([countingProjection()]);
        await settle(v1, await fence());
        expect(await readModels.activeTable('counts', 'per_stream')).toBe('rm_counts_1_per_stream');

        const v2 = runner([countingProjection({ version: 2 })], { batchSize: 20, sliceMs: 1 });
        await v2.runOnce();
        const building = await v2.status();
        expect(building.map((s) => [s.generation, s.version, s.status])).toEqual([
          [1, 1, 'active'],
          [2, 2, 'building'],
        ]);
        // One slice of a millisecond: a batch or two of 20 out of 301.
        expect(building[1].eventsProcessed).toBeGreaterThanOrEqual(20);
        expect(building[1].lag).toBe(301 - building[1].eventsProcessed);
        // Readers still get the complete old generation.
        expect(await readModels.activeTable('counts', 'per_stream')).toBe('rm_counts_1_per_stream');
        expect(await counts()).toEqual(await truth());
        // Unless their queries need the new version's tables: then "being built", not a query
        // on tables that do not have what they ask for.
        const newQueries = new ReadModels(f.db, { cacheTtlMs: 0, readableFrom: { counts: 2 } });
        await expect(newQueries.activeTable('counts', 'per_stream')).rejects.toThrow(
          /version 2 is being built/,
        );

        // The old code meanwhile keeps its version up to date and leaves the build alone.
        const late = await append('v-late', [countedEvent()]);
        await settle(v1, late.lastGlobalPosition);
        expect((await counts()).get('v-late')).toEqual({ events: 1, gaps: 0 });

        await v2.catchUp();
        const switched = await v2.status();
        expect(switched.map((s) => [s.generation, s.version, s.status])).toEqual([
          [2, 2, 'active'],
        ]);
        expect(await readModels.activeTable('counts', 'per_stream')).toBe('rm_counts_2_per_stream');
        expect(await counts()).toEqual(await truth());
        expect(await tableExists('rm_counts_1_per_stream')).toBe(false);

        // Version 1's code now finds a newer version active and leaves it alone.
        const warnings: string[] = [];
        const old = runner([countingProjection()], {
          logger: { warn: (m) => warnings.push(m), error: (m) => warnings.push(m) },
        });
        expect((await old.catchUp()).events).toBe(0);
        expect(warnings).toEqual([expect.stringMatching(/version 2 is in the database/)]);
        expect((await v2.status()).map((s) => s.generation)).toEqual([2]);
      },
      TIMEOUT,
    );

    it(
      'rebuilds the same version as a new generation, keeping the old tables for the grace period',
      async () => {
        for (let i = 0; i < 10; i++)
          await append(
            `r-${i % 3}`,
            range(7).map(() => countedEvent()),
          );
        const switches: unknown[] = [];
        const r = runner([countingProjection()], {
          retiredTablesGraceMs: 400,
          onSwitch: (s) => switches.push(s),
        });
        await settle(r, await fence());
        expect(await r.rebuild('counts')).toEqual({ generation: 2 });
        await expect(r.rebuild('nope')).rejects.toThrow(/unknown projection "nope"; known: counts/);
        expect((await r.status()).map((s) => [s.generation, s.status])).toEqual([
          [1, 'active'],
          [2, 'building'],
        ]);

        await r.catchUp();
        expect((await r.status()).map((s) => [s.generation, s.version, s.status])).toEqual([
          [2, 1, 'active'],
        ]);
        expect(switches).toEqual([
          { projection: 'counts', version: 1, generation: 1, retired: undefined },
          { projection: 'counts', version: 1, generation: 2, retired: 1 },
        ]);
        expect(await counts()).toEqual(await truth());
        expect(await tableExists('rm_counts_1_per_stream')).toBe(true);
        await sleep(500);
        await r.runOnce();
        expect(await tableExists('rm_counts_1_per_stream')).toBe(false);
      },
      TIMEOUT,
    );

    it(
      'stops a projection just before an event it cannot apply, and keeps the other projections going',
      async () => {
        const poisoned = countingProjection({
          onApply: (events) => {
            if (events.some((e) => e.data.poison)) throw new Error('cannot digest this');
          },
        });
        const r = runner([poisoned]);
        await r.catchUp();
        await append('p', [countedEvent(), countedEvent()]);
        await append('p', [countedEvent({ poison: true })]);
        const position = await fence();
        const batch = await readBatch((await r.status())[0].checkpoint, 4);
        await expect(r.catchUp()).rejects.toThrow(
          /projection counts generation 1 is stopped at event .*: cannot digest this/,
        );
        const [after] = await r.status();
        // The two events before the poison are applied; the checkpoint sits just before it.
        expect(after.checkpoint).toEqual({
          transactionId: batch.events[1].transactionId,
          globalPosition: batch.events[1].globalPosition,
        });
        expect(after.failure?.event.id).toBe(batch.events[2].eventId);
        expect(await counts()).toEqual(new Map([['p', { events: 2, gaps: 0 }]]));

        // In the loop, the stopped projection waits for its retry while a healthy one catches up.
        const errors: string[] = [];
        const loop = runner([poisoned, countingProjection({ name: 'healthy' })], {
          logger: { warn: (m) => errors.push(m), error: (m) => errors.push(m) },
        });
        await loop.start();
        expect(await readModels.waitFor('healthy', position, TIMEOUT / 2)).toBe(true);
        await loop.stop();
        expect(await counts('healthy')).toEqual(await truth());
        expect(errors).toEqual([
          expect.stringMatching(
            /projection counts generation 1 is stopped at event .*: cannot digest this/s,
          ),
        ]);
        expect((await r.status())[0].checkpoint).toEqual(after.checkpoint);
      },
      TIMEOUT,
    );

    it(
      'tells readers when a read model is not ready, not there yet, or has no such table',
      async () => {
        await expect(readModels.activeTable('counts', 'per_stream')).rejects.toBeInstanceOf(
          ProjectionNotReadyError,
        );
        const first = await append('w', [countedEvent()]);
        expect(await readModels.hasReached('counts', first.lastGlobalPosition)).toBe(false);
        expect(await readModels.waitFor('counts', first.lastGlobalPosition, 60)).toBe(false);
        expect(await readModels.hasReached('counts', 0)).toBe(true);

        const r = runner([countingProjection()], { batchSize: 5, sliceMs: 1 });
        for (let i = 0; i < 5; i++)
          await append(
            'w',
            range(5).map(() => countedEvent()),
          );
        const position = await fence();
        await readBatch({ transactionId: '0', globalPosition: 0 }, 27);
        await r.runOnce();
        const [building] = await r.status();
        expect(building.status).toBe('building');
        expect(building.eventsProcessed).toBeGreaterThanOrEqual(5);
        expect(building.lag).toBe(27 - building.eventsProcessed);
        await expect(readModels.activeTable('counts', 'per_stream')).rejects.toThrow(
          /read model counts is not ready/,
        );

        const waiting = readModels.waitFor('counts', position, TIMEOUT / 2);
        await r.catchUp();
        expect(await waiting).toBe(true);
        expect(await readModels.hasReached('counts', first.lastGlobalPosition)).toBe(true);
        expect(await readModels.hasReached('counts', position + 1000)).toBe(false);
        await expect(readModels.activeTable('counts', 'nope')).rejects.toThrow(
          /read model counts has no table "nope"/,
        );
        expect(await counts()).toEqual(new Map([['w', { events: 26, gaps: 0 }]]));
      },
      TIMEOUT,
    );

    it('refuses projections it cannot name tables for', () => {
      const bad = (p: Partial<Projection>) => () =>
        runner([{ ...countingProjection(), ...p } as Projection]);
      expect(bad({ name: 'Loans' })).toThrow(/lower-case words/);
      expect(bad({ name: 'loans_2024' })).toThrow(/lower-case words/);
      expect(bad({ version: 0 })).toThrow(/positive integer/);
      expect(bad({ tables: ['a'.repeat(60)] })).toThrow(/63/);
      expect(() => runner([countingProjection(), countingProjection()])).toThrow(/listed twice/);
    });

    async function tableExists(name: string): Promise<boolean> {
      const [row] = await f.db.query<{ present: boolean }>(
        'SELECT to_regclass($1) IS NOT NULL AS present',
        [name],
      );
      return row.present;
    }
  });
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
