import { randomUUID } from 'node:crypto';
import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Inject,
  Injectable,
  Param,
  Post,
  Query,
  Req,
  Res,
  type PipeTransform,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags, type ApiParamOptions } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { LocalDate } from '@js-joda/core';
import {
  actorKey,
  LoanNotFoundError,
  LoanStateConflictError,
  Money,
  parseBusinessDate,
  parseEnterpriseNumber,
  quoteEarlyRepayment,
  Rate,
  type Clock,
  type GuaranteeInput,
  type LoanCommand,
  type ProductCatalogue,
} from '@loanbook/domain';
import {
  InvalidCursorError,
  listLoans,
  type ArrearsBucket,
} from '@loanbook/projections/read-models';
import { READ_LOANS, Roles } from '../auth/decorators';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { ValidationProblem } from '../http/problem';
import { ApiCommand, ApiRead, LOAN_ID, type Problem } from '../http/api-docs';
import {
  APPLY_EXAMPLES,
  APPROVE_EXAMPLES,
  CALL_EXAMPLES,
  DEFAULT_EXAMPLES,
  DISBURSE_EXAMPLES,
  GOVERNMENT_CLAIM_EXAMPLES,
  RECOVERY_EXAMPLES,
  REFUSE_EXAMPLES,
  REFUSE_RELEASE_EXAMPLES,
  RELEASE_EXAMPLES,
  REPAY_EARLY_EXAMPLES,
  REPAY_EXAMPLES,
  WITHDRAW_EXAMPLES,
  WRITE_OFF_EXAMPLES,
} from '../http/command-examples';
import { IfMatch, LoanIdPipe, Meta } from '../http/request-meta';
import { CATALOGUE, CLOCK } from '../infrastructure/tokens';
import { revealLoanListItems } from '../people/loan-list';
import { PeopleService } from '../people/people.service';
import { ReadModelsService } from '../read-models/read-models.service';
import { ReferenceCurvesService } from '../reference-curves/reference-curves.service';
import { ListLoansQueryDto } from './dto/list-loans.query.dto';
import { borrowerMatch, loanSearch } from './loan-search';
import { LoanWarnings } from './loan-warnings';
import { ApplyForLoanDto } from './dto/apply-for-loan.dto';
import { ApproveLoanDto } from './dto/approve-loan.dto';
import { AsOfQueryDto } from './dto/as-of.query.dto';
import { ApiLoanCommand } from './api-loan-command';
import { CommandResultDto } from './dto/command-result.response';
import { EarlyRepaymentQuoteDto } from './dto/early-repayment-quote.response';
import { LoanEventsDto } from './dto/loan-events.response';
import { LoanListDto } from './dto/loan-list.response';
import { LoanDto } from './dto/loan.response';
import { LoanArrearsReplyDto, LoanScheduleDto } from './dto/schedule.response';
import {
  ClaimGovernmentGuaranteeDto,
  DeclareDefaultDto,
  RecordRecoveryDto,
  WriteOffLoanDto,
} from './dto/default.dto';
import { DisburseLoanDto } from './dto/disburse-loan.dto';
import type { GuaranteeDto } from './dto/guarantee.dto';
import { RefuseLoanDto } from './dto/refuse-loan.dto';
import {
  CallGuaranteeDto,
  RefuseGuaranteeReleaseDto,
  ReleaseGuaranteeDto,
} from './dto/release-guarantee.dto';
import { EarlyRepaymentQuoteQueryDto, RepayEarlyDto } from './dto/repay-early.dto';
import { RepayInstalmentDto } from './dto/repay-instalment.dto';
import { WithdrawApplicationDto } from './dto/withdraw-application.dto';
import { ExecuteLoanCommand, type LoanCommandResult } from './execute-loan-command';
import type { RequestMeta } from '../audit/request-meta';
import { LoanRepository, type LoadedLoan } from './loan-repository';
import { toArrearsView, toEventView, toLoanView, toQuoteView, toScheduleView } from './loan-view';

