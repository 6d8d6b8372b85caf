import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  COFINANCING_PARTNER_KINDS,
  LENDER_RELATIONS,
  OWN_CONTRIBUTION_KINDS,
  PRODUCT_CODES,
  PROVINCES,
  type CofinancingPartnerKind,
  type LenderRelation,
  type OwnContributionKind,
  type ProductCode,
} from '@loanbook/domain';
import {
  IsBelgianPostalCode,
  IsBusinessDate,
  IsEnterpriseNumber,
  IsMoney,
  IsPositiveMoney,
  IsRate,
  IsStreetWithNumber,
  NestedArrayOf,
} from '../../http/validators';
import {
  GuaranteeDto,
  guaranteesOf,
  MAX_GUARANTEES,
  trimmed,
} from '../guarantees/guarantee.request';
import {
  Money,
  parseBusinessDate,
  parseEnterpriseNumber,
  Rate,
  type ApplyForLoan,
} from '@loanbook/domain';

/** Most parts one own contribution can list. */
const MAX_OWN_CONTRIBUTION_ITEMS = 20;

/** A Belgian address: all three parts, or no address at all. */
export class AddressDto {
  @ApiProperty({ example: 'Veldstraat 12 bus 3', description: 'Street and number (and box)' })
  @IsDefined()
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsStreetWithNumber()
  street!: string;

  @ApiProperty({
    example: '9000',
    pattern: '^[1-9][0-9]{3}$',
    description: 'Belgian: 1000 to 9999',
  })
  @IsDefined()
  @IsBelgianPostalCode()
  postalCode!: string;

  @ApiProperty({ example: 'Gent' })
  @IsDefined()
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  municipality!: string;
}

export class BorrowerDto {
  @ApiProperty({
    example: '0403.170.701',
    description: 'Belgian enterprise number (KBO/BCE), mod-97 checked',
  })
  @IsDefined()
  @IsEnterpriseNumber()
  enterpriseNumber!: string;

  @ApiProperty({ example: 'Bakkerij Peeters' })
  @IsDefined()
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: PROVINCES, example: 'Antwerpen' })
  @IsDefined()
  @IsIn(PROVINCES)
  province!: string;

  @ApiPropertyOptional({
    default: false,
    description:
      'A sole trader: the borrower is a natural person, whose name and enterprise number (their own register number) are stored encrypted and can be forgotten',
  })
  @IsOptional()
  @IsBoolean()
  naturalPerson?: boolean;

  @ApiPropertyOptional({
    type: AddressDto,
    description:
      'Where the enterprise is established; printed on its documents. A sole trader’s is stored encrypted and can be forgotten. Absent: an information item still missing',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AddressDto)
  address?: AddressDto;
}

/** The private lender of a win-win loan: a natural person, whose id and name can be forgotten. */
export class LenderDto {
  @ApiProperty({
    example: 'lender-0001',
    description:
      "The lender's identifying number; the same number on several loans is the same lender. Stored encrypted",
  })
  @IsDefined()
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  id!: string;

  @ApiProperty({ example: 'An Janssens', description: 'Stored encrypted' })
  @IsDefined()
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: LENDER_RELATIONS, example: 'friend' })
  @IsDefined()
  @IsIn(LENDER_RELATIONS)
  relationToBorrower!: LenderRelation;
}

/** One part of the own contribution (co-financing, start loan). */
export class OwnContributionItemDto {
  @ApiProperty({
    enum: OWN_CONTRIBUTION_KINDS,
    example: 'winwin-loan',
    description:
      'own-funds, winwin-loan, subsidy-granted (definitively and irrevocably) and vipa-promise count; future-subsidy does not',
  })
  @IsDefined()
  @IsIn(OWN_CONTRIBUTION_KINDS)
  kind!: OwnContributionKind;

  @ApiProperty({ example: '20000.00' })
  @IsDefined()
  @IsMoney()
  @IsPositiveMoney()
  amount!: string;

  @ApiPropertyOptional({ example: 'win-win loan of An Janssens, registered 2021-02-15' })
  @IsOptional()
  @trimmed('text')
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  description?: string;
}

