import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  HOUSEHOLD_TYPES,
  INCOME_KINDS,
  INFORMATION_ITEMS,
  INFORMATION_STATUSES,
  KNOCK_OUT_CODES,
  LOAN_LIFECYCLE_STATUSES,
  NORM_TENURES,
  OBLIGATION_KINDS,
  TENURES,
} from '@loanbook/domain';
import { DATE, DECIMAL, INSTANT, MONEY, UUID } from '../../http/api-docs';
import { HouseholdDto } from './household.request';

// GET /loans/{loanId}/application-information and /credit-assessment
// (application-obligations.controller.ts).

export class InformationItemViewDto {
  @ApiProperty({ enum: INFORMATION_ITEMS, example: 'financial-results-and-plan' })
  item!: string;

  @ApiPropertyOptional({ example: 'g1', description: 'Guarantor items: the personal guarantee' })
  guaranteeId?: string;

  @ApiProperty({ example: 'Financial results and a financial plan' })
  description!: string;

  @ApiProperty({ example: 'Financiële resultaten en een financieel plan' })
  descriptionNl!: string;

  @ApiProperty({ enum: [...INFORMATION_STATUSES, 'missing'] })
  status!: string;

  @ApiPropertyOptional({
    enum: ['application', 'recorded'],
    description: 'Recorded by a clerk, or given with the application itself',
  })
  source?: string;

  @ApiPropertyOptional(DATE)
  recordedOn?: string;

  @ApiPropertyOptional({ example: 'clerk-anna' })
  recordedBy?: string;

  @ApiPropertyOptional({ example: 'annual accounts 2021 and a plan to 2024' })
  note?: string;
}

export class ApplicationInformationDto {
  @ApiProperty(UUID)
  loanId!: string;

  @ApiProperty({ enum: LOAN_LIFECYCLE_STATUSES })
  status!: string;

  @ApiProperty({ type: 'integer', example: 2 })
  version!: number;

  @ApiProperty({ description: 'Nothing is missing' })
  complete!: boolean;

  @ApiProperty({ type: [InformationItemViewDto] })
  missing!: InformationItemViewDto[];

  @ApiProperty({ type: [InformationItemViewDto], description: 'Every item, missing ones too' })
  items!: InformationItemViewDto[];
}

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
