import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiParam, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Instant, type LocalDate } from '@js-joda/core';
import { Dec, parseBusinessDate, type Clock } from '@loanbook/domain';
import { READ_BOOKS, Roles } from '../auth/decorators';
import { ApiRead, type Problem } from '../http/api-docs';
import { sendCsv, sendReport, wantsCsv } from '../http/csv';
import { pageLimit } from '../http/page-query';
import { ValidationProblem } from '../http/problem';
import { CLOCK } from '../infrastructure/tokens';
import {
  BooksQueryDto,
  BooksRangeQueryDto,
  JournalQueryDto,
  TrialBalanceQueryDto,
} from './accounting-queries.dto';
import { JournalPageDto, LedgerDto, TrialBalanceDto } from './accounting.response';
import { BooksService, type BooksQuery } from './books.service';
import { JOURNAL_COLUMNS, journalRows, journalXlsx } from './journal-export';

/** The longest journal or ledger range (its month-ends' impairment is computed per request). */
const MAX_RANGE_YEARS = 10;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = {
  'text/csv': {
    type: 'string',
    description: 'With Accept: text/csv: a header line and a row per record',
  },
} as const;
const BEHIND: Problem = {
  status: 503,
  description: 'minPosition was not reached in time',
  types: ['read-model-behind'],
};
const PROBLEMS: Problem[] = [
  {
    status: 400,
    description:
      'A date is missing or malformed, to lies before from or more than 10 years after it, a cursor, limit or minPosition is malformed, or knownAt is asked of KurrentDB (unsupported)',
  },
  BEHIND,
];

/**
 * The books (issue 23): the journal, the trial balance and an account's ledger, for the lender's
 * accountant and the analysts. JSON, or CSV with Accept: text/csv; the journal also as XLSX.
 */
