import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import type { LocalDate } from '@js-joda/core';
import { parseBusinessDate } from '@loanbook/domain';
import { IsBusinessDate } from '../../http/validators';

/** The ledger as it stood at the end of a business day: the movements dated later left out. */
export class AsOfQueryDto {
  @ApiPropertyOptional({
    example: '2018-09-01',
    format: 'date',
    description: 'Business date to read the ledger and the arrears as of (default: today)',
  })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}

/** The day asked for; absent: the query service's today. */
export const toAsOf = (q: AsOfQueryDto): LocalDate | undefined =>
  q.asOf === undefined ? undefined : parseBusinessDate(q.asOf);
