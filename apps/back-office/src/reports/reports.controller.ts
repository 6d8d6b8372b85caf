import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Instant, YearMonth } from '@js-joda/core';
import { parseBusinessDate, parseMonth, type Clock } from '@loanbook/domain';
import { approvalRates, winwinByProvince, winwinMonthly } from '@loanbook/projections/read-models';
import {
  renderHtml,
  renderXlsx,
  reportTables,
  type PortfolioReport,
  type ReportRow,
} from '@loanbook/reporting';
import { READ_REPORTS, Roles } from '../auth/decorators';
import { ApiRead } from '../http/api-docs';
import { sendReport } from '../http/csv';
import { ValidationProblem } from '../http/problem';
import { CLOCK } from '../infrastructure/tokens';
import { ReadModelsService } from '../read-models/read-models.service';
import { PortfolioReportService } from './portfolio-report.service';
import {
  ApprovalRatesQueryDto,
  MonthRangeQueryDto,
  PortfolioReportQueryDto,
  type ReadModelQueryDto,
} from './report-queries.dto';
import {
  ApprovalRatesDto,
  PortfolioByProductDto,
  PortfolioReportDto,
  WinwinByProvinceDto,
  WinwinMonthlyDto,
} from './reports.response';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Portfolio statistics from the read models; JSON, or CSV with `Accept: text/csv`. */
@ApiTags('reports')
@Roles(...READ_REPORTS)
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly readModels: ReadModelsService,
    private readonly portfolioReport: PortfolioReportService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The portfolio by product on the as-of day (the report's portfolio tables, one row per product). */
  @Get('portfolio')
  @ApiRead({
    summary: 'The portfolio by product on the as-of day',
    description:
      'One row per product and a total: loans and principal outstanding, flows of the period (from, default 1 January of the as-of year, to asOf), arrears buckets, PAR30 and PAR90, defaults, write-offs, recoveries, the government guarantee exposure and claims. JSON, or CSV with Accept: text/csv. knownAt: as the portfolio was known at that instant (not on KurrentDB).',
    ok: {
      extraModels: [PortfolioByProductDto],
      content: {
        'application/json': { $ref: getSchemaPath(PortfolioByProductDto) },
        'text/csv': {
          type: 'string',
          description: 'With Accept: text/csv: a header line and a row per record',
        },
      },
    },
    problems: [
      {
        status: 400,
        description:
          'A date, month, range or minPosition is malformed, or knownAt is asked of KurrentDB (unsupported)',
      },
      {
        status: 503,
        description: 'minPosition was not reached in time',
        types: ['read-model-behind'],
      },
    ],
  })
  async portfolio(@Query() q: PortfolioReportQueryDto, @Req() req: Request, @Res() res: Response) {
    // A machine's table: its labels stay as clients have matched them ("Total") unless a
    // language is asked for; the pages and workbooks are the people's, Dutch by default.
    const report = await this.buildPortfolio({ ...q, lang: q.lang ?? 'en' });
    const tables = reportTables(report).filter((t) =>
      ['portfolio-by-product', 'arrears-by-product', 'defaults-and-guarantee'].includes(t.id),
    );
    // The three tables share the product column and the outstanding principal: one row each.
    const merge = (pick: (t: (typeof tables)[number]) => readonly ReportRow[]) =>
      pick(tables[0]).map(
        (_, i) => Object.assign({}, ...tables.map((t) => pick(t)[i])) as ReportRow,
      );
    const products = merge((t) => t.rows);
    const [total] = merge((t) => (t.total ? [t.total] : []));
    const columns = [...new Set(tables.flatMap((t) => t.columns.map((c) => c.key)))];
    sendReport(
      req,
      res,
      { asOf: report.asOf, period: report.period, position: report.position, products, total },
      {
        filename: `portfolio-${report.asOf}`,
        columns,
        rows: total ? [...products, total] : products,
      },
    );
  }

  /** The whole report as one self-contained HTML page (charts drawn as SVG on the server). */
  @Get('portfolio.html')
  @ApiRead({
    summary: 'The whole portfolio report as one self-contained HTML page',
    description:
      "Summary, headline figures, SVG charts drawn on the server, tables; it needs nothing from the network (Content-Security-Policy: default-src 'none'). The same query as GET /reports/portfolio.",
    ok: { content: { 'text/html': { type: 'string' } } },
    problems: [
      { status: 400, description: 'A date or minPosition is malformed' },
      {
        status: 503,
        description: 'minPosition was not reached in time',
        types: ['read-model-behind'],
      },
    ],
  })
  async portfolioHtml(@Query() q: PortfolioReportQueryDto, @Res() res: Response) {
    const report = await this.buildPortfolio(q);
    res
      .status(200)
      .type('text/html; charset=utf-8')
      .setHeader('Content-Disposition', `inline; filename="portfolio-${report.asOf}.html"`)
      .setHeader('Content-Language', report.language)
      // The page has no script and needs nothing from anywhere: say so to the browser.
      .setHeader(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      )
      .send(renderHtml(report));
  }

  /**
   * The whole report's model as JSON: what the HTML, the workbook and the CSVs are rendered from
   * (amounts as exact decimal strings). `npm run report` reads it from a running back office.
   */
  @Get('portfolio.json')
  @ApiRead({
    summary: 'The whole portfolio report’s model as JSON',
    description:
      'What the HTML, the workbook and the CSVs are rendered from: summary, headline figures, sections of charts and tables whose cells are exact decimal strings or counts (npm run report reads it from a running back office).',
    ok: {
      extraModels: [PortfolioReportDto],
      content: {
        'application/json': { $ref: getSchemaPath(PortfolioReportDto) },
      },
    },
    problems: [
      { status: 400, description: 'A date, month, range or minPosition is malformed' },
      {
        status: 503,
        description: 'minPosition was not reached in time',
        types: ['read-model-behind'],
      },
    ],
  })
  async portfolioModel(@Query() q: PortfolioReportQueryDto): Promise<PortfolioReport> {
    return this.buildPortfolio(q);
  }

  /** The whole report as an Excel workbook, a sheet per table. */
  @Get('portfolio.xlsx')
  @ApiRead({
    summary: 'The whole portfolio report as an Excel workbook',
    description:
      'A sheet per table, EUR and date formats, frozen headers; an amount is written as a number only if it reads back as the same decimal.',
    ok: {
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          type: 'string',
          format: 'binary',
        },
      },
    },
    problems: [
      { status: 400, description: 'A date or minPosition is malformed' },
      {
        status: 503,
        description: 'minPosition was not reached in time',
        types: ['read-model-behind'],
      },
    ],
  })
  async portfolioXlsx(@Query() q: PortfolioReportQueryDto, @Res() res: Response) {
    const report = await this.buildPortfolio(q);
    res
      .status(200)
      .type(XLSX_TYPE)
      .setHeader('Content-Disposition', `attachment; filename="portfolio-${report.asOf}.xlsx"`)
      .setHeader('Content-Language', report.language)
      .send(await renderXlsx(report));
  }

  private buildPortfolio(q: PortfolioReportQueryDto): Promise<PortfolioReport> {
    const asOf = this.asOf(q);
    const from = q.from === undefined ? undefined : parseBusinessDate(q.from);
    if (from && from.isAfter(asOf)) {
      throw new ValidationProblem([
        { field: 'from', code: 'range', message: 'from must not lie after asOf' },
      ]);
    }
    return this.portfolioReport.build({
      asOf,
      from,
      minPosition: position(q),
      knownAt: q.knownAt === undefined ? undefined : Instant.parse(q.knownAt).toString(),
      language: q.lang,
    });
  }

  @Get('winwin-monthly')
  @ApiRead({
    summary: 'Win-win registrations by month and term',
    description:
      'By the month of registration (the approval) and the term in whole years, with month totals and the total; from and to are months (YYYY-MM), by default the twelve up to the as-of month. JSON, or CSV with Accept: text/csv (the rows).',
    ok: {
      extraModels: [WinwinMonthlyDto],
      content: {
        'application/json': { $ref: getSchemaPath(WinwinMonthlyDto) },
        'text/csv': {
          type: 'string',
          description: 'With Accept: text/csv: a header line and a row per record',
        },
      },
    },
    problems: [
      { status: 400, description: 'A date, month, range or minPosition is malformed' },
      {
        status: 503,
        description: 'minPosition was not reached in time',
        types: ['read-model-behind'],
      },
    ],
  })
  async winwinMonthly(@Query() q: MonthRangeQueryDto, @Req() req: Request, @Res() res: Response) {
    await this.readModels.reached(['loans'], position(q));
    const report = await winwinMonthly(this.readModels.db, await this.readModels.tables('loans'), {
      ...this.monthRange(q),
      asOf: this.asOf(q),
    });
    sendReport(req, res, report, {
      filename: `winwin-monthly-${report.from}-${report.to}`,
      columns: ['month', 'termYears', 'principal', 'loans'],
      rows: report.rows,
    });
  }

  @Get('winwin-by-province')
  @ApiRead({
    summary: 'Win-win registrations by the borrower’s province',
    description:
      'The registrations of the months from..to by province, most loans first, with the total. JSON, or CSV with Accept: text/csv.',
    ok: {
      extraModels: [WinwinByProvinceDto],
      content: {
        'application/json': { $ref: getSchemaPath(WinwinByProvinceDto) },
        'text/csv': {
          type: 'string',
          description: 'With Accept: text/csv: a header line and a row per record',
        },
      },
    },
    problems: [
      { status: 400, description: 'A date, month, range or minPosition is malformed' },
      {
        status: 503,
        description: 'minPosition was not reached in time',
        types: ['read-model-behind'],
      },
    ],
  })
  async winwinByProvince(
    @Query() q: MonthRangeQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.readModels.reached(['loans'], position(q));
    const report = await winwinByProvince(
      this.readModels.db,
      await this.readModels.tables('loans'),
      {
        ...this.monthRange(q),
        asOf: this.asOf(q),
      },
    );
    sendReport(req, res, report, {
      filename: `winwin-by-province-${report.from}-${report.to}`,
      columns: ['province', 'loans', 'principal', 'averagePrincipal'],
      rows: report.rows,
    });
  }

  @Get('approval-rates')
  @ApiRead({
    summary: 'The intake funnel: inquiries, applications and what became of them',
    description:
      'The applications filed from `from` to `to` (dates, both included; productCode optional) and, as of asOf, how many were approved (an offer withdrawn later still counts), refused, withdrawn or are pending, with the approval rate (four decimals as a string); and the inquiries of the period. JSON, or CSV with Accept: text/csv.',
    ok: {
      extraModels: [ApprovalRatesDto],
      content: {
        'application/json': { $ref: getSchemaPath(ApprovalRatesDto) },
        'text/csv': {
          type: 'string',
          description: 'With Accept: text/csv: a header line and a row per record',
        },
      },
    },
    problems: [
      { status: 400, description: 'A date, month, range or minPosition is malformed' },
      {
        status: 503,
        description: 'minPosition was not reached in time',
        types: ['read-model-behind'],
      },
    ],
  })
  async approvalRates(
    @Query() q: ApprovalRatesQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.readModels.reached(['loans', 'inquiries'], position(q));
    const from = q.from === undefined ? undefined : parseBusinessDate(q.from);
    const to = q.to === undefined ? undefined : parseBusinessDate(q.to);
    if (from && to && to.isBefore(from)) {
      throw new ValidationProblem([
        { field: 'to', code: 'range', message: 'to must not lie before from' },
      ]);
    }
    const report = await approvalRates(
      this.readModels.db,
      await this.readModels.tables('loans', 'inquiries'),
      {
        productCode: q.productCode,
        from,
        to,
        asOf: this.asOf(q),
      },
    );
    sendReport(req, res, report, {
      filename: `approval-rates-${report.productCode ?? 'all'}`,
      columns: Object.keys(report),
      rows: [report],
    });
  }

  private asOf(q: ReadModelQueryDto) {
    return q.asOf === undefined ? this.clock.today() : parseBusinessDate(q.asOf);
  }

  /** Default: the twelve months up to the as-of month. */
  private monthRange(q: MonthRangeQueryDto): { from: YearMonth; to: YearMonth } {
    const to = q.to === undefined ? YearMonth.from(this.asOf(q)) : parseMonth(q.to);
    const from = q.from === undefined ? to.minusMonths(11) : parseMonth(q.from);
    if (to.isBefore(from)) {
      throw new ValidationProblem([
        { field: 'to', code: 'range', message: 'to must not lie before from' },
      ]);
    }
    return { from, to };
  }
}

function position(q: ReadModelQueryDto): number | undefined {
  return q.minPosition === undefined ? undefined : Number(q.minPosition);
}
