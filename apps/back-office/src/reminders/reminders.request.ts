import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { parseBusinessDate, REMINDER_LEVELS } from '@loanbook/domain';
import type { ReminderListQuery } from '@loanbook/projections/read-models';
import { ValidationProblem } from '../http/problem';
import { IsBusinessDate, IsWholeNumberText, trimmed } from '../http/validators';

/** GET /reminders: the work queue's filters and page. */
export class ListRemindersQueryDto {
  @ApiPropertyOptional({ enum: REMINDER_LEVELS, description: 'Only reminders of this level' })
  @IsOptional()
  @IsIn(REMINDER_LEVELS)
  level?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Issued on or after this day' })
  @IsOptional()
  @IsBusinessDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Issued on or before this day' })
  @IsOptional()
  @IsBusinessDate()
  to?: string;

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
    description: 'Wait until the work queue has reached this global position',
  })
  @IsOptional()
  @IsWholeNumberText()
  minPosition?: string;
}

/** The query string as the read model takes it; a range that ends before it starts is a 400. */
export function toReminderListQuery(
  q: ListRemindersQueryDto,
): ReminderListQuery & { minPosition?: number } {
  const limit = q.limit === undefined ? 50 : Number(q.limit);
  if (limit < 1 || limit > 200) {
    throw new ValidationProblem([
      { field: 'limit', code: 'out-of-range', message: 'limit must be from 1 to 200' },
    ]);
  }
  if (
    q.from !== undefined &&
    q.to !== undefined &&
    parseBusinessDate(q.to).isBefore(parseBusinessDate(q.from))
  ) {
    throw new ValidationProblem([
      { field: 'to', code: 'range', message: 'to must not lie before from' },
    ]);
  }
  return {
    ...(q.level !== undefined ? { level: q.level as ReminderListQuery['level'] } : {}),
    ...(q.from !== undefined ? { from: q.from } : {}),
    ...(q.to !== undefined ? { to: q.to } : {}),
    limit,
    ...(q.cursor !== undefined ? { cursor: q.cursor } : {}),
    ...(q.minPosition !== undefined ? { minPosition: Number(q.minPosition) } : {}),
  };
}
