import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { PostgresEventStore } from '@loanbook/event-store';
import { HEADERS } from '@loanbook/messaging';
import {
  type CompiledScript,
  compileForNode,
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

const TIMEOUT = 240_000;
const STREAMS = 500;
const TOTAL = 20_000;
const BATCH = 500;

/** The real projector process relaying alone (PROJECTOR_PROJECTIONS=none), killed and restarted. */
describeKafka('projector: the Kafka relay killed mid-batch', () => {
  describePostgres('on PostgreSQL', () => {
    const schema = freshSchemaName('relay_kill');
    const topic = `loanbook.test.kill.${schema}`;
    let compiled: CompiledScript;
    let cluster: KafkaMockCluster;
    let admin: Client;
    const children: ChildProcess[] = [];

    beforeAll(async () => {
      [compiled, cluster] = await Promise.all([
        compileForNode(join(__dirname, 'main.ts')),
        startKafkaMockCluster(3),
      ]);
      admin = new Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
    }, TIMEOUT);

    afterAll(async () => {
      for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
      await admin?.end();
      await dropSchema(TEST_DATABASE_URL, schema);
      await cluster?.stop();
      compiled?.dispose();
    }, TIMEOUT);

    const start = () => {
      const child = spawn(process.execPath, compiled.nodeArgs, {
        env: {
          ...process.env,
          ...compiled.env,
          EVENT_STORE: 'postgres',
          DATABASE_URL: TEST_DATABASE_URL,
          DATABASE_SCHEMA: schema,
          PROJECTOR_PROJECTIONS: 'none',
          KAFKA_BROKERS: cluster.brokers.join(','),
          KAFKA_TOPIC: topic,
          KAFKA_IDEMPOTENT: 'off', // the mock cluster cannot serve it
          RELAY_BATCH_SIZE: String(BATCH),
          RELAY_POLL_MS: '50',
          // The killed relay's lease runs out soon, so that the next one takes over.
          RELAY_LEASE_SECONDS: '2',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      children.push(child);
      let errors = '';
      child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      const exited = new Promise<number | string>((resolve) =>
        child.on('exit', (code, signal) => resolve(signal ?? code ?? -1)),
      );
      return { child, exited, errors: () => errors };
    };

    const published = async (): Promise<number> => {
      const { rows } = await admin.query<{ n: string }>(
        `SELECT events_published AS n FROM "${schema}".message_relay WHERE name = $1`,
        [topic],
      );
      return rows.length === 0 ? 0 : Number(rows[0].n);
    };

    const waitUntil = async (what: string, probe: () => Promise<boolean>): Promise<void> => {
      const deadline = Date.now() + TIMEOUT / 3;
      while (!(await probe())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };

    const distinctIds = (messages: ReadMessage[]) =>
      new Set(messages.map((m) => m.headers[HEADERS.eventId])).size;

    it(
      'loses nothing and sends again at most the batch it had not recorded',
      async () => {
        // A log written straight into the table (setup, not what is tested).
        const store = new PostgresEventStore({ connectionString: TEST_DATABASE_URL, schema });
        await store.init();
        await store.close();
        await admin.query(
          `INSERT INTO "${schema}".events (event_id, stream_id, stream_version, type, data, metadata)
           SELECT gen_random_uuid(), 'loan-' || (g % ${STREAMS}), g / ${STREAMS} + 1, 'InstalmentPaid',
                  jsonb_build_object('g', g, 'amount', (g % 997) || '.01'),
                  '{"effectiveOn":"2025-01-01","recordedAt":"2025-01-01T00:00:00Z","schemaVersion":2}'::jsonb
             FROM generate_series(0, ${TOTAL - 1}) AS g ORDER BY g`,
        );

        for (const fraction of [0.25, 0.6]) {
          const run = start();
          await waitUntil(`${fraction * 100} % published`, async () => {
            if (run.child.exitCode !== null) throw new Error(`projector exited: ${run.errors()}`);
            return (await published()) >= TOTAL * fraction;
          });
          run.child.kill('SIGKILL');
          expect(await run.exited).toBe('SIGKILL');
          const recorded = await published();
          expect(recorded).toBeLessThan(TOTAL);
          // On the topic: what the checkpoint records, plus at most the batch in flight.
          const onTopic = await readTopic(cluster.brokers, topic, (m) => m.length >= recorded, {
            quietMs: 1_500,
          });
          expect(distinctIds(onTopic)).toBe(onTopic.length);
          expect(onTopic.length - recorded).toBeGreaterThanOrEqual(0);
          expect(onTopic.length - recorded).toBeLessThanOrEqual(BATCH);
        }

        const last = start();
        try {
          await waitUntil('everything published', async () => (await published()) === TOTAL);
        } finally {
          last.child.kill('SIGTERM');
          expect(await last.exited).toBe(0);
        }
        const messages = await readTopic(cluster.brokers, topic, distinctEvents(TOTAL), {
          quietMs: 1_500,
        });
        expect(distinctIds(messages)).toBe(TOTAL);
        // Two kills: at most one unrecorded batch each was sent twice.
        expect(messages.length - TOTAL).toBeLessThanOrEqual(2 * BATCH);
        // Per loan, first deliveries in stream order.
        const last_ = new Map<string, number>();
        const seen = new Set<string>();
        for (const m of messages) {
          const id = m.headers[HEADERS.eventId];
          if (seen.has(id)) continue;
          seen.add(id);
          const { streamId, streamVersion } = JSON.parse(m.value) as {
            streamId: string;
            streamVersion: number;
          };
          expect(m.key).toBe(streamId);
          expect(streamVersion).toBe((last_.get(streamId) ?? 0) + 1);
          last_.set(streamId, streamVersion);
        }
        expect(last_.size).toBe(STREAMS);
      },
      TIMEOUT,
    );
  });
});
