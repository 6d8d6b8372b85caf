import { randomUUID } from 'node:crypto';
import {
  type NewEvent,
  PgliteEventStore,
  PostgresEventStore,
  type SqlDatabase,
  type SqlEventStore,
  type StoredEvent,
} from '@loanbook/event-store';
import {
  describePostgres,
  dropSchema,
  freshSchemaName,
  TEST_DATABASE_URL,
} from '@loanbook/testing';
import { countedEvent, countingProjection, readCounts } from '@loanbook/testing/projections';
import {
  inquiriesProjection,
  loansProjection,
  READ_MODEL_PROJECTIONS,
  schedulesProjection,
} from '../read-models';
import {
  type Projection,
  type ProjectionLogger,
  ProjectionRunner,
  type ProjectionRunnerOptions,
  ProjectionStoppedError,
  ReadModels,
} from '.';

/**
 * No poison events (issue 17): a projection that cannot apply an event stops just before it,
 * records it in projection_failures, says so once, and reports itself degraded; the others go
 * on. After a fix, a retry (or the runner's own slow retry, or a new version) takes it past.
 */
const TIMEOUT = 120_000;

interface Fixture {
  store: SqlEventStore;
  db: SqlDatabase;
  dispose(): Promise<void>;
}

poisonSuite('PGlite', async () => {
  const store = new PgliteEventStore({ dataDir: 'memory://', schema: freshSchemaName('poison') });
  await store.init();
  return { store, db: store.database(), dispose: () => store.close() };
});

describePostgres('on PostgreSQL', () => {
  poisonSuite('PostgreSQL', async () => {
    const schema = freshSchemaName('poison');
    const store = new PostgresEventStore({ connectionString: TEST_DATABASE_URL, schema });
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

/** A logger that keeps every line, by level. */
function capture() {
  const lines = { error: [] as string[], warn: [] as string[], info: [] as string[] };
  const debug: string[] = [];
  const logger: ProjectionLogger = {
    error: (m) => lines.error.push(m),
    warn: (m) => lines.warn.push(m),
    info: (m) => lines.info.push(m),
    debug: (m) => debug.push(m),
  };
  return { logger, ...lines, debug };
}

/** A LoanApplied as the back office records it, with only what the loans read model reads. */
function loanApplied(loanId: string, amount: string): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'LoanApplied',
    data: {
      loanId,
      productCode: 'impulskrediet',
      productVersion: '2024-01',
      borrower: {
        enterpriseNumber: '0403.170.701',
        name: 'Bakkerij Peeters',
        province: 'Antwerpen',
      },
      amount,
      termMonths: 60,
      appliedOn: '2024-03-01',
      signedOn: '2024-03-01',
    },
    metadata: { effectiveOn: '2024-03-01', recordedAt: new Date().toISOString(), schemaVersion: 1 },
  };
}

function inquiryRegistered(): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'InquiryRegistered',
    data: {
      inquiryId: randomUUID(),
      productCode: 'impulskrediet',
      contactedOn: '2024-03-02',
      channel: 'phone',
    },
    metadata: { effectiveOn: '2024-03-02', recordedAt: new Date().toISOString(), schemaVersion: 1 },
  };
}

/** The fix, as a new version of the loans read model would ship it: wider amounts. */
const widerLoans: Projection = {
  ...loansProjection,
  version: loansProjection.version + 1,
  async setup(ctx) {
    await loansProjection.setup(ctx);
    await ctx.tx.exec(
      `ALTER TABLE ${ctx.table('loans')} ALTER COLUMN amount_applied TYPE numeric(20,2),
                                         ALTER COLUMN amount TYPE numeric(20,2)`,
    );
  },
};

