import { START } from '@kurrent/kurrentdb-client';
import { LOG_START } from '../event-store.port';
import {
  checkpointOf,
  compareLogPositions,
  globalPositionOf,
  inLogOrder,
  isAfter,
  positionOf,
  readPositionFor,
} from './positions';

describe('KurrentDB positions', () => {
  it('maps (commit, prepare) to transactionId = commit and globalPosition = prepare', () => {
    expect(checkpointOf({ commit: 4096n, prepare: 4321n })).toEqual({
      transactionId: '4096',
      globalPosition: 4321,
    });
    // A commit position beyond 2^53 stays exact as a decimal string.
    expect(checkpointOf({ commit: 2n ** 60n + 1n, prepare: 7n }).transactionId).toBe(
      '1152921504606846977',
    );
  });

  it('refuses a prepare position a JS number cannot hold exactly', () => {
    expect(globalPositionOf(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => globalPositionOf(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toThrow(/safe integer/);
    expect(() => globalPositionOf(-1n)).toThrow(RangeError);
  });

  it('reads a checkpoint back as the position it came from', () => {
    const position = { commit: 123_456_789_012n, prepare: 123_456_789_100n };
    expect(positionOf(checkpointOf(position))).toEqual(position);
  });

  it.each([
    { transactionId: '-1', globalPosition: 0 },
    { transactionId: '1e3', globalPosition: 0 },
    { transactionId: '10', globalPosition: -1 },
    { transactionId: '10', globalPosition: 1.5 },
    { transactionId: 10, globalPosition: 1 },
  ])('refuses the checkpoint %j', (checkpoint) => {
    expect(() => positionOf(checkpoint as never)).toThrow(RangeError);
  });

  it('starts LOG_START at the beginning of $all and anything else at its position', () => {
    expect(readPositionFor(positionOf(LOG_START))).toBe(START);
    expect(readPositionFor({ commit: 5n, prepare: 9n })).toEqual({ commit: 5n, prepare: 9n });
  });

  it('orders by commit, then prepare, exactly', () => {
    const big = 2n ** 62n;
    expect(compareLogPositions({ commit: 1n, prepare: 9n }, { commit: 2n, prepare: 2n })).toBe(-1);
    expect(compareLogPositions({ commit: 2n, prepare: 3n }, { commit: 2n, prepare: 2n })).toBe(1);
    expect(
      compareLogPositions({ commit: big + 1n, prepare: 0n }, { commit: big, prepare: 0n }),
    ).toBe(1);
    expect(compareLogPositions({ commit: 4n, prepare: 4n }, { commit: 4n, prepare: 4n })).toBe(0);
  });

  it('is strictly after: the event at the checkpoint itself is not', () => {
    const from = { commit: 100n, prepare: 140n };
    expect(isAfter(from, from)).toBe(false);
    expect(isAfter({ commit: 100n, prepare: 120n }, from)).toBe(false);
    expect(isAfter({ commit: 100n, prepare: 141n }, from)).toBe(true);
    expect(isAfter({ commit: 200n, prepare: 200n }, from)).toBe(true);
  });

  it('sorts stored events into log order', () => {
    const at = (transactionId: string, globalPosition: number) => ({
      transactionId,
      globalPosition,
    });
    expect(inLogOrder([at('10', 30), at('9', 99), at('10', 12), at('100', 100)])).toEqual([
      at('9', 99),
      at('10', 12),
      at('10', 30),
      at('100', 100),
    ]);
  });
});
