import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMinSize,
  IsDefined,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsBusinessDate, IsMarketRate, trimmed, NestedArrayOf } from '../http/validators';

export class ReferenceCurvePointDto {
  @ApiProperty({ example: 24, description: 'Months; Euribor up to 12, IRS beyond' })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(600)
  tenorMonths!: number;

  @ApiProperty({ example: '0.00531', description: 'A decimal fraction; may be negative' })
  @IsDefined()
  @IsMarketRate()
  rate!: string;
}

export class RecordReferenceCurveDto {
  @ApiProperty({ format: 'date', example: '2013-11-08' })
  @IsDefined()
  @IsBusinessDate()
  recordedOn!: string;

  @ApiPropertyOptional({ example: 'EMMI Euribor fixings and ICE swap rates of the day' })
  @IsOptional()
  @trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  source?: string;

  @ApiProperty({ type: [ReferenceCurvePointDto] })
  @IsDefined()
  @ArrayMinSize(1)
  @NestedArrayOf(() => ReferenceCurvePointDto, 60)
  points!: ReferenceCurvePointDto[];
}
