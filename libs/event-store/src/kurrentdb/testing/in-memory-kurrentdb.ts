import {
  type AllStreamResolvedEvent,
  type AppendStreamRequest,
  type AppendStreamState,
  BACKWARDS,
  END,
  type MultiAppendResult,
  NO_STREAM,
  type Position,
  type ReadAllOptions,
  type ReadStreamOptions,
  type ResolvedEvent,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import type { KurrentDbClient } from '../kurrentdb-event-store';

interface LogEntry {
  streamName: string;
  revision: bigint;
  id: string;
  type: string;
  /** JSON text, parsed afresh on every read as the server would send bytes. */
  data: string;
  metadata?: string;
  position: Position;
}

/**
 * A stand-in for a KurrentDB server behind the client, for unit tests of the adapter's logic: it
 * holds what the adapter relies on (atomic multi-stream appends checking every stream's expected
 * state, per-stream revisions, a `$all` ordered by (commit, prepare) with one commit position per
 * append and gaps between prepare positions, stream-name prefix filters, StreamNotFoundError,
 * metadata properties returned as a JSON object with the server's own `$`-keys beside them).
 * It is not evidence of how a real server behaves: the int-spec runs the contract against one.
 */
export class InMemoryKurrentDb {
  private readonly log: LogEntry[] = [];
  private readonly streams = new Map<string, LogEntry[]>();
  private nextPrepare = 1024n;
  /** When set, every request fails as it does against a server that cannot be reached. */
  unreachable = false;
  /** Every multi-stream append request, for tests that look at what was sent. */
  readonly appends: AppendStreamRequest[][] = [];

  constructor() {
    // A fresh server's log starts with system records; the store must skip them.
    this.write([
      {
        streamName: '$settings',
        expectedState: 'any',
        events: [
          {
            id: '00000000-0000-4000-8000-000000000001',
            contentType: 'application/json',
            type: '$settings',
            data: {},
            metadata: undefined,
          },
        ],
      },
    ]);
  }

  client(): KurrentDbClient {
    let disposed = false;
    const check = async () => {
      // Let other requests interleave, as they would on the network.
      await new Promise((resolve) => setImmediate(resolve));
      if (disposed || this.unreachable) {
        throw new UnavailableError(undefined, 'UNAVAILABLE: No connection established');
      }
    };
    const readStream = (streamName: string, options: ReadStreamOptions) =>
      this.readStream(streamName, options);
    const readAll = (options: ReadAllOptions) => this.readAll(options);
    return {
      multiStreamAppend: async (requests: AppendStreamRequest[]) => {
        await check();
        return this.multiStreamAppend(requests);
      },
      readStream: (streamName: string, options: ReadStreamOptions = {}) =>
        (async function* () {
          await check();
          yield* readStream(streamName, options);
        })(),
      readAll: (options: ReadAllOptions = {}) =>
        (async function* () {
          await check();
          yield* readAll(options);
        })(),
      dispose: async () => {
        disposed = true;
      },
    } as unknown as KurrentDbClient;
  }

  /** Appends as another program would, bypassing the adapter (e.g. events it must skip). */
  write(requests: AppendStreamRequest[]): MultiAppendResult {
    return this.multiStreamAppend(requests);
  }

  private multiStreamAppend(requests: AppendStreamRequest[]): MultiAppendResult {
    this.appends.push(requests);
    const names = requests.map((r) => r.streamName);
    if (new Set(names).size !== names.length) throw new Error('a stream appears twice');
    for (const request of requests) {
      for (const event of request.events) {
        const { metadata } = event;
        if (
          metadata != null &&
          (metadata instanceof Uint8Array ||
            typeof metadata !== 'object' ||
            Array.isArray(metadata) ||
            Object.values(metadata).some((v) => typeof v !== 'string'))
        ) {
          // As the client 1.3 checks before sending.
          throw new Error(
            'multiStreamAppend requires metadata to be a plain object with string keys and string values.',
          );
        }
      }
      const current = this.streams.get(request.streamName);
      const revision = current ? BigInt(current.length - 1) : undefined;
      if (!holds(request.expectedState, revision)) {
        throw new WrongExpectedVersionError(undefined, {
          streamName: request.streamName,
          expected: request.expectedState,
          current: revision ?? NO_STREAM,
        });
      }
    }
    const commit = this.nextPrepare;
    const responses = requests.map((request) => {
      const stream = this.streams.get(request.streamName) ?? [];
      this.streams.set(request.streamName, stream);
      for (const event of request.events) {
        const data = JSON.stringify(event.data);
        const entry: LogEntry = {
          streamName: request.streamName,
          revision: BigInt(stream.length),
          id: event.id,
          type: event.type,
          data,
          metadata: event.metadata
            ? JSON.stringify({
                ...(event.metadata as Record<string, string>),
                '$schema.format': 'Json',
                '$schema.name': event.type,
              })
            : undefined,
          position: { commit, prepare: this.nextPrepare },
        };
        stream.push(entry);
        this.log.push(entry);
        // Record sizes leave gaps between positions.
        this.nextPrepare += 100n + BigInt(Buffer.byteLength(data));
      }
      return { streamName: request.streamName, revision: BigInt(stream.length - 1) };
    });
    return { position: commit, responses };
  }

  private *readStream(streamName: string, options: ReadStreamOptions): Generator<ResolvedEvent> {
    const stream = this.streams.get(streamName);
    if (!stream) throw new StreamNotFoundError(undefined, streamName);
    const maxCount = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const backwards = options.direction === BACKWARDS;
    const from = options.fromRevision ?? (backwards ? END : START);
    let index = from === START ? 0 : from === END ? stream.length - 1 : Number(from);
    for (let n = 0; n < maxCount && index >= 0 && index < stream.length; n++) {
      yield { event: recorded(stream[index]) } as ResolvedEvent;
      index += backwards ? -1 : 1;
    }
  }

  private *readAll(options: ReadAllOptions): Generator<AllStreamResolvedEvent> {
    const maxCount = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const from = options.fromPosition ?? START;
    if (from === END || options.direction === BACKWARDS) throw new Error('not supported here');
    const prefixes =
      options.filter && 'prefixes' in options.filter && options.filter.filterOn === 'streamName'
        ? options.filter.prefixes
        : undefined;
    // Inclusive: reading from a position returns the event at that position.
    let index = from === START ? 0 : firstAtOrAfter(this.log, from);
    for (let n = 0; n < maxCount && index < this.log.length; index++) {
      const entry = this.log[index];
      if (prefixes && !prefixes.some((p) => entry.streamName.startsWith(p))) continue;
      n++;
      yield { event: recorded(entry) } as AllStreamResolvedEvent;
    }
  }
}

function holds(expected: AppendStreamState, revision: bigint | undefined): boolean {
  if (expected === 'any') return true;
  if (expected === NO_STREAM) return revision === undefined;
  if (expected === STREAM_EXISTS) return revision !== undefined;
  return revision === expected;
}

function compare(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  return a.prepare === b.prepare ? 0 : a.prepare < b.prepare ? -1 : 1;
}

function firstAtOrAfter(log: readonly LogEntry[], from: Position): number {
  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(log[mid].position, from) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function recorded(entry: LogEntry) {
  return {
    streamId: entry.streamName,
    id: entry.id,
    revision: entry.revision,
    type: entry.type,
    data: JSON.parse(entry.data) as unknown,
    metadata: entry.metadata === undefined ? undefined : (JSON.parse(entry.metadata) as unknown),
    isJson: true,
    created: new Date(0),
    position: entry.position,
  };
}
