import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  APPLICATION_FIELDS,
  LENDER_RELATIONS,
  PRODUCT_CODES,
  REPAYMENT_FREQUENCIES,
  REPAYMENT_METHODS,
  SHEET_LANGUAGES,
} from '@loanbook/domain';
import { DATE, DECIMAL, MONEY } from '../http/api-docs';

// GET /products and /products/{productCode} (product-view.ts toProductView).

const CONTACT_FIELDS = ['address', 'phone', 'email', 'website'];

export class ProductLenderDto {
  @ApiProperty({ example: 'Hefboom cvba' })
  name!: string;

  @ApiProperty({ enum: ['lender', 'registrar'], description: 'registrar: the win-win loan’s' })
  role!: string;

  @ApiProperty({ type: 'string', nullable: true })
  address!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  phone!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  email!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  website!: string | null;

  @ApiProperty({
    enum: CONTACT_FIELDS,
    isArray: true,
    description: 'Contact details the sources do not give: to be completed by the lender',
  })
  toComplete!: string[];
}

export class ProductApplicationDto {
  @ApiProperty({
    enum: ['approvedOn', 'signedOn'],
    description: 'Which date picks the product version: the approval, or the deed’s signing',
  })
  contractDate!: string;

  @ApiProperty({ enum: APPLICATION_FIELDS, isArray: true })
  requiredFields!: string[];

  @ApiProperty({ enum: APPLICATION_FIELDS, isArray: true })
  optionalFields!: string[];

  @ApiProperty({ description: 'An offer not disbursed in time lapses by itself' })
  offerLapses!: boolean;
}

export class FixedRateDto {
  @ApiProperty({ enum: ['fixed'] })
  kind!: 'fixed';

  @ApiProperty({ ...DECIMAL, example: '0.07' })
  annualRate!: string;
}

export class AgreedRateDto {
  @ApiProperty({ enum: ['agreed'], description: 'Agreed in the contract (win-win: the deed)' })
  kind!: 'agreed';

  @ApiProperty({ ...DECIMAL, nullable: true })
  min!: string | null;

  @ApiProperty({ ...DECIMAL, nullable: true })
  max!: string | null;
}

export class ReferenceRateDto {
  @ApiProperty({ enum: ['reference-rate'] })
  kind!: 'reference-rate';

  @ApiProperty({
    example:
      'IRS for the loan term (linear interpolation on the curve in force on the approval date)',
  })
  basis!: string;

  @ApiProperty({ ...DECIMAL, example: '0.0053' })
  margin!: string;

  @ApiProperty({ ...DECIMAL, example: '0.03' })
  floor!: string;

  @ApiProperty({ type: 'integer', example: 4, description: 'Rounded half up to these decimals' })
  decimals!: number;

  @ApiProperty({ description: 'The rate is fixed for the whole term' })
  fixedForTerm!: boolean;
}

const RATE = {
  oneOf: [
    { $ref: getSchemaPath(FixedRateDto) },
    { $ref: getSchemaPath(AgreedRateDto) },
    { $ref: getSchemaPath(ReferenceRateDto) },
  ],
  discriminator: {
    propertyName: 'kind',
    mapping: {
      fixed: getSchemaPath(FixedRateDto),
      agreed: getSchemaPath(AgreedRateDto),
      'reference-rate': getSchemaPath(ReferenceRateDto),
    },
  },
};

export class AmountRangeDto {
  @ApiProperty({ ...MONEY, example: '2500.00' })
  min!: string;

  @ApiProperty({ ...MONEY, example: '25000.00' })
  max!: string;
}

export class TermRangeDto {
  @ApiProperty({ type: 'integer', example: 1 })
  minMonths!: number;

  @ApiProperty({ type: 'integer', example: 60 })
  maxMonths!: number;

  @ApiProperty({ type: 'integer', example: 1, description: 'The term is a whole number of these' })
  stepMonths!: number;
}

export class DefaultRepaymentDto {
  @ApiProperty({ enum: REPAYMENT_METHODS })
  method!: string;

  @ApiProperty({ enum: REPAYMENT_FREQUENCIES })
  frequency!: string;

  @ApiProperty({ type: 'integer', example: 0 })
  capitalHolidayMonths!: number;
}

export class ProductRepaymentDto {
  @ApiProperty({ enum: REPAYMENT_METHODS, isArray: true })
  methods!: string[];

  @ApiProperty({ enum: REPAYMENT_FREQUENCIES, isArray: true })
  frequencies!: string[];

  @ApiProperty({ type: DefaultRepaymentDto })
  default!: DefaultRepaymentDto;
}

