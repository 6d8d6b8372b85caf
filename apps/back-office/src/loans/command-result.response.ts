import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { LoanDto, LoanWarningDto } from './queries/loan.response';
import { LoanArrearsReplyDto } from './queries/schedule.response';
import { MONEY, UUID } from '../http/api-docs';

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

export class OfferScheduleDto {
  @ApiProperty({ format: 'date', description: 'The schedule is shown as if paid out that day' })
  assumedDisbursedOn!: string;

  @ApiProperty({ example: 60 })
  instalments!: number;

  @ApiProperty({ format: 'date' })
  firstDueOn!: string;

  @ApiProperty({ format: 'date' })
  lastDueOn!: string;

  @ApiProperty({ example: '471.78' })
  firstInstalment!: string;

  @ApiProperty({ example: '471.75' })
  lastInstalment!: string;

  @ApiProperty({ example: '3306.75' })
  totalInterest!: string;

  @ApiProperty({ example: '28306.75' })
  totalToRepay!: string;
}

/** GET /loans/{id}/arrears's figures as of the payment day, without the loan's id and version. */
export class StillDueDto extends OmitType(LoanArrearsReplyDto, ['loanId', 'status', 'version']) {}

export class RecordedEventDto {
  @ApiProperty({ example: 'InstalmentPaid' })
  type!: string;

  @ApiProperty()
  streamVersion!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The event as GET /loans/{id}/events shows it: an early repayment’s fee and its lines, a payment’s allocation, …',
  })
  data!: Record<string, unknown>;
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

  @ApiProperty({ description: 'The loan’s status after the command', example: 'approved' })
  status!: string;

  @ApiPropertyOptional({
    type: OfferScheduleDto,
    description: 'An approval that made the offer: its schedule if paid out on the approval day',
  })
  offerSchedule?: OfferScheduleDto;

  @ApiPropertyOptional({
    type: StillDueDto,
    description:
      'A payment towards the schedule: what is still due at the end of its payment day (as GET /loans/{id}/arrears?asOf= shows it)',
  })
  stillDue?: StillDueDto;

  @ApiProperty({ type: [RecordedEventDto], description: 'The events the command recorded' })
  recorded!: RecordedEventDto[];

  @ApiProperty({
    type: LoanDto,
    description: 'The loan after the command, as GET /loans/{id} shows it',
  })
  loan!: LoanDto;

  @ApiProperty({
    type: [LoanWarningDto],
    description:
      'Accepted, but worth a look: another open application, an offer that lapses at once',
  })
  warnings!: LoanWarningDto[];
}
