import { Body, Param } from '@nestjs/common';
import type { RequestMeta } from '../../audit/request-meta';
import { DEFAULT_EXAMPLES } from '../../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../../http/request-meta';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommandRoute, LoanCommands, LoanRoutes } from '../loan-routes';
import { DeclareDefaultDto, toCommand } from './declare-default.request';

/** An active loan declared in default, with its cause. */
@LoanRoutes()
export class DeclareDefaultRoute {
  constructor(private readonly commands: LoanCommands) {}

  @LoanCommandRoute('default', {
    roles: ['credit-officer'],
    operationId: 'LoansController_declareDefault',
    summary: 'Declare an active loan in default, with its cause',
    description:
      'Records LoanDefaulted with the principal outstanding and the arrears on that day. The cause arrears needs the oldest unpaid instalment to be over 3 months late.',
    body: DeclareDefaultDto,
    examples: DEFAULT_EXAMPLES,
  })
  declareDefault(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: DeclareDefaultDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commands.run(toCommand(body, loanId), meta, ifMatch);
  }
}
