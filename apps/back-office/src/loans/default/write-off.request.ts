import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { parseBusinessDate, type WriteOffLoan } from '@loanbook/domain';
import { IsBusinessDate, trimmed } from '../../http/validators';

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

export function toCommand(body: WriteOffLoanDto, loanId: string): WriteOffLoan {
  return {
    type: 'WriteOffLoan',
    loanId,
    writtenOffOn: parseBusinessDate(body.writtenOffOn),
    reason: body.reason,
  };
}