export class CapitalHolidayDto {
  @ApiProperty({ type: 'integer', example: 0 })
  maxMonths!: number;

  @ApiProperty({
    type: 'array',
    items: { type: 'integer' },
    nullable: true,
    description: 'The lengths allowed; null: any whole number of months up to maxMonths',
  })
  choices!: number[] | null;
}

export class EarlyRepaymentPolicyDto {
  @ApiProperty({ description: 'Part of the principal may be repaid early' })
  partial!: boolean;

  @ApiProperty({ enum: ['legal-maximum', 'none'] })
  fee!: string;

  @ApiProperty({ enum: ['exact', 'approximate'], description: 'Under the standard scheme' })
  standardMethod!: string;
}

export class WinwinRateBandDto {
  @ApiProperty({ type: 'integer', example: 2021 })
  year!: number;

  @ApiProperty(DECIMAL)
  min!: string;

  @ApiProperty(DECIMAL)
  max!: string;
}

export class WinwinRulesDto {
  @ApiProperty({ ...MONEY, example: '75000.00' })
  maxPerLender!: string;

  @ApiProperty({ enum: ['total', 'per-loan'], description: 'How maxPerLender is counted' })
  lenderLimit!: string;

  @ApiProperty({ ...MONEY, example: '300000.00' })
  maxPerBorrower!: string;

  @ApiProperty({ enum: LENDER_RELATIONS, isArray: true })
  excludedRelations!: string[];

  @ApiProperty({ type: [WinwinRateBandDto], description: 'By the year of the deed' })
  rateBands!: WinwinRateBandDto[];

  @ApiProperty({ type: 'integer', example: 3 })
  deedDeadlineMonths!: number;

  @ApiProperty({ ...DECIMAL, example: '0.4' })
  governmentGuaranteeShare!: string;
}

export class CofinancingCombinationDto {
  @ApiProperty({ enum: ['startlening'] })
  productCode!: string;

  @ApiProperty({ ...MONEY, example: '350000.00' })
  maxTotal!: string;

  @ApiProperty(DECIMAL)
  minOwnEffortShare!: string;

  @ApiProperty()
  naturalPersonWithAttest!: boolean;
}

export class CofinancingRulesDto {
  @ApiProperty({ type: 'number', example: 4 })
  maxOwnContributionMultiple!: number;

  @ApiProperty({ ...DECIMAL, example: '0.5' })
  maxInvestmentShare!: string;

  @ApiProperty({ ...DECIMAL, example: '0.2' })
  minCofinancingShare!: string;

  @ApiProperty({ ...DECIMAL, example: '0.1' })
  minOwnContributionShare!: string;

  @ApiProperty({ type: 'integer', example: 24 })
  maxCofinancierTermShortfallMonths!: number;

  @ApiProperty()
  naturalPersonMainOccupation!: boolean;

  @ApiProperty({ type: CofinancingCombinationDto })
  combination!: CofinancingCombinationDto;
}

export class ExtendedHolidayDto {
  @ApiProperty({ type: 'integer', example: 24 })
  months!: number;

  @ApiProperty({ ...DECIMAL, example: '0.0325' })
  annualRate!: string;

  @ApiProperty()
  justificationRequired!: boolean;
}

export class StartleningRulesDto {
  @ApiProperty({ type: 'integer', example: 4 })
  maxSelfEmployedYears!: number;

  @ApiProperty({ type: 'number', example: 4 })
  maxOwnContributionMultiple!: number;

  @ApiProperty({ type: ExtendedHolidayDto })
  extendedHoliday!: ExtendedHolidayDto;
}

/** The product's own rules: only the product's set is present. */
export class ProductRulesDto {
  @ApiPropertyOptional({ type: WinwinRulesDto })
  winwin?: WinwinRulesDto;

  @ApiPropertyOptional({ type: CofinancingRulesDto })
  cofinancing?: CofinancingRulesDto;

  @ApiPropertyOptional({ type: StartleningRulesDto })
  startlening?: StartleningRulesDto;
}

@ApiExtraModels(FixedRateDto, AgreedRateDto, ReferenceRateDto)
export class ProductTermsDto {
  @ApiProperty({ example: '2021-02-01' })
  version!: string;

  @ApiProperty(DATE)
  validFrom!: string;

  @ApiProperty({
    ...DATE,
    nullable: true,
    description: 'Exclusive: the first day no longer in force',
  })
  validUntil!: string | null;

  @ApiProperty({ type: AmountRangeDto })
  amount!: AmountRangeDto;

  @ApiProperty({ type: TermRangeDto })
  term!: TermRangeDto;

