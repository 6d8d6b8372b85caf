import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { EventStore, SqlDatabase } from '@loanbook/event-store';
import { KafkaRelay, type RelayState } from '@loanbook/messaging';
import type { AppConfig } from '../config/config';
import { APP_CONFIG, EVENT_STORE, READ_MODEL_DATABASE } from '../infrastructure/tokens';

/**
 * The Kafka relay in the back office's process (libs/messaging), when KAFKA_BROKERS is set: the
 * embedded store has no other process to run it. On PostgreSQL the projector usually runs it;
 * the lease lets only one relay publish whichever runs.
 */
@Injectable()
export class KafkaRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly relay?: KafkaRelay;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(READ_MODEL_DATABASE) db: SqlDatabase,
  ) {
    if (config.relay) {
      this.relay = new KafkaRelay({
        store,
        db,
        settings: config.relay.settings,
        logger: new Logger('kafka-relay'),
      });
    }
  }

  onApplicationBootstrap(): void {
    if (!this.relay || !this.config.relay?.background) return;
    this.relay.start();
    new Logger('kafka-relay').log(
      `publishing the event log to ${this.relay.topic} on ${this.config.relay.settings.brokers.join(',')}`,
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
  }

  /** After a command committed: publish now rather than at the next poll. */
  notify(): void {
    this.relay?.notify();
  }

  /** Publishes everything not yet published; the number of events sent. */
  async catchUp(): Promise<number> {
    if (!this.relay) throw new Error('the Kafka relay is off: set KAFKA_BROKERS');
    return this.relay.catchUp();
  }

  state(): Promise<RelayState | undefined> {
    return this.relay ? this.relay.state() : Promise.resolve(undefined);
  }
}
