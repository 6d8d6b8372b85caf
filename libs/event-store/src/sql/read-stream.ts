import type { ReadStreamOptions, StoredEvent } from '../event-store.port';
import { EVENT_COLUMNS, type EventRow, toStoredEvent } from './rows';
import type { SqlExecutor } from './sql-executor';

// LIMIT NULL means no limit, so one statement covers "maxCount not given".
const READ_STREAM_SQL = `SELECT ${EVENT_COLUMNS}
  FROM events
 WHERE stream_id = $1 AND stream_version >= $2
 ORDER BY stream_version
 LIMIT $3`;

export async function readStream(
  db: SqlExecutor,
  streamId: string,
  options: ReadStreamOptions = {},
): Promise<StoredEvent[]> {
  const fromVersion = options.fromVersion ?? 1;
  const maxCount = options.maxCount ?? null;
  if (!Number.isInteger(fromVersion)) {
    throw new RangeError(`fromVersion must be an integer, got ${String(fromVersion)}`);
  }
  if (maxCount !== null && (!Number.isInteger(maxCount) || maxCount < 0)) {
    throw new RangeError(`maxCount must be a non-negative integer, got ${String(maxCount)}`);
  }
  if (maxCount === 0) return [];
  const rows = await db.query<EventRow>(READ_STREAM_SQL, [
    streamId,
    Math.max(fromVersion, 1),
    maxCount,
  ]);
  return rows.map(toStoredEvent);
}
