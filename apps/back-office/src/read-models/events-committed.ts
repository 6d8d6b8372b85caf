import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { KafkaRelayService } from '../messaging/kafka-relay.service';
import { ReadModelsService } from './read-models.service';

/**
 * Published on the in-process EventBus after events are committed: a notification only.
 * Nothing that must not be lost relies on it; the runner reads the log from its checkpoint.
 */
export class EventsCommitted {
  constructor(readonly position: number) {}
}

@EventsHandler(EventsCommitted)
export class WakeProjectionsOnCommit implements IEventHandler<EventsCommitted> {
  constructor(
    private readonly readModels: ReadModelsService,
    private readonly relay: KafkaRelayService,
  ) {}

  handle(): void {
    this.readModels.notify();
    this.relay.notify();
  }
}
