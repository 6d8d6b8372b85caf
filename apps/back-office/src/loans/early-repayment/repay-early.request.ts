import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDefined, IsOptional } from 'class-validator';
import { Money, parseBusinessDate, type RepayEarly } from '@loanbook/domain';
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

export function toCommand(body: RepayEarlyDto, loanId: string): RepayEarly {
  return {
    type: 'RepayEarly',
    loanId,
    repaidOn: parseBusinessDate(body.repaidOn),
    amount: body.amount === undefined ? undefined : Money.parse(body.amount),
    full: body.full,
  };
}
