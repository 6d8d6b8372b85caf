import { ApiProperty } from '@nestjs/swagger';
import { IsDefined } from 'class-validator';
import { Money, parseBusinessDate, type ClaimGovernmentGuarantee } from '@loanbook/domain';
import { IsBusinessDate, IsMoney, IsPositiveMoney } from '../../http/validators';

/** The win-win loan's government guarantee (DOMAIN.md 3.2). */
export class ClaimGovernmentGuaranteeDto {
  @ApiProperty({ example: '2022-06-01', format: 'date' })
  @IsDefined()
  @IsBusinessDate()
  claimedOn!: string;

  @ApiProperty({
    example: '40000.00',
    description:
      'The principal definitively lost, interest excluded, EUR; at most the principal outstanding at the default',
  })
  @IsDefined()
  @IsMoney()
  @IsPositiveMoney()
  principalLost!: string;
}

export function toCommand(
  body: ClaimGovernmentGuaranteeDto,
  loanId: string,
): ClaimGovernmentGuarantee {
  return {
    type: 'ClaimGovernmentGuarantee',
    loanId,
    claimedOn: parseBusinessDate(body.claimedOn),
    principalLost: Money.parse(body.principalLost),
  };
}
