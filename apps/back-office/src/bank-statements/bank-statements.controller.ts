import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { Request } from 'express';
import type { RequestMeta } from '../audit/request-meta';
import { READ_LOANS, Roles } from '../auth/decorators';
import { ApiCommand, ApiRead, LOAN_ID } from '../http/api-docs';
import { PageQueryDto, toPage } from '../http/page-query';
import { ValidationProblem } from '../http/problem';
import { LoanIdPipe, Meta } from '../http/request-meta';
import {
  ImportResultDto,
  SuspenseItemResolvedDto,
  SuspenseListDto,
  UnappliedCreditsDto,
} from './bank-statements.response';
import { StatementImportService } from './statement-import.service';
import { SuspenseService } from './suspense.service';

/** The Content-Types a statement file is taken as: the raw file, never JSON. */
export const STATEMENT_CONTENT_TYPES = [
  'application/octet-stream',
  'text/plain',
  'application/xml',
  'text/xml',
];

export class AssignSuspenseItemDto {
  @ApiProperty({ format: 'uuid', example: 'd3743642-087d-4f6e-a0f4-58f54bfe68f2' })
  @IsUUID()
  loanId!: string;
}

/** GET /bank-statements/suspense: which items, and the page. */
export class ListSuspenseQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['open', 'all'],
    default: 'open',
    description: 'open: the items still to resolve; all: the assigned and refunded ones too',
  })
  @IsOptional()
  @IsString()
  status?: string;
}

