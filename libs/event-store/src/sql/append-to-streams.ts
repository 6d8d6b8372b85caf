import {
  type AppendResult,
  EventIdConflictError,
  type StreamAppend,
  WrongExpectedVersionError,
} from '../event-store.port';
import { executeAppend, type PreparedAppend, prepareAppend } from './append-to-stream';
import type { SqlDatabase } from './sql-executor';

const LOCK_SQL = 'SELECT lock_streams($1::text[])';

// Under the locks nothing can change these, so every failure is known before anything is
// written: a losing multi-stream append burns no global position either.
const PRECHECK_SQL = `SELECT
  (SELECT coalesce(jsonb_object_agg(s.stream_id, s.version), '{}'::jsonb)
     FROM streams s WHERE s.stream_id = ANY ($1::text[])) AS versions,
  ARRAY(SELECT e.event_id::text FROM events e WHERE e.event_id = ANY ($2::uuid[])) AS stored_ids`;

interface PrecheckRow {
  versions: Record<string, number>;
  stored_ids: string[];
}

/**
 * All or nothing, in one transaction: lock every stream, check every expected version and
 * event id, then `append_to_stream` per stream in stream-id order.
 */
export async function appendToStreams(
  db: SqlDatabase,
  appends: readonly StreamAppend[],
): Promise<AppendResult[]> {
  if (!Array.isArray(appends) || appends.length === 0) {
    throw new RangeError('appendToStreams needs at least one stream');
  }
  const prepared = appends.map((a) => prepareAppend(a.streamId, a.events, a));
  const streamIds = prepared.map((p) => p.streamId);
  const repeatedStream = streamIds.find((id, i) => streamIds.indexOf(id) !== i);
  if (repeatedStream !== undefined) {
    throw new RangeError(`stream ${repeatedStream} appears more than once in one appendToStreams`);
  }
  const owner = new Map<string, string>();
  for (const p of prepared) {
    const repeated = p.eventIds.filter((id) => owner.has(id));
    if (repeated.length > 0) throw new EventIdConflictError(p.streamId, repeated);
    for (const id of p.eventIds) owner.set(id, p.streamId);
  }
  const order = prepared
    .map((p, index) => ({ p, index }))
    .sort((a, b) => (a.p.streamId < b.p.streamId ? -1 : a.p.streamId > b.p.streamId ? 1 : 0));

  return db.transaction(async (tx) => {
    await tx.query(LOCK_SQL, [streamIds]);
    const [row] = await tx.query<PrecheckRow>(PRECHECK_SQL, [streamIds, [...owner.keys()]]);
    precheck(
      order.map((o) => o.p),
      row?.versions ?? {},
      new Set(row?.stored_ids ?? []),
    );

    const results: AppendResult[] = new Array<AppendResult>(prepared.length);
    for (const { p, index } of order) results[index] = await executeAppend(tx, p);
    // Retrying a multi-stream append answers only if it was entirely stored before.
    const retried = results.filter((r) => !r.written);
    if (retried.length > 0 && retried.length < results.length) {
      const first = prepared.find((p) => p.streamId === retried[0].streamId)!;
      throw new EventIdConflictError(first.streamId, first.eventIds);
    }
    return results;
  });
}

function precheck(
  sorted: PreparedAppend[],
  versions: Record<string, number>,
  storedIds: Set<string>,
): void {
  const stored = (p: PreparedAppend) => p.eventIds.filter((id) => storedIds.has(id)).length;
  // Any stored id: append_to_stream tells a retry from a conflict, and nothing is written
  // before it does unless a stream of this very append is a plain new append (mixed).
  const retries = sorted.filter((p) => stored(p) > 0);
  if (retries.length > 0 && retries.length < sorted.length) {
    const partial = retries.find((p) => stored(p) < p.eventIds.length);
    const culprit = partial ?? retries[0];
    throw new EventIdConflictError(
      culprit.streamId,
      culprit.eventIds.filter((id) => storedIds.has(id)),
    );
  }
  if (retries.length > 0) return;
  for (const p of sorted) {
    const actual = versions[p.streamId] ?? 0;
    const expected = p.expectedVersion;
    const ok =
      expected === 'any' || (expected === 'no-stream' ? actual === 0 : actual === expected);
    if (!ok) throw new WrongExpectedVersionError(p.streamId, expected, actual);
  }
}
