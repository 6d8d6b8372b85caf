import { type Position, type ReadPosition, START } from '@kurrent/kurrentdb-client';
import type { LogCheckpoint } from '../event-store.port';

/*
 * `$all` is totally ordered by (commit, prepare). The events of one append share its commit
 * position, so commit plays the part of the SQL adapters' transaction id and prepare that of
 * the global position: StoredEvent.transactionId = String(commit), globalPosition = prepare.
 */

const DECIMAL = /^\d+$/;

/** A prepare position as the port's globalPosition; throws if a JS number cannot hold it exactly. */
export function globalPositionOf(prepare: bigint): number {
  const position = Number(prepare);
  if (prepare < 0n || !Number.isSafeInteger(position)) {
    throw new RangeError(
      `KurrentDB prepare position ${prepare.toString()} is not a safe integer and cannot be a globalPosition`,
    );
  }
  return position;
}

export function checkpointOf(position: Position): LogCheckpoint {
  return {
    transactionId: position.commit.toString(),
    globalPosition: globalPositionOf(position.prepare),
  };
}

/** The log position a checkpoint names; RangeError when it is not one. */
export function positionOf(checkpoint: LogCheckpoint): Position {
  if (
    typeof checkpoint !== 'object' ||
    checkpoint === null ||
    typeof checkpoint.transactionId !== 'string' ||
    !DECIMAL.test(checkpoint.transactionId) ||
    !Number.isSafeInteger(checkpoint.globalPosition) ||
    checkpoint.globalPosition < 0
  ) {
    throw new RangeError(`invalid log checkpoint ${JSON.stringify(checkpoint)}`);
  }
  return { commit: BigInt(checkpoint.transactionId), prepare: BigInt(checkpoint.globalPosition) };
}

/** Where to start reading `$all` for the events after `from` (LOG_START: the beginning). */
export function readPositionFor(from: Position): ReadPosition {
  return from.commit === 0n && from.prepare === 0n ? START : from;
}

export function compareLogPositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** Strictly after: reading `$all` from a position may return the event at that position. */
export function isAfter(position: Position, from: Position): boolean {
  return compareLogPositions(position, from) > 0;
}

/** Stored events in log order (commit, then prepare), compared exactly as BigInt. */
export function inLogOrder<E extends LogCheckpoint>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => compareLogPositions(positionOf(a), positionOf(b)));
}
