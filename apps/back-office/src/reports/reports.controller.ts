import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { YearMonth } from '@js-joda/core';
import { parseBusinessDate, parseMonth, type Clock } from '@loanbook/domain';
import { approvalRates, winwinByProvince, winwinMonthly } from '@loanbook/projections/read-models';
import { READ_REPORTS, Roles } from '../auth/decorators';
import { sendReport } from '../http/csv';
import { ValidationProblem } from '../http/problem';
import { CLOCK } from '../infrastructure/tokens';
import { ReadModelsService } from '../read-models/read-models.service';
import {
  ApprovalRatesQueryDto,
  MonthRangeQueryDto,
  type ReadModelQueryDto,
} from './report-queries.dto';

/** Portfolio statistics from the read models; JSON, or CSV with `Accept: text/csv`. */
@ApiTags('reports')
@ApiProduces('application/json', 'text/csv')
@Roles(...READ_REPORTS)
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly readModels: ReadModelsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('winwin-monthly')
  async winwinMonthly(@Query() q: MonthRangeQueryDto, @Req() req: Request, @Res() res: Response) {
    await this.readModels.reached(['loans'], position(q));
    const report = await winwinMonthly(this.readModels.db, await this.readModels.tables(), {
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
    const report = await winwinByProvince(this.readModels.db, await this.readModels.tables(), {
      ...this.monthRange(q),
      asOf: this.asOf(q),
    });
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
    const report = await approvalRates(this.readModels.db, await this.readModels.tables(), {
      productCode: q.productCode,
      from,
      to,
      asOf: this.asOf(q),
    });
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