  @ApiProperty(RATE)
  rate!: FixedRateDto | AgreedRateDto | ReferenceRateDto;

  @ApiProperty({ type: ProductRepaymentDto })
  repayment!: ProductRepaymentDto;

  @ApiProperty({ type: CapitalHolidayDto })
  capitalHoliday!: CapitalHolidayDto;

  @ApiProperty({ type: 'integer', example: 30 })
  offerValidityDays!: number;

  @ApiProperty({ type: 'integer', example: 92 })
  offerValidityMaxDays!: number;

  @ApiProperty({ type: EarlyRepaymentPolicyDto })
  earlyRepayment!: EarlyRepaymentPolicyDto;

  @ApiProperty({ type: ProductRulesDto })
  rules!: ProductRulesDto;

  @ApiProperty({ type: [String] })
  notes!: string[];
}

@ApiExtraModels(FixedRateDto, AgreedRateDto, ReferenceRateDto)
export class ProductVersionSummaryDto {
  @ApiProperty({ example: '2021-02-01' })
  version!: string;

  @ApiProperty(DATE)
  validFrom!: string;

  @ApiProperty({ ...DATE, nullable: true })
  validUntil!: string | null;

  @ApiProperty()
  inForce!: boolean;

  @ApiProperty(RATE)
  rate!: FixedRateDto | AgreedRateDto | ReferenceRateDto;
}

export class SheetLenderDto {
  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: ['lender', 'registrar'] })
  role!: string;

  @ApiPropertyOptional()
  address?: string;

  @ApiPropertyOptional()
  phone?: string;

  @ApiPropertyOptional()
  email?: string;

  @ApiPropertyOptional()
  website?: string;

  @ApiProperty({ enum: CONTACT_FIELDS, isArray: true })
  toComplete!: string[];
}

export class LinkDto {
  @ApiProperty()
  text!: string;

  @ApiProperty({ format: 'uri' })
  url!: string;
}

export class OmbudsmanDto {
  @ApiProperty()
  name!: string;

  @ApiProperty()
  address!: string;

  @ApiProperty({ format: 'email' })
  email!: string;
}

/** The product sheet handed to applicants (DOMAIN.md 4.1, items i to viii). */
export class ProductSheetDto {
  @ApiProperty({ enum: PRODUCT_CODES })
  productCode!: string;

  @ApiProperty({ enum: SHEET_LANGUAGES })
  language!: string;

  @ApiProperty({ example: '2021-02-01' })
  productVersion!: string;

  @ApiProperty({ example: 'Productfiche Impulskrediet' })
  title!: string;

  @ApiProperty({ type: SheetLenderDto, nullable: true })
  lender!: SheetLenderDto | null;

  @ApiProperty({ description: '(i)' })
  creditForm!: string;

  @ApiProperty({ type: [String], description: '(ii)' })
  characteristics!: string[];

  @ApiProperty({ description: '(iii)' })
  availableTerms!: string;

  @ApiProperty({ description: '(iv)' })
  earlyRepayment!: string;

  @ApiProperty({ type: [String], description: '(v)' })
  possibleCosts!: string[];

  @ApiProperty({ type: [String], description: '(vi)' })
  typicalUses!: string[];

  @ApiProperty({ type: LinkDto, description: '(vii)' })
  financingAid!: LinkDto;

  @ApiProperty({ type: OmbudsmanDto, description: '(viii)' })
  ombudsman!: OmbudsmanDto;
}

export class ProductDto {
  @ApiProperty({ enum: PRODUCT_CODES })
  productCode!: string;

  @ApiProperty({ example: 'Impulskrediet' })
  name!: string;

  @ApiProperty(DATE)
  on!: string;

  @ApiProperty({ description: 'A version is in force on that day' })
  offered!: boolean;

  @ApiProperty({ type: ProductLenderDto })
  lender!: ProductLenderDto;

  @ApiProperty({ type: ProductApplicationDto })
  application!: ProductApplicationDto;

  @ApiProperty({ type: ProductTermsDto, nullable: true, description: 'null when not offered then' })
  inForce!: ProductTermsDto | null;

  @ApiProperty({ type: [ProductVersionSummaryDto] })
  versions!: ProductVersionSummaryDto[];

  @ApiProperty({ type: ProductSheetDto, nullable: true, description: 'null when not offered then' })
  productSheet!: ProductSheetDto | null;
}

export class ProductsDto {
  @ApiProperty(DATE)
  on!: string;

  @ApiProperty({ enum: SHEET_LANGUAGES })
  language!: string;

  @ApiProperty({ type: [ProductDto] })
  products!: ProductDto[];
}
