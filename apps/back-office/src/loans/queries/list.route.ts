import { Query } from '@nestjs/common';
import { CurrentPrincipal, type Principal } from '../../auth/principal';
import { LoanQueryRoute, LoanRoutes } from '../loan-routes';
import { ListLoansQueryDto, toListRequest } from './list.request';
import { LoanListDto } from './loan-list.response';
import { LoanQueries } from './loan-queries.service';

/** GET /loans: a page of the loans read model, filtered and searched. */
@LoanRoutes()
export class ListRoute {
  constructor(private readonly queries: LoanQueries) {}

  @LoanQueryRoute('', {
    operationId: 'LoansController_list',
    summary: 'A page of loans, newest application first',
    description:
      'From the loans read model: filter by productCode, status, enterpriseNumber (a company’s or a sole trader’s), q (a search box: a company name’s words, a loan id’s start, a number), awaiting=second-approval (the officers’ queue, without the caller’s own proposals and registrations), officer (the loans a credit officer proposed, approved or refused) and arrears (a bucket of days past due); limit 1 to 200 (default 50); pass nextCursor as cursor for the next page, until it is null. Send a command reply’s position as minPosition to read your writes (503 read-model-behind when not reached in time). Sole traders’ names and numbers are opened here, or "[erased]".',
    ok: LoanListDto,
    problems: [
      {
        status: 400,
        description:
          'A filter, limit (out-of-range), cursor (code cursor) or minPosition is malformed',
      },
      {
        status: 503,
        description: 'minPosition was not reached in time',
        types: ['read-model-behind'],
      },
    ],
  })
  list(@Query() q: ListLoansQueryDto, @CurrentPrincipal() user: Principal) {
    return this.queries.list(toListRequest(q, user.id));
  }
}
