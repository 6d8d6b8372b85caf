import { Body, Param } from '@nestjs/common';
import type { RequestMeta } from '../../audit/request-meta';
import { DISBURSE_EXAMPLES } from '../../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../../http/request-meta';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommandRoute, LoanCommands, LoanRoutes } from '../loan-routes';
import { DisburseLoanDto, toCommand } from './disburse.request';

/** Paying out the offer (a payment, so a clerk's task): the loan becomes active. */
@LoanRoutes()
export class DisburseRoute {
  constructor(private readonly commands: LoanCommands) {}

  @LoanCommandRoute('disbursement', {
    roles: ['clerk'],
    operationId: 'LoansController_disburse',
    summary: 'Pay out the offer: the loan becomes active',
    description:
      'Within the offer’s validity (offerValidUntil; later: 422 offer-lapsed). Records LoanDisbursed; the schedule runs from this day. An offer left undisbursed lapses by itself (a win-win registration never does).',
    body: DisburseLoanDto,
    examples: DISBURSE_EXAMPLES,
  })
  disburse(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: DisburseLoanDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commands.run(toCommand(body, loanId), meta, ifMatch);
  }
}
