import { Controller, Get, Inject, Logger, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import type { EventStore } from '@loanbook/event-store';
import { Public } from '../auth/decorators';
import { ApiRead } from '../http/api-docs';
import { EVENT_STORE } from '../infrastructure/tokens';
import { toProjectionView, type ProjectionView } from '../projections/projection-view';
import { ReadModelsService } from '../read-models/read-models.service';
import { HealthDto, HealthUnavailableDto } from './health.response';

type ProjectionsHealth =
  { status: 'ok' | 'degraded'; degraded: ProjectionView[] } | { status: 'unknown'; detail: string };

/**
 * Liveness and readiness: 503 (`unavailable`) when the event store does not answer; 200
 * otherwise. 200 with `degraded` when a read model is stopped at an event it cannot apply:
 * commands and the other read models still work, so a load balancer must keep the instance;
 * `projections.degraded` names each such read model, its lag and the event.
 */
@ApiTags('health')
@Public()
// Load balancers poll it; a probe must never be turned away by the per-client limit.
@SkipThrottle({ client: true })
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('health');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModelsService,
  ) {}

  @Get()
  @ApiRead({
    summary: "The event store's and the read models' state",
    description:
      'No token needed, no rate limit. 200 ok; 200 degraded when a read model is stopped at an event it cannot apply (commands and the other read models still work: keep the instance in the load balancer; projections.degraded names each one, its lag and the event); 503 unavailable when the event store does not answer.',
    public: true,
    ok: HealthDto,
    responses: [
      { status: 503, description: 'The event store does not answer', type: HealthUnavailableDto },
    ],
  })
  async health(@Res({ passthrough: true }) res: Response) {
    const eventStore = await this.store.health();
    if (eventStore.status !== 'up') {
      res.status(503);
      return { status: 'unavailable', eventStore };
    }
    const projections = await this.projections();
    res.status(200);
    return {
      status: projections.status === 'degraded' ? 'degraded' : 'ok',
      eventStore,
      projections,
    };
  }

  private async projections(): Promise<ProjectionsHealth> {
    try {
      const degraded = (await this.readModels.degraded()).map(toProjectionView);
      return { status: degraded.length > 0 ? 'degraded' : 'ok', degraded };
    } catch (error) {
      // The store answers, the registry does not: say so, but it is no reason to drop the instance.
      const detail = error instanceof Error ? error.message : String(error);
      this.logger.warn(`health: the projections' state could not be read: ${detail}`);
      return { status: 'unknown', detail };
    }
  }
}
