import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import {
  parseBusinessDate,
  REFUSAL_REASON_CODES,
  type RefuseLoan,
  type RefusalReasonCode,
} from '@loanbook/domain';
import { IsBusinessDate, trimmed } from '../../http/validators';

export class RefuseLoanDto {
  @ApiProperty({ example: '2022-03-20', format: 'date' })
  @IsDefined()
  @IsBusinessDate()
  refusedOn!: string;

  @ApiProperty({
    enum: REFUSAL_REASON_CODES,
    isArray: true,
    description: 'Code of conduct reasons (DOMAIN.md 4.4)',
  })
  @IsDefined()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(REFUSAL_REASON_CODES.length)
  @IsIn(REFUSAL_REASON_CODES, {
    each: true,
    message: `each reason must be one of: ${REFUSAL_REASON_CODES.join(', ')}`,
  })
  reasons!: RefusalReasonCode[];

  @ApiPropertyOptional({
    example: 'Arrears with two suppliers, explained to the applicant on 2022-03-18.',
  })
  @IsOptional()
  @trimmed('text')
  @IsString()
  @MaxLength(4000)
  explanation?: string;
}

export function toCommand(body: RefuseLoanDto, loanId: string): RefuseLoan {
  return {
    type: 'RefuseLoan',
    loanId,
    refusedOn: parseBusinessDate(body.refusedOn),
    reasons: body.reasons,
    explanation: body.explanation?.trim(),
  };
}
