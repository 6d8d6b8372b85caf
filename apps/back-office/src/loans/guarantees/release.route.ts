import { Body, Param } from '@nestjs/common';
import type { RequestMeta } from '../../audit/request-meta';
import { RELEASE_EXAMPLES } from '../../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../../http/request-meta';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommandRoute, LoanCommands, LoanRoutes } from '../loan-routes';
import { GUARANTEE_ID_PARAM, GUARANTEE_PROBLEMS, GuaranteeIdPipe } from './guarantee-id';
import { ReleaseGuaranteeDto, toCommand } from './release.request';

/** A guarantee released, wholly or partly. */
@LoanRoutes()
export class ReleaseGuaranteeRoute {
  constructor(private readonly commands: LoanCommands) {}

  @LoanCommandRoute('guarantees/:guaranteeId/release', {
    roles: ['credit-officer'],
    operationId: 'LoansController_releaseGuarantee',
    summary: 'Release a guarantee, wholly or partly',
    description:
      'Whatever became of the loan; amount absent: all it still covers. Records GuaranteeReleased.',
    body: ReleaseGuaranteeDto,
    examples: RELEASE_EXAMPLES,
    params: [GUARANTEE_ID_PARAM],
    problems: GUARANTEE_PROBLEMS,
  })
  releaseGuarantee(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Param('guaranteeId', GuaranteeIdPipe) guaranteeId: string,
    @Body() body: ReleaseGuaranteeDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commands.run(toCommand(body, { loanId, guaranteeId }), meta, ifMatch);
  }
}
