import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
  LENDER_RELATIONS,
  PRODUCT_CODES,
  PROVINCES,
  type LenderRelation,
  type ProductCode,
} from '@loanbook/domain';
import {
  IsBusinessDate,
  IsEnterpriseNumber,
  IsMoney,
  IsPositiveMoney,
  IsRate,
} from '../../http/validators';
import { GuaranteeDto, MAX_GUARANTEES } from './guarantee.dto';

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
      'A sole trader: the borrower is a natural person, whose name is stored encrypted and can be forgotten (the enterprise number stays readable)',
  })
  @IsOptional()
  @IsBoolean()
  naturalPerson?: boolean;
}

/** The private lender of a win-win loan: a natural person, whose id and name can be forgotten. */
export class LenderDto {
  @ApiProperty({
    example: 'lender-0001',
    description:
      "The lender's identifying number; the same number on several loans is the same lender. Stored encrypted",
  })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  id!: string;

  @ApiProperty({ example: 'An Janssens', description: 'Stored encrypted' })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: LENDER_RELATIONS, example: 'friend' })
  @IsDefined()
  @IsIn(LENDER_RELATIONS)
  relationToBorrower!: LenderRelation;
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
    type: [GuaranteeDto],
    description:
      'Securities offered with the application; they get the ids g1, g2, ... in this order',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_GUARANTEES)
  @ValidateNested({ each: true })
  @Type(() => GuaranteeDto)
  guarantees?: GuaranteeDto[];
}
