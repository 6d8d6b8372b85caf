import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDefined } from 'class-validator';
import { IsEnterpriseNumber } from '../../http/validators';

export class FindBorrowerQueryDto {
  @ApiProperty({
    description: 'With or without dots and spaces: 0403.170.701, 0403 170 701, 0403170701',
    example: '0403.170.701',
  })
  @IsDefined()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/\s+/g, '') : value,
  )
  @IsEnterpriseNumber()
  enterpriseNumber!: string;
}

export class FoundBorrowerLoanDto {
  @ApiProperty({ format: 'uuid' })
  loanId!: string;

  @ApiProperty({ example: 'impulskrediet' })
  productCode!: string;

  @ApiProperty({ example: 'active' })
  status!: string;

  @ApiProperty({ example: '25000.00' })
  amount!: string;

  @ApiProperty({ format: 'date' })
  appliedOn!: string;
}

export class FoundBorrowerDto {
  @ApiProperty({ description: 'A sole trader (their number and name are personal data)' })
  naturalPerson!: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'A sole trader’s person id (to forget them by); null for a company',
  })
  personId!: string | null;

  @ApiProperty({ description: 'As the latest application names them; "[erased]" once forgotten' })
  name!: string;

  @ApiProperty({ example: 'Antwerpen' })
  province!: string;

  @ApiProperty({ type: [FoundBorrowerLoanDto], description: 'Newest application first' })
  loans!: FoundBorrowerLoanDto[];
}

export class FoundBorrowersDto {
  @ApiProperty({ example: '0403.170.701' })
  enterpriseNumber!: string;

  @ApiProperty({
    type: [FoundBorrowerDto],
    description:
      'Usually one: the company, or the sole trader; both when the number was given for a company and for a natural person',
  })
  borrowers!: FoundBorrowerDto[];
}
