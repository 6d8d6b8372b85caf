import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { LOAN_LIFECYCLE_STATUSES, PRODUCT_CODES } from '@loanbook/domain';
import { IsWholeNumberText, trimmed } from '../../http/validators';

/** Every status a loan reaches (the read model keeps them all). */
export const LOAN_STATUSES = LOAN_LIFECYCLE_STATUSES;

export class ListLoansQueryDto {
  @ApiPropertyOptional({ enum: PRODUCT_CODES })
  @IsOptional()
  @IsIn(PRODUCT_CODES)
  productCode?: string;

  @ApiPropertyOptional({ enum: LOAN_STATUSES })
  @IsOptional()
  @IsIn(LOAN_STATUSES)
  status?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 200,
    default: 50,
    description: 'Page size, 1 to 200 (default 50)',
  })
  @IsOptional()
  @IsWholeNumberText()
  limit?: string;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @trimmed()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: 'Wait until the list has reached this global position',
  })
  @IsOptional()
  @IsWholeNumberText()
  minPosition?: string;
}
