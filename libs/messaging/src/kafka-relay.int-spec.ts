import { randomUUID } from 'node:crypto';
import {
  LOG_START,
  type NewEvent,
  PgliteEventStore,
  PostgresEventStore,
  type SqlEventStore,
  type StoredEvent,
} from '@loanbook/event-store';
import {
  describeKafka,
  distinctEvents,
  describePostgres,
  dropSchema,
  freshSchemaName,
  type KafkaMockCluster,
  readTopic,
  type ReadMessage,
  startKafkaMockCluster,
  TEST_DATABASE_URL,
} from '@loanbook/testing';
import { KafkaRelay, type KafkaRelayOptions } from './kafka-relay';
import type { KafkaRelaySettings } from './kafka-settings';
import { HEADERS, parseKafkaMessage } from './message';

const TIMEOUT = 120_000;

const event = (type: string, n: number): NewEvent => ({
  eventId: randomUUID(),
  type,
  data: { n, amount: `${n}.05`, note: 'Één lening — €' },
  metadata: {
    effectiveOn: '2021-03-01',
    recordedAt: new Date().toISOString(),
    actor: 'test',
    schemaVersion: 2,
  },
});

/** `streams` streams of `perStream` events, appended by 4 interleaved writers. */
async function appendInterleaved(
  store: SqlEventStore,
  streams: number,
  perStream: number,
): Promise<void> {
  const ids = Array.from({ length: streams }, () => `loan-${randomUUID()}`);
  await Promise.all(
    [0, 1, 2, 3].map(async (writer) => {
      for (let v = 0; v < perStream; v += 1) {
        for (let s = writer; s < streams; s += 4) {
          await store.appendToStream(ids[s], [event('InstalmentPaid', v)], {
            expectedVersion: v,
          });
        }
      }
    }),
  );
}

/**
 * Every event stored. readAll holds back events above the oldest transaction still open in the
 * whole PostgreSQL cluster (read-all.ts), and other suites keep transactions open beside this
 * one: read until it returns as many events as the table holds.
 */
