import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsObject,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsBusinessDate, IsMarketRate, trimmed } from '../http/validators';

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
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  // Each element an object: class-transformer maps a nested array through as it is, and
  // ValidateNested then checks its (absent) elements and lets it pass.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ReferenceCurvePointDto)
  points!: ReferenceCurvePointDto[];
}
