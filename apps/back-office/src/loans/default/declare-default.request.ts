import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsIn } from 'class-validator';
import {
  DEFAULT_CAUSES,
  parseBusinessDate,
  type DeclareDefault,
  type DefaultCause,
} from '@loanbook/domain';
import { IsBusinessDate } from '../../http/validators';

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

export function toCommand(body: DeclareDefaultDto, loanId: string): DeclareDefault {
  return {
    type: 'DeclareDefault',
    loanId,
    defaultedOn: parseBusinessDate(body.on),
    cause: body.cause,
  };
}
