import { Body, Param } from '@nestjs/common';
import type { RequestMeta } from '../../audit/request-meta';
import { REFUSE_EXAMPLES } from '../../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../../http/request-meta';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommandRoute, LoanCommands, LoanRoutes } from '../loan-routes';
import { RefuseLoanDto, toCommand } from './refuse.request';

/** An officer refuses an application with the code of conduct's reasons. */
@LoanRoutes()
export class RefuseRoute {
  constructor(private readonly commands: LoanCommands) {}

  @LoanCommandRoute('refusal', {
    roles: ['credit-officer'],
    operationId: 'LoansController_refuse',
    summary: 'Refuse an application with coded reasons',
    description:
      'The code of conduct’s reasons (DOMAIN.md 4.4), at least one, and an optional explanation; records LoanRefused. The enterprise may then ask for the written refusal statement.',
    body: RefuseLoanDto,
    examples: REFUSE_EXAMPLES,
  })
  refuse(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: RefuseLoanDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commands.run(toCommand(body, loanId), meta, ifMatch);
  }
}
