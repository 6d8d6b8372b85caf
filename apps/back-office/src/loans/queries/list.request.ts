import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { actorKey, LOAN_LIFECYCLE_STATUSES, PRODUCT_CODES } from '@loanbook/domain';
import { ARREARS_BUCKETS, type ArrearsBucket } from '@loanbook/projections/read-models';
import { ValidationProblem } from '../../http/problem';
import {
  IsBusinessDate,
  IsEnterpriseNumber,
  IsWholeNumberText,
  trimmed,
} from '../../http/validators';

/** Every status a loan reaches (the read model keeps them all). */
export const LOAN_STATUSES = LOAN_LIFECYCLE_STATUSES;

export class ListLoansQueryDto {
  @ApiPropertyOptional({ enum: PRODUCT_CODES })
  @IsOptional()
  @IsIn(PRODUCT_CODES)
  productCode?: string;

  @ApiPropertyOptional({ enum: LOAN_STATUSES })
  @IsOptional()
  @IsIn(LOAN_STATUSES)
  status?: string;

  @ApiPropertyOptional({
    description:
      'The borrower’s enterprise number, with or without dots and spaces (0403.170.701, 0403 170 701, 0403170701): a company’s loans, or a sole trader’s',
    example: '0403.170.701',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/\s+/g, '') : value,
  )
  @IsEnterpriseNumber()
  enterpriseNumber?: string;

  @ApiPropertyOptional({
    description:
      'Search: the words of a company’s name, each the start of a word of it, whatever the case and accents ("bakkerij jan"); or a file number (IK-2022-0042: that loan; IK-2022: the words’ matches); or the start of a loan id (at least 4 hexadecimal digits); or an enterprise number. A sole trader’s name is personal data, kept sealed: find them by their number',
    example: 'bakkerij jan',
  })
  @IsOptional()
  @trimmed()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    enum: ['second-approval'],
    description:
      'second-approval: the applications whose approval waits for a second credit officer, but for those the caller proposed or registered (four eyes): the officers’ queue',
  })
  @IsOptional()
  @IsIn(['second-approval'])
  awaiting?: string;

  @ApiPropertyOptional({
    description:
      'A credit officer’s user id (the token’s sub, case aside): the loans they proposed, approved or refused',
    example: 'officer-bart',
  })
  @IsOptional()
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  officer?: string;

  @ApiPropertyOptional({
    enum: ARREARS_BUCKETS,
    description:
      'Active loans in arrears at the end of arrearsAsOf (default today), by days past due as the portfolio report counts them: any (1 or more), 1-30, 31-90, over-90. Each item then carries daysPastDue',
  })
  @IsOptional()
  @IsIn(ARREARS_BUCKETS)
  arrears?: string;

  @ApiPropertyOptional({
    description: 'The day the arrears filter counts at the end of',
    format: 'date',
  })
  @IsOptional()
  @IsBusinessDate()
  arrearsAsOf?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 200,
    default: 50,
    description: 'Page size, 1 to 200 (default 50)',
  })
  @IsOptional()
  @IsWholeNumberText()
  limit?: string;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @trimmed()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: 'Wait until the list has reached this global position',
  })
  @IsOptional()
  @IsWholeNumberText()
  minPosition?: string;
}

/** A page of the loans read model as the query service asks for it (loan-queries.service.ts). */
export interface LoanListRequest {
  productCode?: string;
  status?: string;
  /** A borrower's enterprise number as given. */
  enterpriseNumber?: string;
  /** A search box's text (loan-search.ts). */
  search?: string;
  /** The officers' queue, without what this actor (actorKey) proposed or registered. */
  awaitingSecondApproval?: { notByActorKey: string };
  /** The loans this credit officer (actorKey) proposed, approved or refused. */
  officerKey?: string;
  /** In arrears by a bucket, at the end of asOf (absent: today). */
  arrears?: { bucket: ArrearsBucket; asOf?: string };
  limit: number;
  cursor?: string;
  minPosition?: number;
}

/** The list's query string as the query service takes it, for the user who asks. */
export function toListRequest(q: ListLoansQueryDto, callerId: string): LoanListRequest {
  const limit = q.limit === undefined ? 50 : Number(q.limit);
  if (limit < 1 || limit > 200) {
    throw new ValidationProblem([
      { field: 'limit', code: 'out-of-range', message: 'limit must be from 1 to 200' },
    ]);
  }
  return {
    productCode: q.productCode,
    status: q.status,
    enterpriseNumber: q.enterpriseNumber,
    search: q.q,
    awaitingSecondApproval:
      q.awaiting === 'second-approval' ? { notByActorKey: actorKey(callerId) } : undefined,
    officerKey: q.officer === undefined ? undefined : actorKey(q.officer),
    arrears:
      q.arrears === undefined
        ? undefined
        : { bucket: q.arrears as ArrearsBucket, asOf: q.arrearsAsOf },
    limit,
    cursor: q.cursor,
    minPosition: q.minPosition === undefined ? undefined : Number(q.minPosition),
  };
}
