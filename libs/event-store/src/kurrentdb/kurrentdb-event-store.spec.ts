import { randomUUID } from 'node:crypto';
import { UnsupportedError } from '@kurrent/kurrentdb-client';
import {
  EventStoreUnavailableError,
  LOG_START,
  type NewEvent,
  WrongExpectedVersionError,
} from '../event-store.port';
import { eventStoreContract } from '../testing/event-store.contract';
import { METADATA_PROPERTY } from './event-codec';
import { CLAIM_EVENT_TYPE } from './id-claims';
import { type KurrentDbClient, KurrentDbEventStore } from './kurrentdb-event-store';
import { InMemoryKurrentDb } from './testing/in-memory-kurrentdb';

/** The adapter over the in-memory server double instead of a network client. */
class StoreOnDouble extends KurrentDbEventStore {
  constructor(
    private readonly server: InMemoryKurrentDb,
    streamPrefix?: string,
    private readonly wrap: (client: KurrentDbClient) => KurrentDbClient = (c) => c,
  ) {
    super({ connectionString: 'kurrentdb://in-memory.invalid:2113?tls=false', streamPrefix });
  }

  protected override connect(): KurrentDbClient {
    return this.wrap(this.server.client());
  }
}

function event(type = 'Tested', data: Record<string, unknown> = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    data,
    metadata: { effectiveOn: '2025-03-14', recordedAt: new Date().toISOString(), schemaVersion: 1 },
  };
}

// The adapter's logic against what it assumes of the server; the int-spec checks a real one.
describe('KurrentDbEventStore on an in-memory server double', () => {
  const server = new InMemoryKurrentDb();
  const prefix = `contract-${randomUUID().slice(0, 8)}-`;
  eventStoreContract(
    'kurrentdb (in-memory server double)',
    async () => new StoreOnDouble(server, prefix),
    (store) => store.close(),
    {
      contiguousGlobalPositions: false,
      unreachable: () => {
        const down = new InMemoryKurrentDb();
        down.unreachable = true;
        return new StoreOnDouble(down, prefix);
      },
    },
  );
});

