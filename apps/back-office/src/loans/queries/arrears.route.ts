import { Param, Query } from '@nestjs/common';
import { LoanIdPipe } from '../../http/request-meta';
import { LoanQueryRoute, LoanRoutes } from '../loan-routes';
import { AsOfQueryDto, toAsOf } from './as-of.request';
import { LoanArrearsReplyDto } from './schedule.response';
import { LoanQueries } from './loan-queries.service';

/** GET /loans/{loanId}/arrears: what is unpaid at the end of a day. */
@LoanRoutes()
export class ArrearsRoute {
  constructor(private readonly queries: LoanQueries) {}

  @LoanQueryRoute(':loanId/arrears', {
    operationId: 'LoansController_arrears',
    summary: 'Arrears at the end of a day',
    description:
      'The unpaid parts of the instalments due before asOf (default today), the days past due of the oldest, what is due that day, and the next instalment to fall due. 409 before disbursement.',
    ok: LoanArrearsReplyDto,
    problems: [
      { status: 400, description: 'The loan id or asOf is malformed' },
      { status: 404, description: 'No such loan' },
      { status: 409, description: 'Not disbursed: there are no instalments yet' },
    ],
  })
  arrears(@Param('loanId', LoanIdPipe) loanId: string, @Query() q: AsOfQueryDto) {
    return this.queries.arrears(loanId, toAsOf(q));
  }
}
