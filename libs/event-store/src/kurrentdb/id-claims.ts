import { EventIdConflictError } from '../event-store.port';

/*
 * KurrentDB deduplicates event ids only within a stream and cannot look an event up by id. The
 * port needs both, so every append also writes, in the same atomic multi-stream append, one
 * claim event per event id to the stream `<prefix>loanbook-event-id-<id>`, expecting that stream
 * not to exist. A second writer of the same id fails on the claim; the claims it then reads say
 * whether its append is a retry of a stored one (answered, nothing written) or a conflict.
 */

export const CLAIM_EVENT_TYPE = 'LoanbookEventIdClaimed';

/** Where the event with the claimed id is stored (the port's stream id and version). */
export interface EventIdClaim {
  streamId: string;
  streamVersion: number;
}

export function claimData(claim: EventIdClaim): Record<string, unknown> {
  return { streamId: claim.streamId, streamVersion: claim.streamVersion };
}

export function parseClaim(data: unknown): EventIdClaim | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { streamId, streamVersion } = data as Record<string, unknown>;
  if (typeof streamId !== 'string' || streamId.length === 0) return undefined;
  if (
    typeof streamVersion !== 'number' ||
    !Number.isSafeInteger(streamVersion) ||
    streamVersion < 1
  )
    return undefined;
  return { streamId, streamVersion };
}

export interface ClaimedStream {
  streamId: string;
  /** Lower-case, in the order of the append. */
  eventIds: readonly string[];
}

export type ClaimVerdict =
  /** No id is stored: the append failed on a stream's expected version. */
  | { kind: 'unclaimed' }
  /** Every stream is a full retry: its ids, in its stream, in order. Versions of the last event. */
  | { kind: 'retry'; versions: ReadonlyMap<string, number> }
  | { kind: 'conflict'; error: EventIdConflictError };

/**
 * Judges an append (streams in stream-id order) by the claims found for its ids, as the SQL
 * adapters do: an append whose streams are all retries of what is stored writes nothing and
 * answers as the original did; any other overlap is an EventIdConflictError naming the first
 * culprit in stream-id order (a partly stored stream before a fully stored one).
 */
export function judgeClaims(
  sorted: readonly ClaimedStream[],
  claims: ReadonlyMap<string, EventIdClaim>,
): ClaimVerdict {
  const storedIds = (s: ClaimedStream) => s.eventIds.filter((id) => claims.has(id));
  const retried = sorted.filter((s) => storedIds(s).length > 0);
  if (retried.length === 0) return { kind: 'unclaimed' };
  const conflict = (s: ClaimedStream): ClaimVerdict => ({
    kind: 'conflict',
    error: new EventIdConflictError(s.streamId, storedIds(s)),
  });
  if (retried.length < sorted.length) {
    return conflict(retried.find((s) => storedIds(s).length < s.eventIds.length) ?? retried[0]);
  }
  const versions = new Map<string, number>();
  for (const stream of sorted) {
    const own = stream.eventIds.map((id) => claims.get(id));
    const first = own[0];
    const isRetry =
      first !== undefined &&
      own.every(
        (claim, i) =>
          claim !== undefined &&
          claim.streamId === stream.streamId &&
          claim.streamVersion === first.streamVersion + i,
      );
    if (!isRetry) return conflict(stream);
    versions.set(stream.streamId, first.streamVersion + own.length - 1);
  }
  return { kind: 'retry', versions };
}
