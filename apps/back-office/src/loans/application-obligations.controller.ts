import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  applicationCompleteness,
  CreditAssessmentInputError,
  parseCreditAssessmentInput,
  formatBusinessDate,
  INFORMATION_ITEM_DESCRIPTIONS,
  LoanNotFoundError,
  parseBusinessDate,
  type LoanCommand,
} from '@loanbook/domain';
import { READ_LOANS, Roles } from '../auth/decorators';
import { ApiRead, LOAN_ID } from '../http/api-docs';
import {
  APPLICATION_INFORMATION_EXAMPLES,
  CREDIT_ASSESSMENT_EXAMPLES,
  WRITTEN_REFUSAL_EXAMPLES,
} from '../http/command-examples';
import { NotFoundProblem, ValidationProblem } from '../http/problem';
import { IfMatch, LoanIdPipe, Meta } from '../http/request-meta';
import { ERASED } from '../people/field-crypto';
import {
  RecordApplicationInformationDto,
  RecordCreditAssessmentDto,
  RequestWrittenRefusalDto,
} from './application-information/record-information.request';
import {
  ApplicationInformationDto,
  CreditAssessmentDto,
} from './credit-assessment/credit-assessment.response';
import { ApiLoanCommand } from './loan-routes';
import { ExecuteLoanCommand, type LoanCommandResult } from './execute-loan-command';
import type { RequestMeta } from '../audit/request-meta';
import { LoanRepository } from './loan-repository';

/**
 * The code of conduct's obligations around an application (DOMAIN.md 4.1, 4.4): what the
 * enterprise was asked and gave, and the written refusal statement it may ask for.
 */
