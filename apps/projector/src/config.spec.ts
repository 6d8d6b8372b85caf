import { loadProjectorConfig } from './config';

describe('projector configuration', () => {
  it('defaults everything but the database URL', () => {
    expect(loadProjectorConfig({ DATABASE_URL: 'postgres://x@h/db' })).toEqual({
      eventStore: 'postgres',
      databaseUrl: 'postgres://x@h/db',
      databaseSchema: 'loanbook',
      batchSize: 5000,
      pollIntervalMs: 500,
      logLevel: 'info',
    });
  });

  it('names every problem and what to set', () => {
    expect(() =>
      loadProjectorConfig({
        EVENT_STORE: 'pglite',
        DATABASE_SCHEMA: 'Bad-Schema',
        PROJECTOR_BATCH_SIZE: '0',
        LOG_LEVEL: 'loud',
      }),
    ).toThrow(
      /PROJECTIONS=in-process[\s\S]*DATABASE_URL is required[\s\S]*DATABASE_SCHEMA=Bad-Schema[\s\S]*LOG_LEVEL=loud[\s\S]*PROJECTOR_BATCH_SIZE=0/,
    );
  });
});

describe('projector configuration: KurrentDB', () => {
  it('reads the events from KURRENTDB_URL and keeps the read models in DATABASE_URL', () => {
    expect(
      loadProjectorConfig({
        EVENT_STORE: 'kurrentdb',
        KURRENTDB_URL: 'kurrentdb://kurrentdb:2113?tls=false',
        DATABASE_URL: 'postgres://x@h/db',
      }),
    ).toMatchObject({
      eventStore: 'kurrentdb',
      kurrentdbUrl: 'kurrentdb://kurrentdb:2113?tls=false',
      databaseUrl: 'postgres://x@h/db',
    });
    expect(() =>
      loadProjectorConfig({ EVENT_STORE: 'kurrentdb', DATABASE_URL: 'postgres://x@h/db' }),
    ).toThrow(/KURRENTDB_URL/);
  });
});

describe('projector configuration: projections and the Kafka relay', () => {
  const base = { DATABASE_URL: 'postgres://x@h/db' };
  const known = ['loans', 'inquiries', 'loan_schedules'];

  it('keeps the projections it is given, and relays when KAFKA_BROKERS is set', () => {
    const config = loadProjectorConfig(
      {
        ...base,
        PROJECTOR_PROJECTIONS: 'loans, inquiries',
        KAFKA_BROKERS: 'kafka-1:9092,kafka-2:9092',
        KAFKA_IDEMPOTENT: 'off',
        RELAY_BATCH_SIZE: '1000',
      },
      known,
    );
    expect(config.projections).toEqual(['loans', 'inquiries']);
    expect(config.relay).toEqual({
      brokers: ['kafka-1:9092', 'kafka-2:9092'],
      clientId: 'loanbook',
      topic: 'loanbook.loan-events.v1',
      idempotent: false,
      ssl: false,
      sasl: undefined,
      batchSize: 1000,
      pollIntervalMs: 500,
      leaseMs: 30_000,
    });
  });

  it('defaults to the idempotent producer, and RELAY=off turns the relay off', () => {
    expect(loadProjectorConfig({ ...base, KAFKA_BROKERS: 'k:9092' }, known).relay?.idempotent).toBe(
      true,
    );
    expect(
      loadProjectorConfig({ ...base, KAFKA_BROKERS: 'k:9092', RELAY: 'off' }, known).relay,
    ).toBeUndefined();
  });

  it('can run the relay alone', () => {
    const config = loadProjectorConfig(
      { ...base, PROJECTOR_PROJECTIONS: 'none', KAFKA_BROKERS: 'k:9092' },
      known,
    );
    expect(config.projections).toEqual([]);
    expect(config.relay?.brokers).toEqual(['k:9092']);
  });

  it('names each bad Kafka setting and an idle projector', () => {
    expect(() =>
      loadProjectorConfig(
        {
          ...base,
          PROJECTOR_PROJECTIONS: 'loans,ledger',
          KAFKA_BROKERS: 'kafka-1',
          KAFKA_TOPIC: 'bad topic',
          KAFKA_SASL_MECHANISM: 'scram-sha-256',
          RELAY_BATCH_SIZE: '0',
        },
        known,
      ),
    ).toThrow(
      /PROJECTOR_PROJECTIONS=loans,ledger[\s\S]*KAFKA_BROKERS=kafka-1[\s\S]*KAFKA_TOPIC=bad topic[\s\S]*KAFKA_SASL_USERNAME[\s\S]*RELAY_BATCH_SIZE=0/,
    );
    expect(() => loadProjectorConfig({ ...base, PROJECTOR_PROJECTIONS: 'none' }, known)).toThrow(
      /would do nothing/,
    );
  });
});
