import { Body, Param } from '@nestjs/common';
import type { RequestMeta } from '../../audit/request-meta';
import { WRITTEN_REFUSAL_EXAMPLES } from '../../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../../http/request-meta';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommandRoute, LoanCommands, LoanRoutes } from '../loan-routes';
import { RequestWrittenRefusalDto, toCommand } from './request-written-refusal.request';

/** The enterprise asks for the written refusal statement (DOMAIN.md 4.4). */
@LoanRoutes()
export class RequestWrittenRefusalRoute {
  constructor(private readonly commands: LoanCommands) {}

  @LoanCommandRoute('written-refusal', {
    roles: ['clerk', 'credit-officer'],
    operationId: 'ApplicationObligationsController_requestWrittenRefusal',
    summary: 'The enterprise asks for the written refusal statement',
    description:
      'Only on a refused application, once, and within 6 months of its application (later: 422 written-refusal-too-late). Records WrittenRefusalRequested; the statement is then made among the loan’s documents.',
    body: RequestWrittenRefusalDto,
    examples: WRITTEN_REFUSAL_EXAMPLES,
    problems: [
      {
        status: 409,
        description: 'The loan is not refused, or the statement was asked for already',
      },
    ],
  })
  requestWrittenRefusal(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: RequestWrittenRefusalDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commands.run(toCommand(body, loanId), meta, ifMatch);
  }
}
