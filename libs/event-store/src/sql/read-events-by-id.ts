import type { StoredEvent } from '../event-store.port';
import { EVENT_COLUMNS, type EventRow, toStoredEvent } from './rows';
import type { SqlExecutor } from './sql-executor';

// The unique index on event_id answers this; committed events only, like every read.
const READ_EVENTS_BY_ID_SQL = `SELECT ${EVENT_COLUMNS}
  FROM events
 WHERE event_id = ANY($1::uuid[])
 ORDER BY global_position`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function readEventsById(
  db: SqlExecutor,
  eventIds: readonly string[],
): Promise<StoredEvent[]> {
  const bad = eventIds.find((id) => !UUID.test(id));
  if (bad !== undefined) throw new RangeError(`event ids are UUIDs, got ${bad}`);
  if (eventIds.length === 0) return [];
  const rows = await db.query<EventRow>(READ_EVENTS_BY_ID_SQL, [eventIds]);
  return rows.map(toStoredEvent);
}
