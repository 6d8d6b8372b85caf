import { Client } from 'pg';
import {
  describePostgres,
  dropSchema,
  freshSchemaName,
  TEST_DATABASE_URL,
} from '@loanbook/testing';
import { EventStoreUnavailableError, LOG_START } from '../event-store.port';
import { loadMigrations } from '../sql/migrations';
import { eventStoreContract } from '../testing/event-store.contract';
import { sqlDatabaseContract } from '../testing/sql-database.contract';
import { PostgresEventStore } from './postgres-event-store';

const TIMEOUT = 60_000;

describePostgres('PostgresEventStore', () => {
  const schema = freshSchemaName('es_contract');

  eventStoreContract(
    'postgres',
    // 8 writers and a reader poll concurrently in the contract: give them a connection each.
    async () =>
      new PostgresEventStore({ connectionString: TEST_DATABASE_URL, schema, poolSize: 12 }),
    async (store) => {
      await store.close();
      await dropSchema(TEST_DATABASE_URL, schema);
    },
    {
      contiguousGlobalPositions: true,
      unreachable: () =>
        new PostgresEventStore({
          connectionString: 'postgres://postgres@127.0.0.1:1/test',
          schema,
          connectionTimeoutMs: 2000,
        }),
    },
  );

  const readSide = freshSchemaName('es_read_side');
  sqlDatabaseContract(
    'postgres',
    async () =>
      new PostgresEventStore({
        connectionString: TEST_DATABASE_URL,
        schema: readSide,
        poolSize: 4,
      }),
    async (store) => {
      await store.close();
      await dropSchema(TEST_DATABASE_URL, readSide);
    },
  );

  it(
    'reports an unreachable server as EventStoreUnavailableError from database() too',
    async () => {
      const down = new PostgresEventStore({
        connectionString: 'postgres://postgres@127.0.0.1:1/test',
        schema: readSide,
        connectionTimeoutMs: 2000,
      });
      try {
        await expect(down.database().query('SELECT 1')).rejects.toBeInstanceOf(
          EventStoreUnavailableError,
        );
        await expect(
          down.database().transaction((tx) => tx.query('SELECT 1')),
        ).rejects.toBeInstanceOf(EventStoreUnavailableError);
      } finally {
        await down.close();
      }
    },
    TIMEOUT,
  );

  describe('migrations', () => {
    const migrated = freshSchemaName('es_migrations');
    afterAll(() => dropSchema(TEST_DATABASE_URL, migrated), TIMEOUT);

    it(
      'concurrent first starts migrate once, into the configured schema only',
      async () => {
        const stores = [1, 2, 3].map(
          () =>
            new PostgresEventStore({
              connectionString: TEST_DATABASE_URL,
              schema: migrated,
              poolSize: 2,
            }),
        );
        try {
          await Promise.all(stores.map((s) => s.init()));
          await stores[0].appendToStream('s-1', [event()], { expectedVersion: 'no-stream' });
          expect(await stores[1].readStream('s-1')).toHaveLength(1);
        } finally {
          await Promise.all(stores.map((s) => s.close()));
        }

        const client = new Client({ connectionString: TEST_DATABASE_URL });
        await client.connect();
        try {
          const applied = await client.query<{ name: string }>(
            `SELECT name FROM "${migrated}".schema_migrations ORDER BY name`,
          );
          expect(applied.rows.map((r) => r.name)).toEqual(loadMigrations().map((m) => m.name));
          const tables = await client.query<{ table_name: string }>(
            `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
            [migrated],
          );
          expect(tables.rows.map((r) => r.table_name)).toEqual([
            'document_processor',
            'document_renditions',
            'documents',
            'events',
            'message_relay',
            'people',
            'projection_failures',
            'projections',
            'schema_migrations',
            'streams',
          ]);
        } finally {
          await client.end();
        }
      },
      TIMEOUT,
    );
  });

  describe('group commit', () => {
    const grouped = freshSchemaName('es_group');
    let store: PostgresEventStore;
    let admin: Client;
    beforeAll(async () => {
      // One statement at a time: whatever arrives meanwhile leaves together in the next one.
      store = new PostgresEventStore({
        connectionString: TEST_DATABASE_URL,
        schema: grouped,
        poolSize: 3,
        groupCommit: { maxInFlight: 1 },
      });
      await store.init();
      admin = new Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
    }, TIMEOUT);
    afterAll(async () => {
      await admin.end();
      await store.close();
      await dropSchema(TEST_DATABASE_URL, grouped);
    }, TIMEOUT);

    const transactionsOf = async (eventIds: string[]) =>
      (
        await admin.query<{ n: string }>(
          `SELECT count(DISTINCT transaction_id)::text AS n FROM "${grouped}".events WHERE event_id = ANY ($1::uuid[])`,
          [eventIds],
        )
      ).rows[0].n;

    it(
      'commits appends submitted together in one transaction, each with its own answer',
      async () => {
        const first = event();
        const stored = await store.appendToStream('g-existing', [first], {
          expectedVersion: 'no-stream',
        });
        const [a, x, y, c1, c2] = [event(), event(), event(), event(), event()];

        const answers = await Promise.allSettled([
          store.appendToStream('g-a', [a], { expectedVersion: 'no-stream' }),
          store.appendToStream('g-existing', [x], { expectedVersion: 1 }),
          store.appendToStream('g-existing', [y], { expectedVersion: 1 }),
          store.appendToStream('g-existing', [first], { expectedVersion: 'no-stream' }),
          store.appendToStream('g-b', [{ ...event(), eventId: a.eventId }], {
            expectedVersion: 'any',
          }),
          store.appendToStream('g-c', [c1, c2], { expectedVersion: 'any' }),
        ]);

        const [appendedA, appendedX, lost, retried, clash, appendedC] = answers;
        expect(appendedA).toMatchObject({
          status: 'fulfilled',
          value: { nextExpectedVersion: 1, written: true },
        });
        expect(appendedX).toMatchObject({
          status: 'fulfilled',
          value: { nextExpectedVersion: 2, written: true },
        });
        expect(lost).toMatchObject({
          status: 'rejected',
          reason: { name: 'WrongExpectedVersionError', actualVersion: 2 },
        });
        expect(retried).toEqual({ status: 'fulfilled', value: { ...stored, written: false } });
        expect(clash).toMatchObject({
          status: 'rejected',
          reason: { name: 'EventIdConflictError' },
        });
        expect(appendedC).toMatchObject({ status: 'fulfilled', value: { nextExpectedVersion: 2 } });

        expect(await transactionsOf([a, x, c1, c2].map((e) => e.eventId))).toBe('1');
        expect((await store.readStream('g-existing')).map((e) => e.eventId)).toEqual([
          first.eventId,
          x.eventId,
        ]);
        expect(await store.readStream('g-b')).toEqual([]);
      },
      TIMEOUT,
    );

    it(
      'decides a group of new events on distinct streams in one set-based statement, each append by its own expected version',
      async () => {
        await store.appendToStream('g-two', [event(), event()], { expectedVersion: 'no-stream' });
        await store.appendToStream('g-one', [event()], { expectedVersion: 'no-stream' });
        const [t1, t2, f, h1, h2, h3] = [event(), event(), event(), event(), event(), event()];

        const answers = await Promise.allSettled([
          store.appendToStream('g-two', [t1, t2], { expectedVersion: 2 }),
          store.appendToStream('g-fresh', [f], { expectedVersion: 'no-stream' }),
          store.appendToStream('g-missing', [event()], { expectedVersion: 5 }),
          store.appendToStream('g-one', [event()], { expectedVersion: 'no-stream' }),
          store.appendToStream('g-any', [h1, h2, h3], { expectedVersion: 'any' }),
        ]);

        expect(
          answers.map((a) => (a.status === 'fulfilled' ? a.value.nextExpectedVersion : a.reason)),
        ).toEqual([
          4,
          1,
          expect.objectContaining({ name: 'WrongExpectedVersionError', actualVersion: 0 }),
          expect.objectContaining({ name: 'WrongExpectedVersionError', actualVersion: 1 }),
          3,
        ]);
        const written = [t1, t2, f, h1, h2, h3].map((e) => e.eventId);
        expect(await transactionsOf(written)).toBe('1');
        const stored = await store.readEventsById(written);
        // Global positions follow the order the appends were made in; each answer names its last.
        expect(stored.map((e) => e.eventId)).toEqual(written);
        expect(stored.map((e) => [e.streamId, e.streamVersion])).toEqual([
          ['g-two', 3],
          ['g-two', 4],
          ['g-fresh', 1],
          ['g-any', 1],
          ['g-any', 2],
          ['g-any', 3],
        ]);
        const last = (i: number) =>
          (answers[i] as PromiseFulfilledResult<{ lastGlobalPosition: number }>).value
            .lastGlobalPosition;
        expect([last(0), last(1), last(4)]).toEqual([
          stored[1].globalPosition,
          stored[2].globalPosition,
          stored[5].globalPosition,
        ]);
        expect(await store.readStream('g-missing')).toEqual([]);
        expect(await store.readStream('g-one')).toHaveLength(1);
      },
      TIMEOUT,
    );

    it(
      'fails only the append whose id another transaction stores meanwhile under another stream',
      async () => {
        const contested = event();
        const other = new Client({ connectionString: TEST_DATABASE_URL });
        await other.connect();
        try {
          await other.query(`SET search_path = "${grouped}"`);
          await other.query('BEGIN');
          await other.query(
            `SELECT * FROM append_to_stream('g-other', 0, $1::uuid[], ARRAY['Tested'], ARRAY['{}'::jsonb], ARRAY['{}'::jsonb], ARRAY[NULL::timestamptz])`,
            [[contested.eventId]],
          );

          const bystander = event();
          const answers = Promise.allSettled([
            store.appendToStream('g-clash', [contested], { expectedVersion: 'no-stream' }),
            store.appendToStream('g-bystander', [bystander], { expectedVersion: 'no-stream' }),
          ]);
          // The group's INSERT waits on the uncommitted id; committing then makes it a unique
          // violation of the whole statement.
          await waitFor(async () => {
            const { rows } = await admin.query<{ n: string }>(
              `SELECT count(*)::text AS n FROM pg_locks WHERE NOT granted AND locktype = 'transactionid'`,
            );
            return rows[0].n !== '0';
          });
          await other.query('COMMIT');

          const [clash, appended] = await answers;
          expect(clash).toMatchObject({
            status: 'rejected',
            reason: { name: 'EventIdConflictError', streamId: 'g-clash' },
          });
          expect(appended).toMatchObject({ status: 'fulfilled', value: { written: true } });
          expect((await store.readStream('g-bystander')).map((e) => e.eventId)).toEqual([
            bystander.eventId,
          ]);
          expect(await store.readStream('g-clash')).toEqual([]);
        } finally {
          await other.end();
        }
      },
      TIMEOUT,
    );
  });

  describe('append plans', () => {
    const planned = freshSchemaName('es_plans');
    afterAll(() => dropSchema(TEST_DATABASE_URL, planned), TIMEOUT);

    // plpgsql caches a generic plan per session after five calls. Planned against an events
    // table analyzed while empty, an event-id lookup would scan the whole table on every append
    // for as long as the connection lives: appends slowing down as the log grows.
    it(
      'look events and streams up by index even when the tables were analyzed empty',
      async () => {
        const store = new PostgresEventStore({
          connectionString: TEST_DATABASE_URL,
          schema: planned,
        });
        await store.init();
        await store.close();
        const client = new Client({
          connectionString: TEST_DATABASE_URL,
          options: `-c search_path=${planned}`,
        });
        await client.connect();
        try {
          await client.query('ANALYZE events');
          await client.query('ANALYZE streams');
          await client.query('BEGIN');
          for (let i = 0; i < 30; i++) {
            await client.query(
              `SELECT * FROM append_to_stream($1, 0, ARRAY[$2::uuid], ARRAY['Tested'], ARRAY['{}'::jsonb], ARRAY['{}'::jsonb], ARRAY[NULL::timestamptz])`,
              [`plan-single-${i}`, crypto.randomUUID()],
            );
            await client.query(
              `SELECT * FROM append_to_streams_each(ARRAY[$1, $2], ARRAY[0, 0], ARRAY[1, 1], ARRAY[$3::uuid, $4::uuid], ARRAY['Tested', 'Tested'], ARRAY['{}'::jsonb, '{}'::jsonb], ARRAY['{}'::jsonb, '{}'::jsonb], ARRAY[NULL, NULL]::timestamptz[])`,
              [`plan-a-${i}`, `plan-b-${i}`, crypto.randomUUID(), crypto.randomUUID()],
            );
          }
          // This transaction's own table statistics, before anything is flushed.
          const { rows } = await client.query<{ relname: string; seq_scan: string }>(
            `SELECT relname, seq_scan::text FROM pg_stat_xact_user_tables
              WHERE schemaname = $1 AND relname IN ('events', 'streams') ORDER BY relname`,
            [planned],
          );
          expect(rows).toEqual([
            { relname: 'events', seq_scan: '0' },
            { relname: 'streams', seq_scan: '0' },
          ]);
        } finally {
          await client.query('ROLLBACK').catch(() => undefined);
          await client.end();
        }
      },
      TIMEOUT,
    );
  });

  describe('losing connections', () => {
    const lost = freshSchemaName('es_lost');
    const applicationName = `loanbook-test-${lost}`;
    let store: PostgresEventStore;
    beforeAll(async () => {
      store = new PostgresEventStore({
        connectionString: TEST_DATABASE_URL,
        schema: lost,
        poolSize: 3,
        applicationName,
      });
      await store.init();
    }, TIMEOUT);
    afterAll(async () => {
      await store.close();
      await dropSchema(TEST_DATABASE_URL, lost);
    }, TIMEOUT);

    it(
      'survives the server terminating its connections (57P01), reporting at worst unavailable',
      async () => {
        await Promise.all([
          store.readAll(LOG_START),
          store.readAll(LOG_START),
          store.readAll(LOG_START),
        ]);
        const admin = new Client({ connectionString: TEST_DATABASE_URL });
        await admin.connect();
        try {
          const killed = await admin.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
            [applicationName],
          );
          expect(killed.rowCount).toBeGreaterThan(0);
        } finally {
          await admin.end();
        }

        // Until the pool notices, it may hand out a dead connection (one per pooled client):
        // each such failure must be "unavailable" (a 503), never a crash, and the pool recovers.
        // Retrying with the same event is what a client does, and is safe: see idempotent retry.
        const retried = event();
        const failures: unknown[] = [];
        for (let attempt = 0; attempt <= 3; attempt++) {
          try {
            await store.appendToStream('after-kill', [retried], { expectedVersion: 'no-stream' });
            break;
          } catch (error) {
            failures.push(error);
          }
        }
        for (const failure of failures) expect(failure).toBeInstanceOf(EventStoreUnavailableError);
        expect(failures.length).toBeLessThanOrEqual(3);
        expect(await store.readStream('after-kill')).toHaveLength(1);
        expect((await store.health()).status).toBe('up');
      },
      TIMEOUT,
    );
  });
});

function event() {
  return {
    eventId: crypto.randomUUID(),
    type: 'Tested',
    data: {},
    metadata: { effectiveOn: '2025-01-01', recordedAt: new Date().toISOString(), schemaVersion: 1 },
  };
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
