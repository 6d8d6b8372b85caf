import type { EventMetadata, StoredEvent } from '../event-store.port';
import { toSafeNumber } from './sql-executor';

/** The select list every read uses, so both reads map rows the same way. */
export const EVENT_COLUMNS = `event_id::text AS event_id, stream_id, stream_version, type, data, metadata,
  global_position, transaction_id::text AS transaction_id`;

export interface EventRow {
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  global_position: string | number;
  transaction_id: string;
}

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    globalPosition: toSafeNumber(row.global_position, 'global position'),
    transactionId: row.transaction_id,
    data: row.data,
    metadata: row.metadata,
  };
}
