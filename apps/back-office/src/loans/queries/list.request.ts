import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { actorKey, LOAN_LIFECYCLE_STATUSES, PRODUCT_CODES } from '@loanbook/domain';
import { ARREARS_BUCKETS, type ArrearsBucket } from '@loanbook/projections/read-models';
import { PageQueryDto, toPage } from '../../http/page-query';
import { IsBusinessDate, IsEnterpriseNumber, trimmed } from '../../http/validators';

/** Every status a loan reaches (the read model keeps them all). */
export const LOAN_STATUSES = LOAN_LIFECYCLE_STATUSES;

export class ListLoansQueryDto extends PageQueryDto {
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
  const { limit, cursor, minPosition } = toPage(q);
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
    cursor,
    minPosition,
  };
}