export class CofinancingPartnerDto {
  @ApiProperty({ enum: COFINANCING_PARTNER_KINDS, example: 'bank' })
  @IsDefined()
  @IsIn(COFINANCING_PARTNER_KINDS)
  kind!: CofinancingPartnerKind;

  @ApiProperty({
    example: 'KBC Bank',
    description: 'The partner with a cooperation agreement with PMV',
  })
  @IsDefined()
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;
}

/** The partner's financing a KMO-cofinanciering goes with. */
export class CoFinancingDto {
  @ApiProperty({ example: '160000.00' })
  @IsDefined()
  @IsMoney()
  @IsPositiveMoney()
  amount!: string;

  @ApiProperty({ example: 84, minimum: 1, maximum: 600 })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(600)
  termMonths!: number;

  @ApiProperty({ type: CofinancingPartnerDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CofinancingPartnerDto)
  partner!: CofinancingPartnerDto;
}

export class SelfEmploymentDto {
  @ApiPropertyOptional({
    example: '2019-09-01',
    format: 'date',
    description: 'Self-employed since; absent: not yet (a starter about to start)',
  })
  @IsOptional()
  @IsBusinessDate()
  since?: string;

  @ApiProperty({ example: true, description: 'Self-employed in main occupation (or will be)' })
  @IsDefined()
  @IsBoolean()
  mainOccupation!: boolean;
}

export class StartAttestDto {
  @ApiProperty({ example: 'SA-2021-00417' })
  @IsDefined()
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  number!: string;

  @ApiProperty({ example: '2021-12-31', format: 'date' })
  @IsDefined()
  @IsBusinessDate()
  validUntil!: string;
}

export class ApplyForLoanDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Generated when absent' })
  @IsOptional()
  @IsUUID()
  loanId?: string;

  @ApiProperty({ enum: PRODUCT_CODES, example: 'impulskrediet' })
  @IsDefined()
  @IsIn(PRODUCT_CODES)
  productCode!: ProductCode;