@ApiTags('loans')
@Controller('loans')
export class ApplicationObligationsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly loans: LoanRepository,
  ) {}

  @Post(':loanId/written-refusal')
  @Roles('clerk', 'credit-officer')
  @HttpCode(200)
  @ApiLoanCommand({
    summary: 'The enterprise asks for the written refusal statement',
    description:
      'Only on a refused application, once, and within 6 months of its application (later: 422 written-refusal-too-late). Records WrittenRefusalRequested; the statement is then made among the loan’s documents.',
    body: RequestWrittenRefusalDto,
    examples: WRITTEN_REFUSAL_EXAMPLES,
    problems: [
      {
        status: 409,
        description: 'The loan is not refused, or the statement was asked for already',
      },
    ],
  })
  requestWrittenRefusal(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: RequestWrittenRefusalDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.run(
      { type: 'RequestWrittenRefusal', loanId, requestedOn: parseBusinessDate(body.requestedOn) },
      meta,
      ifMatch,
    );
  }

  @Post(':loanId/application-information')
  @Roles('clerk', 'credit-officer')
  @HttpCode(200)
  @ApiLoanCommand({
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
    return this.run(
      {
        type: 'RecordApplicationInformation',
        loanId,
        recordedOn: parseBusinessDate(body.recordedOn),
        recordedBy: meta.actor,
        items: body.items.map((i) => ({
          item: i.item,
          ...(i.guaranteeId !== undefined ? { guaranteeId: i.guaranteeId } : {}),
          status: i.status,
          ...(i.note !== undefined ? { note: i.note } : {}),
        })),
      },
      meta,
      ifMatch,
    );
  }

  @Get(':loanId/application-information')
  @Roles(...READ_LOANS)
  @ApiRead({
    params: [LOAN_ID],
    summary: 'What the application holds and what is missing (DOMAIN.md 4.1)',
    description:
      'Every information item, per personal guarantee for the guarantor items, with its English and Dutch description, its status (provided, already-known, not-applicable, missing), how it came about and who recorded it when; complete when nothing is missing.',
    ok: ApplicationInformationDto,
    problems: [
      { status: 400, description: 'The loan id is not a UUID' },
      { status: 404, description: 'No such loan' },
    ],
  })
  async completeness(@Param('loanId', LoanIdPipe) loanId: string) {
    const loan = await this.loans.load(loanId);
    if (loan.version === 0) throw new LoanNotFoundError(loanId);
    const c = applicationCompleteness(loan.state);
    const view = (i: (typeof c.items)[number]) => ({
      item: i.item,
      ...(i.guaranteeId !== undefined ? { guaranteeId: i.guaranteeId } : {}),
      description: INFORMATION_ITEM_DESCRIPTIONS[i.item].en,
      descriptionNl: INFORMATION_ITEM_DESCRIPTIONS[i.item].nl,
      status: i.status,
      ...(i.source !== undefined ? { source: i.source } : {}),
      ...(i.recordedOn !== undefined ? { recordedOn: formatBusinessDate(i.recordedOn) } : {}),
      ...(i.recordedBy !== undefined ? { recordedBy: i.recordedBy } : {}),
      ...(i.note !== undefined ? { note: i.note } : {}),
    });
    return {
      loanId,
      status: loan.state.status,
      version: loan.version,
      complete: c.complete,
      missing: c.missing.map(view),
      items: c.items.map(view),
    };
  }

  @Post(':loanId/credit-assessment')
  @Roles('clerk', 'credit-officer')
  @HttpCode(200)
  @ApiLoanCommand({
    summary: "Assess the household's responsible credit maximum (DOMAIN.md 3.5)",
    description:
      'Weighted income, living-cost norm, housing and other charges give the monthly capacity and the maximum (× 50); knock-outs make it 0.00. Recorded on the application (CreditAssessmentRecorded; the latest counts): approving more is a 422 unless the officer gives responsibleMaximumOverride.justification. The household is personal data, sealed under the borrower.',
    body: RecordCreditAssessmentDto,
    examples: CREDIT_ASSESSMENT_EXAMPLES,
    problems: [
      { status: 400, description: 'A household field is wrong or missing: household.<path>' },
      { status: 409, description: 'The application is decided already' },
    ],
  })
  recordCreditAssessment(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: RecordCreditAssessmentDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    let input;
    try {
      input = parseCreditAssessmentInput(body.household);
    } catch (error) {
      if (!(error instanceof CreditAssessmentInputError)) throw error;
      throw new ValidationProblem(
        error.errors.map((e) => ({ ...e, field: e.field ? `household.${e.field}` : 'household' })),
      );
    }
    return this.run(
      {
        type: 'RecordCreditAssessment',
        loanId,
        assessedOn: parseBusinessDate(body.assessedOn),
        assessedBy: meta.actor,
        input,
      },
      meta,
      ifMatch,
    );
  }

  @Get(':loanId/credit-assessment')
  @Roles(...READ_LOANS)
  @ApiRead({
    params: [LOAN_ID],
    summary: 'The latest responsible credit assessment, with its whole computation',
    description:
      'The decision figures (maximumCredit, monthlyCapacity, requestedAmount, withinMaximum, knockOuts, rulesVersion), who assessed it when, and details: the household and every line of the computation. The household figures are personal data: once the person is forgotten only the decision figures remain (details: null, erased: true). 404 when none was recorded.',
    ok: CreditAssessmentDto,
    problems: [
      { status: 400, description: 'The loan id is not a UUID' },
      { status: 404, description: 'No such loan, or no assessment was recorded for it' },
    ],
  })
  async creditAssessment(@Param('loanId', LoanIdPipe) loanId: string) {
    const loan = await this.loans.load(loanId);
    if (loan.version === 0) throw new LoanNotFoundError(loanId);
    const recorded = loan.events.filter((e) => e.type === 'CreditAssessmentRecorded').at(-1);
    if (!recorded) {
      throw new NotFoundProblem(`no responsible credit assessment was recorded for loan ${loanId}`);
    }
    const { assessment, personId: _person, ...figures } = recorded.data as Record<string, unknown>;
    const erased = assessment === ERASED || typeof assessment !== 'string';
    return {
      ...figures,
      recordedAt: recorded.metadata.recordedAt,
      erased,
      details: erased ? null : (JSON.parse(assessment) as unknown),
    };
  }

  private run(
    command: LoanCommand,
    meta: RequestMeta,
    ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commandBus.execute(new ExecuteLoanCommand(command, meta, ifMatch));
  }
}
