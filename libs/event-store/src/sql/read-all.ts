import type { LogCheckpoint, ReadAllOptions, ReadAllResult } from '../event-store.port';
import { EVENT_COLUMNS, type EventRow, toStoredEvent } from './rows';
import type { SqlExecutor } from './sql-executor';

export const DEFAULT_BATCH_SIZE = 1000;

// Only transactions older than the oldest one still running are read: any transaction that
// could still commit has an xid at or above that horizon, so nothing can later appear behind
// the checkpoint. Ordering by the sequence alone would skip events committed late.
// This statement must not draw an xid itself (no pg_current_xact_id, no writes), or the
// reader would hold its own horizon back.
// The columns are qualified: the select list has an output column `transaction_id` that is
// text, and an unqualified ORDER BY name means the output column ('1000' < '999').
const READ_ALL_SQL = `SELECT ${EVENT_COLUMNS}
  FROM events e
 WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
   AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
 ORDER BY e.transaction_id, e.global_position
 LIMIT $3`;

const DECIMAL = /^\d+$/;

export async function readAll(
  db: SqlExecutor,
  from: LogCheckpoint,
  options: ReadAllOptions = {},
): Promise<ReadAllResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, got ${String(batchSize)}`);
  }
  if (
    !DECIMAL.test(from.transactionId) ||
    !Number.isSafeInteger(from.globalPosition) ||
    from.globalPosition < 0
  ) {
    throw new RangeError(`invalid log checkpoint ${JSON.stringify(from)}`);
  }
  const rows = await db.query<EventRow>(READ_ALL_SQL, [
    from.transactionId,
    from.globalPosition,
    batchSize,
  ]);
  const events = rows.map(toStoredEvent);
  const last = events[events.length - 1];
  return {
    events,
    checkpoint: last
      ? { transactionId: last.transactionId, globalPosition: last.globalPosition }
      : from,
  };
}
