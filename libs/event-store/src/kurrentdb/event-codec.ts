import { type EventData, jsonEvent, type Position } from '@kurrent/kurrentdb-client';
import type { EventMetadata, NewEvent, StoredEvent } from '../event-store.port';
import { checkpointOf } from './positions';
import { versionOfRevision } from './versions';

/*
 * Events are JSON: `data` is the port's data. Multi-stream appends take metadata only as string
 * properties (client 1.3, KurrentDB 25.1+), and the port's metadata holds numbers and may nest,
 * so it travels as JSON text in one property. The server hands properties back as a JSON object,
 * with its own `$`-keys beside ours.
 */
export const METADATA_PROPERTY = 'loanbook.metadata';

export function toEventData(event: NewEvent): EventData {
  return jsonEvent({
    id: event.eventId.toLowerCase(),
    type: event.type,
    data: event.data,
    metadata: { [METADATA_PROPERTY]: JSON.stringify(event.metadata) },
  });
}

/** What the adapter reads of a recorded event (the client's RecordedEvent has these fields). */
export interface RecordedLike {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  data: unknown;
  metadata: unknown;
  isJson: boolean;
  position?: Position;
}

/**
 * The port's event, or undefined when the record was not written by this store (its data is not
 * a JSON object, or its metadata lacks the store's property). `streamId` is the port's stream id.
 */
export function toStoredEvent(recorded: RecordedLike, streamId: string): StoredEvent | undefined {
  const data = jsonObject(recorded.data);
  const metadata = decodeMetadata(recorded.metadata);
  if (!data || !metadata) return undefined;
  if (!recorded.position) {
    // Servers before 22.6 leave positions out of stream reads; multi-stream appends need 25.1.
    throw new Error(
      `KurrentDB returned event ${recorded.id} without its log position: the server is too old`,
    );
  }
  const { transactionId, globalPosition } = checkpointOf(recorded.position);
  return {
    eventId: recorded.id.toLowerCase(),
    type: recorded.type,
    data,
    metadata,
    streamId,
    streamVersion: versionOfRevision(recorded.revision),
    globalPosition,
    transactionId,
  };
}

export function decodeMetadata(raw: unknown): EventMetadata | undefined {
  const properties = jsonObject(raw);
  const encoded = properties?.[METADATA_PROPERTY];
  if (typeof encoded !== 'string') return undefined;
  try {
    return jsonObject(JSON.parse(encoded)) as EventMetadata | undefined;
  } catch {
    return undefined;
  }
}

/** A JSON object, whether the client parsed it already or handed back its UTF-8 bytes. */
function jsonObject(value: unknown): Record<string, unknown> | undefined {
  if (value instanceof Uint8Array) {
    try {
      return jsonObject(JSON.parse(Buffer.from(value).toString('utf8')));
    } catch {
      return undefined;
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
