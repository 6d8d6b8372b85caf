import { ApiProperty } from '@nestjs/swagger';

export class CommandResultDto {
  @ApiProperty({ format: 'uuid' })
  loanId!: string;

  @ApiProperty({ description: 'The stream version after the command' })
  version!: number;

  @ApiProperty({ description: 'The global position of the last event recorded' })
  position!: number;
}
