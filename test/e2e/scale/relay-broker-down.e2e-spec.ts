import {
  describeKafka,
  distinctEvents,
  type KafkaMockCluster,
  readTopic,
  startKafkaMockCluster,
} from '@loanbook/testing';
import { ReadModelsService } from '../../../apps/back-office/src/read-models/read-models.service';
import { impulskredietApplication } from '../fixtures';
import { type RunningApp, startBackOffice } from '../harness';

/**
 * Commands do not wait for Kafka (DESIGN.md "Kafka relay"): with the brokers frozen, the back
 * office goes on accepting commands, and its relay publishes them once the brokers are back.
 */
describeKafka('the back office while the Kafka brokers are away', () => {
  const topic = `loanbook.test.broker-down.${Date.now()}`;
  let cluster: KafkaMockCluster;
  let bo: RunningApp;

  beforeAll(async () => {
    cluster = await startKafkaMockCluster(3);
    bo = await startBackOffice('pglite', undefined, undefined, {
      env: {
        KAFKA_BROKERS: cluster.brokers.join(','),
        KAFKA_TOPIC: topic,
        KAFKA_IDEMPOTENT: 'off', // the mock cluster cannot serve it
        RELAY_POLL_MS: '50',
      },
    });
  }, 60_000);

  afterAll(async () => {
    await bo?.close();
    await cluster?.stop();
  }, 60_000);

  const apply = async () => {
    const res = await bo.as('clerk').post('/api/v1/loans').send(impulskredietApplication());
    expect(res.status).toBe(201);
  };
  const storedEvents = async () => {
    const [row] = await bo.app
      .get(ReadModelsService)
      .db.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
    return row.n;
  };

  it('accepts commands with the brokers frozen and publishes them after', async () => {
    await apply();
    await readTopic(cluster.brokers, topic, distinctEvents(await storedEvents()));

    // A command that waited for Kafka would hang here for good: the brokers thaw only after.
    cluster.pause();
    try {
      for (let i = 0; i < 5; i += 1) await apply();
    } finally {
      cluster.resume();
    }

    const stored = await storedEvents();
    // Six applications, each a LoanApplied and a FileNumberAssigned on its counter stream.
    expect(stored).toBe(12);
    const messages = await readTopic(cluster.brokers, topic, distinctEvents(stored), {
      quietMs: 500,
    });
    expect(new Set(messages.map((m) => m.headers['event-id'])).size).toBe(stored);
  }, 120_000);
});
