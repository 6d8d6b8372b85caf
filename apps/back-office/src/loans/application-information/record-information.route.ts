import { Body, Param } from '@nestjs/common';
import type { RequestMeta } from '../../audit/request-meta';
import { APPLICATION_INFORMATION_EXAMPLES } from '../../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../../http/request-meta';
import type { LoanCommandResult } from '../execute-loan-command';
import { LoanCommandRoute, LoanCommands, LoanRoutes } from '../loan-routes';
import { RecordApplicationInformationDto, toCommand } from './record-information.request';

/** Information items received for an application (DOMAIN.md 4.1). */
@LoanRoutes()
export class RecordApplicationInformationRoute {
  constructor(private readonly commands: LoanCommands) {}

  @LoanCommandRoute('application-information', {
    roles: ['clerk', 'credit-officer'],
    operationId: 'ApplicationObligationsController_recordInformation',
    summary: 'Record information items received for an application',
    description:
      'Each item of DOMAIN.md 4.1 as provided, already known to the lender, or not applicable; guarantor items (guarantor-identity, guarantor-assets) name their personal guarantee. Only while the application is undecided. Records ApplicationInformationRecorded.',
    body: RecordApplicationInformationDto,
    examples: APPLICATION_INFORMATION_EXAMPLES,
    problems: [{ status: 409, description: 'The application is decided already' }],
  })
  recordInformation(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: RecordApplicationInformationDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commands.run(toCommand(body, { loanId, recordedBy: meta.actor }), meta, ifMatch);
  }
}
