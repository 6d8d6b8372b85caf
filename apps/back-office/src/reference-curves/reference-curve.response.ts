import { ApiProperty } from '@nestjs/swagger';
import { DATE, DECIMAL } from '../http/api-docs';

// POST and GET /reference-curves (reference-curves.service.ts toCurveView).

export class RecordedCurveResultDto {
  @ApiProperty(DATE)
  recordedOn!: string;

  @ApiProperty({
    type: 'integer',
    example: 3,
    description: 'The reference-curves stream’s version',
  })
  version!: number;

  @ApiProperty({ type: 'integer', example: 17 })
  position!: number;
}

export class CurvePointDto {
  @ApiProperty({ type: 'integer', example: 60 })
  tenorMonths!: number;

  @ApiProperty({ enum: ['euribor', 'irs'], description: 'Euribor up to 12 months, IRS beyond' })
  kind!: string;

  @ApiProperty({ ...DECIMAL, example: '-0.0021', description: 'May be negative' })
  rate!: string;
}

export class ReferenceCurveDto {
  @ApiProperty(DATE)
  recordedOn!: string;

  @ApiProperty({ example: 'EMMI Euribor fixings and ICE swap rates of the day' })
  source!: string;

  @ApiProperty({ example: 'officer-bart' })
  recordedBy!: string;

  @ApiProperty({
    type: 'integer',
    example: 17,
    description: 'The global position of the recording',
  })
  position!: number;

  @ApiProperty({ type: [CurvePointDto], description: 'By tenor' })
  points!: CurvePointDto[];
}

export class ReferenceCurvesDto {
  @ApiProperty({
    type: [ReferenceCurveDto],
    description: 'One per day (its latest recording), oldest first',
  })
  curves!: ReferenceCurveDto[];
}
