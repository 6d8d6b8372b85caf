import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGENCY_PHASES,
  DEFENCE_PHASES,
  HOUSEHOLD_TYPES,
  INCOME_KINDS,
  OBLIGATION_KINDS,
  STUDENT_DEBT_SYSTEMS,
  TENURES,
} from '@loanbook/domain';
import { DATE, MONEY } from '../../http/api-docs';

// The household of a responsible credit assessment (DOMAIN.md 3.5), for the OpenAPI document:
// the body's `household` is validated by the domain's parser (parseCreditAssessmentInput),
// which names each wrong field as household.<path>. Which fields a kind takes is said on each.

export class HousingDto {
  @ApiProperty({ enum: TENURES, example: 'renter' })
  tenure!: string;

  @ApiPropertyOptional({ ...MONEY, example: '850.00', description: 'renter: the monthly rent' })
  rent?: string;

  @ApiPropertyOptional({ ...MONEY, example: '40.00', description: 'renter' })
  serviceCosts?: string;

  @ApiPropertyOptional({ ...MONEY, description: 'renter: the rent allowance received' })
  rentAllowance?: string;

  @ApiPropertyOptional({
    ...MONEY,
    description: 'owner: the gross mortgage charge a month, repayment and insurance included',
  })
  mortgageGrossCharge?: string;
}

export class ForeignNationalDto {
  @ApiProperty({ type: 'integer' })
  monthsWorkedHere!: number;

  @ApiProperty({ type: 'integer' })
  monthsCreditRegistered!: number;
}

export class IncomeDto {
  @ApiProperty({ enum: INCOME_KINDS, example: 'salary' })
  kind!: string;

  @ApiPropertyOptional({ example: "partner's salary" })
  description?: string;

  @ApiPropertyOptional({
    ...MONEY,
    example: '3150.00',
    description: 'Net a month; every kind but self-employed',
  })
  monthlyNet?: string;

  @ApiPropertyOptional({ description: 'Employment kinds: in a probation period (not counted)' })
  inProbation?: boolean;

  @ApiPropertyOptional({ type: ForeignNationalDto })
  foreignNational?: ForeignNationalDto;

  @ApiPropertyOptional({ description: 'shift-allowance, overtime-allowance' })
  structural?: boolean;

  @ApiPropertyOptional({ type: 'integer', description: 'commission: months of the last 12' })
  structuralMonths?: number;

  @ApiPropertyOptional({ ...DATE, description: 'alimony-received: the last day it is paid' })
  endsOn?: string;

  @ApiPropertyOptional({
    type: 'array',
    items: { ...MONEY },
    description: 'self-employed: the yearly profits, oldest first',
  })
  yearlyProfits?: string[];

  @ApiPropertyOptional({ type: 'integer', description: 'self-employed' })
  documentedYears?: number;

  @ApiPropertyOptional({
    enum: [...DEFENCE_PHASES, ...AGENCY_PHASES],
    description: 'defence: I, II, III; agency-work: A, B, C',
  })
  phase?: string;

  @ApiPropertyOptional({ type: 'integer', description: 'temporary-contract, agency-work (B)' })
  remainingContractMonths?: number;

  @ApiPropertyOptional({ description: 'temporary-contract, agency-work (B)' })
  declarationOfIntent?: boolean;

  @ApiPropertyOptional({ type: 'integer', description: 'sick-pay: days sick so far' })
  daysSick?: number;
}

export class ObligationDto {
  @ApiProperty({ enum: OBLIGATION_KINDS, example: 'personal-loan' })
  kind!: string;

  @ApiPropertyOptional({ example: 'car loan at Bank X' })
  description?: string;

  @ApiPropertyOptional({
    ...MONEY,
    example: '210.00',
    description: 'personal-loan, student-debt-repaying, alimony-paid, car-costs, child-care',
  })
  monthlyAmount?: string;

  @ApiPropertyOptional({ ...MONEY, description: 'revolving-credit, second-mortgage' })
  limit?: string;

  @ApiPropertyOptional({ ...MONEY, description: 'student-debt-not-repaying' })
  debt?: string;

  @ApiPropertyOptional({ enum: STUDENT_DEBT_SYSTEMS, description: 'student-debt-not-repaying' })
  system?: string;

  @ApiPropertyOptional({ ...MONEY, description: 'child-care: the allowance received' })
  allowance?: string;
}

export class HouseholdDto {
  @ApiProperty({ enum: HOUSEHOLD_TYPES, example: 'couple-with-children' })
  householdType!: string;

  @ApiProperty({ type: HousingDto })
  housing!: HousingDto;

  @ApiProperty({ ...DATE, example: '1984-05-12' })
  applicantBirthDate!: string;

  @ApiProperty({ ...DATE, description: 'The (planned) signing date: it picks the rule set' })
  signingDate!: string;

  @ApiProperty({ type: 'integer', example: 60 })
  termMonths!: number;

  @ApiProperty({ type: [IncomeDto] })
  incomes!: IncomeDto[];

  @ApiProperty({ type: [ObligationDto] })
  obligations!: ObligationDto[];

  @ApiProperty()
  wageGarnishment!: boolean;

  @ApiProperty()
  divorceInProgress!: boolean;

  @ApiPropertyOptional({ ...MONEY, description: 'Default: the amount applied for' })
  requestedAmount?: string;
}
