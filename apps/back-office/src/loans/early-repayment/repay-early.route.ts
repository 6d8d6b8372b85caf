import { Body, Param } from '@nestjs/common';
import type { RequestMeta } from '../../audit/request-meta';
import { REPAY_EARLY_EXAMPLES } from '../../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../../http/request-meta';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommandRoute, LoanCommands, LoanRoutes } from '../loan-routes';
import { RepayEarlyDto, toCommand } from './repay-early.request';

/** An early repayment, partial or full, with its reinvestment fee (as quote.route.ts quotes it). */
@LoanRoutes()
export class RepayEarlyRoute {
  constructor(private readonly commands: LoanCommands) {}

  @LoanCommandRoute('early-repayments', {
    roles: ['clerk'],
    operationId: 'LoansController_repayEarly',
    summary: 'Record an early repayment, partial (amount) or full (full: true)',
    description:
      'The capital, the interest accrued on it and the reinvestment fee (see the quote); records EarlyRepaymentMade with the fee’s lines. A partial repayment keeps the term: the later instalments are computed again on the lower principal; a full one also records LoanRepaid. A win-win loan is repaid early only in full (422 partial-early-repayment-not-allowed).',
    body: RepayEarlyDto,
    examples: REPAY_EARLY_EXAMPLES,
  })
  repayEarly(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: RepayEarlyDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commands.run(toCommand(body, loanId), meta, ifMatch);
  }
}
