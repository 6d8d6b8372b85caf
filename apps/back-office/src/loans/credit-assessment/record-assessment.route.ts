import { Body, Param } from '@nestjs/common';
import type { RequestMeta } from '../../audit/request-meta';
import { CREDIT_ASSESSMENT_EXAMPLES } from '../../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../../http/request-meta';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommandRoute, LoanCommands, LoanRoutes } from '../loan-routes';
import { RecordCreditAssessmentDto, toCommand } from './record-assessment.request';

/** The household's responsible credit maximum assessed (DOMAIN.md 3.5). */
@LoanRoutes()
export class RecordCreditAssessmentRoute {
  constructor(private readonly commands: LoanCommands) {}

  @LoanCommandRoute('credit-assessment', {
    roles: ['clerk', 'credit-officer'],
    operationId: 'ApplicationObligationsController_recordCreditAssessment',
    summary: "Assess the household's responsible credit maximum (DOMAIN.md 3.5)",
    description:
      'Weighted income, living-cost norm, housing and other charges give the monthly capacity and the maximum (× 50); knock-outs make it 0.00. Recorded on the application (CreditAssessmentRecorded; the latest counts): approving more is a 422 unless the officer gives responsibleMaximumOverride.justification. The household is personal data, sealed under the borrower.',
    body: RecordCreditAssessmentDto,
    examples: CREDIT_ASSESSMENT_EXAMPLES,
    problems: [
      { status: 400, description: 'A household field is wrong or missing: household.<path>' },
      { status: 409, description: 'The application is decided already' },
    ],
  })
  recordCreditAssessment(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: RecordCreditAssessmentDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commands.run(toCommand(body, { loanId, assessedBy: meta.actor }), meta, ifMatch);
  }
}
