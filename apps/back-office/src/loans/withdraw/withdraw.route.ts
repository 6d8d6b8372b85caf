import { Body, Param } from '@nestjs/common';
import type { RequestMeta } from '../../audit/request-meta';
import { WITHDRAW_EXAMPLES } from '../../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../../http/request-meta';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommandRoute, LoanCommands, LoanRoutes } from '../loan-routes';
import { WithdrawApplicationDto, toCommand } from './withdraw.request';

/** The applicant withdraws an application or declines an offer. */
@LoanRoutes()
export class WithdrawRoute {
  constructor(private readonly commands: LoanCommands) {}

  @LoanCommandRoute('withdrawal', {
    roles: ['clerk', 'credit-officer'],
    operationId: 'LoansController_withdraw',
    summary: 'The applicant withdraws, or declines the offer',
    description:
      'Before disbursement: records ApplicationWithdrawn, from an application or an offer.',
    body: WithdrawApplicationDto,
    examples: WITHDRAW_EXAMPLES,
  })
  withdraw(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: WithdrawApplicationDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commands.run(toCommand(body, loanId), meta, ifMatch);
  }
}
