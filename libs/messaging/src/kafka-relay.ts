import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Kafka, logLevel, Partitioners, type LogEntry, type Producer } from 'kafkajs';
import { type EventStore, type SqlExecutor, Wakeup } from '@loanbook/event-store';
import type { KafkaRelaySettings } from './kafka-settings';
import { toKafkaMessage } from './message';
import { RelayCheckpoints, type RelayState } from './relay-checkpoint';

/** Nest's Logger, pino and console all fit. */
export interface RelayLogger {
  debug?(message: string): void;
  log?(message: string): void;
  info?(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface KafkaRelayOptions {
  store: EventStore;
  /** Where the checkpoint and lease live: the read models' database. */
  db: SqlExecutor;
  settings: KafkaRelaySettings;
  logger?: RelayLogger;
  /** kafkajs timeouts; the defaults suit a real cluster. */
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Longest pause between attempts while the broker is away (default 30 s). */
  maxBackoffMs?: number;
}

export interface RelayRun {
  /** Events published by this call. */
  published: number;
  /** False when another relay holds the lease. */
  leased: boolean;
}

/**
 * Publishes the global log to Kafka (DESIGN.md "Kafka relay"): from its stored checkpoint, a
 * batch at a time, `acks: -1`, then moves the checkpoint. Commands never wait for it; while the
 * broker is away it retries with backoff and catches up afterwards. At least once: a crash
 * between the acknowledgement and the checkpoint re-sends that one batch.
 */
export class KafkaRelay {
  private readonly settings: KafkaRelaySettings;
  private readonly checkpoints: RelayCheckpoints;
  private readonly logger?: RelayLogger;
  private readonly kafka: Kafka;
  private readonly maxBackoffMs: number;
  private producer?: Producer;
  private loop?: Promise<void>;
  private stopped = false;
  private readonly wakeup = new Wakeup({ unref: true });
  private holding = false;

  constructor(private readonly options: KafkaRelayOptions) {
    this.settings = options.settings;
    this.logger = options.logger;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
    const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.checkpoints = new RelayCheckpoints(
      options.db,
      this.settings.topic,
      owner,
      this.settings.leaseMs,
    );
    this.kafka = new Kafka({
      clientId: this.settings.clientId,
      brokers: this.settings.brokers,
      ssl: this.settings.ssl,
      sasl: this.settings.sasl as never,
      connectionTimeout: options.connectionTimeoutMs ?? 3_000,
      requestTimeout: options.requestTimeoutMs ?? 30_000,
      // A few quick retries inside a send; the relay's own loop backs off beyond them.
      retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 2_000 },
      logLevel: logLevel.WARN,
      logCreator: () => (entry: LogEntry) => this.kafkaLog(entry),
    });
  }

  get topic(): string {
    return this.settings.topic;
  }

  /** Starts publishing in the background until `stop()`. */
  start(): void {
    this.stopped = false;
    this.wakeup.restart();
    this.loop ??= this.run();
  }

  /** After a command committed: look at the log now rather than at the next poll. */
  notify(): void {
    this.wakeup.wake();
  }

  /** Finishes the batch in progress, gives the lease up and disconnects. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeup.stop();
    await this.loop;
    this.loop = undefined;
    await this.disconnect();
    if (this.holding) await this.checkpoints.release().catch(() => undefined);
    this.holding = false;
  }

  /** Publishes until the log, as visible now, is through (the demo and tests use it). */
  async catchUp(): Promise<number> {
    let total = 0;
    for (;;) {
      const run = await this.runOnce();
      if (!run.leased) throw new Error(`another relay holds the lease on ${this.topic}`);
      total += run.published;
      if (run.published === 0) return total;
    }
  }

  /** One batch: take the lease, read from the checkpoint, publish, move the checkpoint. */
  async runOnce(): Promise<RelayRun> {
    const from = await this.checkpoints.lease();
    this.holding = from !== undefined;
    if (!from) return { published: 0, leased: false };
    const batch = await this.options.store.readAll(from, { batchSize: this.settings.batchSize });
    if (batch.events.length === 0) return { published: 0, leased: true };
    const producer = await this.connected();
    await producer.send({
      topic: this.topic,
      acks: -1,
      messages: batch.events.map(toKafkaMessage),
    });
    if (!(await this.checkpoints.advance(from, batch.checkpoint, batch.events.length))) {
      this.logger?.warn(`relay ${this.topic}: lease lost during a batch; reading again`);
      return { published: 0, leased: false };
    }
    return { published: batch.events.length, leased: true };
  }

  state(): Promise<RelayState | undefined> {
    return this.checkpoints.state();
  }

  private async run(): Promise<void> {
    let failures = 0;
    let published = 0;
    while (!this.stopped) {
      let run: RelayRun = { published: 0, leased: true };
      try {
        run = await this.runOnce();
        if (failures > 0) {
          this.info(`relay ${this.topic}: publishing again after ${failures} failed attempt(s)`);
        }
        failures = 0;
        published += run.published;
        if (run.published === 0 && published > 0) {
          this.info(
            `relay ${this.topic}: ${published} event${published === 1 ? '' : 's'} published, caught up`,
          );
          published = 0;
        }
      } catch (error) {
        failures += 1;
        const message = error instanceof Error ? error.message : String(error);
        // Loud at first, then once a minute or so: a broker down for an hour is one incident.
        if (failures <= 3 || failures % 10 === 0) {
          this.logger?.warn(
            `relay ${this.topic}: batch not published (${failures} in a row), retrying: ${message}`,
          );
        }
        // A fresh connection next time: the broker may have come back elsewhere in the cluster.
        await this.disconnect();
      }
      if (failures > 0) {
        await this.wakeup.sleep(Math.min(this.maxBackoffMs, 250 * 2 ** Math.min(failures, 10)), {
          backoff: true,
        });
      } else if (!run.leased) {
        await this.wakeup.sleep(Math.max(this.settings.pollIntervalMs, 1_000));
      } else if (run.published === 0) {
        await this.wakeup.sleep(this.settings.pollIntervalMs);
      }
    }
  }

  private async connected(): Promise<Producer> {
    if (this.producer) return this.producer;
    const producer = this.kafka.producer({
      idempotent: this.settings.idempotent,
      // One request in flight: a retried batch can never overtake the next one.
      maxInFlightRequests: 1,
      allowAutoTopicCreation: true,
      // murmur2, as the Java client: consumers in any language find a key's partition alike.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    this.producer = producer;
    return producer;
  }

  private async disconnect(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  private info(message: string): void {
    if (this.logger?.info) this.logger.info(message);
    else this.logger?.log?.(message);
  }

  // kafkajs logs every refused connection; the relay's own warning says it once per attempt.
  private kafkaLog(entry: LogEntry): void {
    this.logger?.debug?.(`kafkajs ${entry.namespace}: ${entry.log.message}`);
  }
}
