import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ValidationProblem } from './problem';
import { IsWholeNumberText, trimmed } from './validators';

/**
 * The paging every read-model list shares (GET /loans, /reminders, …): a page size, the previous
 * page's cursor, and read-your-writes. A list's DTO extends it with its filters.
 */
export class PageQueryDto {
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

export interface Page {
  limit: number;
  cursor?: string;
  minPosition?: number;
}

/** A page size as given (whole-number text, checked by the DTO), within 1..max; a 400 beyond. */
export function pageLimit(limit: string | undefined, byDefault: number, max: number): number {
  const value = limit === undefined ? byDefault : Number(limit);
  if (value < 1 || value > max) {
    throw new ValidationProblem([
      { field: 'limit', code: 'out-of-range', message: `limit must be from 1 to ${max}` },
    ]);
  }
  return value;
}

/** The page a PageQueryDto asks for. */
export function toPage(q: PageQueryDto): Page {
  return {
    limit: pageLimit(q.limit, 50, 200),
    ...(q.cursor !== undefined ? { cursor: q.cursor } : {}),
    ...(q.minPosition !== undefined ? { minPosition: Number(q.minPosition) } : {}),
  };
}
