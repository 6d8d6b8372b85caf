import { randomUUID } from 'node:crypto';
import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  LoanNotFoundError,
  LoanStateConflictError,
  Money,
  parseBusinessDate,
  parseEnterpriseNumber,
  Rate,
  type LoanCommand,
} from '@loanbook/domain';
import { InvalidCursorError, listLoans } from '@loanbook/projections/read-models';
import { READ_LOANS, Roles } from '../auth/decorators';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { LoanConflictProblem, ValidationProblem } from '../http/problem';
import { IfMatch, LoanIdPipe, Meta } from '../http/request-meta';
import { personIdsIn, revealField } from '../people/personal-data';
import { PeopleService } from '../people/people.service';
import { ReadModelsService } from '../read-models/read-models.service';
import { ListLoansQueryDto } from './dto/list-loans.query.dto';
import { ApplyForLoanDto } from './dto/apply-for-loan.dto';
import { ApproveLoanDto } from './dto/approve-loan.dto';
import { CommandResultDto } from './dto/command-result.dto';
import { DisburseLoanDto } from './dto/disburse-loan.dto';
import { RefuseLoanDto } from './dto/refuse-loan.dto';
import { WithdrawApplicationDto } from './dto/withdraw-application.dto';
import { ExecuteLoanCommand, type LoanCommandResult } from './execute-loan-command';
import { LoanRepository, type RequestMeta } from './loan-repository';
import { toEventView, toLoanView, toScheduleView } from './loan-view';

const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description:
    'The loan version the client saw ("3"); the command is refused with 409 if the loan moved on',
};

/** Commands and queries on one loan. DTOs are validated at the edge; rules live in the domain. */
@ApiTags('loans')
@Controller('loans')
export class LoansController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly loans: LoanRepository,
    private readonly readModels: ReadModelsService,
    private readonly people: PeopleService,
  ) {}

  @Get()
  @Roles(...READ_LOANS)
  async list(@Query() q: ListLoansQueryDto) {
    const limit = q.limit === undefined ? 50 : Number(q.limit);
    if (limit < 1 || limit > 200) {
      throw new ValidationProblem([
        { field: 'limit', code: 'out-of-range', message: 'limit must be from 1 to 200' },
      ]);
    }
    await this.readModels.reached(
      ['loans'],
      q.minPosition === undefined ? undefined : Number(q.minPosition),
    );
    try {
      const page = await listLoans(this.readModels.db, await this.readModels.tables(), {
        productCode: q.productCode,
        status: q.status,
        limit,
        cursor: q.cursor,
      });
      // Natural persons' names are opened here, with one query for the page's persons' keys.
      const keys = await this.people.dataKeys(
        page.items.flatMap((i) => [...personIdsIn(i.sealedBorrowerName)]),
      );
      return {
        ...page,
        items: page.items.map(({ sealedBorrowerName, ...item }) => ({
          ...item,
          borrower: {
            ...item.borrower,
            name: item.borrower.name ?? revealField(sealedBorrowerName, keys),
          },
        })),
      };
    } catch (error) {
      if (error instanceof InvalidCursorError) {
        throw new ValidationProblem([{ field: 'cursor', code: 'cursor', message: error.message }]);
      }
      throw error;
    }
  }

  @Post()
  @Roles('clerk')
  @ApiCreatedResponse({ type: CommandResultDto })
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
        registeredBy: meta.actor,
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
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: CommandResultDto })
  approve(
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
        amount: body.amount === undefined ? undefined : Money.parse(body.amount),
        annualRate: body.annualRate === undefined ? undefined : Rate.parse(body.annualRate),
        termMonths: body.termMonths,
        repayment: body.repayment && { ...body.repayment },
        offerValidUntil:
          body.offerValidUntil === undefined ? undefined : parseBusinessDate(body.offerValidUntil),
        officer: { id: officer.id, approvalLimit: officer.approvalLimit },
      },
      meta,
      ifMatch,
    );
  }

  @Post(':loanId/refusal')
  @Roles('credit-officer')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: CommandResultDto })
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
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: CommandResultDto })
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
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: CommandResultDto })
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

  @Get(':loanId')
  @Roles(...READ_LOANS)
  @Header('Cache-Control', 'no-cache')
  async get(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const loan = await this.loans.load(loanId);
    if (loan.version === 0) throw new LoanNotFoundError(loanId);
    const etag = `"${loan.version}"`;
    res.setHeader('ETag', etag);
    if (req.header('if-none-match') === etag) {
      res.status(304);
      return undefined;
    }
    return toLoanView(loanId, loan);
  }

  @Get(':loanId/schedule')
  @Roles(...READ_LOANS)
  async schedule(@Param('loanId', LoanIdPipe) loanId: string) {
    const loan = await this.loans.load(loanId);
    if (loan.version === 0) throw new LoanNotFoundError(loanId);
    try {
      return toScheduleView(loanId, loan);
    } catch (error) {
      if (error instanceof LoanStateConflictError) {
        throw new LoanConflictProblem(error.message, error.currentState, loan.version);
      }
      throw error;
    }
  }

  @Get(':loanId/events')
  @Roles(...READ_LOANS)
  async events(@Param('loanId', LoanIdPipe) loanId: string) {
    const loan = await this.loans.load(loanId);
    if (loan.version === 0) throw new LoanNotFoundError(loanId);
    return { loanId, version: loan.version, events: loan.events.map(toEventView) };
  }

  private run(
    command: LoanCommand,
    meta: RequestMeta,
    ifMatch?: number,
  ): Promise<LoanCommandResult> {
    return this.commandBus.execute(new ExecuteLoanCommand(command, meta, ifMatch));
  }
}
