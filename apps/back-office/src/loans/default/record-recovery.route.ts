import { Body, Param } from '@nestjs/common';
import type { RequestMeta } from '../../audit/request-meta';
import { RECOVERY_EXAMPLES } from '../../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../../http/request-meta';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommandRoute, LoanCommands, LoanRoutes } from '../loan-routes';
import { RecordRecoveryDto, toCommand } from './record-recovery.request';

/** Money received on a defaulted (or written-off) loan: a clerk records it. */
@LoanRoutes()
export class RecordRecoveryRoute {
  constructor(private readonly commands: LoanCommands) {}

  @LoanCommandRoute('recoveries', {
    roles: ['clerk'],
    operationId: 'LoansController_recordRecovery',
    summary: 'Record money received on a defaulted or written-off loan',
    description:
      'From the borrower, a guarantor, the government guarantee, a liquidation or elsewhere; at most what is outstanding. Records RecoveryRecorded.',
    body: RecordRecoveryDto,
    examples: RECOVERY_EXAMPLES,
  })
  recordRecovery(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: RecordRecoveryDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commands.run(toCommand(body, loanId), meta, ifMatch);
  }
}
