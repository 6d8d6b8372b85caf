import { randomUUID } from 'node:crypto';
import {
  type AppendResult,
  EventIdConflictError,
  type EventStore,
  EventStoreUnavailableError,
  type ExpectedVersion,
  LOG_START,
  type LogCheckpoint,
  type NewEvent,
  type StoredEvent,
  WrongExpectedVersionError,
} from '../event-store.port';

export interface EventStoreContractOptions {
  /**
   * Positions come from a sequence that only a written event consumes (the SQL adapters),
   * so "a losing writer burns no number" can be checked as contiguous positions.
   */
  contiguousGlobalPositions?: boolean;
  /** A store pointed at a server that cannot be reached; enables the unavailability tests. */
  unreachable?: () => EventStore;
  /** Per-test timeout (default 60 s: the CI machines have two cores). */
  timeoutMs?: number;
}

/**
 * The behaviour every EventStore adapter must show (DESIGN.md "The event store").
 * `factory` may be called more than once and must return stores over the same, initially
 * empty, database; `teardown` receives the first one after the last test.
 */
export function eventStoreContract(
  name: string,
  factory: () => Promise<EventStore>,
  teardown: (store: EventStore) => Promise<void>,
  options: EventStoreContractOptions = {},
): void {
  const timeout = options.timeoutMs ?? 60_000;

  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;

    beforeAll(async () => {
      store = await factory();
      await store.init();
    }, timeout);

    afterAll(async () => {
      if (store) await teardown(store);
    }, timeout);

    // The global log is eventually consistent: a transaction still running anywhere on the
    // server (another test run, a psql session) holds back what readAll returns. Tests that
    // look at the log therefore wait for a fence event instead of assuming "written = readable".
    let tail = LOG_START;
    const syncLog = async (): Promise<{ events: StoredEvent[]; checkpoint: LogCheckpoint }> => {
      const result = await readThroughFence(store, tail, timeout);
      tail = result.checkpoint;
      return result;
    };

    // First on purpose: it is the only test that needs the store still empty.
    it(
      'reads an empty batch and keeps the checkpoint when the store is empty',
      async () => {
        const result = await store.readAll(LOG_START);
        expect(result.events).toEqual([]);
        expect(result.checkpoint).toEqual(LOG_START);
      },
      timeout,
    );

    it('reports itself healthy', async () => {
      expect(await store.health()).toMatchObject({ adapter: store.adapter, status: 'up' });
    });

    it('initialises idempotently', async () => {
      await store.init();
      await Promise.all([store.init(), store.init()]);
      expect((await store.health()).status).toBe('up');
    });

    describe('append and read', () => {
      it(
        'stores the envelope and reads a stream back in order, versions from 1',
        async () => {
          const streamId = newStreamId('loan');
          const events = [
            newEvent('LoanApplied', { principal: '12500.00', currency: 'EUR' }),
            newEvent('LoanApproved', { approvedBy: 'officer-7' }),
            newEvent('LoanDisbursed', { amount: '12500.00' }),
          ];
          const result = await store.appendToStream(streamId, events, {
            expectedVersion: 'no-stream',
          });
          expect(result).toMatchObject({ streamId, nextExpectedVersion: 3, written: true });

          const read = await store.readStream(streamId);
          expect(read.map(envelope)).toEqual(
            events.map((e, i) => ({ ...e, streamId, streamVersion: i + 1 })),
          );
          expectIncreasingPositions(read);
          expect(read[2].globalPosition).toBe(result.lastGlobalPosition);
          // One append is one transaction.
          expect(new Set(read.map((e) => e.transactionId)).size).toBe(1);
          expect(read[0].transactionId).toMatch(/^\d+$/);

          const more = await store.appendToStream(
            streamId,
            [newEvent('InstalmentPaid', { n: 1 })],
            {
              expectedVersion: 3,
            },
          );
          expect(more.nextExpectedVersion).toBe(4);
          expect(more.lastGlobalPosition).toBeGreaterThan(result.lastGlobalPosition);
          expect((await store.readStream(streamId)).map((e) => e.streamVersion)).toEqual([
            1, 2, 3, 4,
          ]);
        },
        timeout,
      );

      it('gives an empty list for an unknown stream', async () => {
        expect(await store.readStream(newStreamId('nobody'))).toEqual([]);
      });

      it(
        'keeps streams apart',
        async () => {
          const a = newStreamId('a');
          const b = newStreamId('b');
          await store.appendToStream(a, [newEvent('A1')], { expectedVersion: 'no-stream' });
          await store.appendToStream(b, [newEvent('B1')], { expectedVersion: 'no-stream' });
          await store.appendToStream(a, [newEvent('A2')], { expectedVersion: 1 });
          expect((await store.readStream(a)).map((e) => [e.type, e.streamVersion])).toEqual([
            ['A1', 1],
            ['A2', 2],
          ]);
          expect((await store.readStream(b)).map((e) => [e.type, e.streamVersion])).toEqual([
            ['B1', 1],
          ]);
        },
        timeout,
      );

      it(
        'reads a stream from a version, at most maxCount events',
        async () => {
          const streamId = newStreamId('paged');
          await store.appendToStream(
            streamId,
            range(10).map((i) => newEvent('InstalmentPaid', { n: i + 1 })),
            { expectedVersion: 'no-stream' },
          );
          const versions = async (fromVersion?: number, maxCount?: number) =>
            (await store.readStream(streamId, { fromVersion, maxCount })).map(
              (e) => e.streamVersion,
            );
          expect(await versions(4, 3)).toEqual([4, 5, 6]);
          expect(await versions(8)).toEqual([8, 9, 10]);
          expect(await versions(undefined, 2)).toEqual([1, 2]);
          expect(await versions(11)).toEqual([]);
          expect(await versions(1, 0)).toEqual([]);
          expect(await versions(10, 5)).toEqual([10]);
        },
        timeout,
      );

      it(
        'round-trips large payloads and non-ASCII text',
        async () => {
          await syncLog();
          const streamId = newStreamId('lening-Crème-brûlée-🚀');
          const text =
            'Één lening voor de coöperatie in Liège, façade, naïef, reçu, Ærø, Œuvre — 💶🏦✅ ' +
            'and the awkward ones: "quotes", {braces,commas}, back\\slash, NULL, \t tab\nnewline';
          const big = newEvent('DocumentAttached', {
            text,
            blob: 'Ïñtërnâtiônàlizætiøn☃💩'.repeat(40_000), // ~1 MB of UTF-8
            nested: { 'clé-é': ['ü', 'ß', 'ø', '🙂'], deep: { ñ: text } },
          });
          big.metadata = {
            ...big.metadata,
            actor: 'Gaëlle Dubois-Ångström',
            correlationId: 'corr-ë',
          };
          const small = newEvent('RemarkAdded', { text });
          expect(Buffer.byteLength(JSON.stringify(big.data))).toBeGreaterThan(1_000_000);

          await store.appendToStream(streamId, [big, small], { expectedVersion: 'no-stream' });

          expect((await store.readStream(streamId)).map(envelope)).toEqual([
            { ...big, streamId, streamVersion: 1 },
            { ...small, streamId, streamVersion: 2 },
          ]);
          const fromLog = (await syncLog()).events.filter((e) => e.streamId === streamId);
          expect(fromLog.map(envelope)).toEqual([
            { ...big, streamId, streamVersion: 1 },
            { ...small, streamId, streamVersion: 2 },
          ]);
        },
        timeout,
      );
    });

    describe('expected version', () => {
      const expectWrongVersion = async (
        append: Promise<unknown>,
        streamId: string,
        expectedVersion: ExpectedVersion,
        actualVersion: number,
      ) => {
        const error = await append.then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(WrongExpectedVersionError);
        expect(error).toMatchObject({ streamId, expectedVersion, actualVersion });
      };

      it(
        "0 and 'no-stream' only create a stream",
        async () => {
          const first = newStreamId('create0');
          expect(
            (await store.appendToStream(first, [newEvent('A')], { expectedVersion: 0 }))
              .nextExpectedVersion,
          ).toBe(1);
          await expectWrongVersion(
            store.appendToStream(first, [newEvent('B')], { expectedVersion: 0 }),
            first,
            0,
            1,
          );
          await expectWrongVersion(
            store.appendToStream(first, [newEvent('B')], { expectedVersion: 'no-stream' }),
            first,
            'no-stream',
            1,
          );

          const second = newStreamId('create-no-stream');
          const result = await store.appendToStream(second, [newEvent('A'), newEvent('B')], {
            expectedVersion: 'no-stream',
          });
          expect(result.nextExpectedVersion).toBe(2);
          await expectWrongVersion(
            store.appendToStream(second, [newEvent('C')], { expectedVersion: 'no-stream' }),
            second,
            'no-stream',
            2,
          );
        },
        timeout,
      );

      it(
        'N appends only when the stream is at N, and a rejected append writes nothing',
        async () => {
          const streamId = newStreamId('exact');
          await store.appendToStream(streamId, [newEvent('A'), newEvent('B')], {
            expectedVersion: 'no-stream',
          });
          await expectWrongVersion(
            store.appendToStream(streamId, [newEvent('X')], { expectedVersion: 1 }),
            streamId,
            1,
            2,
          );
          await expectWrongVersion(
            store.appendToStream(streamId, [newEvent('X')], { expectedVersion: 3 }),
            streamId,
            3,
            2,
          );
          expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['A', 'B']);

          expect(
            (await store.appendToStream(streamId, [newEvent('C')], { expectedVersion: 2 }))
              .nextExpectedVersion,
          ).toBe(3);

          const missing = newStreamId('missing');
          await expectWrongVersion(
            store.appendToStream(missing, [newEvent('X')], { expectedVersion: 1 }),
            missing,
            1,
            0,
          );
          expect(await store.readStream(missing)).toEqual([]);
        },
        timeout,
      );

      it(
        "'any' appends to a new or an existing stream",
        async () => {
          const streamId = newStreamId('any');
          expect(
            (await store.appendToStream(streamId, [newEvent('A')], { expectedVersion: 'any' }))
              .nextExpectedVersion,
          ).toBe(1);
          expect(
            (
              await store.appendToStream(streamId, [newEvent('B'), newEvent('C')], {
                expectedVersion: 'any',
              })
            ).nextExpectedVersion,
          ).toBe(3);
          expect((await store.readStream(streamId)).map((e) => e.streamVersion)).toEqual([1, 2, 3]);
        },
        timeout,
      );

      it.each([
        ['an existing stream at version 1', 1 as ExpectedVersion],
        ['a new stream', 'no-stream' as ExpectedVersion],
      ])(
        '20 concurrent appends expecting %s: exactly one wins, and the losers burn no position',
        async (_label, expectedVersion) => {
          const streamId = newStreamId('race');
          const baseVersion = expectedVersion === 'no-stream' ? 0 : 1;
          if (baseVersion === 1)
            await store.appendToStream(streamId, [newEvent('Opened')], {
              expectedVersion: 'no-stream',
            });

          const outcomes = await Promise.allSettled(
            range(20).map((i) =>
              store.appendToStream(streamId, [newEvent('Raced', { i }), newEvent('Raced', { i })], {
                expectedVersion,
              }),
            ),
          );

          const winners = outcomes.filter((o) => o.status === 'fulfilled');
          const losers = outcomes.flatMap((o) =>
            o.status === 'rejected' ? [o.reason as unknown] : [],
          );
          expect(winners).toHaveLength(1);
          expect(losers).toHaveLength(19);
          for (const loser of losers) {
            expect(loser).toBeInstanceOf(WrongExpectedVersionError);
            expect(loser).toMatchObject({
              streamId,
              expectedVersion,
              actualVersion: baseVersion + 2,
            });
          }
          const winner = (
            winners[0] as PromiseFulfilledResult<Awaited<ReturnType<EventStore['appendToStream']>>>
          ).value;
          expect(winner.nextExpectedVersion).toBe(baseVersion + 2);

          const stored = await store.readStream(streamId);
          expect(stored.map((e) => e.streamVersion)).toEqual(
            range(baseVersion + 2).map((v) => v + 1),
          );
          const winnerIndex = stored[baseVersion].data.i;
          expect(stored.slice(baseVersion).map((e) => e.data.i)).toEqual([
            winnerIndex,
            winnerIndex,
          ]);

          const next = await store.appendToStream(
            streamId,
            [newEvent('After'), newEvent('After')],
            {
              expectedVersion: baseVersion + 2,
            },
          );
          if (options.contiguousGlobalPositions) {
            const after = await store.readStream(streamId, { fromVersion: baseVersion + 3 });
            expect(after.map((e) => e.globalPosition)).toEqual([
              winner.lastGlobalPosition + 1,
              winner.lastGlobalPosition + 2,
            ]);
            expect(next.lastGlobalPosition).toBe(winner.lastGlobalPosition + 2);
          } else {
            expect(next.lastGlobalPosition).toBeGreaterThan(winner.lastGlobalPosition);
          }
        },
        timeout,
      );
    });

    describe('idempotent retry', () => {
      it(
        'a retried append with the same event ids writes nothing and answers as the original did',
        async () => {
          const streamId = newStreamId('retry');
          const batch = [newEvent('LoanApplied'), newEvent('LoanApproved')];
          const original = await store.appendToStream(streamId, batch, {
            expectedVersion: 'no-stream',
          });
          // The stream moves on before the client's retry arrives.
          await store.appendToStream(streamId, [newEvent('LoanDisbursed')], { expectedVersion: 2 });
          await syncLog();

          for (const expectedVersion of ['no-stream', 0, 2, 'any'] as ExpectedVersion[]) {
            const retry = await store.appendToStream(streamId, batch, { expectedVersion });
            expect(retry).toEqual({
              streamId,
              nextExpectedVersion: original.nextExpectedVersion,
              lastGlobalPosition: original.lastGlobalPosition,
              written: false,
            });
          }

          // Nothing at all was written between the two fences.
          expect(withoutFences((await syncLog()).events)).toEqual([]);
          expect((await store.readStream(streamId)).map((e) => e.type)).toEqual([
            'LoanApplied',
            'LoanApproved',
            'LoanDisbursed',
          ]);
        },
        timeout,
      );

      it(
        'two identical appends racing each other write once',
        async () => {
          const streamId = newStreamId('retry-race');
          const batch = [newEvent('LoanApplied'), newEvent('LoanApproved')];
          const results = await Promise.all(
            range(4).map(() =>
              store.appendToStream(streamId, batch, { expectedVersion: 'no-stream' }),
            ),
          );
          expect(results.filter((r) => r.written)).toHaveLength(1);
          expect(
            new Set(results.map((r) => `${r.nextExpectedVersion}@${r.lastGlobalPosition}`)).size,
          ).toBe(1);
          expect(await store.readStream(streamId)).toHaveLength(2);
        },
        timeout,
      );

      it(
        'a partial overlap, an id stored in another stream or a repeated id is an EventIdConflictError',
        async () => {
          const streamId = newStreamId('conflict');
          const [a, b] = [newEvent('A'), newEvent('B')];
          await store.appendToStream(streamId, [a, b], { expectedVersion: 'no-stream' });
          await syncLog();

          const partial = await failureOf(
            store.appendToStream(streamId, [a, newEvent('C')], { expectedVersion: 'any' }),
          );
          expect(partial).toBeInstanceOf(EventIdConflictError);
          expect((partial as EventIdConflictError).eventIds).toEqual([a.eventId]);
          expect(partial).toMatchObject({ streamId });

          const otherStream = newStreamId('conflict-other');
          const elsewhere = await failureOf(
            store.appendToStream(otherStream, [a, b], { expectedVersion: 'any' }),
          );
          expect(elsewhere).toBeInstanceOf(EventIdConflictError);
          expect((elsewhere as EventIdConflictError).eventIds).toEqual([a.eventId, b.eventId]);

          const repeated = newEvent('D');
          const twice = await failureOf(
            store.appendToStream(otherStream, [repeated, repeated], { expectedVersion: 'any' }),
          );
          expect(twice).toBeInstanceOf(EventIdConflictError);

          expect(withoutFences((await syncLog()).events)).toEqual([]);
          expect(await store.readStream(otherStream)).toEqual([]);
          expect(await store.readStream(streamId)).toHaveLength(2);
        },
        timeout,
      );
    });

    describe('events by id', () => {
      it(
        'finds stored events by their ids in log order and leaves unknown ids out',
        async () => {
          const streamId = newStreamId('by-id');
          const [a, b] = [newEvent('LoanApplied'), newEvent('LoanApproved')];
          await store.appendToStream(streamId, [a, b], { expectedVersion: 'no-stream' });
          const found = await store.readEventsById([b.eventId, randomUUID(), a.eventId]);
          expect(found.map((e) => [e.eventId, e.streamId, e.streamVersion])).toEqual([
            [a.eventId, streamId, 1],
            [b.eventId, streamId, 2],
          ]);
          expect(found[0].metadata).toEqual(a.metadata);
          expect(await store.readEventsById([])).toEqual([]);
          await expect(store.readEventsById(['not-a-uuid'])).rejects.toThrow(RangeError);
        },
        timeout,
      );
    });

    describe('multi-stream append', () => {
      it(
        'appends to several streams in one transaction, results in the order asked',
        async () => {
          const existing = newStreamId('multi-existing');
          await store.appendToStream(existing, [newEvent('Opened')], {
            expectedVersion: 'no-stream',
          });
          const fresh = newStreamId('multi-fresh');
          const any = newStreamId('multi-any');
          const results = await store.appendToStreams([
            { streamId: fresh, events: [newEvent('A'), newEvent('B')], expectedVersion: 0 },
            { streamId: existing, events: [newEvent('C')], expectedVersion: 1 },
            { streamId: any, events: [newEvent('D')], expectedVersion: 'any' },
          ]);
          expect(results.map((r) => [r.streamId, r.nextExpectedVersion, r.written])).toEqual([
            [fresh, 2, true],
            [existing, 2, true],
            [any, 1, true],
          ]);
          const written = [
            ...(await store.readStream(fresh)),
            ...(await store.readStream(existing, { fromVersion: 2 })),
            ...(await store.readStream(any)),
          ];
          expect(written.map((e) => e.type)).toEqual(['A', 'B', 'C', 'D']);
          expect(new Set(written.map((e) => e.transactionId)).size).toBe(1);
          for (const result of results) {
            const [last] = (await store.readStream(result.streamId)).slice(-1);
            expect(result.lastGlobalPosition).toBe(last.globalPosition);
          }
        },
        timeout,
      );

      it(
        'one stale expected version writes nothing in any stream',
        async () => {
          const a = newStreamId('atomic-a');
          const b = newStreamId('atomic-b');
          await store.appendToStream(a, [newEvent('A1')], { expectedVersion: 'no-stream' });
          await store.appendToStream(b, [newEvent('B1'), newEvent('B2')], {
            expectedVersion: 'no-stream',
          });
          const c = newStreamId('atomic-c');
          await syncLog();

          const error = await failureOf(
            store.appendToStreams([
              { streamId: a, events: [newEvent('A2')], expectedVersion: 1 },
              { streamId: c, events: [newEvent('C1')], expectedVersion: 'no-stream' },
              { streamId: b, events: [newEvent('B3')], expectedVersion: 1 },
            ]),
          );
          expect(error).toBeInstanceOf(WrongExpectedVersionError);
          expect(error).toMatchObject({ streamId: b, expectedVersion: 1, actualVersion: 2 });

          expect((await store.readStream(a)).map((e) => e.type)).toEqual(['A1']);
          expect((await store.readStream(b)).map((e) => e.type)).toEqual(['B1', 'B2']);
          expect(await store.readStream(c)).toEqual([]);
          expect(withoutFences((await syncLog()).events)).toEqual([]);
        },
        timeout,
      );

      it(
        'a retry writes nothing and answers as the original; a half-stored retry is a conflict',
        async () => {
          const a = newStreamId('multi-retry-a');
          const b = newStreamId('multi-retry-b');
          const appends = [
            { streamId: a, events: [newEvent('A1'), newEvent('A2')], expectedVersion: 0 },
            { streamId: b, events: [newEvent('B1')], expectedVersion: 0 },
          ];
          const original = await store.appendToStreams(appends);
          await syncLog();

          const retry = await store.appendToStreams(appends);
          expect(retry).toEqual(original.map((r) => ({ ...r, written: false })));

          const mixed = await failureOf(
            store.appendToStreams([
              appends[0],
              {
                streamId: newStreamId('multi-retry-c'),
                events: [newEvent('C1')],
                expectedVersion: 0,
              },
            ]),
          );
          expect(mixed).toBeInstanceOf(EventIdConflictError);
          expect(mixed).toMatchObject({ streamId: a });

          const repeated = newEvent('Twice');
          const twice = await failureOf(
            store.appendToStreams([
              { streamId: newStreamId('multi-dup-1'), events: [repeated], expectedVersion: 0 },
              { streamId: newStreamId('multi-dup-2'), events: [repeated], expectedVersion: 0 },
            ]),
          );
          expect(twice).toBeInstanceOf(EventIdConflictError);
          expect(withoutFences((await syncLog()).events)).toEqual([]);
        },
        timeout,
      );

      it(
        'concurrent multi-stream appends over shared streams neither deadlock nor reorder a stream in the log',
        async () => {
          await syncLog();
          const prefix = `multi-${randomUUID().slice(0, 8)}-`;
          const streams = range(8).map((i) => `${prefix}${i}`);
          const write = async (writer: number) => {
            for (let i = 0; i < 30; i++) {
              const a = streams[Math.floor(Math.random() * streams.length)];
              let b = a;
              while (b === a) b = streams[Math.floor(Math.random() * streams.length)];
              await store.appendToStreams([
                { streamId: a, events: [newEvent('M', { writer })], expectedVersion: 'any' },
                {
                  streamId: b,
                  events: [newEvent('M', { writer }), newEvent('M', { writer })],
                  expectedVersion: 'any',
                },
              ]);
            }
          };
          await Promise.all(range(6).map(write));
          const { events } = await syncLog();
          const lastVersion = new Map<string, number>();
          const outOfOrder: string[] = [];
          for (const e of events.filter((x) => x.streamId.startsWith(prefix))) {
            const previous = lastVersion.get(e.streamId) ?? 0;
            if (e.streamVersion !== previous + 1)
              outOfOrder.push(`${e.streamId}: ${e.streamVersion} after ${previous}`);
            lastVersion.set(e.streamId, e.streamVersion);
          }
          expect(outOfOrder).toEqual([]);
          expect([...lastVersion.values()].reduce((n, v) => n + v, 0)).toBe(6 * 30 * 3);
        },
        timeout,
      );

      it('rejects an empty list and a stream named twice', async () => {
        expect(await failureOf(store.appendToStreams([]))).toBeInstanceOf(RangeError);
        const s = newStreamId('twice');
        expect(
          await failureOf(
            store.appendToStreams([
              { streamId: s, events: [newEvent('A')], expectedVersion: 'any' },
              { streamId: s, events: [newEvent('B')], expectedVersion: 'any' },
            ]),
          ),
        ).toBeInstanceOf(RangeError);
        expect(await store.readStream(s)).toEqual([]);
      });

      it(
        '10 concurrent appends guarded by one stream: exactly one wins, no loser writes its own stream',
        async () => {
          const guard = newStreamId('guard');
          const opened = await store.appendToStream(guard, [newEvent('GuardOpened')], {
            expectedVersion: 'no-stream',
          });
          // Own streams sort on both sides of the guard, so some are appended before it.
          const own = range(10).map((i) => `${i % 2 === 0 ? 'a' : 'z'}-own-${randomUUID()}`);
          const outcomes = await Promise.allSettled(
            own.map((streamId, i) =>
              store.appendToStreams([
                { streamId: guard, events: [newEvent('Guarded', { i })], expectedVersion: 1 },
                {
                  streamId,
                  events: [newEvent('Own', { i }), newEvent('Own', { i })],
                  expectedVersion: 'no-stream',
                },
              ]),
            ),
          );
          const winners = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i] : []));
          expect(winners).toHaveLength(1);
          for (const o of outcomes) {
            if (o.status === 'rejected') {
              expect(o.reason).toBeInstanceOf(WrongExpectedVersionError);
              expect(o.reason).toMatchObject({ streamId: guard, actualVersion: 2 });
            }
          }
          const [winner] = winners;
          const guardEvents = await store.readStream(guard);
          expect(guardEvents.map((e) => e.data.i)).toEqual([undefined, winner]);
          for (const [i, streamId] of own.entries()) {
            expect((await store.readStream(streamId)).length).toBe(i === winner ? 2 : 0);
          }
          if (options.contiguousGlobalPositions) {
            // The losers burnt no position: the next event follows the winner's last one.
            const winnerResults = (outcomes[winner] as PromiseFulfilledResult<AppendResult[]>)
              .value;
            const last = Math.max(...winnerResults.map((r) => r.lastGlobalPosition));
            expect(last).toBe(opened.lastGlobalPosition + 3);
            const next = await store.appendToStream(guard, [newEvent('After')], {
              expectedVersion: 2,
            });
            expect(next.lastGlobalPosition).toBe(last + 1);
          }
        },
        timeout,
      );
    });

    describe('global log', () => {
      it(
        'reads in batches, each checkpoint the last event read',
        async () => {
          const before = (await syncLog()).checkpoint;
          const streamId = newStreamId('batched');
          await store.appendToStream(
            streamId,
            range(5).map((i) => newEvent('Step', { i })),
            {
              expectedVersion: 'no-stream',
            },
          );
          // Nothing else writes meanwhile, so once all five are readable they are the whole tail.
          await eventually(timeout, async () => (await store.readAll(before)).events.length === 5);

          const seen: StoredEvent[] = [];
          let checkpoint = before;
          for (const expectedSize of [2, 2, 1, 0]) {
            const batch = await store.readAll(checkpoint, { batchSize: 2 });
            expect(batch.events).toHaveLength(expectedSize);
            const last = batch.events[batch.events.length - 1];
            expect(batch.checkpoint).toEqual(
              last
                ? { transactionId: last.transactionId, globalPosition: last.globalPosition }
                : checkpoint,
            );
            seen.push(...batch.events);
            checkpoint = batch.checkpoint;
          }
          expect(seen.map((e) => [e.streamId, e.streamVersion, e.data.i])).toEqual(
            range(5).map((i) => [streamId, i + 1, i]),
          );
        },
        timeout,
      );

      it(
        'a reader polling during concurrent appends sees every event exactly once, in per-stream order',
        async () => {
          const writers = 8;
          const perWriter = 625; // 5,000 in all
          const total = writers * perWriter;
          const prefix = `poll-${randomUUID().slice(0, 8)}-`;
          // Few enough streams that writers collide on them: per-stream order is the point.
          const streams = range(40).map((i) => `${prefix}${i}`);
          const start = (await syncLog()).checkpoint;

          let writing = true;
          let writeFailed = false;
          const write = async (writer: number) => {
            for (let remaining = perWriter; remaining > 0;) {
              const size = Math.min(remaining, 1 + Math.floor(Math.random() * 5));
              const streamId = streams[Math.floor(Math.random() * streams.length)];
              await store.appendToStream(
                streamId,
                range(size).map(() => newEvent('Polled', { writer })),
                { expectedVersion: 'any' },
              );
              remaining -= size;
            }
          };
          const writes = Promise.all(range(writers).map(write));
          writes.then(
            () => (writing = false),
            () => {
              writing = false;
              writeFailed = true;
            },
          );

          // eventId → where it was read, so a failure says which positions and which checkpoint.
          const seen = new Map<string, string>();
          const duplicates: string[] = [];
          const outOfOrder: string[] = [];
          const lastVersion = new Map<string, number>();
          let checkpoint = start;
          const deadline = Date.now() + timeout - 5_000;
          const read = async () => {
            while ((writing || seen.size < total) && !writeFailed) {
              if (Date.now() > deadline) {
                throw new Error(`reader saw ${seen.size} of ${total} events before the deadline`);
              }
              const from = checkpoint;
              const batch = await store.readAll(from, { batchSize: 250 });
              for (const event of batch.events) {
                const where = `${event.transactionId}/${event.globalPosition} (read from ${from.transactionId}/${from.globalPosition})`;
                if (compareCheckpoints(event, checkpoint) <= 0) {
                  outOfOrder.push(
                    `log went backwards at ${event.transactionId}/${event.globalPosition}`,
                  );
                }
                checkpoint = {
                  transactionId: event.transactionId,
                  globalPosition: event.globalPosition,
                };
                if (!event.streamId.startsWith(prefix)) continue;
                const earlier = seen.get(event.eventId);
                if (earlier !== undefined)
                  duplicates.push(`${event.eventId} at ${earlier} and again at ${where}`);
                seen.set(event.eventId, where);
                const previous = lastVersion.get(event.streamId) ?? 0;
                if (event.streamVersion !== previous + 1) {
                  outOfOrder.push(
                    `${event.streamId}: version ${event.streamVersion} after ${previous}`,
                  );
                }
                lastVersion.set(event.streamId, event.streamVersion);
              }
              expect(batch.checkpoint).toEqual(checkpoint);
              if (batch.events.length === 0) await sleep(2);
            }
          };

          await Promise.all([writes, read()]);

          expect(duplicates).toEqual([]);
          expect(outOfOrder).toEqual([]);
          expect(seen.size).toBe(total);
          const rest = await drain(store, checkpoint);
          expect(rest.events.filter((e) => e.streamId.startsWith(prefix))).toEqual([]);
          let stored = 0;
          for (const streamId of streams) {
            const events = await store.readStream(streamId);
            expect(lastVersion.get(streamId) ?? 0).toBe(events.length);
            stored += events.length;
          }
          expect(stored).toBe(total);
        },
        Math.max(timeout, 120_000),
      );
    });

    describe('lifecycle', () => {
      it(
        'closes idempotently, and reports down afterwards',
        async () => {
          const other = await factory();
          await other.init();
          await Promise.all([other.close(), other.close()]);
          await other.close();
          expect(await other.health()).toMatchObject({ adapter: other.adapter, status: 'down' });
          expect(await failureOf(other.readStream(newStreamId('closed')))).toBeInstanceOf(
            EventStoreUnavailableError,
          );
          expect(await failureOf(other.init())).toBeInstanceOf(EventStoreUnavailableError);
        },
        timeout,
      );
    });

    const unreachable = options.unreachable;
    if (unreachable) {
      describe('when the server cannot be reached', () => {
        let down: EventStore;
        beforeAll(() => {
          down = unreachable();
        });
        afterAll(async () => {
          await down.close();
        });

        it(
          'every operation fails with EventStoreUnavailableError and health reports down',
          async () => {
            expect(await failureOf(down.init())).toBeInstanceOf(EventStoreUnavailableError);
            expect(
              await failureOf(
                down.appendToStream(newStreamId('down'), [newEvent('A')], {
                  expectedVersion: 'any',
                }),
              ),
            ).toBeInstanceOf(EventStoreUnavailableError);
            expect(await failureOf(down.readStream(newStreamId('down')))).toBeInstanceOf(
              EventStoreUnavailableError,
            );
            expect(await failureOf(down.readAll(LOG_START))).toBeInstanceOf(
              EventStoreUnavailableError,
            );
            expect(
              await failureOf(
                down.appendToStreams([
                  {
                    streamId: newStreamId('down'),
                    events: [newEvent('A')],
                    expectedVersion: 'any',
                  },
                ]),
              ),
            ).toBeInstanceOf(EventStoreUnavailableError);
            const health = await down.health();
            expect(health).toMatchObject({ adapter: down.adapter, status: 'down' });
            expect(health.detail).toEqual(expect.any(String));
          },
          timeout,
        );
      });
    }
  });
}