describe('KurrentDbEventStore', () => {
  let server: InMemoryKurrentDb;
  beforeEach(() => {
    server = new InMemoryKurrentDb();
  });

  it('namespaces streams by prefix: each store reads and logs only its own', async () => {
    const a = new StoreOnDouble(server, 'tenant-a/');
    const b = new StoreOnDouble(server, 'tenant-b/');
    await a.appendToStream('loan-1', [event('A')], { expectedVersion: 'no-stream' });
    await b.appendToStream('loan-1', [event('B')], { expectedVersion: 'no-stream' });

    expect((await a.readStream('loan-1')).map((e) => [e.streamId, e.type])).toEqual([
      ['loan-1', 'A'],
    ]);
    expect((await b.readAll(LOG_START)).events.map((e) => [e.streamId, e.type])).toEqual([
      ['loan-1', 'B'],
    ]);
    const names = server.appends.flat().map((r) => r.streamName);
    expect(names).toContain('tenant-a/loan-1');
    expect(names).toContain('tenant-b/loan-1');
  });

  it('writes one atomic append: a claim per event id first, then the events with their metadata', async () => {
    const store = new StoreOnDouble(server, 'p-');
    const [x, y] = [event('X', { amount: '12.50' }), event('Y')];
    await store.appendToStream('loan-9', [x, y], { expectedVersion: 'no-stream' });

    const sent = server.appends[server.appends.length - 1];
    expect(sent.map((r) => [r.streamName, r.expectedState])).toEqual([
      [`p-loanbook-event-id-${x.eventId}`, 'no_stream'],
      [`p-loanbook-event-id-${y.eventId}`, 'no_stream'],
      ['p-loan-9', 'no_stream'],
    ]);
    expect(sent[0].events[0]).toMatchObject({
      type: CLAIM_EVENT_TYPE,
      data: { streamId: 'loan-9', streamVersion: 1 },
    });
    expect(sent[1].events[0].data).toEqual({ streamId: 'loan-9', streamVersion: 2 });
    expect(sent[2].events.map((e) => [e.id, e.type, e.data, e.metadata])).toEqual([
      [x.eventId, 'X', x.data, { [METADATA_PROPERTY]: JSON.stringify(x.metadata) }],
      [y.eventId, 'Y', y.data, { [METADATA_PROPERTY]: JSON.stringify(y.metadata) }],
    ]);

    // Expected version n is revision n - 1.
    await store.appendToStream('loan-9', [event()], { expectedVersion: 2 });
    expect(server.appends[server.appends.length - 1].at(-1)?.expectedState).toBe(1n);
  });

  it("'any' expects the version it read, and tries again when another writer got there first", async () => {
    const store = new StoreOnDouble(server, 'p-');
    await store.appendToStream('busy', [event()], { expectedVersion: 'no-stream' });
    let interfered = false;
    const racing = new StoreOnDouble(server, 'p-', (client) => ({
      ...client,
      multiStreamAppend: async (requests) => {
        if (!interfered) {
          interfered = true;
          await store.appendToStream('busy', [event('Interloper')], { expectedVersion: 1 });
        }
        return client.multiStreamAppend(requests);
      },
    }));

    const result = await racing.appendToStream('busy', [event('Mine')], { expectedVersion: 'any' });

    expect(result).toMatchObject({ nextExpectedVersion: 3, written: true });
    expect((await store.readStream('busy')).map((e) => e.type)).toEqual([
      'Tested',
      'Interloper',
      'Mine',
    ]);
  });

  it('a retry of a multi-stream append answers with the last version and position of each stream', async () => {
    const store = new StoreOnDouble(server);
    const appends = [
      { streamId: 'b', events: [event(), event()], expectedVersion: 0 as const },
      { streamId: 'a', events: [event()], expectedVersion: 'any' as const },
    ];
    const original = await store.appendToStreams(appends);
    await store.appendToStream('a', [event()], { expectedVersion: 1 });

    const retry = await store.appendToStreams(appends);

    expect(retry).toEqual(original.map((r) => ({ ...r, written: false })));
    expect(retry.map((r) => [r.streamId, r.nextExpectedVersion])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });

  it('the same ids in another order are a conflict, not a retry', async () => {
    const store = new StoreOnDouble(server);
    const [a, b] = [event('A'), event('B')];
    await store.appendToStream('s', [a, b], { expectedVersion: 'no-stream' });
    await expect(
      store.appendToStream('s', [b, a], { expectedVersion: 'any' }),
    ).rejects.toMatchObject({ name: 'EventIdConflictError', eventIds: [b.eventId, a.eventId] });
  });

  it('a wrong expected version names the stream, what was expected and its actual version', async () => {
    const store = new StoreOnDouble(server);
    await store.appendToStream('s', [event(), event()], { expectedVersion: 'no-stream' });
    const error = await store
      .appendToStream('s', [event()], { expectedVersion: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect(error).toMatchObject({ streamId: 's', expectedVersion: 5, actualVersion: 2 });
  });

  it('readAll skips system events, claims and events it did not write; its checkpoint passes them', async () => {
    const store = new StoreOnDouble(server);
    const mine = event('Mine');
    await store.appendToStream('loan-1', [mine], { expectedVersion: 'no-stream' });
    server.write([
      {
        streamName: 'someone-elses',
        expectedState: 'any',
        events: [
          {
            id: randomUUID(),
            contentType: 'application/json',
            type: 'Foreign',
            data: { hello: 'world' },
            metadata: { producer: 'another program' },
          },
        ],
      },
      {
        streamName: '$stats-127.0.0.1:2113',
        expectedState: 'any',
        events: [
          {
            id: randomUUID(),
            contentType: 'application/json',
            type: '$statsCollected',
            data: {},
            metadata: undefined,
          },
        ],
      },
    ]);

    const first = await store.readAll(LOG_START);
    expect(first.events.map((e) => e.eventId)).toEqual([mine.eventId]);
    // The last record read was skipped: the checkpoint is past it, so it is not read again.
    expect(first.checkpoint).not.toEqual({
      transactionId: first.events[0].transactionId,
      globalPosition: first.events[0].globalPosition,
    });
    expect(await store.readAll(first.checkpoint)).toEqual({
      events: [],
      checkpoint: first.checkpoint,
    });
  });

  it('readStream refuses a stream holding events it did not write', async () => {
    const store = new StoreOnDouble(server);
    server.write([
      {
        streamName: 'shared',
        expectedState: 'any',
        events: [
          {
            id: randomUUID(),
            contentType: 'application/json',
            type: 'Foreign',
            data: {},
            metadata: { producer: 'another program' },
          },
        ],
      },
    ]);
    await expect(store.readStream('shared')).rejects.toThrow(/not written by the Loanbook/);
  });

  it('refuses stream ids KurrentDB or the store reserve, and $-types', async () => {
    const store = new StoreOnDouble(server);
    for (const streamId of ['', '$all', `loanbook-event-id-${randomUUID()}`]) {
      await expect(
        store.appendToStream(streamId, [event()], { expectedVersion: 'any' }),
      ).rejects.toBeInstanceOf(RangeError);
    }
    await expect(
      store.appendToStream('s', [event('$metadata')], { expectedVersion: 'any' }),
    ).rejects.toBeInstanceOf(RangeError);
    expect(() => new StoreOnDouble(server, '$x')).toThrow(RangeError);
    expect(() => new KurrentDbEventStore({ connectionString: '' })).toThrow(RangeError);
  });

  it('says plainly when the server is too old for multi-stream appends', async () => {
    const store = new StoreOnDouble(server, '', (client) => ({
      ...client,
      multiStreamAppend: () => Promise.reject(new UnsupportedError('multiStreamAppend', '25.1')),
    }));
    await expect(
      store.appendToStream('s', [event()], { expectedVersion: 'no-stream' }),
    ).rejects.toThrow(/KurrentDB 25\.1 or later/);
  });

  it('reports an unreachable server as down with the reason, and its operations as unavailable', async () => {
    server.unreachable = true;
    const store = new StoreOnDouble(server);
    expect(await store.health()).toEqual({
      adapter: 'kurrentdb',
      status: 'down',
      detail: expect.stringMatching(/unavailable/i),
    });
    await expect(store.readEventsById([randomUUID()])).rejects.toBeInstanceOf(
      EventStoreUnavailableError,
    );
    server.unreachable = false;
    await store.init();
    expect((await store.health()).status).toBe('up');
  });
});
