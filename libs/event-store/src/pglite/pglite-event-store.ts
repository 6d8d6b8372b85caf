import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
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
import { appendToStream } from '../sql/append-to-stream';
import { appendToStreams } from '../sql/append-to-streams';
import { runMigrations } from '../sql/migrations';
import { readAll } from '../sql/read-all';
import { readEventsById } from '../sql/read-events-by-id';
import { readStream } from '../sql/read-stream';
import {
  assertSchemaName,
  DEFAULT_SCHEMA,
  type SqlDatabase,
  type SqlSession,
} from '../sql/sql-executor';
import { DataDirLock, type DataDirLockLostError } from './data-dir-lock';
import { loadPglite } from './load-pglite';
import { SerialQueue } from './serial-queue';

const JSON_OID = 114;
const JSONB_OID = 3802;
// JSON is parsed here rather than by PGlite so that event payloads are plain objects of this
// module's realm even when PGlite itself was loaded outside it (see load-pglite.ts): jest's
// toStrictEqual and instanceof checks would otherwise reject them.
const parseJson = (text: string): unknown => JSON.parse(text);

// Set while a transaction's callback runs: an operation queued from inside it would wait for
// the transaction that waits for it, so it fails at once instead.
const insideTransaction = new AsyncLocalStorage<PgliteEventStore>();

export interface PgliteEventStoreOptions {
  /** A directory persisted on disk, or `memory://` for a throw-away store (tests). */
  dataDir: string;
  /** PostgreSQL schema holding the store's tables (default `loanbook`). */
  schema?: string;
  /**
   * Who opens the directory, for the message another process gets while this one holds it
   * (data-dir-lock.ts); and what to do should the lock be lost (the store refuses every
   * operation from then on in any case).
   */
  owner?: { purpose: string; onLost?: (error: DataDirLockLostError) => void };
}

export class PgliteEventStore implements EventStore {
  readonly adapter = 'pglite';
  readonly schema: string;
  readonly dataDir: string;
  private readonly queue = new SerialQueue();
  private db?: PGlite;
  private initializing?: Promise<void>;
  private closing?: Promise<void>;
  private lock?: DataDirLock;
  private lockLost?: DataDirLockLostError;
  private readonly owner: NonNullable<PgliteEventStoreOptions['owner']>;

  constructor(options: PgliteEventStoreOptions) {
    this.schema = assertSchemaName(options.schema ?? DEFAULT_SCHEMA);
    this.dataDir = options.dataDir;
    this.owner = options.owner ?? { purpose: 'a Loanbook process' };
  }

  /** Tells a second process where this one serves (the back office, once it listens). */
  describeOwner(extra: { url?: string }): void {
    this.lock?.describe(extra);
  }

  init(): Promise<void> {
    if (this.closing) return Promise.reject(this.closedError());
    this.initializing ??= this.queue
      .run(() => this.open())
      .catch((error: unknown) => {
        this.initializing = undefined;
        throw error;
      });
    return this.initializing;
  }

  appendToStream(
    streamId: string,
    events: NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    return this.run((db) => appendToStream(db, streamId, events, options));
  }

  appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    return appendToStreams(this.sqlDatabase, appends);
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    return this.run((db) => readStream(db, streamId, options));
  }

  readEventsById(eventIds: readonly string[]): Promise<StoredEvent[]> {
    return this.run((db) => readEventsById(db, eventIds));
  }

  readAll(from: LogCheckpoint, options?: ReadAllOptions): Promise<ReadAllResult> {
    return this.run((db) => readAll(db, from, options));
  }

  health(): Promise<EventStoreHealth> {
    const down = (detail: string): EventStoreHealth => ({
      adapter: this.adapter,
      status: 'down',
      detail,
    });
    if (this.closing) return Promise.resolve(down('closed'));
    if (this.lockLost) return Promise.resolve(down(this.lockLost.message));
    return this.queue
      .run(async () => {
        if (!this.db) return down('not initialised');
        await this.db.query('select 1');
        return { adapter: this.adapter, status: 'up' } as EventStoreHealth;
      })
      .catch((error: unknown) => down(error instanceof Error ? error.message : String(error)));
  }

  close(): Promise<void> {
    // Queued, so operations already accepted finish before the database goes away.
    this.closing ??= this.queue.run(async () => {
      const db = this.db;
      this.db = undefined;
      if (db && !db.closed) await db.close();
      await this.lock?.unlock();
      this.lock = undefined;
    });
    return this.closing;
  }

  /**
   * The same PGlite instance, for read models: every statement and every transaction takes
   * its turn in the store's queue. Usable before `init()`.
   */
  database(): SqlDatabase {
    return this.sqlDatabase;
  }

  private readonly sqlDatabase: SqlDatabase = {
    query: <R extends object = Record<string, unknown>>(
      text: string,
      params?: readonly unknown[],
    ) => this.run((db) => db.query<R>(text, params)),
    transaction: <T>(fn: (tx: SqlSession) => Promise<T>) =>
      this.run(async (db) => {
        await db.exec('BEGIN');
        try {
          const result = await insideTransaction.run(this, () => fn(db));
          await db.exec('COMMIT');
          return result;
        } catch (error) {
          await db.exec('ROLLBACK').catch(() => undefined);
          throw error;
        }
      }),
  };

  private run<T>(operation: (db: SqlSession) => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(this.closedError());
    if (this.lockLost) return Promise.reject(new EventStoreUnavailableError(this.lockLost.message));
    if (insideTransaction.getStore() === this) {
      return Promise.reject(
        new Error(
          'PGlite event store: inside database().transaction() use only the transaction session; the store and the database wait for the transaction to end',
        ),
      );
    }
    const ready = this.init();
    // Enqueued now, not after awaiting init: an operation issued before close() must run
    // before it. The init task is already ahead of it in the queue.
    return this.queue.run(async () => {
      await ready;
      if (!this.db) throw this.closedError();
      return operation(sessionOf(this.db));
    });
  }

  private async open(): Promise<void> {
    if (this.closing) throw this.closedError();
    const onDisk = !/^[a-z]+:\/\//.test(this.dataDir);
    if (onDisk) {
      // The lock first: nothing of the directory is read before this process owns it.
      this.lock = await DataDirLock.acquire(this.dataDir, {
        purpose: this.owner.purpose,
        onLost: (error) => this.onLockLost(error),
      });
      mkdirSync(this.dataDir, { recursive: true });
    }
    const { PGlite } = loadPglite();
    let db: PGlite;
    try {
      db = new PGlite(this.dataDir, {
        parsers: { [JSON_OID]: parseJson, [JSONB_OID]: parseJson },
      });
    } catch (error) {
      await this.releaseLock();
      throw error;
    }
    try {
      await db.waitReady;
      const session = sessionOf(db);
      await runMigrations(session, this.schema);
      // One connection for the instance's lifetime, so the session setting sticks.
      await db.query(`SELECT set_config('search_path', $1, false)`, [`"${this.schema}"`]);
    } catch (error) {
      await db.close().catch(() => undefined);
      await this.releaseLock();
      throw error;
    }
    this.db = db;
  }

  private async releaseLock(): Promise<void> {
    await this.lock?.unlock();
    this.lock = undefined;
  }

  /** Another process took the directory: refuse everything from now on, close what is open. */
  private onLockLost(error: DataDirLockLostError): void {
    this.lockLost = error;
    const db = this.db;
    this.db = undefined;
    if (db && !db.closed) void db.close().catch(() => undefined);
    this.owner.onLost?.(error);
  }

  private closedError(): EventStoreUnavailableError {
    return new EventStoreUnavailableError('PGlite event store is closed');
  }
}

function sessionOf(db: PGlite): SqlSession {
  return {
    query: async <R extends object>(text: string, params?: readonly unknown[]) =>
      (await db.query<R>(text, params as unknown[] | undefined)).rows,
    exec: async (script: string) => {
      await db.exec(script);
    },
  };
}