function newStreamId(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}

function newEvent(type: string, data: Record<string, unknown> = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    data: { ...data },
    metadata: {
      effectiveOn: '2025-03-14',
      recordedAt: new Date().toISOString(),
      actor: 'contract-test',
      correlationId: randomUUID(),
      schemaVersion: 1,
    },
  };
}

/** The fields a writer chose plus the stream coordinates; positions are checked separately. */
function envelope(e: StoredEvent) {
  return {
    eventId: e.eventId,
    type: e.type,
    data: e.data,
    metadata: e.metadata,
    streamId: e.streamId,
    streamVersion: e.streamVersion,
  };
}

function expectIncreasingPositions(events: StoredEvent[]): void {
  for (let i = 1; i < events.length; i++) {
    expect(events[i].globalPosition).toBeGreaterThan(events[i - 1].globalPosition);
  }
}

function compareCheckpoints(a: LogCheckpoint, b: LogCheckpoint): number {
  const ta = BigInt(a.transactionId);
  const tb = BigInt(b.transactionId);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.globalPosition - b.globalPosition;
}

async function drain(
  store: EventStore,
  from: LogCheckpoint,
): Promise<{ events: StoredEvent[]; checkpoint: LogCheckpoint }> {
  const events: StoredEvent[] = [];
  let checkpoint = from;
  for (;;) {
    const batch = await store.readAll(checkpoint, { batchSize: 1000 });
    if (batch.events.length === 0) return { events, checkpoint };
    events.push(...batch.events);
    checkpoint = batch.checkpoint;
  }
}

