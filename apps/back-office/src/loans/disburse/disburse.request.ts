import { ApiProperty } from '@nestjs/swagger';
import { IsDefined } from 'class-validator';
import { parseBusinessDate, type DisburseLoan } from '@loanbook/domain';
import { IsBusinessDate } from '../../http/validators';

export class DisburseLoanDto {
  @ApiProperty({
    example: '2022-03-20',
    format: 'date',
    description: "The day the offered amount is paid out; within the offer's validity",
  })
  @IsDefined()
  @IsBusinessDate()
  disbursedOn!: string;
}

export function toCommand(body: DisburseLoanDto, loanId: string): DisburseLoan {
  return { type: 'DisburseLoan', loanId, disbursedOn: parseBusinessDate(body.disbursedOn) };
}
