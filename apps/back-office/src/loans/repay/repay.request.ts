import { ApiProperty } from '@nestjs/swagger';
import { IsDefined } from 'class-validator';
import { Money, parseBusinessDate, type RepayInstalment } from '@loanbook/domain';
import { IsBusinessDate, IsMoney, IsPositiveMoney } from '../../http/validators';

export class RepayInstalmentDto {
  @ApiProperty({
    example: '2018-04-20',
    format: 'date',
    description:
      'The business date the money was received; may lie before earlier recorded payments (they are then reallocated)',
  })
  @IsDefined()
  @IsBusinessDate()
  paidOn!: string;

  @ApiProperty({
    example: '483.32',
    description:
      'EUR; at most what is due on that day (the oldest instalment first, interest before principal). Paying ahead is an early repayment',
  })
  @IsDefined()
  @IsMoney()
  @IsPositiveMoney()
  amount!: string;
}

export function toCommand(body: RepayInstalmentDto, loanId: string): RepayInstalment {
  return {
    type: 'RepayInstalment',
    loanId,
    paidOn: parseBusinessDate(body.paidOn),
    amount: Money.parse(body.amount),
  };
}
