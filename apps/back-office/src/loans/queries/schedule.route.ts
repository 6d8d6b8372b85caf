import { Param, Query } from '@nestjs/common';
import { LoanIdPipe } from '../../http/request-meta';
import { LoanQueryRoute, LoanRoutes } from '../loan-routes';
import { AsOfQueryDto, toAsOf } from './as-of.request';
import { LoanScheduleDto } from './schedule.response';
import { LoanQueries } from './loan-queries.service';

/** GET /loans/{loanId}/schedule: the instalments and what was paid of them, as of a day. */
@LoanRoutes()
export class ScheduleRoute {
  constructor(private readonly queries: LoanQueries) {}

  @LoanQueryRoute(':loanId/schedule', {
    operationId: 'LoansController_schedule',
    summary: "The loan's current schedule and what was paid of it",
    description:
      'The instalments from the disbursement date, those after an early repayment computed again; each with its payments (paidInterest, paidPrincipal, unpaid, settledOn) and status as of asOf (default today): paid, partly-paid, due (that day), overdue, future, written-off (what a write-off on or before asOf gave up: no arrears after it); with the payments, early repayments and the arrears as of asOf. 409 before disbursement.',
    ok: LoanScheduleDto,
    problems: [
      { status: 400, description: 'The loan id or asOf is malformed' },
      { status: 404, description: 'No such loan' },
      { status: 409, description: 'Not disbursed: there is no schedule yet' },
    ],
  })
  schedule(@Param('loanId', LoanIdPipe) loanId: string, @Query() q: AsOfQueryDto) {
    return this.queries.schedule(loanId, toAsOf(q));
  }
}
