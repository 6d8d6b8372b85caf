import { randomUUID } from 'node:crypto';
import { EventStoreUnavailableError, LOG_START } from '../event-store.port';
import { eventStoreContract } from '../testing/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';

// No KurrentDB server can be installed on the CI machines (DESIGN.md "Real components"): the
// contract runs where one is given, and says loudly that it did not run elsewhere.
const KURRENTDB_URL = process.env.KURRENTDB_URL;
const UNREACHABLE_URL = 'kurrentdb://127.0.0.1:1?tls=false';

if (KURRENTDB_URL) {
  describe('KurrentDbEventStore', () => {
    // A fresh prefix per run: an initially empty store on a server shared with other runs.
    const streamPrefix = `loanbook-contract-${randomUUID().slice(0, 8)}-`;
    eventStoreContract(
      'kurrentdb',
      async () => new KurrentDbEventStore({ connectionString: KURRENTDB_URL, streamPrefix }),
      (store) => store.close(),
      {
        contiguousGlobalPositions: false,
        unreachable: () =>
          new KurrentDbEventStore({ connectionString: UNREACHABLE_URL, streamPrefix }),
      },
    );
  });
} else {
  console.warn(
    'KurrentDB contract suite SKIPPED: KURRENTDB_URL is not set (docker compose up kurrentdb; KURRENTDB_URL=kurrentdb://127.0.0.1:2113?tls=false)',
  );
  describe('KurrentDbEventStore contract', () => {
    it.skip('runs only against a KurrentDB server: set KURRENTDB_URL (e.g. kurrentdb://127.0.0.1:2113?tls=false)', () =>
      undefined);
  });
}

// Needs no server: what the real client reports for a refused port must read as unavailable.
describe('KurrentDbEventStore with the real client and nothing listening', () => {
  let down: KurrentDbEventStore;
  beforeAll(() => {
    down = new KurrentDbEventStore({ connectionString: UNREACHABLE_URL });
  });
  afterAll(() => down.close());

  it('fails every operation with EventStoreUnavailableError and reports down', async () => {
    const unavailable = expect.any(EventStoreUnavailableError);
    const event = {
      eventId: randomUUID(),
      type: 'Tested',
      data: {},
      metadata: {
        effectiveOn: '2025-01-01',
        recordedAt: new Date().toISOString(),
        schemaVersion: 1,
      },
    };
    const outcomes = await Promise.allSettled([
      down.init(),
      down.appendToStream('s', [event], { expectedVersion: 'no-stream' }),
      down.appendToStream('s', [event], { expectedVersion: 'any' }),
      down.appendToStreams([{ streamId: 's', events: [event], expectedVersion: 0 }]),
      down.readStream('s'),
      down.readEventsById([event.eventId]),
      down.readAll(LOG_START),
    ]);
    expect(outcomes.map((o) => (o.status === 'rejected' ? o.reason : o))).toEqual(
      outcomes.map(() => unavailable),
    );
    expect(await down.health()).toEqual({
      adapter: 'kurrentdb',
      status: 'down',
      detail: expect.stringMatching(/unavailable/i),
    });
  }, 60_000);
});
