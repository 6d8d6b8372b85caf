import { Body, Param } from '@nestjs/common';
import type { RequestMeta } from '../../audit/request-meta';
import { REFUSE_RELEASE_EXAMPLES } from '../../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../../http/request-meta';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommandRoute, LoanCommands, LoanRoutes } from '../loan-routes';
import { GUARANTEE_ID_PARAM, GUARANTEE_PROBLEMS, GuaranteeIdPipe } from './guarantee-id';
import { RefuseGuaranteeReleaseDto, toCommand } from './refuse-release.request';

/** A release refused in writing, with its reasons (DOMAIN.md 4.5). */
@LoanRoutes()
export class RefuseGuaranteeReleaseRoute {
  constructor(private readonly commands: LoanCommands) {}

  @LoanCommandRoute('guarantees/:guaranteeId/release-refusal', {
    roles: ['credit-officer'],
    operationId: 'LoansController_refuseGuaranteeRelease',
    summary: 'Refuse to release a guarantee (DOMAIN.md 4.5)',
    description:
      'With the code of conduct’s reasons, each once, and the explanation the enterprise and the guarantor receive in writing; records GuaranteeReleaseRefused. The guarantee does not change; the written notice appears among the loan’s documents.',
    body: RefuseGuaranteeReleaseDto,
    examples: REFUSE_RELEASE_EXAMPLES,
    params: [GUARANTEE_ID_PARAM],
    problems: GUARANTEE_PROBLEMS,
  })
  refuseGuaranteeRelease(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Param('guaranteeId', GuaranteeIdPipe) guaranteeId: string,
    @Body() body: RefuseGuaranteeReleaseDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commands.run(toCommand(body, { loanId, guaranteeId }), meta, ifMatch);
  }
}
