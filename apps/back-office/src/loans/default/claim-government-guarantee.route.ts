import { Body, Param } from '@nestjs/common';
import type { RequestMeta } from '../../audit/request-meta';
import { GOVERNMENT_CLAIM_EXAMPLES } from '../../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../../http/request-meta';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommandRoute, LoanCommands, LoanRoutes } from '../loan-routes';
import { ClaimGovernmentGuaranteeDto, toCommand } from './claim-government-guarantee.request';

/** A win-win loan's government guarantee claimed (DOMAIN.md 3.2). */
@LoanRoutes()
export class ClaimGovernmentGuaranteeRoute {
  constructor(private readonly commands: LoanCommands) {}

  @LoanCommandRoute('government-guarantee-claim', {
    roles: ['credit-officer'],
    operationId: 'LoansController_claimGovernmentGuarantee',
    summary: "Claim a win-win loan's government guarantee",
    description:
      "The product version's share (30 %, or 40 % for deeds signed from 2020-03-15 to 2021-12-31) of the principal definitively lost, rounded half up to the cent; for bankruptcy, manifest insolvency or dissolution during the term or within 6 months after it; once. Records GovernmentGuaranteeClaimed.",
    body: ClaimGovernmentGuaranteeDto,
    examples: GOVERNMENT_CLAIM_EXAMPLES,
  })
  claimGovernmentGuarantee(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: ClaimGovernmentGuaranteeDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commands.run(toCommand(body, loanId), meta, ifMatch);
  }
}
