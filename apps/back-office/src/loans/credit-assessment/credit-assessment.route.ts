import { Param } from '@nestjs/common';
import { LoanIdPipe } from '../../http/request-meta';
import { LoanQueryRoute, LoanRoutes } from '../loan-routes';
import { LoanQueries } from '../queries/loan-queries.service';
import { CreditAssessmentDto } from './credit-assessment.response';

/** GET /loans/{loanId}/credit-assessment: the latest assessment with its computation. */
@LoanRoutes()
export class CreditAssessmentRoute {
  constructor(private readonly queries: LoanQueries) {}

  @LoanQueryRoute(':loanId/credit-assessment', {
    operationId: 'ApplicationObligationsController_creditAssessment',
    summary: 'The latest responsible credit assessment, with its whole computation',
    description:
      'The decision figures (maximumCredit, monthlyCapacity, requestedAmount, withinMaximum, knockOuts, rulesVersion), who assessed it when, and details: the household and every line of the computation. The household figures are personal data: once the person is forgotten only the decision figures remain (details: null, erased: true). 404 when none was recorded.',
    ok: CreditAssessmentDto,
    problems: [
      { status: 400, description: 'The loan id is not a UUID' },
      { status: 404, description: 'No such loan, or no assessment was recorded for it' },
    ],
  })
  creditAssessment(@Param('loanId', LoanIdPipe) loanId: string) {
    return this.queries.creditAssessment(loanId);
  }
}
