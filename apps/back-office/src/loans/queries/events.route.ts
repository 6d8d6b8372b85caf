import { Param } from '@nestjs/common';
import { LoanIdPipe } from '../../http/request-meta';
import { LoanQueryRoute, LoanRoutes } from '../loan-routes';
import { LoanEventsDto } from './loan-events.response';
import { LoanQueries } from './loan-queries.service';

/** GET /loans/{loanId}/events: the audit trail, every event with its envelope. */
@LoanRoutes()
export class EventsRoute {
  constructor(private readonly queries: LoanQueries) {}

  @LoanQueryRoute(':loanId/events', {
    operationId: 'LoansController_events',
    summary: "The loan's events, oldest first: who did what, when",
    description:
      'Each as an envelope: eventId, type, streamId, streamVersion, globalPosition, data (its shape by type) and metadata (effectiveOn, recordedAt, actor, correlationId, causationId, schemaVersion; for an idempotent command idempotencyKey and requestHash). Natural persons’ fields are opened, or "[erased]".',
    ok: LoanEventsDto,
    problems: [
      { status: 400, description: 'The loan id is not a UUID' },
      { status: 404, description: 'No such loan' },
    ],
  })
  events(@Param('loanId', LoanIdPipe) loanId: string) {
    return this.queries.events(loanId);
  }
}
