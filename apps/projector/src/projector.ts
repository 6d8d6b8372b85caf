import pino, { type Logger } from 'pino';
import { createEventStore, type EventStore, PostgresEventStore } from '@loanbook/event-store';
import { KafkaRelay } from '@loanbook/messaging';
import { type Projection, ProjectionRunner } from '@loanbook/projections';
import { loadProjectorConfig, ProjectorConfigError, type ProjectorConfig } from './config';

export interface Projector {
  readonly runner: ProjectionRunner;
  readonly relay?: KafkaRelay;
  /** Waits for the batch in progress, then closes the database connections. */
  stop(): Promise<void>;
}

/**
 * Connects, migrates, and keeps `projections` (those the configuration selects) up to date
 * until `stop()`; publishes the log to Kafka when a relay is configured.
 */
export async function startProjector(
  config: ProjectorConfig,
  projections: readonly Projection[],
  logger: Logger,
): Promise<Projector> {
  const readSide = new PostgresEventStore({
    connectionString: config.databaseUrl,
    schema: config.databaseSchema,
    // One connection reads ahead while another applies; one more for the registry and status.
    poolSize: 4,
    applicationName: 'loanbook-projector',
  });
  // On KurrentDB the projections and the relay read $all; read models stay in PostgreSQL.
  const store: EventStore =
    config.eventStore === 'kurrentdb'
      ? createEventStore({ kind: 'kurrentdb', connectionString: config.kurrentdbUrl! })
      : readSide;
  const selected = config.projections
    ? projections.filter((p) => config.projections!.includes(p.name))
    : projections;
  const runner = new ProjectionRunner({
    store,
    database: readSide.database(),
    projections: selected,
    batchSize: config.batchSize,
    pollIntervalMs: config.pollIntervalMs,
    logger: logger.child({ component: 'projection-runner' }),
  });
  const relay = config.relay
    ? new KafkaRelay({
        store,
        db: readSide.database(),
        settings: config.relay,
        logger: logger.child({ component: 'kafka-relay' }),
      })
    : undefined;
  const close = async () => {
    await store.close();
    if (store !== readSide) await readSide.close();
  };
  try {
    await store.init();
    if (store !== readSide) await readSide.init();
    if (selected.length > 0) await runner.start();
    relay?.start();
  } catch (error) {
    await close();
    throw error;
  }
  return {
    runner,
    relay,
    async stop() {
      await Promise.all([runner.stop(), relay?.stop()]);
      await close();
    },
  };
}

/**
 * The projector as a process: configuration from `env`, JSON logs on stdout, SIGTERM and
 * SIGINT stop it after the batch in progress. Exit code 1 when it cannot start, 2 for bad
 * configuration.
 */
export async function runProjectorProcess(
  env: NodeJS.ProcessEnv,
  projections: readonly Projection[],
): Promise<void> {
  let config: ProjectorConfig;
  try {
    config = loadProjectorConfig(
      env,
      projections.map((p) => p.name),
    );
  } catch (error) {
    if (error instanceof ProjectorConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
  const logger = pino({
    level: config.logLevel,
    base: { service: 'loanbook-projector', pid: process.pid },
  });
  logger.info(
    {
      eventStore: config.eventStore,
      schema: config.databaseSchema,
      batchSize: config.batchSize,
      projections: projections
        .filter((p) => !config.projections || config.projections.includes(p.name))
        .map((p) => `${p.name}@${p.version}`),
      relay: config.relay
        ? { brokers: config.relay.brokers, topic: config.relay.topic }
        : 'off (KAFKA_BROKERS unset)',
    },
    'projector starting',
  );

  let projector: Projector;
  try {
    projector = await startProjector(config, projections, logger);
  } catch (error) {
    logger.fatal({ err: error }, 'projector could not start');
    process.exitCode = 1;
    return;
  }
  for (const s of await projector.runner.status().catch(() => [])) {
    logger.info(
      {
        projection: s.name,
        version: s.version,
        generation: s.generation,
        status: s.failure ? 'degraded' : s.status,
        generationStatus: s.status,
        lag: s.lag,
        // Stopped at an event it cannot apply: the runner retries it every minute, and
        // `npm run cli -- projections retry <name>` at once (after a fix).
        ...(s.failure ? { failure: s.failure } : {}),
      },
      'projection',
    );
  }
  logger.info('projector running');

  let stopping: Promise<void> | undefined;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    logger.info({ signal }, 'projector stopping after the batch in progress');
    stopping = projector.stop().then(
      () => logger.info('projector stopped'),
      (error: unknown) => {
        logger.error({ err: error }, 'projector did not stop cleanly');
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