/** Guarantee ids as the domain gives them: g1, g2, ... */
const GUARANTEE_ID = /^g[1-9][0-9]{0,3}$/;

@Injectable()
export class GuaranteeIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!GUARANTEE_ID.test(value)) {
      throw new ValidationProblem([
        {
          field: 'guaranteeId',
          code: 'guarantee-id',
          message: "the guarantee id must be the loan's id for it, such as g1",
        },
      ]);
    }
    return value;
  }
}

const GUARANTEE_ID_PARAM: ApiParamOptions = {
  name: 'guaranteeId',
  description: 'The guarantee within the loan: g1, g2, ... in the order they were given',
  schema: { type: 'string', pattern: GUARANTEE_ID.source },
};

/** A guarantee command's own problems, beside the loan's. */
const GUARANTEE_PROBLEMS: Problem[] = [
  { status: 400, description: 'The guarantee id is not one such as g1 (code guarantee-id)' },
  { status: 404, description: 'The loan has no such guarantee' },
];

const guaranteesOf = (given: GuaranteeDto[] | undefined): GuaranteeInput[] | undefined =>
  given?.map((g) => ({ kind: g.kind, guarantor: g.guarantor, amount: Money.parse(g.amount) }));

/** Commands and queries on one loan. DTOs are validated at the edge; rules live in the domain. */
@ApiTags('loans')
@Controller('loans')
export class LoansController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly loans: LoanRepository,
    private readonly readModels: ReadModelsService,
    private readonly people: PeopleService,
    private readonly curves: ReferenceCurvesService,
    @Inject(CATALOGUE) private readonly catalogue: ProductCatalogue,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly warnings: LoanWarnings,
  ) {}

  @Get()
  @Roles(...READ_LOANS)
  @ApiRead({
    summary: 'A page of loans, newest application first',
    description:
      'From the loans read model: filter by productCode, status, enterpriseNumber (a company’s or a sole trader’s), q (a search box: a company name’s words, a loan id’s start, a number), awaiting=second-approval (the officers’ queue, without the caller’s own proposals and registrations) and arrears (a bucket of days past due); limit 1 to 200 (default 50); pass nextCursor as cursor for the next page, until it is null. Send a command reply’s position as minPosition to read your writes (503 read-model-behind when not reached in time). Sole traders’ names and numbers are opened here, or "[erased]".',
    ok: LoanListDto,
    problems: [
      {
        status: 400,
        description:
          'A filter, limit (out-of-range), cursor (code cursor) or minPosition is malformed',
      },
      {
        status: 503,
        description: 'minPosition was not reached in time',
        types: ['read-model-behind'],
      },
    ],
  })
  async list(@Query() q: ListLoansQueryDto, @CurrentPrincipal() user: Principal) {
    const limit = q.limit === undefined ? 50 : Number(q.limit);
    if (limit < 1 || limit > 200) {
      throw new ValidationProblem([
        { field: 'limit', code: 'out-of-range', message: 'limit must be from 1 to 200' },
      ]);
    }
    await this.readModels.reached(
      q.arrears === undefined ? ['loans'] : ['loans', 'loan_schedules'],
      q.minPosition === undefined ? undefined : Number(q.minPosition),
    );
    try {
      const tables =
        q.arrears === undefined
          ? await this.readModels.tables('loans')
          : await this.readModels.tables('loans', 'schedules', 'payments');
      const page = await listLoans(this.readModels.db, tables, {
        productCode: q.productCode,
        status: q.status,
        borrower:
          q.enterpriseNumber === undefined
            ? undefined
            : await borrowerMatch(q.enterpriseNumber, this.people),
        search: q.q === undefined ? undefined : await loanSearch(q.q, this.people),
        awaitingSecondApproval:
          q.awaiting === 'second-approval' ? { notByActorKey: actorKey(user.id) } : undefined,
        arrears:
          q.arrears === undefined
            ? undefined
            : {
                bucket: q.arrears as ArrearsBucket,
                asOf: q.arrearsAsOf ?? this.clock.today().toString(),
              },
        limit,
        cursor: q.cursor,
      });
      // Natural persons' names and numbers are opened here, with one query for their keys.
      return { ...page, items: await revealLoanListItems(page.items, this.people) };
    } catch (error) {
      if (error instanceof InvalidCursorError) {
        throw new ValidationProblem([{ field: 'cursor', code: 'cursor', message: error.message }]);
      }
      throw error;
    }
  }

  @Post()
  @Roles('clerk')
  @ApiCommand({
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
    const loanId = body.loanId?.toLowerCase() ?? randomUUID();
    const result = await this.run(
      {
        type: 'ApplyForLoan',
        loanId,
        productCode: body.productCode,
        borrower: {
          enterpriseNumber: parseEnterpriseNumber(body.borrower.enterpriseNumber).toString(),
          name: body.borrower.name.trim(),
          province: body.borrower.province,
          // Left out when false: an enterprise's application keeps the shape it always had.
          ...(body.borrower.naturalPerson ? { naturalPerson: true } : {}),
          ...(body.borrower.address
            ? {
                address: {
                  street: body.borrower.address.street,
                  postalCode: body.borrower.address.postalCode,
                  municipality: body.borrower.address.municipality,
                },
              }
            : {}),
        },
        amount: Money.parse(body.amount),
        termMonths: body.termMonths,
        purpose: body.purpose.trim(),
        appliedOn: parseBusinessDate(body.appliedOn),
        signedOn: body.signedOn === undefined ? undefined : parseBusinessDate(body.signedOn),
        lender: body.lender && {
          id: body.lender.id.trim(),
          name: body.lender.name.trim(),
          relationToBorrower: body.lender.relationToBorrower,
        },
        annualRate: body.annualRate === undefined ? undefined : Rate.parse(body.annualRate),
        investmentNeed:
          body.investmentNeed === undefined ? undefined : Money.parse(body.investmentNeed),
        ownContribution:
          body.ownContribution === undefined ? undefined : Money.parse(body.ownContribution),
        ownContributionItems: body.ownContributionItems?.map((i) => ({
          kind: i.kind,
          amount: Money.parse(i.amount),
          ...(i.description !== undefined ? { description: i.description } : {}),
        })),
        coFinancing: body.coFinancing && {
          amount: Money.parse(body.coFinancing.amount),
          termMonths: body.coFinancing.termMonths,
          partner: { kind: body.coFinancing.partner.kind, name: body.coFinancing.partner.name },
        },
        selfEmployment: body.selfEmployment && {
          ...(body.selfEmployment.since !== undefined
            ? { since: parseBusinessDate(body.selfEmployment.since) }
            : {}),
          mainOccupation: body.selfEmployment.mainOccupation,
        },
        startAttest: body.startAttest && {
          number: body.startAttest.number,
          validUntil: parseBusinessDate(body.startAttest.validUntil),
        },
        combinedWithLoanId: body.combinedWithLoanId?.toLowerCase(),
        registeredBy: meta.actor,
        guarantees: guaranteesOf(body.guarantees),
      },
      meta,
    );
    // result.loanId: a repeat (Idempotency-Key) answers with the loan its first request made.
    res.location(`/api/v1/loans/${result.loanId}`);
    return result;
  }

  @Post(':loanId/approval')
  @Roles('credit-officer')
  @HttpCode(200)
  @ApiLoanCommand({
    summary: 'Approve an application: the offer (a win-win loan: its registration)',
    description:
      'On the terms of the product version in force on the contract date (approvedOn; a win-win loan: the deed’s signedOn); amount, term, rate, repayment and offer validity default to the application’s and the product’s. Four eyes: the registrar may not approve; an amount above the officer’s approval limit records LoanApprovalProposed (outcome proposed, secondApproval) and a second credit officer approves the same terms. Approving above the responsible credit maximum assessed needs responsibleMaximumOverride.justification.',
    body: ApproveLoanDto,
    examples: APPROVE_EXAMPLES,
  })
  async approve(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: ApproveLoanDto,
    @Meta() meta: RequestMeta,
    @CurrentPrincipal() officer: Principal,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.run(
      {
        type: 'ApproveLoan',
        loanId,
        approvedOn: parseBusinessDate(body.approvedOn),
        capitalHolidayJustification: body.capitalHolidayJustification,
        responsibleMaximumOverride: body.responsibleMaximumOverride && {
          justification: body.responsibleMaximumOverride.justification,
        },
        amount: body.amount === undefined ? undefined : Money.parse(body.amount),
        annualRate: body.annualRate === undefined ? undefined : Rate.parse(body.annualRate),
        termMonths: body.termMonths,
        repayment: body.repayment && { ...body.repayment },
        offerValidUntil:
          body.offerValidUntil === undefined ? undefined : parseBusinessDate(body.offerValidUntil),
        officer: { id: officer.id, approvalLimit: officer.approvalLimit },
        guarantees: guaranteesOf(body.guarantees),
      },
      meta,
      ifMatch,
    );
  }

  @Post(':loanId/refusal')
  @Roles('credit-officer')
  @HttpCode(200)
  @ApiLoanCommand({
    summary: 'Refuse an application with coded reasons',
    description:
      'The code of conduct’s reasons (DOMAIN.md 4.4), at least one, and an optional explanation; records LoanRefused. The enterprise may then ask for the written refusal statement.',
    body: RefuseLoanDto,
    examples: REFUSE_EXAMPLES,
  })
  refuse(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: RefuseLoanDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.run(
      {
        type: 'RefuseLoan',
        loanId,
        refusedOn: parseBusinessDate(body.refusedOn),
        reasons: body.reasons,
        explanation: body.explanation?.trim(),
      },
      meta,
      ifMatch,
    );
  }

  @Post(':loanId/withdrawal')
  @Roles('clerk', 'credit-officer')
  @HttpCode(200)
  @ApiLoanCommand({
    summary: 'The applicant withdraws, or declines the offer',
    description:
      'Before disbursement: records ApplicationWithdrawn, from an application or an offer.',
    body: WithdrawApplicationDto,
    examples: WITHDRAW_EXAMPLES,
  })
  withdraw(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: WithdrawApplicationDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.run(
      {
        type: 'WithdrawApplication',
        loanId,
        withdrawnOn: parseBusinessDate(body.withdrawnOn),
        reason: body.reason?.trim(),
      },
      meta,
      ifMatch,
    );
  }

  /** Paying out the offer (a payment, so a clerk's task): the loan becomes active. */
  @Post(':loanId/disbursement')
  @Roles('clerk')
  @HttpCode(200)
  @ApiLoanCommand({
    summary: 'Pay out the offer: the loan becomes active',
    description:
      'Within the offer’s validity (offerValidUntil; later: 422 offer-lapsed). Records LoanDisbursed; the schedule runs from this day. An offer left undisbursed lapses by itself (a win-win registration never does).',
    body: DisburseLoanDto,
    examples: DISBURSE_EXAMPLES,
  })
  disburse(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: DisburseLoanDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.run(
      { type: 'DisburseLoan', loanId, disbursedOn: parseBusinessDate(body.disbursedOn) },
      meta,
      ifMatch,
    );
  }

  /** A payment towards the schedule (a clerk's task, like every money movement). */
  @Post(':loanId/repayments')
  @Roles('clerk')
  @HttpCode(200)
  @ApiLoanCommand({
    summary: 'Record a payment towards the schedule',
    description:
      'Applied in business-date order to the oldest instalment due, interest before principal; a back-dated payment takes its place and moves later ones (RepaymentsReallocated). It may pay everything due up to the next instalment, that one included (paid ahead of its due date); more is a 422 payment-above-amount-due: paying further ahead is an early repayment. The last instalment paid makes the loan repaid.',
    body: RepayInstalmentDto,
    examples: REPAY_EXAMPLES,
  })
  repay(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: RepayInstalmentDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.run(
      {
        type: 'RepayInstalment',
        loanId,
        paidOn: parseBusinessDate(body.paidOn),
        amount: Money.parse(body.amount),
      },
      meta,
      ifMatch,
    );
  }

  @Get(':loanId/early-repayment-quote')
  @Roles(...READ_LOANS)
  @ApiRead({
    params: [LOAN_ID],
    summary: 'What an early repayment on a day would cost',
    description:
      'The capital, the interest accrued on it since the last due date and the reinvestment fee (DOMAIN.md 4.3), with the computation line by line; on may lie in the future; amount or full=true. Records nothing. 409 unless the loan is active; 422 when the repayment would break a rule (the codes of POST …/early-repayments).',
    ok: EarlyRepaymentQuoteDto,
    problems: [
      { status: 400, description: 'The loan id, on, amount or full is malformed' },
      { status: 404, description: 'No such loan' },
      { status: 409, description: 'The loan is not active' },
      422,
    ],
  })
  async quote(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Query() q: EarlyRepaymentQuoteQueryDto,
  ) {
    const loan = await this.existing(loanId);
    const on = parseBusinessDate(q.on);
    const referenceCurve = await this.curves.inForceOn(on);
    return this.readingConflicts(loan, () =>
      toQuoteView(
        loanId,
        loan,
        quoteEarlyRepayment(
          loan.state,
          {
            repaidOn: on,
            amount: q.amount === undefined ? undefined : Money.parse(q.amount),
            full: q.full === undefined ? undefined : q.full === 'true',
            referenceCurve,
          },
          { catalogue: this.catalogue, clock: this.clock },
          { allowFutureDate: true },
        ),
      ),
    );
  }

  @Post(':loanId/early-repayments')
  @Roles('clerk')
  @HttpCode(200)
  @ApiLoanCommand({
    summary: 'Record an early repayment, partial (amount) or full (full: true)',
    description:
      'The capital, the interest accrued on it and the reinvestment fee (see the quote); records EarlyRepaymentMade with the fee’s lines. A partial repayment keeps the term: the later instalments are computed again on the lower principal; a full one also records LoanRepaid. A win-win loan is repaid early only in full (422 partial-early-repayment-not-allowed).',
    body: RepayEarlyDto,
    examples: REPAY_EARLY_EXAMPLES,
  })
  async repayEarly(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: RepayEarlyDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.run(
      {
        type: 'RepayEarly',
        loanId,
        repaidOn: parseBusinessDate(body.repaidOn),
        amount: body.amount === undefined ? undefined : Money.parse(body.amount),
        full: body.full,
      },
      meta,
      ifMatch,
    );
  }

  @Post(':loanId/guarantees/:guaranteeId/release')
  @Roles('credit-officer')
  @HttpCode(200)
  @ApiLoanCommand({
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
    return this.run(
      {
        type: 'ReleaseGuarantee',
        loanId,
        guaranteeId,
        releasedOn: parseBusinessDate(body.releasedOn),
        amount: body.amount === undefined ? undefined : Money.parse(body.amount),
      },
      meta,
      ifMatch,
    );
  }

  @Post(':loanId/guarantees/:guaranteeId/release-refusal')
  @Roles('credit-officer')
  @HttpCode(200)
  @ApiLoanCommand({
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
    return this.run(
      {
        type: 'RefuseGuaranteeRelease',
        loanId,
        guaranteeId,
        refusedOn: parseBusinessDate(body.refusedOn),
        reasons: body.reasons,
        explanation: body.explanation,
        amountRequested:
          body.amountRequested === undefined ? undefined : Money.parse(body.amountRequested),
      },
      meta,
      ifMatch,
    );
  }

  @Post(':loanId/default')
  @Roles('credit-officer')
  @HttpCode(200)
  @ApiLoanCommand({
    summary: 'Declare an active loan in default, with its cause',
    description:
      'Records LoanDefaulted with the principal outstanding and the arrears on that day. The cause arrears needs the oldest unpaid instalment to be over 3 months late.',
    body: DeclareDefaultDto,
    examples: DEFAULT_EXAMPLES,
  })
  declareDefault(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Body() body: DeclareDefaultDto,
    @Meta() meta: RequestMeta,
    @IfMatch() ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.run(
      {
        type: 'DeclareDefault',
        loanId,
        defaultedOn: parseBusinessDate(body.on),
        cause: body.cause,
      },
      meta,
      ifMatch,
    );
  }

  @Post(':loanId/guarantees/:guaranteeId/call')
  @Roles('credit-officer')
  @HttpCode(200)
  @ApiLoanCommand({
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
    return this.run(
      {
        type: 'CallGuarantee',
        loanId,
        guaranteeId,
        calledOn: parseBusinessDate(body.calledOn),
        amount: body.amount === undefined ? undefined : Money.parse(body.amount),
      },
      meta,
      ifMatch,
    );
  }

  @Post(':loanId/government-guarantee-claim')
  @Roles('credit-officer')
  @HttpCode(200)
  @ApiLoanCommand({
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
    return this.run(
      {
        type: 'ClaimGovernmentGuarantee',
        loanId,
        claimedOn: parseBusinessDate(body.claimedOn),
        principalLost: Money.parse(body.principalLost),
      },
      meta,
      ifMatch,
    );
  }

  /** Money received on a defaulted (or written-off) loan: a clerk records it. */
  @Post(':loanId/recoveries')
  @Roles('clerk')
  @HttpCode(200)
  @ApiLoanCommand({
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
    return this.run(
      {
        type: 'RecordRecovery',
        loanId,
        receivedOn: parseBusinessDate(body.receivedOn),
        amount: Money.parse(body.amount),
        source: body.source,
      },
      meta,
      ifMatch,
    );
  }

  @Post(':loanId/write-off')
  @Roles('credit-officer')
  @HttpCode(200)
  @ApiLoanCommand({
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
    return this.run(
      {
        type: 'WriteOffLoan',
        loanId,
        writtenOffOn: parseBusinessDate(body.writtenOffOn),
        reason: body.reason,
      },
      meta,
      ifMatch,
    );
  }

  @Get(':loanId')
  @Roles(...READ_LOANS)
  @Header('Cache-Control', 'no-cache')
  @ApiRead({
    params: [LOAN_ID],
    summary: 'One loan, as its events make it',
    description:
      'Product and version, status, borrower (and lender), amounts applied and offered, rate, term, repayment, outstanding principal, the dates of each step, who registered and who approved, a pending proposal, refusal or withdrawal, guarantees with what they still cover, today’s arrears and the next instalment due, default, government claim, recoveries, write-off. Read from the loan’s own stream: always current. ETag is the version: send it as If-Match with a command, or as If-None-Match for a 304.',
    ok: LoanDto,
    headers: {
      ETag: { description: 'The loan version, "3"', schema: { type: 'string', example: '"3"' } },
    },
    responses: [
      {
        status: 304,
        description: 'If-None-Match names the current version: nothing changed',
        headers: { ETag: { description: 'The loan version', schema: { type: 'string' } } },
      },
    ],
    problems: [
      { status: 400, description: 'The loan id is not a UUID' },
      { status: 404, description: 'No such loan' },
    ],
  })
  async get(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const loan = await this.existing(loanId);
    const etag = `"${loan.version}"`;
    res.setHeader('ETag', etag);
    if (req.header('if-none-match') === etag) {
      res.status(304);
      return undefined;
    }
    return toLoanView(loanId, loan, this.clock.today(), await this.warnings.of(loanId, loan.state));
  }

  @Get(':loanId/schedule')
  @Roles(...READ_LOANS)
  @ApiRead({
    params: [LOAN_ID],
    summary: "The loan's current schedule and what was paid of it",
    description:
      'The instalments from the disbursement date, those after an early repayment computed again; each with its payments (paidInterest, paidPrincipal, unpaid, settledOn) and status as of asOf (default today): paid, partly-paid, due (that day), overdue, future; with the payments, early repayments and the arrears as of asOf. 409 before disbursement.',
    ok: LoanScheduleDto,
    problems: [
      { status: 400, description: 'The loan id or asOf is malformed' },
      { status: 404, description: 'No such loan' },
      { status: 409, description: 'Not disbursed: there is no schedule yet' },
    ],
  })
  async schedule(@Param('loanId', LoanIdPipe) loanId: string, @Query() q: AsOfQueryDto) {
    const loan = await this.existing(loanId);
    return this.readingConflicts(loan, () => toScheduleView(loanId, loan, this.asOf(q)));
  }

  @Get(':loanId/arrears')
  @Roles(...READ_LOANS)
  @ApiRead({
    params: [LOAN_ID],
    summary: 'Arrears at the end of a day',
    description:
      'The unpaid parts of the instalments due before asOf (default today), the days past due of the oldest, what is due that day, and the next instalment to fall due. 409 before disbursement.',
    ok: LoanArrearsReplyDto,
    problems: [
      { status: 400, description: 'The loan id or asOf is malformed' },
      { status: 404, description: 'No such loan' },
      { status: 409, description: 'Not disbursed: there are no instalments yet' },
    ],
  })
  async arrears(@Param('loanId', LoanIdPipe) loanId: string, @Query() q: AsOfQueryDto) {
    const loan = await this.existing(loanId);
    return this.readingConflicts(loan, () => toArrearsView(loanId, loan, this.asOf(q)));
  }

  @Get(':loanId/events')
  @Roles(...READ_LOANS)
  @ApiRead({
    params: [LOAN_ID],
    summary: "The loan's events, oldest first: who did what, when",
    description:
      'Each as an envelope: eventId, type, streamId, streamVersion, globalPosition, data (its shape by type) and metadata (effectiveOn, recordedAt, actor, correlationId, causationId, schemaVersion; for an idempotent command idempotencyKey and requestHash). Natural persons’ fields are opened, or "[erased]".',
    ok: LoanEventsDto,
    problems: [
      { status: 400, description: 'The loan id is not a UUID' },
      { status: 404, description: 'No such loan' },
    ],
  })
  async events(@Param('loanId', LoanIdPipe) loanId: string) {
    const loan = await this.existing(loanId);
    return { loanId, version: loan.version, events: loan.events.map(toEventView) };
  }

  private async existing(loanId: string): Promise<LoadedLoan> {
    const loan = await this.loans.load(loanId);
    if (loan.version === 0) throw new LoanNotFoundError(loanId);
    return loan;
  }

  private asOf(q: AsOfQueryDto): LocalDate {
    return q.asOf === undefined ? this.clock.today() : parseBusinessDate(q.asOf);
  }

  /** A query that does not fit the loan's state: a 409 with the version read. */
  private readingConflicts<T>(loan: LoadedLoan, read: () => T): T {
    try {
      return read();
    } catch (error) {
      if (error instanceof LoanStateConflictError) throw error.atVersion(loan.version);
      throw error;
    }
  }

  private run(
    command: LoanCommand,
    meta: RequestMeta,
    ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commandBus.execute(new ExecuteLoanCommand(command, meta, ifMatch));
  }
}
