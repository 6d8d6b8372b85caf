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
  type GuaranteeReleaseRefusalReasonCode,
} from '@loanbook/domain';
import { IsBusinessDate, IsMoney, IsPositiveMoney } from '../../http/validators';
import { trimmed } from './guarantee.request';

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

export class ReleaseGuaranteeDto {
  @ApiProperty({ example: '2023-04-01', format: 'date' })
  @IsDefined()
  @IsBusinessDate()
  releasedOn!: string;

  @ApiPropertyOptional({
    example: '4000.00',
    description: 'EUR released; absent: all that the guarantee still covers',
  })
  @IsOptional()
  @IsMoney()
  @IsPositiveMoney()
  amount?: string;
}

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

export class CallGuaranteeDto {
  @ApiProperty({ example: '2022-03-01', format: 'date' })
  @IsDefined()
  @IsBusinessDate()
  calledOn!: string;

  @ApiPropertyOptional({
    example: '5000.00',
    description: 'EUR called; absent: all that the guarantee still covers',
  })
  @IsOptional()
  @IsMoney()
  @IsPositiveMoney()
  amount?: string;
}