/**
 * Appends a fence event and reads the log from `from` until the fence shows up. Every append
 * that finished before the fence was written has a lower transaction id, so it is in `events`.
 */
async function readThroughFence(
  store: EventStore,
  from: LogCheckpoint,
  timeoutMs: number,
): Promise<{ events: StoredEvent[]; checkpoint: LogCheckpoint }> {
  const fence = newEvent('ContractFence');
  await store.appendToStream(newStreamId('fence'), [fence], { expectedVersion: 'no-stream' });
  const events: StoredEvent[] = [];
  let checkpoint = from;
  const deadline = Date.now() + timeoutMs / 2;
  for (;;) {
    const batch = await store.readAll(checkpoint, { batchSize: 1000 });
    events.push(...batch.events);
    checkpoint = batch.checkpoint;
    if (batch.events.some((e) => e.eventId === fence.eventId)) return { events, checkpoint };
    if (batch.events.length === 0) {
      if (Date.now() > deadline) {
        throw new Error(
          'the fence event never became readable: is a transaction holding back the horizon?',
        );
      }
      await sleep(5);
    }
  }
}

function withoutFences(events: StoredEvent[]): StoredEvent[] {
  return events.filter((e) => e.type !== 'ContractFence');
}

async function eventually(timeoutMs: number, condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs / 2;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met before the deadline');
    await sleep(5);
  }
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected the operation to fail, but it succeeded'),
    (error: unknown) => error,
  );
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
