import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { parseBusinessDate, REMINDER_LEVELS } from '@loanbook/domain';
import type { ReminderListQuery } from '@loanbook/projections/read-models';
import { ValidationProblem } from '../http/problem';
import { PageQueryDto, toPage } from '../http/page-query';
import { IsBusinessDate } from '../http/validators';

/** GET /reminders: the work queue's filters and page. */
export class ListRemindersQueryDto extends PageQueryDto {
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
}

/** The query string as the read model takes it; a range that ends before it starts is a 400. */
export function toReminderListQuery(
  q: ListRemindersQueryDto,
): ReminderListQuery & { minPosition?: number } {
  const page = toPage(q);
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
    ...page,
  };
}
