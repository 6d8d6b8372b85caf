import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type { EventStore, SqlEventStore } from '@loanbook/event-store';
import { EVENT_STORE, READ_SIDE } from './tokens';

/**
 * Migrates the store (and, on KurrentDB, the read side's PostgreSQL) before the first request
 * and closes them on shutdown.
 */
@Injectable()
export class EventStoreLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('event-store');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_SIDE) private readonly readSide: SqlEventStore,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.store.init();
    if (this.readSide !== this.store) await this.readSide.init();
    this.logger.log(
      `event store ready (${this.store.adapter}${this.readSide === this.store ? '' : `, read models on ${this.readSide.adapter}`})`,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    if (this.readSide !== this.store) await this.readSide.close();
  }
}
