import { randomUUID } from 'node:crypto';
import { Body, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { RequestMeta } from '../../audit/request-meta';
import { Roles } from '../../auth/decorators';
import { ApiCommand } from '../../http/api-docs';
import { APPLY_EXAMPLES } from '../../http/command-examples';
import { Meta } from '../../http/request-meta';
import { CommandResultDto } from '../command-result.response';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommands, LoanRoutes } from '../loan-routes';
import { ApplyForLoanDto, toCommand } from './apply.request';

/** POST /loans: a new loan's application (the one command that makes a loan: 201). */
@LoanRoutes()
export class ApplyRoute {
  constructor(private readonly commands: LoanCommands) {}

  @Post()
  @Roles('clerk')
  @ApiCommand({
    operationId: 'LoansController_apply',
    summary: 'Apply for a loan (a win-win loan: ask for its registration)',
    description:
      'Records LoanApplied, on the product version in force on the application date (a win-win loan: the deed’s signedOn). Which fields a product takes is in GET /products/{productCode} (application.requiredFields, optionalFields); guarantees get the ids g1, g2, … in order. A natural person’s name and number (a sole trader, a win-win lender, a personal surety) are stored encrypted. The rule codes are listed in docs/api.md.',
    status: 201,
    body: ApplyForLoanDto,
    examples: APPLY_EXAMPLES,
    ok: CommandResultDto,
    okDescription: 'The application is recorded',
    idempotent: true,
    location: 'The new loan: /api/v1/loans/{loanId}',
    problems: [
      { status: 409, description: 'A loan with the loanId given exists already' },
      {
        status: 422,
        description:
          'A product or policy rule is broken (amounts, terms, product fields, win-win limits and rate bands, co-financing ratios)',
      },
    ],
  })
  async apply(
    @Body() body: ApplyForLoanDto,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoanCommandResult> {
    const command = toCommand(body, { registeredBy: meta.actor, newLoanId: randomUUID() });
    const result = await this.commands.run(command, meta);
    // result.loanId: a repeat (Idempotency-Key) answers with the loan its first request made.
    res.location(`/api/v1/loans/${result.loanId}`);
    return result;
  }
}
