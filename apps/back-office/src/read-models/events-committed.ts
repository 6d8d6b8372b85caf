import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
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
  constructor(private readonly readModels: ReadModelsService) {}

  handle(): void {
    this.readModels.notify();
  }
}
