import { ApiProperty } from '@nestjs/swagger';
import { IsDefined } from 'class-validator';
import { parseBusinessDate, type RequestWrittenRefusal } from '@loanbook/domain';
import { IsBusinessDate } from '../../http/validators';

export class RequestWrittenRefusalDto {
  @ApiProperty({
    example: '2022-05-02',
    format: 'date',
    description:
      'The day the enterprise asked for the written refusal statement; at most 6 months after its application',
  })
  @IsDefined()
  @IsBusinessDate()
  requestedOn!: string;
}

export function toCommand(body: RequestWrittenRefusalDto, loanId: string): RequestWrittenRefusal {
  return {
    type: 'RequestWrittenRefusal',
    loanId,
    requestedOn: parseBusinessDate(body.requestedOn),
  };
}