@ApiTags('accounting')
@Roles(...READ_BOOKS)
@Controller('accounting')
export class AccountingController {
  constructor(
    private readonly books: BooksService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('journal')
  @ApiRead({
    summary: 'The journal from..to: every entry, balanced',
    description:
      'The double-entry entries posted from the loan events on their business dates (a payment recorded late is posted on its own day, and the later payments it moved are reversed and posted again), in order of business date and log position; and the entries as of a day: the impairment by days-past-due bucket at each month-end and at to (the movement since the previous month-end), and with accrual on the interest earned not yet due (reversed the next day). limit 1 to 500 (default 100); pass nextCursor as cursor for the next page, until it is null. CSV (Accept: text/csv) and GET /accounting/journal.xlsx: the whole range, a row per line.',
    ok: {
      extraModels: [JournalPageDto],
      content: { 'application/json': { $ref: getSchemaPath(JournalPageDto) }, ...CSV },
    },
    problems: PROBLEMS,
  })
  async journal(@Query() q: JournalQueryDto, @Req() req: Request, @Res() res: Response) {
    const range = this.range(q);
    if (wantsCsv(req)) {
      const { entries } = await this.books.journal({ ...this.query(q), ...range });
      return sendCsv(res, `journal-${q.from}-${q.to}`, [...JOURNAL_COLUMNS], journalRows(entries));
    }
    const limit = pageLimit(q.limit, 100, 500);
    const page = await this.books.journal({ ...this.query(q), ...range, limit, cursor: q.cursor });
    res.json({
      from: q.from,
      to: q.to,
      knownAt: this.query(q).knownAt ?? null,
      position: page.position,
      entries: page.entries,
      nextCursor: page.nextCursor,
    });
  }

  @Get('journal.xlsx')
  @ApiRead({
    summary: 'The journal from..to as an Excel workbook',
    description:
      'A sheet Journal, a row per line: the entry (id, business date, recorded at, source event, loan, product, kind) and the line (account, name, role, debit, credit); dates as dates, amounts as exact numbers.',
    ok: { content: { [XLSX_TYPE]: { type: 'string', format: 'binary' } } },
    problems: PROBLEMS,
  })
  async journalXlsx(@Query() q: BooksRangeQueryDto, @Res() res: Response) {
    const range = this.range(q);
    const query = this.query(q);
    const { entries } = await this.books.journal({ ...query, ...range });
    res
      .status(200)
      .type(XLSX_TYPE)
      .setHeader('Content-Disposition', `attachment; filename="journal-${q.from}-${q.to}.xlsx"`)
      .send(
        await journalXlsx(entries, { from: q.from, to: q.to, language: query.language ?? 'nl' }),
      );
  }

  @Get('trial-balance')
  @ApiRead({
    summary: 'The trial balance at the end of asOf',
    description:
      'Every account of the chart: its number, name, role, the debits and credits of the journal up to asOf (the as-of entries of impairment and accrual at what they leave on the accounts that day) and the balance (debit − credit). knownAt: the books as known at that instant. JSON, or CSV with Accept: text/csv.',
    ok: {
      extraModels: [TrialBalanceDto],
      content: { 'application/json': { $ref: getSchemaPath(TrialBalanceDto) }, ...CSV },
    },
    problems: PROBLEMS,
  })
  async trialBalance(@Query() q: TrialBalanceQueryDto, @Req() req: Request, @Res() res: Response) {
    const asOf = q.asOf === undefined ? this.clock.today() : parseBusinessDate(q.asOf);
    const query = this.query(q);
    const { rows, position } = await this.books.trialBalance({ ...query, asOf });
    const total = (side: 'debit' | 'credit') =>
      rows.reduce((a, r) => a.plus(r[side]), new Dec(0)).toFixed(2);
    sendReport(
      req,
      res,
      {
        asOf: asOf.toString(),
        knownAt: query.knownAt ?? null,
        position,
        rows,
        debit: total('debit'),
        credit: total('credit'),
      },
      {
        filename: `trial-balance-${asOf.toString()}`,
        columns: ['account', 'name', 'role', 'debit', 'credit', 'balance'],
        rows,
      },
    );
  }

  @Get('ledger/:account')
  @ApiParam({ name: 'account', description: 'An account number of the chart', example: '2910' })
  @ApiRead({
    summary: 'An account’s ledger from..to',
    description:
      'The account’s lines in journal order, each with the balance after it, from the balance at the end of the day before from. JSON, or CSV with Accept: text/csv (the lines).',
    ok: {
      extraModels: [LedgerDto],
      content: { 'application/json': { $ref: getSchemaPath(LedgerDto) }, ...CSV },
    },
    problems: [
      {
        status: 400,
        description:
          'The account is not one of the chart, a date is missing or malformed, to lies before from, or knownAt is asked of KurrentDB',
      },
      BEHIND,
    ],
  })
  async ledger(
    @Param('account') account: string,
    @Query() q: BooksRangeQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    if (!/^[0-9]{1,10}$/.test(account)) {
      throw new ValidationProblem([
        { field: 'account', code: 'format', message: 'an account number: 1 to 10 digits' },
      ]);
    }
    const ledger = await this.books.ledger({ ...this.query(q), ...this.range(q), account });
    sendReport(req, res, ledger, {
      filename: `ledger-${account}-${q.from}-${q.to}`,
      columns: [
        'entryId',
        'businessDate',
        'recordedAt',
        'sourceEventId',
        'loanId',
        'kind',
        'debit',
        'credit',
        'balance',
      ],
      rows: ledger.lines,
    });
  }

  private range(q: BooksRangeQueryDto): { from: LocalDate; to: LocalDate } {
    const from = parseBusinessDate(q.from);
    const to = parseBusinessDate(q.to);
    if (to.isBefore(from)) {
      throw new ValidationProblem([
        { field: 'to', code: 'range', message: 'to must not lie before from' },
      ]);
    }
    // The as-of entries are computed for every month-end of the range: keep it bounded.
    if (to.isAfter(from.plusYears(MAX_RANGE_YEARS))) {
      throw new ValidationProblem([
        {
          field: 'to',
          code: 'range',
          message: `from..to spans at most ${MAX_RANGE_YEARS} years`,
        },
      ]);
    }
    return { from, to };
  }

  private query(q: BooksQueryDto): BooksQuery {
    return {
      knownAt: q.knownAt === undefined ? undefined : Instant.parse(q.knownAt).toString(),
      minPosition: q.minPosition === undefined ? undefined : Number(q.minPosition),
      language: q.lang,
    };
  }
}