async function wholeLog(store: SqlEventStore): Promise<StoredEvent[]> {
  const [{ n }] = await store
    .database()
    .query<{ n: number }>('SELECT count(*)::int AS n FROM events');
  for (;;) {
    const events: StoredEvent[] = [];
    let from = LOG_START;
    for (;;) {
      const batch = await store.readAll(from, { batchSize: 5000 });
      if (batch.events.length === 0) break;
      events.push(...batch.events);
      from = batch.checkpoint;
    }
    if (events.length >= n) return events;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every event once or more; per stream, first deliveries in stream order. */
function expectDelivered(
  messages: ReadMessage[],
  log: StoredEvent[],
): { duplicates: number; duplicated: Set<string> } {
  const byId = new Map(log.map((e) => [e.eventId, e]));
  const seen = new Set<string>();
  const lastVersion = new Map<string, number>();
  let duplicates = 0;
  const duplicated = new Set<string>();
  for (const m of messages) {
    const value = parseKafkaMessage({ key: m.key, value: m.value, headers: m.headers });
    const stored = byId.get(value.eventId);
    expect(stored).toBeDefined();
    expect(value).toEqual({
      eventId: stored!.eventId,
      type: stored!.type,
      schemaVersion: stored!.metadata.schemaVersion,
      streamId: stored!.streamId,
      streamVersion: stored!.streamVersion,
      globalPosition: stored!.globalPosition,
      data: stored!.data,
      metadata: stored!.metadata,
    });
    expect(m.headers[HEADERS.contentType]).toBe('application/json');
    if (seen.has(value.eventId)) {
      duplicates += 1;
      duplicated.add(value.eventId);
      continue;
    }
    seen.add(value.eventId);
    // A redelivered batch repeats older versions; a first delivery never goes back.
    expect(value.streamVersion).toBe((lastVersion.get(value.streamId) ?? 0) + 1);
    lastVersion.set(value.streamId, value.streamVersion);
  }
  expect(seen.size).toBe(log.length);
  return { duplicates, duplicated };
}

interface Fixture {
  store: SqlEventStore;
  dispose(): Promise<void>;
}

describeKafka('Kafka relay against a 3-broker mock cluster', () => {
  let cluster: KafkaMockCluster;

  beforeAll(async () => {
    cluster = await startKafkaMockCluster(3);
  }, TIMEOUT);

  afterAll(async () => {
    await cluster?.stop();
  }, TIMEOUT);

  const settings = (topic: string, batchSize = 100): KafkaRelaySettings => ({
    brokers: cluster.brokers,
    clientId: 'loanbook-test',
    topic,
    idempotent: false, // the mock cluster has no transaction coordinator
    ssl: false,
    batchSize,
    pollIntervalMs: 50,
    leaseMs: 30_000,
  });
  const relay = (store: SqlEventStore, options: Partial<KafkaRelayOptions> & { topic: string }) =>
    new KafkaRelay({
      store,
      db: store.database(),
      settings: settings(options.topic, options.settings?.batchSize),
      requestTimeoutMs: 2_000,
      connectionTimeoutMs: 1_000,
      maxBackoffMs: 1_000,
      ...options,
    });

  suite('PGlite', async () => {
    const store = new PgliteEventStore({ dataDir: 'memory://', schema: freshSchemaName('relay') });
    await store.init();
    return { store, dispose: () => store.close() };
  });

  describePostgres('on PostgreSQL', () => {
    suite('PostgreSQL', async () => {
      const schema = freshSchemaName('relay');
      const store = new PostgresEventStore({ connectionString: TEST_DATABASE_URL, schema });
      await store.init();
      return {
        store,
        dispose: async () => {
          await store.close();
          await dropSchema(TEST_DATABASE_URL, schema);
        },
      };
    });
  });

  function suite(name: string, fixture: () => Promise<Fixture>): void {
    describe(name, () => {
      let f: Fixture;
      const topic = () => `loanbook.test.${name.toLowerCase()}.${randomUUID().slice(0, 8)}`;

      beforeAll(async () => {
        f = await fixture();
      }, TIMEOUT);

      afterAll(async () => {
        await f?.dispose();
      }, TIMEOUT);

      it(
        'publishes every event once, keyed by stream, with its headers, each stream in order',
        async () => {
          const t = topic();
          await appendInterleaved(f.store, 40, 15);
          // Two streams in one atomic append: one transaction, two keys.
          await f.store.appendToStreams([
            {
              streamId: `loan-${randomUUID()}`,
              events: [event('LoanApplied', 1)],
              expectedVersion: 0,
            },
            {
              streamId: `winwin-borrower-${Date.now()}`,
              events: [event('Counted', 1)],
              expectedVersion: 0,
            },
          ]);
          const log = await wholeLog(f.store);
          const r = relay(f.store, { topic: t });
          try {
            expect(await r.catchUp()).toBe(log.length);
            expect(await r.catchUp()).toBe(0);
          } finally {
            await r.stop();
          }
          const messages = await readTopic(cluster.brokers, t, distinctEvents(log.length), {
            quietMs: 500,
          });
          expect(expectDelivered(messages, log).duplicates).toBe(0);
          expect(messages).toHaveLength(log.length);
          // Keys spread the streams over the topic's partitions, each key on one.
          const partitionsOf = new Map<string, Set<number>>();
          for (const m of messages) {
            partitionsOf.set(m.key!, (partitionsOf.get(m.key!) ?? new Set()).add(m.partition));
          }
          expect([...partitionsOf.values()].every((p) => p.size === 1)).toBe(true);
          expect(new Set(messages.map((m) => m.partition)).size).toBeGreaterThan(1);
          expect((await r.state())?.eventsPublished).toBe(log.length);
        },
        TIMEOUT,
      );

      it(
        'keeps the log growing while the brokers are away, and catches up once they are back',
        async () => {
          const t = topic();
          const warnings: string[] = [];
          const r = relay(f.store, {
            topic: t,
            logger: { warn: (m) => warnings.push(m), error: (m) => warnings.push(m) },
          });
          const before = (await wholeLog(f.store)).length;
          r.start();
          try {
            await waitUntil(async () => (await r.state())?.eventsPublished === before);
            cluster.pause();
            try {
              await appendInterleaved(f.store, 8, 10);
              await waitUntil(async () => warnings.some((w) => /not published/.test(w)));
            } finally {
              cluster.resume();
            }
            const log = await wholeLog(f.store);
            expect(log.length).toBe(before + 80);
            await waitUntil(async () => (await r.state())?.eventsPublished === log.length);
            const messages = await readTopic(cluster.brokers, t, distinctEvents(log.length), {
              quietMs: 500,
            });
            // Without the idempotent producer (the mock has none), each attempt the frozen
            // brokers took in before timing out is stored once they thaw: duplicates, but only
            // of what was not yet acknowledged, never of what was published before.
            const { duplicated } = expectDelivered(messages, log);
            const during = new Set(log.slice(before).map((e) => e.eventId));
            expect([...duplicated].filter((id) => !during.has(id))).toEqual([]);
          } finally {
            await r.stop();
          }
        },
        TIMEOUT,
      );

      it(
        'lets one relay publish at a time; the other takes over when it stops',
        async () => {
          const t = topic();
          const a = relay(f.store, { topic: t });
          const b = relay(f.store, { topic: t });
          const published = async () => (await a.state())?.eventsPublished;
          a.start();
          let log: StoredEvent[] = [];
          try {
            log = await wholeLog(f.store);
            await waitUntil(async () => (await published()) === log.length);
            // b runs beside a, which renews its lease: b must publish nothing.
            b.start();
            await appendInterleaved(f.store, 4, 5);
            log = await wholeLog(f.store);
            await waitUntil(async () => (await published()) === log.length);
            const owner = (await a.state())?.leaseOwner;
            // A clean stop hands the lease over at once.
            await a.stop();
            await appendInterleaved(f.store, 4, 5);
            log = await wholeLog(f.store);
            await waitUntil(async () => (await published()) === log.length);
            expect((await b.state())?.leaseOwner).not.toBe(owner);
            const messages = await readTopic(cluster.brokers, t, distinctEvents(log.length), {
              quietMs: 500,
            });
            expect(expectDelivered(messages, log).duplicates).toBe(0);
            expect(messages).toHaveLength(log.length);
          } finally {
            await a.stop();
            await b.stop();
          }
        },
        TIMEOUT,
      );
    });
  }
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
