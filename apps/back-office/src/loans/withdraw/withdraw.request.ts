import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsOptional, IsString, MaxLength } from 'class-validator';
import { parseBusinessDate, type WithdrawApplication } from '@loanbook/domain';
import { IsBusinessDate, trimmed } from '../../http/validators';

export class WithdrawApplicationDto {
  @ApiProperty({ example: '2022-03-25', format: 'date' })
  @IsDefined()
  @IsBusinessDate()
  withdrawnOn!: string;

  @ApiPropertyOptional({ example: 'found other financing' })
  @IsOptional()
  @trimmed('text')
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export function toCommand(body: WithdrawApplicationDto, loanId: string): WithdrawApplication {
  return {
    type: 'WithdrawApplication',
    loanId,
    withdrawnOn: parseBusinessDate(body.withdrawnOn),
    reason: body.reason?.trim(),
  };
}
