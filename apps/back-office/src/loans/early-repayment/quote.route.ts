import { Param, Query } from '@nestjs/common';
import { LoanIdPipe } from '../../http/request-meta';
import { LoanQueryRoute, LoanRoutes } from '../loan-routes';
import { LoanQueries } from '../queries/loan-queries.service';
import { EarlyRepaymentQuoteQueryDto, toQuoteRequest } from './quote.request';
import { EarlyRepaymentQuoteDto } from './quote.response';

/** GET /loans/{loanId}/early-repayment-quote: what an early repayment would cost; records nothing. */
@LoanRoutes()
export class QuoteRoute {
  constructor(private readonly queries: LoanQueries) {}

  @LoanQueryRoute(':loanId/early-repayment-quote', {
    operationId: 'LoansController_quote',
    summary: 'What an early repayment on a day would cost',
    description:
      'The capital, the interest accrued on it since the last due date and the reinvestment fee (DOMAIN.md 4.3), with the computation line by line; on may lie in the future; amount or full=true. Records nothing. 409 unless the loan is active; 422 when the repayment would break a rule (the codes of POST …/early-repayments).',
    ok: EarlyRepaymentQuoteDto,
    problems: [
      { status: 400, description: 'The loan id, on, amount or full is malformed' },
      { status: 404, description: 'No such loan' },
      { status: 409, description: 'The loan is not active' },
      422,
    ],
  })
  quote(@Param('loanId', LoanIdPipe) loanId: string, @Query() q: EarlyRepaymentQuoteQueryDto) {
    return this.queries.earlyRepaymentQuote(loanId, toQuoteRequest(q));
  }
}
