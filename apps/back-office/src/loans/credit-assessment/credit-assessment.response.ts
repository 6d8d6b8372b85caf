import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  HOUSEHOLD_TYPES,
  INCOME_KINDS,
  KNOCK_OUT_CODES,
  NORM_TENURES,
  OBLIGATION_KINDS,
  TENURES,
} from '@loanbook/domain';
import { DATE, DECIMAL, INSTANT, MONEY, UUID } from '../../http/api-docs';
import { HouseholdDto } from './household.request';

// GET /loans/{loanId}/credit-assessment (credit-assessment.route.ts).

export class AssessmentRulesDto {
  @ApiProperty({ example: '2022-01' })
  version!: string;

  @ApiProperty(DATE)
  validFrom!: string;
}

export class AssessedIncomeDto {
  @ApiProperty({ enum: INCOME_KINDS })
  kind!: string;

  @ApiPropertyOptional()
  description?: string;

  @ApiProperty(MONEY)
  monthlyNet!: string;

  @ApiProperty({ ...DECIMAL, example: '1', description: 'The share of it that counts' })
  weight!: string;

  @ApiProperty(MONEY)
  counted!: string;

  @ApiProperty({ description: 'Why it counts as it does' })
  reason!: string;
}

export class LivingCostNormDto {
  @ApiProperty({ enum: HOUSEHOLD_TYPES })
  householdType!: string;

  @ApiProperty({ enum: NORM_TENURES })
  tenure!: string;

  @ApiProperty(MONEY)
  base!: string;

  @ApiProperty({ ...DECIMAL, description: 'The share of the income above the base added' })
  surcharge!: string;

  @ApiProperty(MONEY)
  amount!: string;

  @ApiProperty()
  incomeBelowBase!: boolean;

  @ApiProperty()
  computation!: string;
}

export class HousingCostDto {
  @ApiProperty({ enum: TENURES })
  tenure!: string;

  @ApiProperty(MONEY)
  amount!: string;

  @ApiProperty()
  computation!: string;

  @ApiProperty()
  capped!: boolean;
}

export class AssessedObligationDto {
  @ApiProperty({ enum: OBLIGATION_KINDS })
  kind!: string;

  @ApiPropertyOptional()
  description?: string;

  @ApiProperty(MONEY)
  amount!: string;

  @ApiProperty()
  computation!: string;
}

export class KnockOutDto {
  @ApiProperty({ enum: KNOCK_OUT_CODES })
  code!: string;

  @ApiProperty()
  reason!: string;
}

export class AssessmentLineDto {
  @ApiProperty({ example: 'weighted net income' })
  label!: string;

  @ApiProperty(MONEY)
  amount!: string;
}

/** The assessment's computation (libs/domain credit-assessment serialize.ts). */
export class CreditAssessmentResultDto {
  @ApiProperty({ type: AssessmentRulesDto })
  rules!: AssessmentRulesDto;

  @ApiProperty({ enum: HOUSEHOLD_TYPES })
  householdType!: string;

  @ApiProperty({ type: [AssessedIncomeDto] })
  incomes!: AssessedIncomeDto[];

  @ApiProperty(MONEY)
  weightedIncome!: string;

  @ApiProperty({ type: LivingCostNormDto })
  livingCostNorm!: LivingCostNormDto;

  @ApiProperty({ type: HousingCostDto })
  housing!: HousingCostDto;

  @ApiProperty({ type: [AssessedObligationDto] })
  obligations!: AssessedObligationDto[];

  @ApiProperty(MONEY)
  totalObligations!: string;

  @ApiProperty({ ...MONEY, description: 'May be negative' })
  monthlyCapacity!: string;

  @ApiProperty({ type: 'number', example: 50 })
  creditMultiplier!: number;

  @ApiProperty(MONEY)
  maximumCredit!: string;

  @ApiProperty({ type: [KnockOutDto] })
  knockOuts!: KnockOutDto[];

  @ApiPropertyOptional(MONEY)
  requestedAmount?: string;

  @ApiPropertyOptional()
  withinMaximum?: boolean;

  @ApiProperty({ type: [AssessmentLineDto] })
  lines!: AssessmentLineDto[];
}

export class CreditAssessmentDetailsDto {
  @ApiProperty({ type: HouseholdDto, description: 'The household as assessed' })
  input!: HouseholdDto;

  @ApiProperty({ type: CreditAssessmentResultDto })
  result!: CreditAssessmentResultDto;
}

export class CreditAssessmentDto {
  @ApiProperty(UUID)
  loanId!: string;

  @ApiProperty({
    example: '0403.170.701',
    description: 'The borrower’s; a sole trader’s is "[erased]" once forgotten',
  })
  enterpriseNumber!: string;

  @ApiProperty(DATE)
  assessedOn!: string;

  @ApiProperty({ example: 'clerk-anna' })
  assessedBy!: string;

  @ApiProperty({ example: '2022-01' })
  rulesVersion!: string;

  @ApiProperty(MONEY)
  requestedAmount!: string;

  @ApiProperty({ ...MONEY, description: 'May be negative' })
  monthlyCapacity!: string;

  @ApiProperty({ ...MONEY, description: 'The responsible credit maximum' })
  maximumCredit!: string;

  @ApiProperty({ description: 'requestedAmount ≤ maximumCredit' })
  withinMaximum!: boolean;

  @ApiProperty({ enum: KNOCK_OUT_CODES, isArray: true })
  knockOuts!: string[];

  @ApiProperty(INSTANT)
  recordedAt!: string;

  @ApiProperty({ description: 'The person was forgotten: details are gone' })
  erased!: boolean;

  @ApiProperty({
    type: CreditAssessmentDetailsDto,
    nullable: true,
    description: 'The household and the whole computation; null once erased',
  })
  details!: CreditAssessmentDetailsDto | null;
}
