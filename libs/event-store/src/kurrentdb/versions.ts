import { type AppendStreamState, NO_STREAM } from '@kurrent/kurrentdb-client';
import { type ExpectedVersion, WrongExpectedVersionError } from '../event-store.port';

/*
 * The port counts versions from 1 (0 = no stream); KurrentDB counts revisions from 0.
 * Version n is revision n - 1.
 */

export function assertExpectedVersion(expected: unknown): asserts expected is ExpectedVersion {
  if (expected === 'any' || expected === 'no-stream') return;
  if (typeof expected !== 'number' || !Number.isSafeInteger(expected) || expected < 0) {
    throw new RangeError(
      `expected version must be 'any', 'no-stream' or an integer >= 0, got ${String(expected)}`,
    );
  }
}

/** The version the stream must be at for the append, when the writer fixed it. */
export function fixedVersionOf(expected: ExpectedVersion): number | undefined {
  if (expected === 'any') return undefined;
  return expected === 'no-stream' ? 0 : expected;
}

/** The expected state to send for a stream that must be at `version`. */
export function expectedStateFor(version: number): AppendStreamState {
  return version === 0 ? NO_STREAM : BigInt(version - 1);
}

/** The port's version of the event at a KurrentDB revision. */
export function versionOfRevision(revision: bigint): number {
  const version = Number(revision) + 1;
  if (revision < 0n || !Number.isSafeInteger(version)) {
    throw new RangeError(`KurrentDB revision ${revision.toString()} is not a stream version`);
  }
  return version;
}

export function allows(expected: ExpectedVersion, actual: number): boolean {
  if (expected === 'any') return true;
  return actual === (expected === 'no-stream' ? 0 : expected);
}

/**
 * After a rejected append whose event ids are not stored: the first stream, in stream-id order,
 * whose expected version does not hold (the port's rule), or undefined when every expected
 * version holds now — an `'any'` stream moved under the writer, which then tries again.
 */
export function firstWrongVersion(
  sorted: readonly { streamId: string; expectedVersion: ExpectedVersion }[],
  actual: ReadonlyMap<string, number>,
): WrongExpectedVersionError | undefined {
  for (const { streamId, expectedVersion } of sorted) {
    const version = actual.get(streamId) ?? 0;
    if (!allows(expectedVersion, version)) {
      return new WrongExpectedVersionError(streamId, expectedVersion, version);
    }
  }
  return undefined;
}
