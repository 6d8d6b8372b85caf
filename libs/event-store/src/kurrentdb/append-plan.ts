import { type AppendStreamRequest, NO_STREAM } from '@kurrent/kurrentdb-client';
import { randomUUID } from 'node:crypto';
import {
  type AppendOptions,
  EventIdConflictError,
  type ExpectedVersion,
  type NewEvent,
  type StreamAppend,
} from '../event-store.port';
import { toEventData } from './event-codec';
import { CLAIM_EVENT_TYPE, claimData } from './id-claims';
import { assertWritableStreamId, type StreamNames } from './stream-names';
import { assertExpectedVersion, expectedStateFor } from './versions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One stream's part of an append, checked; nothing sent yet. */
export interface PlannedStream {
  streamId: string;
  expectedVersion: ExpectedVersion;
  events: readonly NewEvent[];
  /** Lower-case, in the order of `events`. */
  eventIds: readonly string[];
}

function isJsonObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates one stream's append as the SQL adapters do (RangeError, EventIdConflictError). */
export function planStream(
  streamId: string,
  events: readonly NewEvent[],
  options: AppendOptions,
): PlannedStream {
  assertWritableStreamId(streamId);
  if (!Array.isArray(events) || events.length === 0) {
    throw new RangeError(`append to ${streamId} needs at least one event`);
  }
  assertExpectedVersion(options?.expectedVersion);
  const eventIds = events.map((e) => {
    if (typeof e.eventId !== 'string' || !UUID.test(e.eventId)) {
      throw new RangeError(`event id ${String(e.eventId)} is not a UUID`);
    }
    if (typeof e.type !== 'string' || e.type.length === 0 || e.type.startsWith('$')) {
      // `$`-types are KurrentDB's system events, which the global log leaves out.
      throw new RangeError(
        `event ${e.eventId}: type must be a non-empty string not starting with $`,
      );
    }
    if (!isJsonObject(e.data) || !isJsonObject(e.metadata)) {
      throw new RangeError(`event ${e.eventId}: data and metadata must be JSON objects`);
    }
    return e.eventId.toLowerCase();
  });
  const repeated = eventIds.filter((id, i) => eventIds.indexOf(id) !== i);
  if (repeated.length > 0) throw new EventIdConflictError(streamId, [...new Set(repeated)]);
  return { streamId, expectedVersion: options.expectedVersion, events, eventIds };
}

/** Validates a multi-stream append; the plan keeps the order of `appends`. */
export function planStreams(appends: readonly StreamAppend[]): PlannedStream[] {
  if (!Array.isArray(appends) || appends.length === 0) {
    throw new RangeError('appendToStreams needs at least one stream');
  }
  const plan = appends.map((a) => planStream(a.streamId, a.events, a));
  const streamIds = plan.map((p) => p.streamId);
  const twice = streamIds.find((id, i) => streamIds.indexOf(id) !== i);
  if (twice !== undefined) {
    throw new RangeError(`stream ${twice} appears more than once in one appendToStreams`);
  }
  const seen = new Set<string>();
  for (const p of plan) {
    const repeated = p.eventIds.filter((id) => seen.has(id));
    if (repeated.length > 0) throw new EventIdConflictError(p.streamId, repeated);
    for (const id of p.eventIds) seen.add(id);
  }
  return plan;
}

export function inStreamIdOrder(plan: readonly PlannedStream[]): PlannedStream[] {
  return [...plan].sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0));
}

/**
 * The requests of one atomic multi-stream append: a claim per event id, then the events, each
 * stream expected at the version in `versions` (its fixed expected version, or the one read for
 * `'any'`: a claim names the version its event gets, so the writer must know it beforehand).
 * Claims go first so that every append ends, in `$all`, on one of the port's events: a reader at
 * the end of the log then stops on an event it returns, not on bookkeeping.
 * Claim event ids are fresh on every attempt, so the server can never take a repeated attempt
 * for an idempotent write of the claims and skip the check that tells retries from conflicts.
 */
export function buildRequests(
  sorted: readonly PlannedStream[],
  versions: ReadonlyMap<string, number>,
  names: StreamNames,
  newId: () => string = randomUUID,
): AppendStreamRequest[] {
  const claims: AppendStreamRequest[] = [];
  const writes: AppendStreamRequest[] = [];
  for (const stream of sorted) {
    const version = versions.get(stream.streamId);
    if (version === undefined) throw new Error(`no version for stream ${stream.streamId}`);
    stream.eventIds.forEach((eventId, i) => {
      claims.push({
        streamName: names.claim(eventId),
        expectedState: NO_STREAM,
        events: [
          {
            id: newId(),
            contentType: 'application/json',
            type: CLAIM_EVENT_TYPE,
            data: claimData({ streamId: stream.streamId, streamVersion: version + i + 1 }),
            metadata: undefined,
          },
        ],
      });
    });
    writes.push({
      streamName: names.stored(stream.streamId),
      expectedState: expectedStateFor(version),
      events: stream.events.map(toEventData),
    });
  }
  return [...claims, ...writes];
}
