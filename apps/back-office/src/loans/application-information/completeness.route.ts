import { Param } from '@nestjs/common';
import { LoanIdPipe } from '../../http/request-meta';
import { LoanQueryRoute, LoanRoutes } from '../loan-routes';
import { LoanQueries } from '../queries/loan-queries.service';
import { ApplicationInformationDto } from './application-information.response';

/** GET /loans/{loanId}/application-information: what the application holds and what is missing. */
@LoanRoutes()
export class CompletenessRoute {
  constructor(private readonly queries: LoanQueries) {}

  @LoanQueryRoute(':loanId/application-information', {
    operationId: 'ApplicationObligationsController_completeness',
    summary: 'What the application holds and what is missing (DOMAIN.md 4.1)',
    description:
      'Every information item, per personal guarantee for the guarantor items, with its English and Dutch description, its status (provided, already-known, not-applicable, missing), how it came about and who recorded it when; complete when nothing is missing.',
    ok: ApplicationInformationDto,
    problems: [
      { status: 400, description: 'The loan id is not a UUID' },
      { status: 404, description: 'No such loan' },
    ],
  })
  completeness(@Param('loanId', LoanIdPipe) loanId: string) {
    return this.queries.applicationInformation(loanId);
  }
}
