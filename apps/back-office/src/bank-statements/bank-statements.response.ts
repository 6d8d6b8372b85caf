import { ApiProperty } from '@nestjs/swagger';
import { DATE, MONEY } from '../http/api-docs';

// The answers of the bank-statements routes (bank-statements.service.ts): amounts as decimal strings.

const REASONS = [
  'no-communication',
  'not-structured',
  'unknown-communication',
  'not-euro',
  'loan-not-active',
  'refused',
];

export class StatementLineOutcomeDto {
  @ApiProperty({
    example: '0001/0000',
    description: 'CODA sequence/detail, camt.053 entry/transaction',
  })
  position!: string;

  @ApiProperty(MONEY)
  amount!: string;

  @ApiProperty(DATE)
  valueDate!: string;

  @ApiProperty({ type: String, nullable: true, example: '+++090/9337/55493+++' })
  communication!: string | null;

  @ApiProperty({ enum: ['booked', 'suspense'] })
  outcome!: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'booked: the loan' })
  loanId?: string;

  @ApiProperty({ ...MONEY, required: false, description: 'booked: what the repayment took' })
  repaid?: string;

  @ApiProperty({ type: String, nullable: true, required: false, example: 'p1' })
  paymentId?: string | null;

  @ApiProperty({ ...MONEY, required: false, description: 'booked: the rest, held on the loan' })
  unappliedCredit?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'suspense: the item' })
  itemId?: string;

  @ApiProperty({ required: false, enum: REASONS })
  reason?: string;

  @ApiProperty({ required: false })
  detail?: string;
}

export class IgnoredLineDto {
  @ApiProperty({ example: '0005/0000' })
  position!: string;

  @ApiProperty({ enum: ['debit'] })
  direction!: string;

  @ApiProperty(MONEY)
  amount!: string;

  @ApiProperty({ enum: ['debit'] })
  reason!: string;
}

export class StatementReportDto {
  @ApiProperty({ example: 'bank-statement-BE68539007547034-042-2026-03-03' })
  statementKey!: string;

  @ApiProperty({ example: 'BE68539007547034' })
  account!: string;

  @ApiProperty({ example: '042' })
  sequence!: string;

  @ApiProperty(DATE)
  date!: string;

  @ApiProperty({ enum: ['coda', 'camt.053'] })
  format!: string;

  @ApiProperty({ description: 'Imported before: only lines without an outcome were booked now' })
  alreadyImported!: boolean;

  @ApiProperty({ type: [StatementLineOutcomeDto] })
  lines!: StatementLineOutcomeDto[];

  @ApiProperty({ type: [IgnoredLineDto] })
  ignored!: IgnoredLineDto[];
}

export class ImportResultDto {
  @ApiProperty({ type: [StatementReportDto] })
  statements!: StatementReportDto[];
}

export class SuspenseItemDto {
  @ApiProperty({ format: 'uuid' })
  itemId!: string;

  @ApiProperty({ example: 'bank-statement-BE68539007547034-042-2026-03-03' })
  statementKey!: string;

  @ApiProperty({ example: 'BE68539007547034' })
  account!: string;

  @ApiProperty({ example: '042' })
  sequence!: string;

  @ApiProperty(DATE)
  statementDate!: string;

  @ApiProperty({ example: '0003/0000' })
  position!: string;

  @ApiProperty(DATE)
  valueDate!: string;

  @ApiProperty(MONEY)
  amount!: string;

  @ApiProperty({ type: String, nullable: true })
  counterpartyName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  counterpartyIban!: string | null;

  @ApiProperty({ type: String, nullable: true })
  communication!: string | null;

  @ApiProperty({ enum: REASONS })
  reason!: string;

  @ApiProperty()
  detail!: string;

  @ApiProperty({ enum: ['open', 'assigned', 'refunded'] })
  status!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  loanId!: string | null;
}

export class SuspenseListDto {
  @ApiProperty({ type: [SuspenseItemDto] })
  items!: SuspenseItemDto[];
}

export class UnappliedCreditDto {
  @ApiProperty(MONEY)
  amount!: string;

  @ApiProperty(DATE)
  receivedOn!: string;

  @ApiProperty()
  statementKey!: string;

  @ApiProperty()
  position!: string;
}

export class UnappliedCreditsDto {
  @ApiProperty(MONEY)
  total!: string;

  @ApiProperty({ type: [UnappliedCreditDto] })
  credits!: UnappliedCreditDto[];
}
