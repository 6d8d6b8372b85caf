import {
  type AppendOptions,
  type AppendResult,
  EventIdConflictError,
  type ExpectedVersion,
  type NewEvent,
  WrongExpectedVersionError,
} from '../event-store.port';
import { isUniqueViolation, type SqlExecutor, toSafeNumber } from './sql-executor';

/** One round trip: the check, the version bump and the inserts happen in `append_to_stream`. */
const APPEND_SQL = `SELECT append_status, next_version, last_position,
       conflicting_event_ids::text[] AS conflicting_event_ids
  FROM append_to_stream($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[], $7::timestamptz[])`;

const ANY_VERSION = -1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function expectedVersionParam(expected: ExpectedVersion): number {
  if (expected === 'any') return ANY_VERSION;
  if (expected === 'no-stream') return 0;
  if (!Number.isSafeInteger(expected) || expected < 0 || expected > 2_147_483_647) {
    throw new RangeError(
      `expected version must be 'any', 'no-stream' or an integer >= 0, got ${String(expected)}`,
    );
  }
  return expected;
}

function isJsonObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A timestamp PostgreSQL will accept, or null to let the database use now(). */
function recordedAtParam(recordedAt: unknown): string | null {
  if (typeof recordedAt !== 'string') return null;
  const ms = Date.parse(recordedAt);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** An append checked and turned into `append_to_stream` parameters, not yet executed. */
export interface PreparedAppend {
  streamId: string;
  expectedVersion: ExpectedVersion;
  /** Lower-case, so that ids compare by string with the stored ones. */
  eventIds: string[];
  params: unknown[];
}

/** Validates an append (throws RangeError or EventIdConflictError) without touching the database. */
export function prepareAppend(
  streamId: string,
  events: NewEvent[],
  options: AppendOptions,
): PreparedAppend {
  if (typeof streamId !== 'string' || streamId.length === 0) {
    throw new RangeError('stream id must be a non-empty string');
  }
  if (!Array.isArray(events) || events.length === 0) {
    // "Append nothing" has no version or position to answer with; it is a caller bug.
    throw new RangeError(`append to ${streamId} needs at least one event`);
  }
  const expected = expectedVersionParam(options.expectedVersion);

  // Stored uuids come back lower-case; normalising here keeps ids comparable by string.
  const eventIds = events.map((e) => {
    if (typeof e.eventId !== 'string' || !UUID.test(e.eventId)) {
      throw new RangeError(`event id ${String(e.eventId)} is not a UUID`);
    }
    if (!isJsonObject(e.data) || !isJsonObject(e.metadata)) {
      throw new RangeError(`event ${e.eventId}: data and metadata must be JSON objects`);
    }
    return e.eventId.toLowerCase();
  });
  const duplicates = eventIds.filter((id, i) => eventIds.indexOf(id) !== i);
  if (duplicates.length > 0) {
    throw new EventIdConflictError(streamId, [...new Set(duplicates)]);
  }

  return {
    streamId,
    expectedVersion: options.expectedVersion,
    eventIds,
    params: [
      streamId,
      expected,
      eventIds,
      events.map((e) => e.type),
      // Serialised here so that both drivers only ever put strings into the array literal.
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => JSON.stringify(e.metadata)),
      events.map((e) => recordedAtParam(e.metadata.recordedAt)),
    ],
  };
}

/** One append's answer from `append_to_stream` (or one row of `append_to_streams_each`). */
export interface AppendRow {
  append_status: 'appended' | 'idempotent' | 'id_conflict' | 'wrong_version';
  next_version: number | null;
  last_position: string | number | null;
  conflicting_event_ids: string[] | null;
}

/** Runs a prepared append and maps `append_to_stream`'s answer to a result or an error. */
export async function executeAppend(
  db: SqlExecutor,
  append: PreparedAppend,
): Promise<AppendResult> {
  let row: AppendRow | undefined;
  try {
    [row] = await db.query<AppendRow>(APPEND_SQL, append.params);
  } catch (error) {
    // Only reachable when another stream stores the same id concurrently (different stream
    // lock); everything else about ids is decided inside the function.
    if (isUniqueViolation(error, 'events_event_id_unique')) {
      throw new EventIdConflictError(append.streamId, append.eventIds);
    }
    throw error;
  }
  return appendOutcome(append, row);
}

/** The append's result, or the error its status stands for. */
export function appendOutcome(append: PreparedAppend, row: AppendRow | undefined): AppendResult {
  const { streamId, eventIds } = append;
  if (!row) throw new Error('append_to_stream returned no row');
  switch (row.append_status) {
    case 'appended':
    case 'idempotent':
      return {
        streamId,
        nextExpectedVersion: row.next_version ?? 0,
        lastGlobalPosition: toSafeNumber(row.last_position, 'global position'),
        written: row.append_status === 'appended',
      };
    case 'wrong_version':
      throw new WrongExpectedVersionError(streamId, append.expectedVersion, row.next_version ?? 0);
    case 'id_conflict':
      throw new EventIdConflictError(streamId, [...(row.conflicting_event_ids ?? eventIds)]);
    default:
      throw new Error(`append_to_stream returned unknown status ${String(row.append_status)}`);
  }
}

export async function appendToStream(
  db: SqlExecutor,
  streamId: string,
  events: NewEvent[],
  options: AppendOptions,
): Promise<AppendResult> {
  return executeAppend(db, prepareAppend(streamId, events, options));
}
