import { randomUUID } from 'node:crypto';
import { EventIdConflictError, type NewEvent } from '../event-store.port';
import { buildRequests, inStreamIdOrder, planStream, planStreams } from './append-plan';
import { CLAIM_EVENT_TYPE } from './id-claims';
import { StreamNames } from './stream-names';

function event(eventId: string = randomUUID(), type = 'Tested'): NewEvent {
  return {
    eventId,
    type,
    data: { n: 1 },
    metadata: { effectiveOn: '2025-01-01', recordedAt: '2025-01-01T00:00:00Z', schemaVersion: 1 },
  };
}

describe('append plan', () => {
  it('keeps the events and their ids, lower-cased', () => {
    const id = randomUUID().toUpperCase();
    const plan = planStream('loan-1', [event(id)], { expectedVersion: 3 });
    expect(plan).toMatchObject({
      streamId: 'loan-1',
      expectedVersion: 3,
      eventIds: [id.toLowerCase()],
    });
  });

  it.each([
    ['no events', 's', [], 'any'],
    ['a non-UUID id', 's', [event('not-a-uuid')], 'any'],
    ['an empty type', 's', [event(undefined, '')], 'any'],
    ['a system type', 's', [event(undefined, '$>')], 'any'],
    ['a bad expected version', 's', [event()], -1],
    ['an empty stream id', '', [event()], 'any'],
  ] as [string, string, NewEvent[], never][])(
    'refuses %s with a RangeError',
    (_l, streamId, events, expectedVersion) => {
      expect(() => planStream(streamId, events, { expectedVersion })).toThrow(RangeError);
    },
  );

  it('refuses data or metadata that is not a JSON object', () => {
    expect(() =>
      planStream('s', [{ ...event(), data: [] as never }], { expectedVersion: 'any' }),
    ).toThrow(RangeError);
    expect(() =>
      planStream('s', [{ ...event(), metadata: null as never }], { expectedVersion: 'any' }),
    ).toThrow(RangeError);
  });

  it('calls an id repeated in one append or across streams an EventIdConflictError', () => {
    const twice = event();
    expect(() => planStream('s', [twice, twice], { expectedVersion: 'any' })).toThrow(
      EventIdConflictError,
    );
    expect(() =>
      planStreams([
        { streamId: 'a', events: [twice], expectedVersion: 0 },
        { streamId: 'b', events: [event(twice.eventId.toUpperCase())], expectedVersion: 0 },
      ]),
    ).toThrow(expect.objectContaining({ name: 'EventIdConflictError', streamId: 'b' }));
  });

  it('refuses an empty multi-stream append and a stream named twice', () => {
    expect(() => planStreams([])).toThrow(RangeError);
    expect(() =>
      planStreams([
        { streamId: 'a', events: [event()], expectedVersion: 'any' },
        { streamId: 'a', events: [event()], expectedVersion: 'any' },
      ]),
    ).toThrow(RangeError);
  });

  it('builds claims first, then each stream expected at its version, in stream-id order', () => {
    const names = new StreamNames('p/');
    const [b1, b2, a1] = [event(), event(), event()];
    const sorted = inStreamIdOrder(
      planStreams([
        { streamId: 'b', events: [b1, b2], expectedVersion: 4 },
        { streamId: 'a', events: [a1], expectedVersion: 'any' },
      ]),
    );
    let n = 0;
    const requests = buildRequests(
      sorted,
      new Map([
        ['a', 0],
        ['b', 4],
      ]),
      names,
      () => `claim-${++n}`,
    );
    expect(requests.map((r) => [r.streamName, r.expectedState])).toEqual([
      [`p/loanbook-event-id-${a1.eventId}`, 'no_stream'],
      [`p/loanbook-event-id-${b1.eventId}`, 'no_stream'],
      [`p/loanbook-event-id-${b2.eventId}`, 'no_stream'],
      ['p/a', 'no_stream'],
      ['p/b', 3n],
    ]);
    expect(requests.slice(0, 3).map((r) => r.events[0])).toEqual([
      expect.objectContaining({
        id: 'claim-1',
        type: CLAIM_EVENT_TYPE,
        data: { streamId: 'a', streamVersion: 1 },
      }),
      expect.objectContaining({ id: 'claim-2', data: { streamId: 'b', streamVersion: 5 } }),
      expect.objectContaining({ id: 'claim-3', data: { streamId: 'b', streamVersion: 6 } }),
    ]);
    expect(requests[4].events.map((e) => e.id)).toEqual([b1.eventId, b2.eventId]);
  });

  it('gives the claims fresh ids on every attempt', () => {
    const plan = [planStream('s', [event()], { expectedVersion: 0 })];
    const versions = new Map([['s', 0]]);
    const names = new StreamNames('');
    const [first] = buildRequests(plan, versions, names);
    const [second] = buildRequests(plan, versions, names);
    expect(first.events[0].id).not.toBe(second.events[0].id);
  });
});
