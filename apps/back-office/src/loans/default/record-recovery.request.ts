import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsIn } from 'class-validator';
import {
  Money,
  parseBusinessDate,
  RECOVERY_SOURCES,
  type RecordRecovery,
  type RecoverySource,
} from '@loanbook/domain';
import { IsBusinessDate, IsMoney, IsPositiveMoney } from '../../http/validators';

export class RecordRecoveryDto {
  @ApiProperty({ example: '2022-05-01', format: 'date' })
  @IsDefined()
  @IsBusinessDate()
  receivedOn!: string;

  @ApiProperty({ example: '1000.00', description: 'EUR received' })
  @IsDefined()
  @IsMoney()
  @IsPositiveMoney()
  amount!: string;

  @ApiProperty({ enum: RECOVERY_SOURCES })
  @IsDefined()
  @IsIn(RECOVERY_SOURCES)
  source!: RecoverySource;
}

export function toCommand(body: RecordRecoveryDto, loanId: string): RecordRecovery {
  return {
    type: 'RecordRecovery',
    loanId,
    receivedOn: parseBusinessDate(body.receivedOn),
    amount: Money.parse(body.amount),
    source: body.source,
  };
}
