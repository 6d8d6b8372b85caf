/**
 * The event store port. Adapters: `postgres` (pg driver), `pglite` (embedded), `kurrentdb`
 * (@kurrent/kurrentdb-client, KurrentDB 25.1+). One contract suite
 * (`testing/event-store.contract.ts`) runs against each.
 */

/** Metadata every event carries (DESIGN.md "Events"). */
export interface EventMetadata {
  /** Business date on which the event takes effect (ISO date, may lie in the past). */
  effectiveOn: string;
  /** Instant at which it was recorded (ISO timestamp). */
  recordedAt: string;
  actor?: string;
  correlationId?: string;
  causationId?: string;
  schemaVersion: number;
  [key: string]: unknown;
}

/** An event as a writer hands it to the store. */
export interface NewEvent<TData = Record<string, unknown>> {
  /** UUID chosen by the writer; appending an already stored id is a no-op (idempotent retry). */
  eventId: string;
  type: string;
  data: TData;
  metadata: EventMetadata;
}

/** An event as the store hands it back. */
export interface StoredEvent<TData = Record<string, unknown>> extends NewEvent<TData> {
  streamId: string;
  /** 1 for the first event of a stream. */
  streamVersion: number;
  /**
   * SQL adapters: drawn from a sequence, unique and increasing, but with gaps and not in commit
   * order. KurrentDB: the event's prepare position in `$all` (a byte offset: unique, increasing
   * within a commit, with gaps).
   */
  globalPosition: number;
  /**
   * Decimal string. SQL adapters: id of the writing transaction (`xid8`). KurrentDB: the commit
   * position in `$all`, shared by the events of one append.
   */
  transactionId: string;
}

/**
 * What the writer expects the stream's version to be before its append:
 * a number (0 = the stream does not exist yet), `'no-stream'` (same as 0) or `'any'`.
 */
export type ExpectedVersion = number | 'no-stream' | 'any';

export interface AppendOptions {
  expectedVersion: ExpectedVersion;
}

/** One stream's part of an atomic multi-stream append. */
export interface StreamAppend {
  streamId: string;
  events: NewEvent[];
  expectedVersion: ExpectedVersion;
}

export interface AppendResult {
  streamId: string;
  /** The stream's version after the append. */
  nextExpectedVersion: number;
  /** Global position of the last event of the append. */
  lastGlobalPosition: number;
  /** False when every event id was already stored: a retry that wrote nothing. */
  written: boolean;
}

export interface ReadStreamOptions {
  /** First version to return (default 1). */
  fromVersion?: number;
  maxCount?: number;
}

/**
 * A position in the global log: events are read ordered by (transactionId, globalPosition).
 * SQL adapters read only from transactions older than the oldest one still running, so a
 * transaction that commits late is never skipped (DESIGN.md "The event store"). KurrentDB:
 * (commit, prepare) of `$all`, which is final at commit; LOG_START is the start of `$all`, and a
 * checkpoint may be that of a record the store skipped (system events, id claims).
 */
export interface LogCheckpoint {
  transactionId: string;
  globalPosition: number;
}

export const LOG_START: LogCheckpoint = { transactionId: '0', globalPosition: 0 };

export interface ReadAllOptions {
  /** Maximum number of events in the batch (default 1000). */
  batchSize?: number;
}

export interface ReadAllResult {
  events: StoredEvent[];
  /** Where the next read starts: the last event's position, or `from` when the batch is empty. */
  checkpoint: LogCheckpoint;
}

export interface EventStoreHealth {
  adapter: string;
  status: 'up' | 'down';
  detail?: string;
}

export interface EventStore {
  readonly adapter: string;
  /**
   * True where global positions increase in log order (KurrentDB): a reader's checkpoint has
   * passed an event when its position is at least the event's. The SQL stores draw positions
   * before commit, so a reader looks the event's transaction up in the events table instead.
   */
  readonly positionsInLogOrder?: boolean;
  /** Connects and applies pending migrations. Idempotent. */
  init(): Promise<void>;
  appendToStream(
    streamId: string,
    events: NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult>;
  /**
   * Appends to several streams in one transaction: all or nothing. Fails as `appendToStream`
   * would (WrongExpectedVersionError, EventIdConflictError) for the first stream, in stream-id
   * order, that cannot be appended; then nothing is written in any stream. A retry whose ids
   * are all stored already, in the same streams, writes nothing and answers as the original.
   * Results are in the order of `appends`.
   */
  appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]>;
  /** The stream's events oldest first; an unknown stream gives an empty list. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /**
   * The stored events among these ids, in log order; ids not stored are left out. How a
   * writer that chose its event ids (an idempotent command) finds what it wrote before.
   */
  readEventsById(eventIds: readonly string[]): Promise<StoredEvent[]>;
  /** The next batch of the global log after `from`, in commit-safe order. */
  readAll(from: LogCheckpoint, options?: ReadAllOptions): Promise<ReadAllResult>;
  health(): Promise<EventStoreHealth>;
  close(): Promise<void>;
}

/** The stream moved on: the append was rejected and nothing was written. */
export class WrongExpectedVersionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: ExpectedVersion,
    readonly actualVersion: number,
  ) {
    super(`stream ${streamId} is at version ${actualVersion}, expected ${String(expectedVersion)}`);
    this.name = 'WrongExpectedVersionError';
  }
}

/** Some but not all event ids of an append are already stored, or stored in another stream. */
export class EventIdConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly eventIds: string[],
  ) {
    super(`event ids already stored elsewhere or partially: ${eventIds.join(', ')}`);
    this.name = 'EventIdConflictError';
  }
}

/** The store cannot be reached (connection refused, server down): a 503 for clients. */
export class EventStoreUnavailableError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'EventStoreUnavailableError';
  }
}