export class RefundSuspenseItemDto {
  @ApiProperty({ required: false, example: 'Terugbetaald aan de betaler op 8 december' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

/** `GET /loans/{id}/unapplied-credits` and the statements' own routes (issue 22). */
@ApiTags('bank-statements')
@Controller()
export class BankStatementsController {
  constructor(
    private readonly statements: StatementImportService,
    private readonly suspenseItems: SuspenseService,
  ) {}

  @Post('bank-statements')
  @Roles('clerk')
  @HttpCode(200)
  @ApiConsumes(...STATEMENT_CONTENT_TYPES)
  @ApiBody({
    description:
      'The statement file as it is, as the body: CODA (ISO-8859-1) or camt.053 (XML, UTF-8)',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiCommand({
    operationId: 'BankStatementsController_import',
    status: 200,
    summary: 'Import a bank statement file (CODA or camt.053) and book its credit lines',
    description:
      'Each statement (the account’s IBAN, the sequence number, the date: the same whether CODA or camt.053 delivers it) is recorded once; its credit lines with a structured communication of a loan are booked as repayments dated their value date (more than is payable: the rest an unapplied credit on the loan); the others become suspense items. Importing it again, in either format, books only what was not booked yet (alreadyRecorded per line). Debits are reported and ignored. Statements of accounts that are not the lender’s (LENDER_IBAN) are left out and named in ignoredStatements; a file with none of the lender’s is a 422 that names the accounts. 400 names the line and field of a malformed file; nothing is recorded then. position: the minPosition to read the suspense list with.',
    ok: ImportResultDto,
    problems: [
      { status: 400, description: 'The file is not a statement we can read: its line and field' },
      { status: 413, description: 'The file is larger than 10 MB' },
      { status: 415, description: 'The body is sent as JSON or a form, not as the file' },
      {
        status: 422,
        description: 'bank-statement-account: no statement of the file is of the lender’s accounts',
      },
    ],
  })
  async import(@Req() req: Request, @Meta() meta: RequestMeta) {
    const body: unknown = req.body;
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new ValidationProblem([
        {
          field: '',
          code: 'bank-statement-missing',
          message: `send the statement file as the body, with Content-Type ${STATEMENT_CONTENT_TYPES.join(', ')}`,
        },
      ]);
    }
    return this.statements.import(body, meta);
  }

  @Get('bank-statements/suspense')
  @Roles(...READ_LOANS)
  @ApiRead({
    operationId: 'BankStatementsController_suspense',
    summary: 'The suspense items: received lines no loan was found for',
    description:
      'From the bank_suspense read model: lines without a (known) structured communication, or that the loan refused, with the reason, oldest first; open ones only unless status=all (an assigned or refunded item leaves the open list). limit 1 to 200 (default 50); pass nextCursor as cursor for the next page, until it is null. Send the position of an import, assign or refund as minPosition to read your writes (503 read-model-behind when not reached in time).',
    ok: SuspenseListDto,
    problems: [
      {
        status: 400,
        description:
          'status is neither open nor all; limit (out-of-range), cursor (cursor) or minPosition is malformed',
      },
      {
        status: 503,
        description: 'minPosition was not reached in time',
        types: ['read-model-behind'],
      },
    ],
  })
  async suspense(@Query() query: ListSuspenseQueryDto) {
    const { status } = query;
    if (status !== undefined && status !== 'open' && status !== 'all') {
      throw new ValidationProblem([
        { field: 'status', code: 'status', message: 'status must be open or all' },
      ]);
    }
    return this.suspenseItems.list(status ?? 'open', toPage(query));
  }

  @Post('bank-statements/suspense/:itemId/assign')
  @Roles('clerk')
  @HttpCode(200)
  @ApiCommand({
    operationId: 'BankStatementsController_assign',
    status: 200,
    summary: 'Book a suspense item on a loan',
    description:
      'Booked as a matched line is: a repayment of what is payable on its value date, the rest an unapplied credit. 422 when the loan refuses it (the item stays open); 409 when it was resolved already.',
    body: AssignSuspenseItemDto,
    examples: {
      loan: {
        summary: 'The loan the payer meant',
        value: { loanId: 'd3743642-087d-4f6e-a0f4-58f54bfe68f2' },
      },
    },
    ok: SuspenseItemResolvedDto,
    problems: [
      { status: 404, description: 'No such suspense item, or no such loan' },
      { status: 409, description: 'The item was assigned or refunded already' },
      { status: 422, description: 'The loan takes no such repayment' },
    ],
  })
  assign(
    @Param('itemId') itemId: string,
    @Body() body: AssignSuspenseItemDto,
    @Meta() meta: RequestMeta,
  ) {
    return this.suspenseItems.assign(itemId, body.loanId, meta);
  }

  @Post('bank-statements/suspense/:itemId/refund')
  @Roles('clerk')
  @HttpCode(200)
  @ApiCommand({
    operationId: 'BankStatementsController_refund',
    status: 200,
    summary: 'Mark a suspense item refunded to its payer',
    description: 'Closes the item; nothing is booked on any loan.',
    body: RefundSuspenseItemDto,
    examples: {
      back: { summary: 'Sent back to the payer', value: { note: 'Teruggestort op 8 december' } },
    },
    ok: SuspenseItemResolvedDto,
    problems: [
      { status: 404, description: 'No such suspense item' },
      { status: 409, description: 'The item was assigned or refunded already' },
    ],
  })
  refund(
    @Param('itemId') itemId: string,
    @Body() body: RefundSuspenseItemDto,
    @Meta() meta: RequestMeta,
  ) {
    return this.suspenseItems.refund(itemId, body.note ?? '', meta);
  }

  @Get('loans/:loanId/unapplied-credits')
  @Roles(...READ_LOANS)
  @ApiRead({
    operationId: 'BankStatementsController_unappliedCredits',
    summary: "A loan's unapplied credits: money received beyond what was due",
    description: 'For a clerk to decide: refund, or an early repayment with its fee.',
    ok: UnappliedCreditsDto,
    params: [LOAN_ID],
    problems: [
      { status: 400, description: 'The loan id is not a UUID' },
      { status: 404, description: 'No such loan' },
    ],
  })
  unappliedCredits(@Param('loanId', LoanIdPipe) loanId: string) {
    return this.suspenseItems.unappliedCredits(loanId);
  }
}
