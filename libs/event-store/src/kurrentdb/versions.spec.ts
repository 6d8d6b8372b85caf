import { NO_STREAM } from '@kurrent/kurrentdb-client';
import { WrongExpectedVersionError } from '../event-store.port';
import {
  allows,
  assertExpectedVersion,
  expectedStateFor,
  firstWrongVersion,
  fixedVersionOf,
  versionOfRevision,
} from './versions';

describe('expected versions on KurrentDB', () => {
  it("maps version n to revision n - 1, and 0 / 'no-stream' to no stream", () => {
    expect(fixedVersionOf('no-stream')).toBe(0);
    expect(fixedVersionOf(0)).toBe(0);
    expect(fixedVersionOf(7)).toBe(7);
    expect(fixedVersionOf('any')).toBeUndefined();
    expect(expectedStateFor(0)).toBe(NO_STREAM);
    expect(expectedStateFor(1)).toBe(0n);
    expect(expectedStateFor(7)).toBe(6n);
    expect(versionOfRevision(0n)).toBe(1);
    expect(versionOfRevision(41n)).toBe(42);
    expect(() => versionOfRevision(-1n)).toThrow(RangeError);
  });

  it.each([-1, 1.5, NaN, '3', null, undefined, 'none'])(
    'refuses %p as an expected version',
    (v) => {
      expect(() => assertExpectedVersion(v)).toThrow(RangeError);
    },
  );

  it('tells which expected versions an actual version satisfies', () => {
    expect(allows('any', 5)).toBe(true);
    expect(allows('no-stream', 0)).toBe(true);
    expect(allows('no-stream', 1)).toBe(false);
    expect(allows(0, 0)).toBe(true);
    expect(allows(3, 3)).toBe(true);
    expect(allows(3, 4)).toBe(false);
  });

  it('names the first stream in stream-id order whose expected version fails', () => {
    const sorted = [
      { streamId: 'a', expectedVersion: 1 as const },
      { streamId: 'b', expectedVersion: 'any' as const },
      { streamId: 'c', expectedVersion: 'no-stream' as const },
      { streamId: 'd', expectedVersion: 2 as const },
    ];
    const error = firstWrongVersion(
      sorted,
      new Map([
        ['a', 1],
        ['b', 9],
        ['c', 3],
        ['d', 0],
      ]),
    );
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect(error).toMatchObject({ streamId: 'c', expectedVersion: 'no-stream', actualVersion: 3 });
    // A stream not found reads as version 0.
    expect(firstWrongVersion([{ streamId: 'x', expectedVersion: 1 }], new Map())).toMatchObject({
      streamId: 'x',
      actualVersion: 0,
    });
  });

  it("finds none when only an 'any' stream moved: the writer tries again", () => {
    expect(
      firstWrongVersion(
        [
          { streamId: 'a', expectedVersion: 'any' },
          { streamId: 'b', expectedVersion: 2 },
        ],
        new Map([
          ['a', 7],
          ['b', 2],
        ]),
      ),
    ).toBeUndefined();
  });
});
