import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOAN_LIFECYCLE_STATUSES, PRODUCT_CODES, PROVINCES } from '@loanbook/domain';
import { DATE, DECIMAL, MONEY, UUID } from '../../http/api-docs';
import { FILE_NUMBER_PROPERTY, STRUCTURED_COMMUNICATION_PROPERTY } from './loan.response';

// GET /loans (read-models/reports.ts listLoans, people/loan-list.ts): a page of the read model.

export class LoanListBorrowerDto {
  @ApiProperty({
    example: '0403.170.701',
    description: 'A sole trader\'s is opened from the sealed value, "[erased]" once forgotten',
  })
  enterpriseNumber!: string;

  @ApiProperty({
    example: 'Bakkerij Peeters',
    description: 'A sole trader\'s is opened from the sealed value, "[erased]" once forgotten',
  })
  name!: string;

  @ApiProperty({ enum: PROVINCES })
  province!: string;

  @ApiProperty()
  naturalPerson!: boolean;

  @ApiProperty({ ...UUID, nullable: true })
  personId!: string | null;
}

export class ListedSecondApprovalDto {
  @ApiProperty({ example: 'officer-dirk' })
  proposedBy!: string;

  @ApiProperty(DATE)
  proposedOn!: string;

  @ApiProperty({ ...MONEY, example: '60000.00' })
  amount!: string;
}

export class LoanListItemDto {
  @ApiProperty(UUID)
  loanId!: string;

  @ApiProperty(FILE_NUMBER_PROPERTY)
  fileNumber!: string | null;

  @ApiProperty(STRUCTURED_COMMUNICATION_PROPERTY)
  structuredCommunication!: string | null;

  @ApiProperty({ enum: PRODUCT_CODES })
  productCode!: string;

  @ApiProperty({ enum: LOAN_LIFECYCLE_STATUSES })
  status!: string;

  @ApiProperty({ type: LoanListBorrowerDto })
  borrower!: LoanListBorrowerDto;

  @ApiProperty({ ...MONEY, description: 'The offer’s amount, else the amount applied for' })
  amount!: string;

  @ApiProperty({ ...DECIMAL, nullable: true, description: 'The offer’s rate; null before it' })
  annualRate!: string | null;

  @ApiProperty({ type: 'integer', example: 60 })
  termMonths!: number;

  @ApiProperty(DATE)
  appliedOn!: string;

  @ApiProperty({ ...DATE, nullable: true })
  approvedOn!: string | null;

  @ApiProperty({
    type: String,
    enum: ['second-approval'],
    nullable: true,
    description: 'second-approval: an approval above the first officer’s limit waits',
  })
  awaiting!: 'second-approval' | null;

  @ApiProperty({
    type: ListedSecondApprovalDto,
    nullable: true,
    description: 'The proposal that waits for a second officer, while it does',
  })
  secondApproval!: ListedSecondApprovalDto | null;

  @ApiPropertyOptional({
    type: 'integer',
    example: 42,
    description: 'Only with the arrears filter: days past due at the end of arrearsAsOf',
  })
  daysPastDue?: number;

  @ApiProperty({ type: 'integer', example: 3 })
  version!: number;
}

export class LoanListDto {
  @ApiProperty({ type: [LoanListItemDto], description: 'Newest application first' })
  items!: LoanListItemDto[];

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'Pass as cursor for the next page; null on the last page',
  })
  nextCursor!: string | null;
}
