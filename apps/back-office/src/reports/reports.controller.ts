import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
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

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Portfolio statistics from the read models; JSON, or CSV with `Accept: text/csv`. */
@ApiTags('reports')
@ApiProduces('application/json', 'text/csv')
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
  async portfolio(@Query() q: PortfolioReportQueryDto, @Req() req: Request, @Res() res: Response) {
    const report = await this.buildPortfolio(q);
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
  @ApiProduces('text/html')
  @Get('portfolio.html')
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
  async portfolioModel(@Query() q: PortfolioReportQueryDto): Promise<PortfolioReport> {
    return this.buildPortfolio(q);
  }

  /** The whole report as an Excel workbook, a sheet per table. */
  @ApiProduces(XLSX_TYPE)
  @Get('portfolio.xlsx')
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
