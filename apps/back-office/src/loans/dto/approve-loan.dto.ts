import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { RepaymentFrequency, RepaymentMethod } from '@loanbook/domain';
import { IsBusinessDate, IsMoney, IsPositiveMoney, IsRate } from '../../http/validators';
import { GuaranteeDto, MAX_GUARANTEES } from './guarantee.dto';

const METHODS: RepaymentMethod[] = ['annuity', 'linear', 'bullet'];
const FREQUENCIES: RepaymentFrequency[] = ['monthly', 'quarterly', 'semiannual', 'annual'];

export class RepaymentDto {
  @ApiPropertyOptional({ enum: METHODS })
  @IsOptional()
  @IsIn(METHODS)
  method?: RepaymentMethod;

  @ApiPropertyOptional({ enum: FREQUENCIES })
  @IsOptional()
  @IsIn(FREQUENCIES)
  frequency?: RepaymentFrequency;

  @ApiPropertyOptional({ example: 0, description: 'Interest-only months at the start' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  capitalHolidayMonths?: number;
}

export class ApproveLoanDto {
  @ApiProperty({
    example: '2022-03-15',
    format: 'date',
    description: 'The contract date; it sets the product version and rate',
  })
  @IsDefined()
  @IsBusinessDate()
  approvedOn!: string;

  @ApiPropertyOptional({ example: '25000.00', description: 'Defaults to the amount applied for' })
  @IsOptional()
  @IsMoney()
  @IsPositiveMoney()
  amount?: string;

  @ApiPropertyOptional({
    example: '0.07',
    description: "Defaults to the product's rate on the approval date",
  })
  @IsOptional()
  @IsRate()
  annualRate?: string;

  @ApiPropertyOptional({ example: 60 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  termMonths?: number;

  @ApiPropertyOptional({ type: RepaymentDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RepaymentDto)
  repayment?: RepaymentDto;

  @ApiPropertyOptional({
    format: 'date',
    description: "Defaults to the approval date plus the product's offer validity",
  })
  @IsOptional()
  @IsBusinessDate()
  offerValidUntil?: string;

  @ApiPropertyOptional({
    type: [GuaranteeDto],
    description:
      'Securities the offer asks for beyond those given with the application; they get the next ids',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_GUARANTEES)
  @ValidateNested({ each: true })
  @Type(() => GuaranteeDto)
  guarantees?: GuaranteeDto[];
}