function poisonSuite(kind: string, open: () => Promise<Fixture>): void {
  describe(`poison events on ${kind}`, () => {
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
      projections: readonly Projection[],
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

    /** Written around the API: straight into the store, as an old version might have. */
    const append = async (streamId: string, events: NewEvent[]): Promise<StoredEvent[]> => {
      await f.store.appendToStream(streamId, events, { expectedVersion: 'any' });
      return stored(events.map((e) => e.eventId));
    };
    const stored = async (ids: string[]): Promise<StoredEvent[]> => {
      const deadline = Date.now() + TIMEOUT / 2;
      for (;;) {
        const all = await f.store.readAll({ transactionId: '0', globalPosition: 0 });
        const found = ids.map((id) => all.events.find((e) => e.eventId === id));
        if (found.every((e) => e !== undefined)) return found as StoredEvent[];
        if (Date.now() > deadline) throw new Error('the events never became readable');
        await sleep(10);
      }
    };
    const until = async (what: string, check: () => Promise<boolean>) => {
      const deadline = Date.now() + TIMEOUT / 2;
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`never: ${what}`);
        await sleep(20);
      }
    };
    const failureRows = () =>
      f.db.query<{ name: string; generation: number }>(
        'SELECT name, generation FROM projection_failures ORDER BY name',
      );
    const loanIds = async (): Promise<string[]> => {
      const table = await readModels.activeTable('loans', 'loans');
      const rows = await f.db.query<{ loan_id: string }>(
        `SELECT loan_id::text FROM ${table} ORDER BY loan_id`,
      );
      return rows.map((r) => r.loan_id);
    };

    it(
      'stops the loans read model just before a LoanApplied it cannot store, records it once, and lets the others catch up; a new version takes it past',
      async () => {
        const [a, b, c] = ['a', 'b', 'c'].map((x) => `00000000-0000-4000-8000-00000000000${x}`);
        const log = capture();
        const loop = runner(READ_MODEL_PROJECTIONS, { logger: log.logger, batchSize: 100 });
        // Built and active before the poison arrives (a first build that stops never serves).
        await loop.catchUp();
        const [first] = await append(`loan-${a}`, [loanApplied(a, '25000.00')]);
        const [inquiry] = await append(`inquiry-${randomUUID()}`, [inquiryRegistered()]);
        // numeric(14,2) holds less than 10^12: this one cannot be stored.
        const [poison] = await append(`loan-${b}`, [loanApplied(b, '99999999999999.99')]);
        const [after] = await append(`loan-${c}`, [loanApplied(c, '30000.00')]);
        const [lastInquiry] = await append(`inquiry-${randomUUID()}`, [inquiryRegistered()]);

        // One batch holds them all: the runner has to take it apart to find the event.
        await loop.start();
        expect(await readModels.waitFor('inquiries', lastInquiry.globalPosition, TIMEOUT / 2)).toBe(
          true,
        );
        expect(
          await readModels.waitFor('loan_schedules', lastInquiry.globalPosition, TIMEOUT / 2),
        ).toBe(true);
        await until('the failure is recorded', async () => (await failureRows()).length > 0);
        // Many more passes: the failure is said once, not on every pass.
        await sleep(300);
        await loop.stop();

        const status = await readModels.status();
        const loans = status.find((s) => s.name === 'loans')!;
        expect(loans).toMatchObject({
          version: loansProjection.version,
          generation: 1,
          status: 'active',
          // The events before the poison are applied: the checkpoint sits just before it.
          checkpoint: {
            transactionId: inquiry.transactionId,
            globalPosition: inquiry.globalPosition,
          },
          eventsProcessed: 2,
          lag: 3,
        });
        expect(loans.failure).toEqual({
          name: 'loans',
          generation: 1,
          event: {
            id: poison.eventId,
            type: 'LoanApplied',
            streamId: `loan-${b}`,
            streamVersion: 1,
            transactionId: poison.transactionId,
            globalPosition: poison.globalPosition,
          },
          error: { message: expect.stringMatching(/numeric field overflow/), code: '22003' },
          attempts: 1,
          firstFailedAt: expect.any(String),
          lastRetriedAt: expect.any(String),
        });
        expect(await loanIds()).toEqual([a]);
        for (const name of [inquiriesProjection.name, schedulesProjection.name]) {
          expect(status.find((s) => s.name === name)).toMatchObject({
            status: 'active',
            lag: 0,
            failure: null,
            checkpoint: { globalPosition: lastInquiry.globalPosition },
          });
        }
        expect(await readModels.failures()).toEqual([loans.failure]);
        expect(log.error).toEqual([
          expect.stringContaining(
            `projection loans generation 1 is stopped at event ${poison.eventId} (LoanApplied, stream loan-${b} version 1`,
          ),
        ]);
        expect(log.error[0]).toMatch(
          /numeric field overflow.*SQLSTATE 22003.*projections retry loans/s,
        );
        expect(log.warn).toEqual([]);
        expect(first.globalPosition).toBeLessThan(poison.globalPosition);
        expect(after.globalPosition).toBeGreaterThan(poison.globalPosition);

        // catchUp says which event stops it, after the others have caught up.
        const strict = runner(READ_MODEL_PROJECTIONS, { logger: capture().logger });
        const stopped = await strict.catchUp().catch((error: unknown) => error);
        expect(stopped).toBeInstanceOf(ProjectionStoppedError);
        expect((stopped as ProjectionStoppedError).failures).toEqual([loans.failure]);
        expect((stopped as Error).message).toMatch(
          new RegExp(`projection loans generation 1 is stopped at event ${poison.eventId}`),
        );

        // A rebuild of the same code stops at the same event (events are immutable), while
        // the active generation keeps serving what it has.
        expect(await strict.rebuild('loans')).toEqual({ generation: 2 });
        const again = await strict.catchUp().catch((error: unknown) => error);
        expect((again as ProjectionStoppedError).failures).toEqual([
          loans.failure,
          expect.objectContaining({ generation: 2, event: loans.failure!.event }),
        ]);
        expect((await strict.status()).filter((s) => s.name === 'loans')).toMatchObject([
          { generation: 1, status: 'active', failure: { generation: 1 } },
          { generation: 2, status: 'building', failure: { generation: 2 }, lag: 3 },
        ]);
        expect(await loanIds()).toEqual([a]);

        // The fix: a new version stores wider amounts. Its build (replacing the stopped one)
        // catches up past the event and takes over; the stopped generations are retired,
        // their failures with them.
        const fixed = runner([widerLoans, inquiriesProjection, schedulesProjection], {
          logger: capture().logger,
        });
        await fixed.catchUp();
        const healed = (await fixed.status()).find((s) => s.name === 'loans')!;
        expect(healed).toMatchObject({
          version: widerLoans.version,
          generation: 3,
          status: 'active',
          lag: 0,
          failure: null,
          checkpoint: { globalPosition: lastInquiry.globalPosition },
        });
        expect(await loanIds()).toEqual([a, b, c]);
        expect(await failureRows()).toEqual([]);

        // And a rebuild of the fixed version goes past it too.
        expect(await fixed.rebuild('loans')).toEqual({ generation: 4 });
        await fixed.catchUp();
        expect((await fixed.status()).find((s) => s.name === 'loans')).toMatchObject({
          generation: 4,
          status: 'active',
          failure: null,
        });
        expect(await loanIds()).toEqual([a, b, c]);
      },
      TIMEOUT,
    );

    it(
      'applies every event before the poison of a large batch, retries it slowly by itself, and goes on once the cause is gone',
      async () => {
        let digestible = false;
        const batches: number[] = [];
        const poisoned = countingProjection({
          onApply: (events) => {
            batches.push(events.length);
            if (!digestible && events.some((e) => e.data.poison))
              throw new Error('cannot digest this');
          },
        });
        const healthy = countingProjection({ name: 'healthy' });
        const log = capture();
        const r = runner([poisoned, healthy], {
          logger: log.logger,
          batchSize: 1000,
          failureRetryMs: 60_000,
        });
        await append('s', [countedEvent()]);
        await r.catchUp();
        batches.length = 0;
        const before = await append(
          's',
          range(36).map(() => countedEvent()),
        );
        const [poison] = await append('s', [countedEvent({ poison: true })]);
        const rest = await append(
          's',
          range(26).map(() => countedEvent()),
        );

        await expect(r.catchUp()).rejects.toThrow(
          /projection counts generation 1 is stopped at event .*: cannot digest this/,
        );
        const table = await readModels.activeTable('counts', 'per_stream');
        expect(await readCounts(f.db, table)).toEqual(new Map([['s', { events: 37, gaps: 0 }]]));
        expect(
          await readCounts(f.db, await readModels.activeTable('healthy', 'per_stream')),
        ).toEqual(new Map([['s', { events: 64, gaps: 0 }]]));
        // The whole batch, then halves of what is left: about log2(63) attempts, not 63.
        expect(batches.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(63)) + 2);
        const [status] = (await r.status()).filter((s) => s.name === 'counts');
        expect(status.checkpoint).toEqual({
          transactionId: before[35].transactionId,
          globalPosition: before[35].globalPosition,
        });
        expect(status.failure).toMatchObject({
          event: { id: poison.eventId, globalPosition: poison.globalPosition },
          error: { message: 'cannot digest this', code: null },
          attempts: 1,
        });

        // Not due yet: left alone, not said again.
        batches.length = 0;
        await expect(r.catchUp()).rejects.toBeInstanceOf(ProjectionStoppedError);
        expect(batches).toEqual([]);
        expect(log.error).toHaveLength(1);

        // A runner that retries every 50 ms: the retry fails quietly (debug) while the cause
        // is there, and heals by itself once it is gone.
        const slow = capture();
        const loop = runner([poisoned, healthy], {
          logger: slow.logger,
          failureRetryMs: 50,
        });
        await loop.start();
        await until('retried by itself', async () => {
          const [failure] = await readModels.failures(['counts']);
          return failure.attempts >= 3;
        });
        // It was recorded by another runner before: this one says so once, at warn level.
        expect(slow.error).toEqual([]);
        expect(slow.warn).toEqual([
          expect.stringMatching(/projection counts generation 1 is stopped at event .* 1 attempt/),
        ]);
        expect(slow.debug.some((m) => /attempt [3-9]/.test(m))).toBe(true);
        digestible = true;
        await until('healed', async () => (await readModels.failures()).length === 0);
        const end = rest[rest.length - 1].globalPosition;
        expect(await readModels.waitFor('counts', end, TIMEOUT / 2)).toBe(true);
        await loop.stop();
        expect(await readCounts(f.db, table)).toEqual(new Map([['s', { events: 64, gaps: 0 }]]));
        expect(
          slow.info.some((m) => m.includes(`event ${poison.eventId} (Counted) applies now`)),
        ).toBe(true);
        expect(slow.error).toEqual([]);
      },
      TIMEOUT,
    );

    it(
      'retries at once after retry(name): still failing, it is recorded and said again; fixed, it goes on',
      async () => {
        let digestible = false;
        const poisoned = countingProjection({
          onApply: (events) => {
            if (!digestible && events.some((e) => e.data.poison))
              throw new Error('cannot digest this');
          },
        });
        const log = capture();
        const r = runner([poisoned], { logger: log.logger, failureRetryMs: 3_600_000 });
        await r.catchUp();
        await append('s', [countedEvent(), countedEvent({ poison: true }), countedEvent()]);
        await expect(r.catchUp()).rejects.toBeInstanceOf(ProjectionStoppedError);
        expect(log.error).toHaveLength(1);

        await expect(r.retry('nope')).rejects.toThrow(/unknown projection "nope"/);
        const cleared = await r.retry('counts');
        expect(cleared).toEqual([expect.objectContaining({ name: 'counts', attempts: 1 })]);
        // The cause is still there: tried at once, recorded again, said again (an operator asked).
        await expect(r.catchUp()).rejects.toBeInstanceOf(ProjectionStoppedError);
        expect(log.error).toHaveLength(2);
        expect(await readModels.failures()).toEqual([
          expect.objectContaining({ event: cleared[0].event, attempts: 1 }),
        ]);

        digestible = true;
        await r.retry('counts');
        await r.catchUp();
        expect(await readModels.failures()).toEqual([]);
        expect(
          await readCounts(f.db, await readModels.activeTable('counts', 'per_stream')),
        ).toEqual(new Map([['s', { events: 3, gaps: 0 }]]));
        expect((await r.status())[0]).toMatchObject({ lag: 0, failure: null });
        expect(await r.retry('counts')).toEqual([]);
      },
      TIMEOUT,
    );
  });
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
