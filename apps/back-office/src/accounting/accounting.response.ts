import { ApiProperty } from '@nestjs/swagger';
import { ACCOUNT_ROLES } from '@loanbook/accounting';
import { DATE, INSTANT, MONEY } from '../http/api-docs';

// The books' JSON (accounting.controller.ts; books.service.ts).

const SIGNED = { ...MONEY, example: '-1250.00' } as const;
const ACCOUNT = { type: 'string', pattern: '^[0-9]{1,10}$', example: '2910' } as const;
const KNOWN_AT = {
  ...INSTANT,
  nullable: true,
  description: 'As known at this instant; null: every event recorded so far',
} as const;
const POSITION = {
  type: 'integer',
  example: 1234,
  description: 'The global log position the books had reached',
} as const;

export class JournalLineDto {
  @ApiProperty(ACCOUNT)
  account!: string;

  @ApiProperty({ example: 'Vorderingen op meer dan één jaar: leningen' })
  accountName!: string;

  @ApiProperty({ enum: ACCOUNT_ROLES, example: 'loans-receivable' })
  role!: string;

  @ApiProperty(MONEY)
  debit!: string;

  @ApiProperty(MONEY)
  credit!: string;
}

/** Where an entry comes from: the same in the journal and in a ledger's lines. */
export class EntrySourceDto {
  @ApiProperty({
    example: 'd3743642-087d-4f6e-a0f4-58f54bfe68f2:1',
    description:
      'A recorded entry: <source event id>:<n>; an as-of entry: <kind>:<date>:<product>[:<n>]',
  })
  entryId!: string;

  @ApiProperty(DATE)
  businessDate!: string;

  @ApiProperty({
    ...INSTANT,
    nullable: true,
    description:
      'When its source event was recorded; null for an as-of entry (computed for the day)',
  })
  recordedAt!: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  sourceEventId!: string | null;

  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'null: an as-of entry of the whole book',
  })
  loanId!: string | null;

  @ApiProperty({
    example: 'instalment',
    description:
      'disbursement, instalment, early-repayment, reallocation-reversal, reallocation-repost, default, guarantee-call, recovery, recovery-after-write-off, write-off, guarantee-exposure, guarantee-claim; as of a day: impairment, impairment-release, impairment-use, accrual, accrual-reversal',
  })
  kind!: string;
}

export class JournalEntryDto extends EntrySourceDto {
  @ApiProperty({ example: 'impulskrediet' })
  productCode!: string;

  @ApiProperty({ type: [JournalLineDto], description: 'Debits equal credits, always' })
  lines!: JournalLineDto[];
}

export class JournalPageDto {
  @ApiProperty(DATE)
  from!: string;

  @ApiProperty(DATE)
  to!: string;

  @ApiProperty(KNOWN_AT)
  knownAt!: string | null;

  @ApiProperty(POSITION)
  position!: number;

  @ApiProperty({ type: [JournalEntryDto] })
  entries!: JournalEntryDto[];

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'Pass as cursor for the next page; null on the last page',
  })
  nextCursor!: string | null;
}

/** An account of the chart: its number, name (in the language asked) and role. */
export class AccountDto {
  @ApiProperty(ACCOUNT)
  account!: string;

  @ApiProperty({ example: 'Vorderingen op meer dan één jaar: leningen' })
  name!: string;

  @ApiProperty({ enum: ACCOUNT_ROLES, example: 'loans-receivable' })
  role!: string;
}

export class TrialBalanceRowDto extends AccountDto {
  @ApiProperty({ ...MONEY, description: 'The debits up to the day' })
  debit!: string;

  @ApiProperty({ ...MONEY, description: 'The credits up to the day' })
  credit!: string;

  @ApiProperty({ ...SIGNED, description: 'debit − credit: negative is a credit balance' })
  balance!: string;
}

export class TrialBalanceDto {
  @ApiProperty(DATE)
  asOf!: string;

  @ApiProperty(KNOWN_AT)
  knownAt!: string | null;

  @ApiProperty(POSITION)
  position!: number;

  @ApiProperty({
    type: [TrialBalanceRowDto],
    description: 'Every account of the chart, in its order',
  })
  rows!: TrialBalanceRowDto[];

  @ApiProperty({ ...MONEY, description: 'All debits (equal to all credits)' })
  debit!: string;

  @ApiProperty(MONEY)
  credit!: string;
}

export class LedgerLineDto extends EntrySourceDto {
  @ApiProperty(MONEY)
  debit!: string;

  @ApiProperty(MONEY)
  credit!: string;

  @ApiProperty({ ...SIGNED, description: 'The account’s balance after this line' })
  balance!: string;
}

export class LedgerDto extends AccountDto {
  @ApiProperty(DATE)
  from!: string;

  @ApiProperty(DATE)
  to!: string;

  @ApiProperty(KNOWN_AT)
  knownAt!: string | null;

  @ApiProperty(POSITION)
  position!: number;

  @ApiProperty({ ...SIGNED, description: 'The balance at the end of the day before from' })
  openingBalance!: string;

  @ApiProperty({ ...SIGNED, description: 'The balance at the end of to' })
  closingBalance!: string;

  @ApiProperty({ type: [LedgerLineDto] })
  lines!: LedgerLineDto[];
}
