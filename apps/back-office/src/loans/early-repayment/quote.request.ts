import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn, IsOptional } from 'class-validator';
import { Money, parseBusinessDate, type EarlyRepaymentRequest } from '@loanbook/domain';
import { IsBusinessDate, IsMoney, IsPositiveMoney } from '../../http/validators';

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

/** The quote's question as the domain takes it (the reference curve is the query service's). */
export function toQuoteRequest(q: EarlyRepaymentQuoteQueryDto): EarlyRepaymentRequest {
  return {
    repaidOn: parseBusinessDate(q.on),
    amount: q.amount === undefined ? undefined : Money.parse(q.amount),
    full: q.full === undefined ? undefined : q.full === 'true',
  };
}
