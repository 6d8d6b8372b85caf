import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsDefined } from 'class-validator';
import { formatBusinessDate, MarketRate, parseBusinessDate } from '@loanbook/domain';
import { READ_LOANS, Roles } from '../auth/decorators';
import { NotFoundProblem } from '../http/problem';
import { Meta } from '../http/request-meta';
import { IsBusinessDate } from '../http/validators';
import type { RequestMeta } from '../audit/request-meta';
import { RecordReferenceCurveDto } from './record-reference-curve.dto';
import { ReferenceCurvesService, toCurveView } from './reference-curves.service';

class InForceQueryDto {
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
  @ApiCreatedResponse({ description: '{ recordedOn, version, position }' })
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
  @ApiOkResponse({ description: 'every recorded curve, one per day (the latest recording)' })
  async list() {
    return { curves: (await this.curves.all()).map(toCurveView) };
  }

  @Get('in-force')
  @Roles(...READ_LOANS)
  @ApiOkResponse({
    description: 'the curve in force on a day: the latest recorded on or before it',
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
