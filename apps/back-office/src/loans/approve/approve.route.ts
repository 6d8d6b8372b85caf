import { Body, Param } from '@nestjs/common';
import type { RequestMeta } from '../../audit/request-meta';
import { CurrentPrincipal, type Principal } from '../../auth/principal';
import { APPROVE_EXAMPLES } from '../../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../../http/request-meta';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommandRoute, LoanCommands, LoanRoutes } from '../loan-routes';
import { ApproveLoanDto, toCommand } from './approve.request';

/** An officer approves: the offer, or a proposal that waits for a second officer (four eyes). */
@LoanRoutes()
export class ApproveRoute {
  constructor(private readonly commands: LoanCommands) {}

  @LoanCommandRoute('approval', {
    roles: ['credit-officer'],
    operationId: 'LoansController_approve',
    summary: 'Approve an application: the offer (a win-win loan: its registration)',
    description:
      'On the terms of the product version in force on the contract date (approvedOn; a win-win loan: the deed’s signedOn); amount, term, rate, repayment and offer validity default to the application’s and the product’s. Four eyes: the registrar may not approve; an amount above the officer’s approval limit records LoanApprovalProposed (outcome proposed, secondApproval) and a second credit officer approves the same terms. Approving above the responsible credit maximum assessed needs responsibleMaximumOverride.justification.',
    body: ApproveLoanDto,
    examples: APPROVE_EXAMPLES,
  })
  approve(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: ApproveLoanDto,
    @Meta() meta: RequestMeta,
    @CurrentPrincipal() officer: Principal,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commands.run(toCommand(body, { loanId, officer }), meta, ifMatch);
  }
}
