import { Body, Param } from '@nestjs/common';
import type { RequestMeta } from '../../audit/request-meta';
import { CALL_EXAMPLES } from '../../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../../http/request-meta';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommandRoute, LoanCommands, LoanRoutes } from '../loan-routes';
import { GUARANTEE_ID_PARAM, GUARANTEE_PROBLEMS, GuaranteeIdPipe } from './guarantee-id';
import { CallGuaranteeDto, toCommand } from './call.request';

/** A defaulted loan's guarantor called upon. */
@LoanRoutes()
export class CallGuaranteeRoute {
  constructor(private readonly commands: LoanCommands) {}

  @LoanCommandRoute('guarantees/:guaranteeId/call', {
    roles: ['credit-officer'],
    operationId: 'LoansController_callGuarantee',
    summary: "Call upon a defaulted loan's guarantor",
    description:
      'On a defaulted or written-off loan, for at most what the guarantee still covers; all of it when no amount is given. Records GuaranteeCalled.',
    body: CallGuaranteeDto,
    examples: CALL_EXAMPLES,
    params: [GUARANTEE_ID_PARAM],
    problems: GUARANTEE_PROBLEMS,
  })
  callGuarantee(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Param('guaranteeId', GuaranteeIdPipe) guaranteeId: string,
    @Body() body: CallGuaranteeDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commands.run(toCommand(body, { loanId, guaranteeId }), meta, ifMatch);
  }
}
