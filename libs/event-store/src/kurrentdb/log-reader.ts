import type { Position, ReadPosition } from '@kurrent/kurrentdb-client';
import type { LogCheckpoint, ReadAllResult, StoredEvent } from '../event-store.port';
import { checkpointOf, isAfter, positionOf, readPositionFor } from './positions';

/** One record of `$all`: the port's event, or undefined for one the store skips. */
export interface LogRecord {
  position: Position;
  event?: StoredEvent;
}

/** Reads up to `maxCount` records of `$all` forwards from `from` (which may be included). */
export type LogPageReader = (from: ReadPosition, maxCount: number) => Promise<LogRecord[]>;

/**
 * The next batch of the global log strictly after `from`: up to `batchSize` of the port's events,
 * reading on past skipped records (system events, other prefixes, id claims) until it has them or
 * reaches the end. The checkpoint is the last record read, skipped or not, so the next call does
 * not read skipped records again. `$all` is final at commit: nothing can appear behind it later.
 */
export async function readLogBatch(
  readPage: LogPageReader,
  from: LogCheckpoint,
  batchSize: number,
): Promise<ReadAllResult> {
  let cursor = positionOf(from);
  let moved = false;
  const events: StoredEvent[] = [];
  for (;;) {
    // About one claim per event, plus the record at `from` when the read includes it.
    const maxCount = 2 * (batchSize - events.length) + 1;
    const page = await readPage(readPositionFor(cursor), maxCount);
    for (const record of page) {
      if (!isAfter(record.position, cursor)) continue;
      cursor = record.position;
      moved = true;
      if (record.event) events.push(record.event);
      if (events.length === batchSize) return { events, checkpoint: checkpointOf(cursor) };
    }
    if (page.length < maxCount) {
      return { events, checkpoint: moved ? checkpointOf(cursor) : from };
    }
  }
}
