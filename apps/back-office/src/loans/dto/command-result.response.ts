import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MONEY, UUID } from '../../http/api-docs';

export class SecondApprovalDto {
  @ApiProperty({ ...MONEY, example: '120000.00', description: 'The amount of the proposed offer' })
  amount!: string;

  @ApiProperty({ example: 'officer-bart' })
  proposedBy!: string;

  @ApiProperty({
    type: [String],
    description:
      'Officers who may not second it (the proposer and the registrar); any other credit officer may, whatever their own limit',
  })
  notBy!: string[];
}

/** The reply of every loan command. */
export class CommandResultDto {
  @ApiProperty(UUID)
  loanId!: string;

  @ApiProperty({ type: 'integer', example: 2, description: 'The stream version after the command' })
  version!: number;

  @ApiProperty({
    type: 'integer',
    example: 17,
    description: 'The global position of the last event recorded: send it as minPosition',
  })
  position!: number;

  @ApiPropertyOptional({
    enum: ['approved', 'proposed'],
    description:
      'An approval only: approved (the offer is made), or proposed (above the officer’s limit: the loan waits for a second credit officer, see secondApproval)',
  })
  outcome?: 'approved' | 'proposed';

  @ApiPropertyOptional({
    type: SecondApprovalDto,
    description: 'A proposal only: what the second officer approves, and who may not',
  })
  secondApproval?: SecondApprovalDto;
}
