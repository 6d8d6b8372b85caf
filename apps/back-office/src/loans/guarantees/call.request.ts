import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsOptional } from 'class-validator';
import { Money, parseBusinessDate, type CallGuarantee } from '@loanbook/domain';
import { IsBusinessDate, IsMoney, IsPositiveMoney } from '../../http/validators';

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

export function toCommand(
  body: CallGuaranteeDto,
  { loanId, guaranteeId }: { loanId: string; guaranteeId: string },
): CallGuarantee {
  return {
    type: 'CallGuarantee',
    loanId,
    guaranteeId,
    calledOn: parseBusinessDate(body.calledOn),
    amount: body.amount === undefined ? undefined : Money.parse(body.amount),
  };
}
