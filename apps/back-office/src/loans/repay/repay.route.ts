import { Body, Param } from '@nestjs/common';
import type { RequestMeta } from '../../audit/request-meta';
import { REPAY_EXAMPLES } from '../../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../../http/request-meta';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommandRoute, LoanCommands, LoanRoutes } from '../loan-routes';
import { RepayInstalmentDto, toCommand } from './repay.request';

/** A payment towards the schedule (a clerk's task, like every money movement). */
@LoanRoutes()
export class RepayRoute {
  constructor(private readonly commands: LoanCommands) {}

  @LoanCommandRoute('repayments', {
    roles: ['clerk'],
    operationId: 'LoansController_repay',
    summary: 'Record a payment towards the schedule',
    description:
      'Applied in business-date order to the oldest instalment due, interest before principal; a back-dated payment takes its place and moves later ones (RepaymentsReallocated). It may pay everything due up to the next instalment, that one included (paid ahead of its due date); more is a 422 payment-above-amount-due: paying further ahead is an early repayment. The last instalment paid makes the loan repaid.',
    body: RepayInstalmentDto,
    examples: REPAY_EXAMPLES,
  })
  repay(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: RepayInstalmentDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commands.run(toCommand(body, loanId), meta, ifMatch);
  }
}
