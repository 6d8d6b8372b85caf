import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import {
  DEFAULT_CAUSES,
  RECOVERY_SOURCES,
  type DefaultCause,
  type RecoverySource,
} from '@loanbook/domain';
import { IsBusinessDate, IsMoney, IsPositiveMoney } from '../../http/validators';
import { trimmed } from '../guarantees/guarantee.request';

/** DOMAIN.md 2: an active loan declared in default, with its cause. */
export class DeclareDefaultDto {
  @ApiProperty({ example: '2022-02-10', format: 'date', description: 'The day of the default' })
  @IsDefined()
  @IsBusinessDate()
  on!: string;

  @ApiProperty({
    enum: DEFAULT_CAUSES,
    description: 'arrears only once the oldest unpaid instalment is over 3 months late',
  })
  @IsDefined()
  @IsIn(DEFAULT_CAUSES)
  cause!: DefaultCause;
}

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

export class WriteOffLoanDto {
  @ApiProperty({ example: '2022-09-01', format: 'date' })
  @IsDefined()
  @IsBusinessDate()
  writtenOffOn!: string;

  @ApiProperty({ example: 'bankruptcy closed, no further dividend' })
  @IsDefined()
  @trimmed('text')
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}