  @ApiProperty({ type: BorrowerDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => BorrowerDto)
  borrower!: BorrowerDto;

  @ApiProperty({
    example: '25000.00',
    description: 'EUR, a decimal string with at most two decimals',
  })
  @IsDefined()
  @IsMoney()
  @IsPositiveMoney()
  amount!: string;

  @ApiProperty({ example: 60, minimum: 1, maximum: 600 })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(600)
  termMonths!: number;

  @ApiProperty({ example: 'oven and working capital' })
  @IsDefined()
  @trimmed('text')
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  purpose!: string;

  @ApiProperty({ example: '2022-03-01', format: 'date' })
  @IsDefined()
  @IsBusinessDate()
  appliedOn!: string;

  @ApiPropertyOptional({
    example: '2021-01-05',
    format: 'date',
    description: 'Win-win: the date the deed was signed (the contract date)',
  })
  @IsOptional()
  @IsBusinessDate()
  signedOn?: string;

  @ApiPropertyOptional({ type: LenderDto, description: 'Win-win: the private lender' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LenderDto)
  lender?: LenderDto;

  @ApiPropertyOptional({ example: '0.0125', description: 'Win-win: the rate agreed in the deed' })
  @IsOptional()
  @IsRate()
  annualRate?: string;

  @ApiPropertyOptional({
    example: '400000.00',
    description:
      "Co-financing (and optionally start loan): the whole project's investment need, tangible, intangible and working capital",
  })
  @IsOptional()
  @IsMoney()
  @IsPositiveMoney()
  investmentNeed?: string;

  @ApiPropertyOptional({
    example: '60000.00',
    description: 'Co-financing, start loan: the own contribution that counts',
  })
  @IsOptional()
  @IsMoney()
  @IsPositiveMoney()
  ownContribution?: string;

  @ApiPropertyOptional({
    type: [OwnContributionItemDto],
    description:
      'What the own contribution is made of; the parts that count must add up to ownContribution',
  })
  @IsOptional()
  @NestedArrayOf(() => OwnContributionItemDto, MAX_OWN_CONTRIBUTION_ITEMS)
  ownContributionItems?: OwnContributionItemDto[];

  @ApiPropertyOptional({
    type: CoFinancingDto,
    description: "Co-financing: the partner's financing",
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CoFinancingDto)
  coFinancing?: CoFinancingDto;

  @ApiPropertyOptional({
    type: SelfEmploymentDto,
    description: 'Start loan (required); co-financing of a natural person (required)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SelfEmploymentDto)
  selfEmployment?: SelfEmploymentDto;

  @ApiPropertyOptional({
    type: StartAttestDto,
    description: 'Start loan: the start-loan attest (needed to combine it with a co-financing)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => StartAttestDto)
  startAttest?: StartAttestDto;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Co-financing: the loan id of the Startlening applied for at the same time',
  })
  @IsOptional()
  @IsUUID()
  combinedWithLoanId?: string;

  @ApiPropertyOptional({
    type: [GuaranteeDto],
    description:
      'Securities offered with the application; they get the ids g1, g2, ... in this order',
  })
  @IsOptional()
  @NestedArrayOf(() => GuaranteeDto, MAX_GUARANTEES)
  guarantees?: GuaranteeDto[];
}

/**
 * The application as the domain takes it: amounts, rates and dates parsed, texts trimmed, ids in
 * lower case, the user who sent it as its registrar. `newLoanId` is the id of a new loan when the
 * body names none.
 */
export function toCommand(
  body: ApplyForLoanDto,
  { registeredBy, newLoanId }: { registeredBy: string; newLoanId: string },
): ApplyForLoan {
  return {
    type: 'ApplyForLoan',
    loanId: body.loanId?.toLowerCase() ?? newLoanId,
    productCode: body.productCode,
    borrower: {
      enterpriseNumber: parseEnterpriseNumber(body.borrower.enterpriseNumber).toString(),
      name: body.borrower.name.trim(),
      province: body.borrower.province,
      // Left out when false: an enterprise's application keeps the shape it always had.
      ...(body.borrower.naturalPerson ? { naturalPerson: true } : {}),
      ...(body.borrower.address
        ? {
            address: {
              street: body.borrower.address.street,
              postalCode: body.borrower.address.postalCode,
              municipality: body.borrower.address.municipality,
            },
          }
        : {}),
    },
    amount: Money.parse(body.amount),
    termMonths: body.termMonths,
    purpose: body.purpose.trim(),
    appliedOn: parseBusinessDate(body.appliedOn),
    signedOn: body.signedOn === undefined ? undefined : parseBusinessDate(body.signedOn),
    lender: body.lender && {
      id: body.lender.id.trim(),
      name: body.lender.name.trim(),
      relationToBorrower: body.lender.relationToBorrower,
    },
    annualRate: body.annualRate === undefined ? undefined : Rate.parse(body.annualRate),
    investmentNeed:
      body.investmentNeed === undefined ? undefined : Money.parse(body.investmentNeed),
    ownContribution:
      body.ownContribution === undefined ? undefined : Money.parse(body.ownContribution),
    ownContributionItems: body.ownContributionItems?.map((i) => ({
      kind: i.kind,
      amount: Money.parse(i.amount),
      ...(i.description !== undefined ? { description: i.description } : {}),
    })),
    coFinancing: body.coFinancing && {
      amount: Money.parse(body.coFinancing.amount),
      termMonths: body.coFinancing.termMonths,
      partner: { kind: body.coFinancing.partner.kind, name: body.coFinancing.partner.name },
    },
    selfEmployment: body.selfEmployment && {
      ...(body.selfEmployment.since !== undefined
        ? { since: parseBusinessDate(body.selfEmployment.since) }
        : {}),
      mainOccupation: body.selfEmployment.mainOccupation,
    },
    startAttest: body.startAttest && {
      number: body.startAttest.number,
      validUntil: parseBusinessDate(body.startAttest.validUntil),
    },
    combinedWithLoanId: body.combinedWithLoanId?.toLowerCase(),
    registeredBy,
    guarantees: guaranteesOf(body.guarantees),
  };
}
