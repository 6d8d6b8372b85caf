import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type { EventStore } from '@loanbook/event-store';
import { EVENT_STORE } from './tokens';

/** Migrates the store before the first request and closes it on shutdown. */
@Injectable()
export class EventStoreLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('event-store');

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onModuleInit(): Promise<void> {
    await this.store.init();
    this.logger.log(`event store ready (${this.store.adapter})`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
