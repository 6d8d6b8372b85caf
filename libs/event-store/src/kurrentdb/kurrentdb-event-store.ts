import {
  BACKWARDS,
  CancelledError,
  END,
  KurrentDBClient,
  type MultiAppendResult,
  type ResolvedEvent,
  StreamNotFoundError,
  streamNameFilter,
  UnsupportedError,
} from '@kurrent/kurrentdb-client';
import {
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type EventStoreHealth,
  EventStoreUnavailableError,
  type LogCheckpoint,
  type NewEvent,
  type ReadAllOptions,
  type ReadAllResult,
  type ReadStreamOptions,
  type StoredEvent,
  type StreamAppend,
} from '../event-store.port';
import {
  buildRequests,
  inStreamIdOrder,
  type PlannedStream,
  planStream,
  planStreams,
} from './append-plan';
import { mapBounded, sleep } from './concurrency';
import { type RecordedLike, toStoredEvent } from './event-codec';
import { isAppendConflict, isUnavailable } from './errors';
import { type EventIdClaim, judgeClaims, parseClaim } from './id-claims';
import { type LogRecord, readLogBatch } from './log-reader';
import { inLogOrder, positionOf } from './positions';
import { StreamNames } from './stream-names';
import { firstWrongVersion, fixedVersionOf, versionOfRevision } from './versions';

export interface KurrentDbEventStoreOptions {
  /** A KurrentDB connection string, e.g. `kurrentdb://127.0.0.1:2113?tls=false`. */
  connectionString: string;
  /**
   * Prepended to every stream this store writes and reads (default ''): stream `X` is stored as
   * `${streamPrefix}X` and read back as `X`; the global log holds only this prefix's streams.
   */
  streamPrefix?: string;
}

/** The part of the client the adapter uses. */
export type KurrentDbClient = Pick<
  KurrentDBClient,
  'readStream' | 'readAll' | 'multiStreamAppend' | 'dispose'
>;

const DEFAULT_BATCH_SIZE = 1000;
// Reads of claim streams and of single events, issued together for one operation.
const READ_CONCURRENCY = 8;
// An `'any'` append reads the stream's version and expects it; under contention another writer
// can get there first, and the append tries again.
const MAX_APPEND_ATTEMPTS = 30;

/**
 * The EventStore port on KurrentDB (25.1 or later: every append is one atomic multi-stream
 * append, which also claims the event ids; see id-claims.ts). Positions: positions.ts.
 */
export class KurrentDbEventStore implements EventStore {
  readonly adapter = 'kurrentdb';
  /** Prepare positions of `$all`: in log order (positions.ts). */
  readonly positionsInLogOrder = true;
  private readonly names: StreamNames;
  private client?: KurrentDbClient;
  private initializing?: Promise<void>;
  private closing?: Promise<void>;

  constructor(private readonly options: KurrentDbEventStoreOptions) {
    if (typeof options.connectionString !== 'string' || options.connectionString.length === 0) {
      throw new RangeError('KurrentDB connection string must be a non-empty string');
    }
    this.names = new StreamNames(options.streamPrefix ?? '');
  }

  get streamPrefix(): string {
    return this.names.prefix;
  }

  /** Creates the client on first use; nothing connects before a request. */
  protected connect(connectionString: string): KurrentDbClient {
    return KurrentDBClient.connectionString(connectionString);
  }

  init(): Promise<void> {
    if (this.closing) return Promise.reject(this.closedError());
    // Retried after a failure (the server may still be starting), shared while in flight.
    this.initializing ??= this.ping().catch((error: unknown) => {
      this.initializing = undefined;
      throw error;
    });
    return this.initializing;
  }

  async appendToStream(
    streamId: string,
    events: NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const [result] = await this.append([planStream(streamId, events, options)]);
    return result;
  }

