import { Body, Param } from '@nestjs/common';
import type { RequestMeta } from '../../audit/request-meta';
import { WRITE_OFF_EXAMPLES } from '../../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../../http/request-meta';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommandRoute, LoanCommands, LoanRoutes } from '../loan-routes';
import { WriteOffLoanDto, toCommand } from './write-off.request';

/** The principal still unpaid on a defaulted loan written off. */
@LoanRoutes()
export class WriteOffRoute {
  constructor(private readonly commands: LoanCommands) {}

  @LoanCommandRoute('write-off', {
    roles: ['credit-officer'],
    operationId: 'LoansController_writeOff',
    summary: 'Write off the principal still unpaid on a defaulted loan',
    description: 'Records LoanWrittenOff; recoveries may still be recorded afterwards.',
    body: WriteOffLoanDto,
    examples: WRITE_OFF_EXAMPLES,
  })
  writeOff(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: WriteOffLoanDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commands.run(toCommand(body, loanId), meta, ifMatch);
  }
}
