import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsInstant, IsWholeNumberText, trimmed } from '../http/validators';

const LANGUAGES = ['nl', 'fr', 'en'] as const;

/** What every query of the books takes: read-your-writes, knownAt, the names' language. */
export class BooksQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: 'Wait (a few seconds) until the books have reached this global position',
  })
  @IsOptional()
  @IsWholeNumberText()
  minPosition?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'The books as known at this instant: only the entries of events recorded by then (the read models the as-of entries need are replayed for it)',
  })
  @IsOptional()
  @IsInstant()
  knownAt?: string;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    default: 'nl',
    description: 'The language of the account names',
  })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: 'nl' | 'fr' | 'en';
}

/** A range of business dates, both included. */
export class BooksRangeQueryDto extends BooksQueryDto {
  @ApiProperty({ format: 'date', description: 'First business date, included' })
  @IsDefined()
  @IsBusinessDate()
  from!: string;

  @ApiProperty({ format: 'date', description: 'Last business date, included' })
  @IsDefined()
  @IsBusinessDate()
  to!: string;
}

export class JournalQueryDto extends BooksRangeQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 500,
    default: 100,
    description: 'Entries a page, 1 to 500 (default 100); CSV and XLSX hold the whole range',
  })
  @IsOptional()
  @IsWholeNumberText()
  limit?: string;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @trimmed()
  @IsString()
  @MaxLength(300)
  cursor?: string;
}

export class TrialBalanceQueryDto extends BooksQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'The business date at whose end the balances stand (default: today)',
  })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}
