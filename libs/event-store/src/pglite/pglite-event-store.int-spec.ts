import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventStore, LOG_START, type NewEvent } from '../event-store.port';
import { createEventStore } from '../create-event-store';
import { eventStoreContract } from '../testing/event-store.contract';
import { sqlDatabaseContract } from '../testing/sql-database.contract';
import { loadPglite } from './load-pglite';
import { PgliteEventStore } from './pglite-event-store';

const TIMEOUT = 60_000;

describe('PgliteEventStore', () => {
  eventStoreContract(
    'pglite',
    async () => new PgliteEventStore({ dataDir: 'memory://' }),
    (store) => store.close(),
    { contiguousGlobalPositions: true },
  );

  sqlDatabaseContract(
    'pglite',
    async () => new PgliteEventStore({ dataDir: 'memory://', schema: 'read_side' }),
    (store) => store.close(),
  );

  it(
    'fails a store operation issued inside a transaction instead of waiting for itself',
    async () => {
      const store = new PgliteEventStore({ dataDir: 'memory://' });
      try {
        const inside = await store.database().transaction(async (tx) => {
          await tx.query('SELECT 1');
          return store.readStream('nested').then(
            () => 'no error',
            (error: unknown) => (error instanceof Error ? error.message : String(error)),
          );
        });
        expect(inside).toMatch(/inside database\(\)\.transaction\(\)/);
        // Outside the transaction the same call works, and so do calls queued meanwhile.
        expect(await store.readStream('nested')).toEqual([]);
      } finally {
        await store.close();
      }
    },
    TIMEOUT,
  );

  it(
    'reads the log in transaction id order where the ids gain a digit (999 → 1000)',
    async () => {
      // Regression: ordering by the text form of the id put 1000 before 999 and lost events.
      const store = new PgliteEventStore({ dataDir: 'memory://' });
      try {
        const written: string[] = [];
        for (;;) {
          const e = event('Counted');
          await store.appendToStream(`digits-${written.length % 7}`, [e], {
            expectedVersion: 'any',
          });
          written.push(e.eventId);
          const [last] = await store.readStream(`digits-${(written.length - 1) % 7}`, {
            fromVersion: Math.ceil(written.length / 7),
          });
          if (last.transactionId.length > 3 && BigInt(last.transactionId) > 1010n) break;
          if (written.length > 5000) throw new Error('transaction ids never reached 1000');
        }
        const read: string[] = [];
        let checkpoint = LOG_START;
        let previous = -1n;
        for (;;) {
          const batch = await store.readAll(checkpoint, { batchSize: 25 });
          if (batch.events.length === 0) break;
          for (const e of batch.events) {
            expect(BigInt(e.transactionId)).toBeGreaterThan(previous);
            previous = BigInt(e.transactionId);
            read.push(e.eventId);
          }
          checkpoint = batch.checkpoint;
        }
        expect(read).toEqual(written);
      } finally {
        await store.close();
      }
    },
    TIMEOUT,
  );

  describe('on disk', () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), 'loanbook-pglite-'));
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it(
      'keeps events across close and reopen, and continues the stream where it left off',
      async () => {
        // A directory that does not exist yet, as on a first `npm start`.
        const dataDir = join(root, 'data', 'event-store');
        const events = [
          event('LoanApplied', { naam: 'Zoë Van den Broeck' }),
          event('LoanApproved'),
        ];

        let store: EventStore = createEventStore({ kind: 'pglite', dataDir, schema: 'ledger' });
        await store.init();
        const first = await store.appendToStream('loan-1', events, {
          expectedVersion: 'no-stream',
        });
        await store.close();
        await store.close();

        store = createEventStore({ kind: 'pglite', dataDir, schema: 'ledger' });
        try {
          await store.init();
          const read = await store.readStream('loan-1');
          expect(read.map((e) => [e.eventId, e.streamVersion, e.data])).toEqual(
            events.map((e, i) => [e.eventId, i + 1, e.data]),
          );
          expect((await store.readAll(LOG_START)).events).toHaveLength(2);
          // Retrying the first append after the restart is still recognised.
          expect(
            await store.appendToStream('loan-1', events, { expectedVersion: 'no-stream' }),
          ).toEqual({
            ...first,
            written: false,
          });
          const next = await store.appendToStream('loan-1', [event('LoanDisbursed')], {
            expectedVersion: 2,
          });
          expect(next.nextExpectedVersion).toBe(3);
          expect(next.lastGlobalPosition).toBe(first.lastGlobalPosition + 1);
        } finally {
          await store.close();
        }

        // The tables live in the configured schema and the migrations were applied once.
        const { PGlite } = loadPglite();
        const db = new PGlite(dataDir);
        try {
          const applied = await db.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM ledger.schema_migrations',
          );
          const tables = await db.query<{ table_name: string }>(
            `SELECT table_name FROM information_schema.tables WHERE table_schema = 'ledger' ORDER BY 1`,
          );
          expect(applied.rows[0].n).toBeGreaterThanOrEqual(2);
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
          await db.close();
        }
      },
      TIMEOUT,
    );
  });

  it(
    'queues operations issued before init finishes and after close is requested',
    async () => {
      const store = new PgliteEventStore({ dataDir: 'memory://' });
      const pending = [
        store.appendToStream('early', [event('A')], { expectedVersion: 'no-stream' }),
        store.appendToStream('early', [event('B')], { expectedVersion: 1 }),
      ];
      await Promise.all(pending);
      const last = store.readStream('early');
      const closed = store.close();
      expect((await last).map((e) => e.type)).toEqual(['A', 'B']);
      await closed;
      expect((await store.health()).status).toBe('down');
    },
    TIMEOUT,
  );
});

function event(type: string, data: Record<string, unknown> = {}): NewEvent {
  return {
    eventId: crypto.randomUUID(),
    type,
    data,
    metadata: { effectiveOn: '2025-01-01', recordedAt: new Date().toISOString(), schemaVersion: 1 },
  };
}
