import { LOG_START, type StoredEvent } from '@loanbook/event-store';
import { KurrentDbEventStore } from '@loanbook/event-store/kurrentdb';
import type { KurrentDbClient } from '@loanbook/event-store/kurrentdb/kurrentdb-event-store';
import { InMemoryKurrentDb } from '@loanbook/event-store/kurrentdb/testing/in-memory-kurrentdb';
import {
  describeKafka,
  describePostgres,
  distinctEvents,
  dropSchema,
  freshSchemaName,
  type KafkaMockCluster,
  readTopic,
  startKafkaMockCluster,
  TEST_DATABASE_URL,
} from '@loanbook/testing';
import { approvedOffer } from '../fixtures';
import { readWhenReached, type RunningApp, startBackOffice } from '../harness';

/**
 * The back office wired for EVENT_STORE=kurrentdb: events in KurrentDB, read models, documents
 * and the relay's checkpoint in PostgreSQL, positions compared in log order. No KurrentDB server
 * runs here, so the adapter talks to the in-memory stand-in of its unit tests: this checks our
 * wiring, not the server (the adapter's contract suite does that where KURRENTDB_URL is set).
 */
class KurrentDbOnStandIn extends KurrentDbEventStore {
  constructor(private readonly server: InMemoryKurrentDb) {
    super({ connectionString: 'kurrentdb://in-memory.invalid:2113?tls=false' });
  }

  protected override connect(): KurrentDbClient {
    return this.server.client();
  }
}

describeKafka('the back office on KurrentDB (the adapter over a stand-in server)', () => {
  describePostgres('read models in PostgreSQL', () => {
    const schema = freshSchemaName('kdb_wiring');
    const topic = `loanbook.test.kurrentdb.${schema}`;
    let cluster: KafkaMockCluster;
    let store: KurrentDbOnStandIn;
    let bo: RunningApp;

    beforeAll(async () => {
      cluster = await startKafkaMockCluster(3);
      store = new KurrentDbOnStandIn(new InMemoryKurrentDb());
      bo = await startBackOffice('postgres', undefined, schema, {
        eventStore: store,
        env: {
          EVENT_STORE: 'kurrentdb',
          KURRENTDB_URL: 'kurrentdb://in-memory.invalid:2113?tls=false',
          DOCUMENTS: 'on',
          KAFKA_BROKERS: cluster.brokers.join(','),
          KAFKA_TOPIC: topic,
          KAFKA_IDEMPOTENT: 'off',
          RELAY_POLL_MS: '50',
        },
      });
    }, 120_000);

    afterAll(async () => {
      await bo?.close();
      await cluster?.stop();
      await dropSchema(TEST_DATABASE_URL, schema);
    }, 120_000);

    const wholeLog = async (): Promise<StoredEvent[]> => {
      const events: StoredEvent[] = [];
      for (let from = LOG_START; ;) {
        const batch = await store.readAll(from, { batchSize: 1000 });
        if (batch.events.length === 0) return events;
        events.push(...batch.events);
        from = batch.checkpoint;
      }
    };

    it('serves reads at a command position, makes the offer document and relays every event', async () => {
      const loanId = await approvedOffer(bo);
      const disbursed = await bo
        .as('clerk')
        .post(`/api/v1/loans/${loanId}/disbursement`)
        .send({ disbursedOn: '2018-03-20' });
      expect(disbursed.status).toBe(200);
      const position = disbursed.body.position as number;
      expect(position).toBeGreaterThan(0);

      // The read model has reached the reply's position: compared in log order, since the
      // events are not in PostgreSQL.
      const listed = await readWhenReached(
        bo.as('analyst'),
        `/api/v1/loans?productCode=impulskrediet&minPosition=${position}`,
      );
      expect(listed.status).toBe(200);
      const item = listed.body.items.find((i: { loanId: string }) => i.loanId === loanId);
      expect(item).toMatchObject({ status: 'active', amount: '25000.00' });

      const documents = await readWhenReached(
        bo.as('analyst'),
        `/api/v1/loans/${loanId}/documents?minPosition=${position}`,
      );
      expect(documents.status).toBe(200);
      // The offer's summary information document and, from the disbursement, its repayment
      // schedule (issue 22).
      expect(documents.body.documents.map((d: { kind: string }) => d.kind)).toEqual([
        'summary-information-document',
        'repayment-schedule',
      ]);

      const knownAt = await bo
        .as('analyst')
        .get(`/api/v1/reports/portfolio?asOf=2021-05-31&knownAt=${new Date().toISOString()}`);
      expect(knownAt.status).toBe(400);
      expect(knownAt.body.errors[0]).toMatchObject({ field: 'knownAt', code: 'unsupported' });

      const log = await wholeLog();
      expect(log.length).toBeGreaterThanOrEqual(3);
      const messages = await readTopic(cluster.brokers, topic, distinctEvents(log.length), {
        quietMs: 500,
      });
      expect(new Set(messages.map((m) => m.headers['event-id']))).toEqual(
        new Set(log.map((e) => e.eventId)),
      );
    }, 120_000);
  });
});
