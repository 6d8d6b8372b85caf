import { STRUCTURED_COMMUNICATION_PROPERTY } from './loan.response';
import { ApiProperty } from '@nestjs/swagger';
import { LOAN_LIFECYCLE_STATUSES } from '@loanbook/domain';
import { DATE, DECIMAL, MONEY, UUID } from '../../http/api-docs';
import { AmountDueDto, ArrearsFiguresDto, NextDueDto, RepaymentTermsDto } from './loan.response';

// GET /loans/{loanId}/schedule and /arrears (loan-view.ts toScheduleView, toArrearsView).

export class ScheduleInstalmentDto {
  @ApiProperty({ type: 'integer', example: 1 })
  number!: number;

  @ApiProperty({
    ...DATE,
    description:
      'The day it is due and falls in arrears after: the contractual due date moved to the next working day when it falls on a Saturday, Sunday or holiday (the product convention following, fixed at disbursement)',
  })
  dueOn!: string;

  @ApiProperty({
    ...DATE,
    description:
      'The contractual due date, the end of its interest period: the same as dueOn unless that was moved off a non-working day. Interest and amounts are those of the contractual periods.',
  })
  contractualDueOn!: string;

  @ApiProperty({ ...MONEY, example: '349.20' })
  principal!: string;

  @ApiProperty({ ...MONEY, example: '145.83' })
  interest!: string;

  @ApiProperty({ ...MONEY, example: '495.03' })
  total!: string;

  @ApiProperty({ ...MONEY, example: '24650.80', description: 'Principal outstanding after it' })
  outstandingAfter!: string;

  @ApiProperty(MONEY)
  paidInterest!: string;

  @ApiProperty(MONEY)
  paidPrincipal!: string;

  @ApiProperty(MONEY)
  unpaid!: string;

  @ApiProperty({ ...DATE, nullable: true, description: 'The day it was paid in full' })
  settledOn!: string | null;

  @ApiProperty({
    enum: ['paid', 'partly-paid', 'due', 'overdue', 'future', 'written-off'],
    description:
      'As of asOf: due is due that very day; overdue is past due with nothing paid; written-off is what a write-off on or before asOf gave up (the loan then has no arrears)',
  })
  status!: string;
}

export class MoneyTotalsDto {
  @ApiProperty(MONEY)
  principal!: string;

  @ApiProperty(MONEY)
  interest!: string;

  @ApiProperty(MONEY)
  total!: string;
}

export class AllocationDto {
  @ApiProperty({ type: 'integer', example: 1, description: 'The instalment number' })
  instalment!: number;

  @ApiProperty(DATE)
  dueOn!: string;

  @ApiProperty(MONEY)
  interest!: string;

  @ApiProperty(MONEY)
  principal!: string;
}

export class SchedulePaymentDto {
  @ApiProperty({ example: '5d1c0a43-31e8-4d80-a8b8-21bd4c0b4f60' })
  paymentId!: string;

  @ApiProperty(DATE)
  paidOn!: string;

  @ApiProperty(MONEY)
  amount!: string;

  @ApiProperty(MONEY)
  interestPaid!: string;

  @ApiProperty(MONEY)
  principalPaid!: string;

  @ApiProperty({
    type: [AllocationDto],
    description: 'How it pays the instalments now (a back-dated payment may move it)',
  })
  allocation!: AllocationDto[];
}

export class ScheduleEarlyRepaymentDto {
  @ApiProperty(DATE)
  repaidOn!: string;

  @ApiProperty(MONEY)
  capitalRepaid!: string;

  @ApiProperty()
  full!: boolean;
}

export class LoanScheduleDto {
  @ApiProperty(UUID)
  loanId!: string;

  @ApiProperty({ enum: LOAN_LIFECYCLE_STATUSES })
  status!: string;

  @ApiProperty(DATE)
  asOf!: string;

  @ApiProperty({ ...MONEY, description: 'The amount disbursed' })
  principal!: string;

  @ApiProperty(DECIMAL)
  annualRate!: string;

  @ApiProperty({ type: 'integer', example: 60 })
  termMonths!: number;

  @ApiProperty({ type: RepaymentTermsDto })
  repayment!: RepaymentTermsDto;

  @ApiProperty(DATE)
  disbursedOn!: string;

  @ApiProperty(STRUCTURED_COMMUNICATION_PROPERTY)
  structuredCommunication!: string | null;

  @ApiProperty({ type: [ScheduleInstalmentDto] })
  instalments!: ScheduleInstalmentDto[];

  @ApiProperty({
    type: MoneyTotalsDto,
    description: 'Of the current schedule: after an early repayment less than the loan',
  })
  totals!: MoneyTotalsDto;

  @ApiProperty({ type: MoneyTotalsDto, description: 'Paid of the instalments up to asOf' })
  paid!: MoneyTotalsDto;

  @ApiProperty(MONEY)
  repaidEarly!: string;

  @ApiProperty(MONEY)
  outstandingPrincipal!: string;

  @ApiProperty({ type: ArrearsFiguresDto, description: 'At the end of asOf' })
  arrears!: ArrearsFiguresDto;

  @ApiProperty({
    type: AmountDueDto,
    description: 'What a payment on asOf may pay: everything due up to and including that day',
  })
  amountDue!: AmountDueDto;

  @ApiProperty({ type: [SchedulePaymentDto], description: 'Up to asOf, in business-date order' })
  payments!: SchedulePaymentDto[];

  @ApiProperty({ type: [ScheduleEarlyRepaymentDto] })
  earlyRepayments!: ScheduleEarlyRepaymentDto[];

  @ApiProperty({ type: 'integer', example: 4 })
  version!: number;
}

export class LoanArrearsReplyDto extends ArrearsFiguresDto {
  @ApiProperty(UUID)
  loanId!: string;

  @ApiProperty({ enum: LOAN_LIFECYCLE_STATUSES })
  status!: string;

  @ApiProperty(DATE)
  asOf!: string;

  @ApiProperty({ type: AmountDueDto, description: 'Everything due up to and including asOf' })
  amountDue!: AmountDueDto;

  @ApiProperty(MONEY)
  outstandingPrincipal!: string;

  @ApiProperty({ type: NextDueDto, nullable: true })
  nextDue!: NextDueDto | null;

  @ApiProperty({ type: 'integer', example: 4 })
  version!: number;
}