  async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    return this.append(planStreams(appends));
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const fromVersion = options.fromVersion ?? 1;
    const maxCount = options.maxCount;
    if (!Number.isSafeInteger(fromVersion)) {
      throw new RangeError(`fromVersion must be an integer, got ${String(fromVersion)}`);
    }
    if (maxCount !== undefined && (!Number.isSafeInteger(maxCount) || maxCount < 0)) {
      throw new RangeError(`maxCount must be a non-negative integer, got ${String(maxCount)}`);
    }
    if (maxCount === 0) return [];
    return this.run(async (client) => {
      const resolved = await collect(
        client.readStream(this.names.stored(streamId), {
          fromRevision: BigInt(Math.max(fromVersion, 1) - 1),
          maxCount,
        }),
      );
      return resolved.map((r) => this.ownEvent(r, streamId));
    });
  }

  async readEventsById(eventIds: readonly string[]): Promise<StoredEvent[]> {
    const bad = eventIds.find((id) => typeof id !== 'string' || !UUID.test(id));
    if (bad !== undefined) throw new RangeError(`event ids are UUIDs, got ${String(bad)}`);
    if (eventIds.length === 0) return [];
    const ids = [...new Set(eventIds.map((id) => id.toLowerCase()))];
    return this.run(async (client) => {
      const claims = await this.readClaims(client, ids);
      const found = await mapBounded([...claims], READ_CONCURRENCY, async ([eventId, claim]) => {
        const event = await this.readEventAt(client, claim.streamId, claim.streamVersion);
        if (event.eventId !== eventId) {
          throw new Error(
            `event id claim ${eventId} points to ${claim.streamId}@${claim.streamVersion}, which holds ${event.eventId}`,
          );
        }
        return event;
      });
      return inLogOrder(found);
    });
  }

  async readAll(from: LogCheckpoint, options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(batchSize) || batchSize < 1) {
      throw new RangeError(`batchSize must be a positive integer, got ${String(batchSize)}`);
    }
    positionOf(from);
    // Server-side, only this prefix's streams; the rest of the skipping happens here.
    const filter = this.names.prefix
      ? streamNameFilter({ prefixes: [this.names.prefix] })
      : undefined;
    return this.run((client) =>
      readLogBatch(
        async (fromPosition, maxCount) => {
          const page = await collect(client.readAll({ fromPosition, maxCount, filter }));
          return page.flatMap((resolved): LogRecord[] => {
            const recorded = resolved.event;
            return recorded
              ? [{ position: recorded.position, event: this.logEvent(recorded) }]
              : [];
          });
        },
        from,
        batchSize,
      ),
    );
  }

  async health(): Promise<EventStoreHealth> {
    if (this.closing) return { adapter: this.adapter, status: 'down', detail: 'closed' };
    try {
      await this.ping();
      return { adapter: this.adapter, status: 'up' };
    } catch (error) {
      return {
        adapter: this.adapter,
        status: 'down',
        detail: error instanceof Error ? error.message || error.name : String(error),
      };
    }
  }

  close(): Promise<void> {
    this.closing ??= (this.client?.dispose() ?? Promise.resolve()).catch(() => undefined);
    return this.closing;
  }

  private ping(): Promise<void> {
    return this.run(async (client) => {
      await this.currentVersion(client, this.names.healthCheck());
    });
  }

  /**
   * One atomic multi-stream append of the events and their id claims. When the server refuses
   * it, the claims and stream versions read afterwards decide: a retry of a stored append
   * (answered, nothing written), an EventIdConflictError, a WrongExpectedVersionError, or — an
   * `'any'` stream moved meanwhile — another attempt.
   */
  private append(plan: readonly PlannedStream[]): Promise<AppendResult[]> {
    return this.run(async (client) => {
      const sorted = inStreamIdOrder(plan);
      for (let attempt = 1; ; attempt++) {
        const versions = await this.versionsToExpect(client, sorted);
        let written: MultiAppendResult;
        try {
          written = await client.multiStreamAppend(buildRequests(sorted, versions, this.names));
        } catch (error) {
          if (!isAppendConflict(error)) throw error;
          const answer = await this.settleRefusal(client, sorted);
          if (answer) return inPlanOrder(plan, answer);
          if (attempt >= MAX_APPEND_ATTEMPTS) {
            throw new Error(
              `append to ${sorted.map((s) => s.streamId).join(', ')} was still refused after ${attempt} attempts: an 'any' stream kept moving, or a competing append never committed`,
              { cause: error },
            );
          }
          await sleep(Math.random() * Math.min(100, 2 ** attempt));
          continue;
        }
        return inPlanOrder(plan, await this.confirm(client, sorted, versions, written));
      }
    });
  }

  /** The version each stream must be at: its fixed expected version, or for `'any'` its current. */
  private async versionsToExpect(
    client: KurrentDbClient,
    sorted: readonly PlannedStream[],
  ): Promise<Map<string, number>> {
    const versions = await mapBounded(sorted, READ_CONCURRENCY, async (s) => {
      const fixed = fixedVersionOf(s.expectedVersion);
      return [
        s.streamId,
        fixed ?? (await this.currentVersion(client, this.names.stored(s.streamId))),
      ] as const;
    });
    return new Map(versions);
  }

  /**
   * Why the server refused the append, from what is committed now: the claims of its ids, else
   * its streams' versions. Undefined when neither explains it — an `'any'` stream moved, or the
   * server counted a competing append it had not committed yet — and the append tries again.
   */
  private async settleRefusal(
    client: KurrentDbClient,
    sorted: readonly PlannedStream[],
  ): Promise<AppendResult[] | undefined> {
    const claims = await this.readClaims(
      client,
      sorted.flatMap((s) => s.eventIds),
    );
    const verdict = judgeClaims(sorted, claims);
    if (verdict.kind === 'conflict') throw verdict.error;
    if (verdict.kind === 'retry') {
      return mapBounded(sorted, READ_CONCURRENCY, async (s) => {
        const version = verdict.versions.get(s.streamId)!;
        const last = await this.readEventAt(client, s.streamId, version);
        return {
          streamId: s.streamId,
          nextExpectedVersion: version,
          lastGlobalPosition: last.globalPosition,
          written: false,
        };
      });
    }
    const actual = await mapBounded(
      sorted,
      READ_CONCURRENCY,
      async (s) =>
        [s.streamId, await this.currentVersion(client, this.names.stored(s.streamId))] as const,
    );
    const wrong = firstWrongVersion(sorted, new Map(actual));
    if (wrong) throw wrong;
    return undefined;
  }

  /** The results of a successful append; positions are read back (the reply has only one). */
  private confirm(
    client: KurrentDbClient,
    sorted: readonly PlannedStream[],
    versions: ReadonlyMap<string, number>,
    written: MultiAppendResult,
  ): Promise<AppendResult[]> {
    return mapBounded(sorted, READ_CONCURRENCY, async (s) => {
      const expected = versions.get(s.streamId)! + s.events.length;
      const stored = this.names.stored(s.streamId);
      const response = written.responses.find((r) => r.streamName === stored);
      const version = response ? versionOfRevision(response.revision) : expected;
      if (version !== expected) {
        throw new Error(
          `KurrentDB put the events of ${s.streamId} at version ${version}, expected ${expected}`,
        );
      }
      const last = await this.readEventAt(client, s.streamId, version);
      if (last.eventId !== s.eventIds[s.eventIds.length - 1]) {
        throw new Error(`${s.streamId}@${version} is not the event just appended`);
      }
      return {
        streamId: s.streamId,
        nextExpectedVersion: version,
        lastGlobalPosition: last.globalPosition,
        written: true,
      };
    });
  }

  /** The stream's version (0 when it does not exist), read from the leader. */
  private async currentVersion(client: KurrentDbClient, streamName: string): Promise<number> {
    const [last] = await collect(
      client.readStream(streamName, {
        direction: BACKWARDS,
        fromRevision: END,
        maxCount: 1,
        requiresLeader: true,
      }),
    );
    return last?.event ? versionOfRevision(last.event.revision) : 0;
  }

  private async readEventAt(
    client: KurrentDbClient,
    streamId: string,
    version: number,
  ): Promise<StoredEvent> {
    const [found] = await collect(
      client.readStream(this.names.stored(streamId), {
        fromRevision: BigInt(version - 1),
        maxCount: 1,
        requiresLeader: true,
      }),
    );
    const event = found ? this.ownEvent(found, streamId) : undefined;
    if (!event || event.streamVersion !== version) {
      throw new Error(`event ${streamId}@${version} is not in the store`);
    }
    return event;
  }

  /** The claims of these event ids that exist, by id. */
  private async readClaims(
    client: KurrentDbClient,
    eventIds: readonly string[],
  ): Promise<Map<string, EventIdClaim>> {
    const claims = await mapBounded(eventIds, READ_CONCURRENCY, async (eventId) => {
      const [first] = await collect(
        client.readStream(this.names.claim(eventId), { maxCount: 1, requiresLeader: true }),
      );
      if (!first?.event) return undefined;
      const claim = parseClaim(first.event.data);
      if (!claim) throw new Error(`the claim stream of event id ${eventId} holds no valid claim`);
      return [eventId, claim] as const;
    });
    return new Map(claims.filter((c) => c !== undefined));
  }

  /** An event of one of the port's streams; it must have been written by this store. */
  private ownEvent(resolved: ResolvedEvent, streamId: string): StoredEvent {
    const recorded = resolved.event as RecordedLike | undefined;
    const event = recorded ? toStoredEvent(recorded, streamId) : undefined;
    if (!event) {
      throw new Error(
        `stream ${streamId} holds an event (${recorded?.id ?? 'unresolved'}) not written by the Loanbook event store`,
      );
    }
    return event;
  }

  /** A record of `$all` as the port's event, or undefined when the global log leaves it out. */
  private logEvent(recorded: RecordedLike): StoredEvent | undefined {
    if (recorded.type.startsWith('$')) return undefined;
    const streamId = this.names.owned(recorded.streamId);
    return streamId === undefined ? undefined : toStoredEvent(recorded, streamId);
  }

  private async run<T>(operation: (client: KurrentDbClient) => Promise<T>): Promise<T> {
    if (this.closing) throw this.closedError();
    this.client ??= this.connect(this.options.connectionString);
    try {
      return await operation(this.client);
    } catch (error) {
      throw this.translate(error);
    }
  }

  private translate(error: unknown): unknown {
    if (error instanceof EventStoreUnavailableError) return error;
    if (this.closing && (isUnavailable(error) || error instanceof CancelledError)) {
      return this.closedError();
    }
    if (isUnavailable(error)) {
      const reason = error instanceof Error ? error.message || error.name : String(error);
      return new EventStoreUnavailableError(`KurrentDB event store unavailable: ${reason}`, error);
    }
    if (error instanceof UnsupportedError) {
      return new Error(
        `the KurrentDB server is too old for this event store (multi-stream appends need KurrentDB 25.1 or later): ${error.message}`,
        { cause: error },
      );
    }
    return error;
  }

  private closedError(): EventStoreUnavailableError {
    return new EventStoreUnavailableError('KurrentDB event store is closed');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a stream to the end; a stream that does not exist reads as empty. */
async function collect<E>(read: AsyncIterable<E>): Promise<E[]> {
  const items: E[] = [];
  try {
    for await (const item of read) items.push(item);
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return items;
}

function inPlanOrder(plan: readonly PlannedStream[], results: AppendResult[]): AppendResult[] {
  return plan.map((p) => results.find((r) => r.streamId === p.streamId)!);
}
