import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsOptional } from 'class-validator';
import { Money, parseBusinessDate, type ReleaseGuarantee } from '@loanbook/domain';
import { IsBusinessDate, IsMoney, IsPositiveMoney } from '../../http/validators';

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

export function toCommand(
  body: ReleaseGuaranteeDto,
  { loanId, guaranteeId }: { loanId: string; guaranteeId: string },
): ReleaseGuarantee {
  return {
    type: 'ReleaseGuarantee',
    loanId,
    guaranteeId,
    releasedOn: parseBusinessDate(body.releasedOn),
    amount: body.amount === undefined ? undefined : Money.parse(body.amount),
  };
}
