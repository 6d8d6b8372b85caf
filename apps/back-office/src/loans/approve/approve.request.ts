import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  Money,
  parseBusinessDate,
  Rate,
  type ApproveLoan,
  type Officer,
  type RepaymentFrequency,
  type RepaymentMethod,
} from '@loanbook/domain';
import {
  IsBusinessDate,
  IsMoney,
  IsPositiveMoney,
  IsRate,
  NestedArrayOf,
} from '../../http/validators';
import {
  GuaranteeDto,
  guaranteesOf,
  MAX_GUARANTEES,
  trimmed,
} from '../guarantees/guarantee.request';

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

export class ResponsibleMaximumOverrideDto {
  @ApiProperty({
    example:
      'the partner’s income from the new shop starts in May; the coach follows the first year',
  })
  @IsDefined()
  @trimmed('text')
  @IsString()
  @MaxLength(4000)
  justification!: string;
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
    description:
      "Defaults to the product's rate on the approval date (co-financing: priced from the IRS curve in force that day; a different rate is a 422)",
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
    example: 'the production line is built during the first 18 months',
    description:
      'Startlening: the written justification a capital holiday of 24 months needs (at 3.25 %)',
  })
  @IsOptional()
  @trimmed('text')
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  capitalHolidayJustification?: string;

  @ApiPropertyOptional({
    type: () => ResponsibleMaximumOverrideDto,
    description:
      'Approves more than the responsible credit maximum assessed for the household (DOMAIN.md 3.5), with the credit officer’s written justification; recorded with the offer',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ResponsibleMaximumOverrideDto)
  responsibleMaximumOverride?: ResponsibleMaximumOverrideDto;

  @ApiPropertyOptional({
    type: [GuaranteeDto],
    description:
      'Securities the offer asks for beyond those given with the application; they get the next ids',
  })
  @IsOptional()
  @NestedArrayOf(() => GuaranteeDto, MAX_GUARANTEES)
  guarantees?: GuaranteeDto[];
}

/** The approval as the domain takes it, by the officer who sent it with their approval limit. */
export function toCommand(
  body: ApproveLoanDto,
  { loanId, officer }: { loanId: string; officer: Officer },
): ApproveLoan {
  return {
    type: 'ApproveLoan',
    loanId,
    approvedOn: parseBusinessDate(body.approvedOn),
    capitalHolidayJustification: body.capitalHolidayJustification,
    responsibleMaximumOverride: body.responsibleMaximumOverride && {
      justification: body.responsibleMaximumOverride.justification,
    },
    amount: body.amount === undefined ? undefined : Money.parse(body.amount),
    annualRate: body.annualRate === undefined ? undefined : Rate.parse(body.annualRate),
    termMonths: body.termMonths,
    repayment: body.repayment && { ...body.repayment },
    offerValidUntil:
      body.offerValidUntil === undefined ? undefined : parseBusinessDate(body.offerValidUntil),
    officer: { id: officer.id, approvalLimit: officer.approvalLimit },
    guarantees: guaranteesOf(body.guarantees),
  };
}
