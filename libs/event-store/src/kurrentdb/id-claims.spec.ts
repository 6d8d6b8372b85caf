import { EventIdConflictError } from '../event-store.port';
import { type EventIdClaim, judgeClaims, parseClaim } from './id-claims';

const claims = (entries: [string, string, number][]) =>
  new Map<string, EventIdClaim>(
    entries.map(([id, streamId, streamVersion]) => [id, { streamId, streamVersion }]),
  );

describe('event id claims', () => {
  it('parses only well-formed claims', () => {
    expect(parseClaim({ streamId: 'loan-1', streamVersion: 3 })).toEqual({
      streamId: 'loan-1',
      streamVersion: 3,
    });
    for (const bad of [
      null,
      'loan-1',
      { streamId: '', streamVersion: 1 },
      { streamId: 'loan-1', streamVersion: 0 },
      { streamId: 'loan-1', streamVersion: '1' },
      { streamId: 'loan-1', streamVersion: 1.5 },
    ]) {
      expect(parseClaim(bad)).toBeUndefined();
    }
  });

  it('finds nothing to judge when no id is claimed', () => {
    expect(judgeClaims([{ streamId: 's', eventIds: ['a', 'b'] }], new Map())).toEqual({
      kind: 'unclaimed',
    });
  });

  it('takes all ids claimed in the same stream, in the same order, for a retry', () => {
    const verdict = judgeClaims(
      [{ streamId: 's', eventIds: ['a', 'b', 'c'] }],
      claims([
        ['a', 's', 4],
        ['b', 's', 5],
        ['c', 's', 6],
      ]),
    );
    expect(verdict).toEqual({ kind: 'retry', versions: new Map([['s', 6]]) });
  });

  it.each([
    ['partly stored', [['a', 's', 1]], ['a']],
    [
      'stored in another stream',
      [
        ['a', 'other', 1],
        ['b', 'other', 2],
      ],
      ['a', 'b'],
    ],
    [
      'stored in another order',
      [
        ['a', 's', 2],
        ['b', 's', 1],
      ],
      ['a', 'b'],
    ],
    [
      'stored apart',
      [
        ['a', 's', 1],
        ['b', 's', 3],
      ],
      ['a', 'b'],
    ],
  ] as [string, [string, string, number][], string[]][])(
    'calls ids %s a conflict naming the stored ones',
    (_label, stored, conflicting) => {
      const verdict = judgeClaims([{ streamId: 's', eventIds: ['a', 'b'] }], claims(stored));
      expect(verdict.kind).toBe('conflict');
      const { error } = verdict as { error: EventIdConflictError };
      expect(error).toBeInstanceOf(EventIdConflictError);
      expect(error).toMatchObject({ streamId: 's', eventIds: conflicting });
    },
  );

  it('blames, across streams, the first partly stored stream, else the first stored one', () => {
    const sorted = [
      { streamId: 'a', eventIds: ['a1'] },
      { streamId: 'b', eventIds: ['b1', 'b2'] },
      { streamId: 'c', eventIds: ['c1'] },
    ];
    const partly = judgeClaims(
      sorted,
      claims([
        ['a1', 'a', 1],
        ['b1', 'b', 1],
      ]),
    );
    expect(partly).toMatchObject({ kind: 'conflict', error: { streamId: 'b', eventIds: ['b1'] } });
    const mixed = judgeClaims(sorted, claims([['c1', 'c', 1]]));
    expect(mixed).toMatchObject({ kind: 'conflict', error: { streamId: 'c', eventIds: ['c1'] } });
  });

  it('answers a multi-stream retry only when every stream is one', () => {
    const sorted = [
      { streamId: 'a', eventIds: ['a1'] },
      { streamId: 'b', eventIds: ['b1', 'b2'] },
    ];
    expect(
      judgeClaims(
        sorted,
        claims([
          ['a1', 'a', 3],
          ['b1', 'b', 1],
          ['b2', 'b', 2],
        ]),
      ),
    ).toEqual({
      kind: 'retry',
      versions: new Map([
        ['a', 3],
        ['b', 2],
      ]),
    });
    expect(
      judgeClaims(
        sorted,
        claims([
          ['a1', 'a', 3],
          ['b1', 'b', 1],
          ['b2', 'a', 4],
        ]),
      ),
    ).toMatchObject({ kind: 'conflict', error: { streamId: 'b' } });
  });
});
