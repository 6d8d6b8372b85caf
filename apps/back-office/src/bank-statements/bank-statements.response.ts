import { ApiProperty } from '@nestjs/swagger';
import { DATE, MONEY } from '../http/api-docs';

// The answers of the bank-statements routes (bank-statements.views.ts): amounts as decimal strings.

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
    example: '1',
    description:
      'The line’s order among the statement’s credit lines, the same in CODA and camt.053 (statements recorded before 2026-12 kept the file’s own: CODA sequence/detail "0001/0000", camt.053 entry/transaction "1/1")',
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

  @ApiProperty({
    description:
      'Its outcome was recorded by an earlier import (of this file, or of the same statement in the other format): nothing was booked for it now',
  })
  alreadyRecorded!: boolean;

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
  @ApiProperty({ example: 'D1', description: 'The line’s order among the statement’s debits' })
  position!: string;

  @ApiProperty({ enum: ['debit'] })
  direction!: string;

  @ApiProperty(MONEY)
  amount!: string;

  @ApiProperty({ enum: ['debit'] })
  reason!: string;
}

export class StatementReportDto {
  @ApiProperty({ example: 'bank-statement-BE68539007547034-42-2026-03-03' })
  statementKey!: string;

  @ApiProperty({ example: 'BE68539007547034', description: 'The account’s IBAN' })
  account!: string;

  @ApiProperty({ example: '42', description: 'The bank’s sequence number, no leading zeros' })
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

export class IgnoredStatementDto {
  @ApiProperty({ example: 'BE71096123456769' })
  account!: string;

  @ApiProperty({ example: '42' })
  sequence!: string;

  @ApiProperty(DATE)
  date!: string;

  @ApiProperty({ enum: ['coda', 'camt.053'] })
  format!: string;

  @ApiProperty({ enum: ['foreign-account'] })
  reason!: string;

  @ApiProperty()
  message!: string;
}

export class ImportResultDto {
  @ApiProperty({ type: [StatementReportDto] })
  statements!: StatementReportDto[];

  @ApiProperty({
    type: [IgnoredStatementDto],
    description: 'Statements of the file of accounts that are not the lender’s: not recorded',
  })
  ignoredStatements!: IgnoredStatementDto[];

  @ApiProperty({
    type: 'integer',
    example: 1042,
    description: 'Global position of the statements’ last event: minPosition for the suspense list',
  })
  position!: number;
}

export class SuspenseItemDto {
  @ApiProperty({ format: 'uuid' })
  itemId!: string;

  @ApiProperty({ example: 'bank-statement-BE68539007547034-42-2026-03-03' })
  statementKey!: string;

  @ApiProperty({ example: 'BE68539007547034' })
  account!: string;

  @ApiProperty({ example: '42' })
  sequence!: string;

  @ApiProperty(DATE)
  statementDate!: string;

  @ApiProperty({ example: '3', description: 'The line in its statement (see the import’s lines)' })
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

export class SuspenseItemResolvedDto extends SuspenseItemDto {
  @ApiProperty({
    type: 'integer',
    example: 1043,
    description: 'Global position of the statement’s last event: minPosition for the suspense list',
  })
  eventPosition!: number;
}

export class SuspenseListDto {
  @ApiProperty({ type: [SuspenseItemDto] })
  items!: SuspenseItemDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as cursor for the next page; null on the last',
  })
  nextCursor!: string | null;
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
