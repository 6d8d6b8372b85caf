import { type Position, type ReadPosition, START } from '@kurrent/kurrentdb-client';
import { LOG_START, type StoredEvent } from '../event-store.port';
import { type LogRecord, readLogBatch } from './log-reader';
import { checkpointOf, compareLogPositions } from './positions';

/** A log of appends: each is [claims, events], the claims skipped, as the store writes them. */
function logOf(appends: number[], skipTail = 0): LogRecord[] {
  const records: LogRecord[] = [];
  let prepare = 100n;
  let n = 0;
  for (const size of appends) {
    const commit = prepare;
    const next = (): Position => {
      const position = { commit, prepare };
      prepare += 37n;
      return position;
    };
    for (let i = 0; i < size; i++) records.push({ position: next() });
    for (let i = 0; i < size; i++) {
      const position = next();
      records.push({
        position,
        event: { eventId: `e${++n}`, ...checkpointOf(position) } as StoredEvent,
      });
    }
  }
  for (let i = 0; i < skipTail; i++) {
    const position = { commit: prepare, prepare };
    prepare += 37n;
    records.push({ position });
  }
  return records;
}

/** Reads `log` as `$all` does: from a position inclusive (or exclusive, to test both). */
function pages(log: LogRecord[], inclusive = true) {
  const reads: { from: ReadPosition; maxCount: number }[] = [];
  const read = async (from: ReadPosition, maxCount: number) => {
    reads.push({ from, maxCount });
    const start =
      from === START
        ? 0
        : log.findIndex((r) => {
            const c = compareLogPositions(r.position, from as Position);
            return inclusive ? c >= 0 : c > 0;
          });
    return start < 0 ? [] : log.slice(start, start + maxCount);
  };
  return { read, reads };
}

const ids = (events: StoredEvent[]) => events.map((e) => e.eventId);

describe('readLogBatch', () => {
  it('keeps LOG_START when the log is empty', async () => {
    const from = LOG_START;
    const result = await readLogBatch(pages([]).read, from, 10);
    expect(result).toEqual({ events: [], checkpoint: LOG_START });
  });

  it.each([true, false])(
    'reads batches strictly after the checkpoint, each ending on its last event (inclusive reads: %s)',
    async (inclusive) => {
      const { read } = pages(logOf([5]), inclusive);
      const seen: string[][] = [];
      let checkpoint = LOG_START;
      for (let i = 0; i < 4; i++) {
        const batch = await readLogBatch(read, checkpoint, 2);
        seen.push(ids(batch.events));
        const last = batch.events[batch.events.length - 1];
        expect(batch.checkpoint).toEqual(
          last
            ? { transactionId: last.transactionId, globalPosition: last.globalPosition }
            : checkpoint,
        );
        checkpoint = batch.checkpoint;
      }
      expect(seen).toEqual([['e1', 'e2'], ['e3', 'e4'], ['e5'], []]);
    },
  );

  it('reads on past skipped records until it has a full batch', async () => {
    // Ten single-event appends: half of the log is claims.
    const { read, reads } = pages(logOf([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
    const batch = await readLogBatch(read, LOG_START, 7);
    expect(ids(batch.events)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
    expect(reads.length).toBeGreaterThanOrEqual(1);
  });

  it('reads on when one page holds nothing but skipped records', async () => {
    const log = logOf([30, 1]);
    const { read, reads } = pages(log);
    const batch = await readLogBatch(read, LOG_START, 3);
    expect(ids(batch.events)).toEqual(['e1', 'e2', 'e3']);
    // The first page (2 * 3 + 1 records) was all claims.
    expect(reads.length).toBeGreaterThan(1);
  });

  it('moves the checkpoint past skipped records at the end, so they are not read again', async () => {
    const log = logOf([1], 3);
    const { read } = pages(log);
    const first = await readLogBatch(read, LOG_START, 10);
    expect(ids(first.events)).toEqual(['e1']);
    expect(first.checkpoint).toEqual(checkpointOf(log[log.length - 1].position));
    const { read: again, reads } = pages(log);
    expect(await readLogBatch(again, first.checkpoint, 10)).toEqual({
      events: [],
      checkpoint: first.checkpoint,
    });
    expect(reads).toHaveLength(1);
  });

  it('never returns the event at the checkpoint again, nor one before it', async () => {
    const log = logOf([3, 3]);
    const { read } = pages(log);
    const all = await readLogBatch(read, LOG_START, 100);
    expect(ids(all.events)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
    const after = await readLogBatch(read, all.events[2], 100);
    expect(ids(after.events)).toEqual(['e4', 'e5', 'e6']);
  });
});
