import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsDefined } from 'class-validator';
import { formatBusinessDate, MarketRate, parseBusinessDate } from '@loanbook/domain';
import { READ_LOANS, Roles } from '../auth/decorators';
import { ApiCommand, ApiRead, DATE } from '../http/api-docs';
import { REFERENCE_CURVE_EXAMPLES } from '../http/command-examples';
import { NotFoundProblem } from '../http/problem';
import { Meta } from '../http/request-meta';
import { IsBusinessDate } from '../http/validators';
import type { RequestMeta } from '../audit/request-meta';
import { RecordReferenceCurveDto } from './record-reference-curve.dto';
import {
  RecordedCurveResultDto,
  ReferenceCurveDto,
  ReferenceCurvesDto,
} from './reference-curve.response';
import { ReferenceCurvesService, toCurveView } from './reference-curves.service';

class InForceQueryDto {
  @ApiProperty({ ...DATE, description: 'The day whose curve is asked' })
  @IsDefined()
  @IsBusinessDate()
  on!: string;
}

/**
 * Reference curves for the standard reinvestment-fee scheme (DOMAIN.md 4.3): recorded by a
 * credit officer or an administrator with the day they are of; everyone who reads loans can
 * see which curve a fee was computed on.
 */
@ApiTags('reference-curves')
@Controller('reference-curves')
export class ReferenceCurvesController {
  constructor(private readonly curves: ReferenceCurvesService) {}

  @Post()
  @Roles('credit-officer', 'admin')
  @HttpCode(201)
  @ApiCommand({
    summary: 'Record the Euribor/IRS curve of a day',
    description:
      'For the standard reinvestment-fee scheme and the KMO-cofinanciering’s price (IRS for its term + margin): 1 to 60 points, Euribor up to 12 months and IRS beyond; rates may be negative. A later recording of the same day replaces it (both stay in the log). Records ReferenceCurveRecorded in stream reference-curves.',
    status: 201,
    body: RecordReferenceCurveDto,
    examples: REFERENCE_CURVE_EXAMPLES,
    ok: RecordedCurveResultDto,
    okDescription: 'The curve is recorded',
    idempotent: true,
    problems: [
      {
        status: 422,
        description:
          'date-in-future, or reference-curve-invalid (a tenor twice, points out of order)',
      },
    ],
  })
  record(@Body() body: RecordReferenceCurveDto, @Meta() meta: RequestMeta) {
    return this.curves.record(
      {
        recordedOn: parseBusinessDate(body.recordedOn),
        source: body.source?.trim() || 'not stated',
        points: [...body.points]
          .sort((a, b) => a.tenorMonths - b.tenorMonths)
          .map((p) => ({ tenorMonths: p.tenorMonths, rate: MarketRate.parse(p.rate) })),
      },
      meta,
    );
  }

  @Get()
  @Roles(...READ_LOANS)
  @ApiRead({
    summary: 'Every recorded curve, one per day',
    description: 'Each day’s latest recording, oldest day first, with who recorded it.',
    ok: ReferenceCurvesDto,
  })
  async list() {
    return { curves: (await this.curves.all()).map(toCurveView) };
  }

  @Get('in-force')
  @Roles(...READ_LOANS)
  @ApiRead({
    summary: 'The curve in force on a day',
    description:
      'The latest curve recorded on or before `on`: the one a fee or a price of that day is computed on.',
    ok: ReferenceCurveDto,
    problems: [
      { status: 400, description: 'on is missing or malformed' },
      { status: 404, description: 'No curve is recorded on or before that day' },
    ],
  })
  async inForce(@Query() q: InForceQueryDto) {
    const on = parseBusinessDate(q.on);
    const found = await this.curves.recordedInForceOn(on);
    if (!found) {
      throw new NotFoundProblem(
        `no reference curve is recorded on or before ${formatBusinessDate(on)}`,
      );
    }
    return toCurveView(found);
  }
}
