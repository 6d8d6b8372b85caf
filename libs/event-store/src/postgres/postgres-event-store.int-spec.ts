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
