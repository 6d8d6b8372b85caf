import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import {
  GUARANTEE_RELEASE_REFUSAL_REASON_CODES,
  Money,
  parseBusinessDate,
  type GuaranteeReleaseRefusalReasonCode,
  type RefuseGuaranteeRelease,
} from '@loanbook/domain';
import { IsBusinessDate, IsMoney, IsPositiveMoney, trimmed } from '../../http/validators';

/** A list without repeats; the field error's code is `unique`. */
const IsUniqueList = (options?: ValidationOptions) => (target: object, propertyName: string) =>
  registerDecorator({
    name: 'unique',
    target: target.constructor,
    propertyName,
    options: { message: '$property must not name the same reason twice', ...options },
    validator: {
      validate: (value: unknown) => !Array.isArray(value) || new Set(value).size === value.length,
    },
  });

/** DOMAIN.md 4.5: a refused release is told in writing, with its reasons. */
export class RefuseGuaranteeReleaseDto {
  @ApiProperty({ example: '2019-02-01', format: 'date' })
  @IsDefined()
  @IsBusinessDate()
  refusedOn!: string;

  @ApiProperty({
    enum: GUARANTEE_RELEASE_REFUSAL_REASON_CODES,
    isArray: true,
    description: 'Code of conduct reasons (DOMAIN.md 4.5), at least one, each once',
  })
  @IsDefined()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(GUARANTEE_RELEASE_REFUSAL_REASON_CODES.length)
  @IsIn(GUARANTEE_RELEASE_REFUSAL_REASON_CODES, {
    each: true,
    message: `each reason must be one of: ${GUARANTEE_RELEASE_REFUSAL_REASON_CODES.join(', ')}`,
  })
  @IsUniqueList()
  reasons!: GuaranteeReleaseRefusalReasonCode[];

  @ApiProperty({
    example: 'The surety still covers the instalments in arrears since 2018-12-20.',
    description: 'Sent in writing to the enterprise and the guarantor',
  })
  @IsDefined()
  @trimmed('text')
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  explanation!: string;

  @ApiPropertyOptional({
    example: '5000.00',
    description: 'The release asked for, EUR; absent: the whole guarantee',
  })
  @IsOptional()
  @IsMoney()
  @IsPositiveMoney()
  amountRequested?: string;
}

export function toCommand(
  body: RefuseGuaranteeReleaseDto,
  { loanId, guaranteeId }: { loanId: string; guaranteeId: string },
): RefuseGuaranteeRelease {
  return {
    type: 'RefuseGuaranteeRelease',
    loanId,
    guaranteeId,
    refusedOn: parseBusinessDate(body.refusedOn),
    reasons: body.reasons,
    explanation: body.explanation,
    amountRequested:
      body.amountRequested === undefined ? undefined : Money.parse(body.amountRequested),
  };
}
