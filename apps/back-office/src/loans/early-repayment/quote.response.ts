import { ApiProperty } from '@nestjs/swagger';
import { DATE, MONEY, UUID } from '../../http/api-docs';

// GET /loans/{loanId}/early-repayment-quote (loan-view.ts toQuoteView): records nothing.

export class FeeLineDto {
  @ApiProperty({ example: 'six months of interest on the capital repaid early' })
  label!: string;

  @ApiProperty({ example: '350.00', description: 'A figure of the computation, as text' })
  value!: string;
}

export class EarlyRepaymentQuoteDto {
  @ApiProperty(UUID)
  loanId!: string;

  @ApiProperty(DATE)
  repaidOn!: string;

  @ApiProperty({ description: 'All the principal outstanding' })
  full!: boolean;

  @ApiProperty(MONEY)
  outstandingBefore!: string;

  @ApiProperty({ ...MONEY, example: '10000.00' })
  capitalRepaid!: string;

  @ApiProperty({ ...DATE, description: 'Interest accrues on the capital from this day' })
  interestFrom!: string;

  @ApiProperty(MONEY)
  accruedInterest!: string;

  @ApiProperty({ ...MONEY, example: '350.00', description: 'The reinvestment fee' })
  fee!: string;

  @ApiProperty({ enum: ['six-months-cap', 'standard', 'none'] })
  feeRegime!: string;

  @ApiProperty({ ...MONEY, example: '10350.00', description: 'Capital, interest and fee' })
  total!: string;

  @ApiProperty(MONEY)
  outstandingAfter!: string;

  @ApiProperty({ type: [FeeLineDto], description: 'The computation, line by line' })
  lines!: FeeLineDto[];

  @ApiProperty({
    type: 'integer',
    example: 4,
    description: 'The loan version the quote holds for: a payment recorded since may change it',
  })
  version!: number;
}
