import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDefined, IsIn, IsOptional } from 'class-validator';
import { IsBusinessDate, IsMoney, IsPositiveMoney } from '../../http/validators';

export class RepayEarlyDto {
  @ApiProperty({ example: '2018-10-05', format: 'date' })
  @IsDefined()
  @IsBusinessDate()
  repaidOn!: string;

  @ApiPropertyOptional({
    example: '10000.00',
    description: 'The capital repaid early, EUR; or leave it out and send full: true',
  })
  @IsOptional()
  @IsMoney()
  @IsPositiveMoney()
  amount?: string;

  @ApiPropertyOptional({ description: 'All the principal outstanding' })
  @IsOptional()
  @IsBoolean()
  full?: boolean;
}

/** `GET /loans/{id}/early-repayment-quote?on=&amount=` or `&full=true`. */
export class EarlyRepaymentQuoteQueryDto {
  @ApiProperty({
    example: '2018-10-05',
    format: 'date',
    description: 'The day of the early repayment; may lie in the future',
  })
  @IsDefined()
  @IsBusinessDate()
  on!: string;

  @ApiPropertyOptional({ example: '10000.00', description: 'The capital to repay early, EUR' })
  @IsOptional()
  @IsMoney()
  @IsPositiveMoney()
  amount?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'All the principal outstanding' })
  @IsOptional()
  @IsIn(['true', 'false'])
  full?: 'true' | 'false';
}
