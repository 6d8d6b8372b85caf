import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import type { EventStore } from '@loanbook/event-store';
import { Public } from '../auth/decorators';
import { EVENT_STORE } from '../infrastructure/tokens';

/** Liveness and readiness: 200 while the event store answers, 503 when it does not. */
@ApiTags('health')
@Public()
// Load balancers poll it; a probe must never be turned away by the per-client limit.
@SkipThrottle({ client: true })
@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  async health(@Res({ passthrough: true }) res: Response) {
    const eventStore = await this.store.health();
    const up = eventStore.status === 'up';
    res.status(up ? 200 : 503);
    return { status: up ? 'ok' : 'unavailable', eventStore };
  }
}
