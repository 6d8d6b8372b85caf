import { Pool, type PoolClient } from 'pg';
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
import { executeAppendGroup } from '../sql/append-group';
import { executeAppend, type PreparedAppend, prepareAppend } from '../sql/append-to-stream';
import { appendToStreams } from '../sql/append-to-streams';
import { runMigrations } from '../sql/migrations';
import { readAll } from '../sql/read-all';
import { readEventsById } from '../sql/read-events-by-id';
import { readStream } from '../sql/read-stream';
import {
  assertSchemaName,
  DEFAULT_SCHEMA,
  type SqlDatabase,
  type SqlExecutor,
  type SqlSession,
} from '../sql/sql-executor';
import { GroupCommit, type GroupCommitOptions } from './group-commit';
import { isConnectionError } from './pg-errors';

export interface PostgresEventStoreOptions {
  connectionString: string;
  /** PostgreSQL schema holding the store's tables (default `loanbook`). */
  schema?: string;
  /** Maximum connections in the pool (default 10). */
  poolSize?: number;
  /** How long to wait for a connection before reporting the store unavailable (default 5000 ms). */
  connectionTimeoutMs?: number;
  /** Shown in pg_stat_activity (default `loanbook-event-store`). */
  applicationName?: string;
  /**
   * Group commit of concurrent single-stream appends (see GroupCommit): at most `maxInFlight`
   * append statements at once (default half the pool, at least 1), each carrying up to
   * `maxGroupSize` appends (default 64). `false` sends every append on its own.
   */
  groupCommit?: Partial<GroupCommitOptions> | false;
}

export class PostgresEventStore implements EventStore {
  readonly adapter = 'postgres';
  readonly schema: string;
  private readonly pool: Pool;
  private readonly appends?: GroupCommit<PreparedAppend, AppendResult>;
  private initializing?: Promise<void>;
  private closing?: Promise<void>;

  constructor(options: PostgresEventStoreOptions) {
    this.schema = assertSchemaName(options.schema ?? DEFAULT_SCHEMA);
    this.pool = new Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 5000,
      application_name: options.applicationName ?? 'loanbook-event-store',
      // Set at connection start-up: no extra round trip per query, and no pooled connection
      // can ever run against the wrong schema.
      options: `-c search_path=${this.schema}`,
    });
    // An idle client whose server goes away emits 'error' on the pool; unhandled, that
    // would crash the process. The pool drops the client; the next query reconnects.
    this.pool.on('error', () => undefined);
    if (options.groupCommit !== false) {
      const poolSize = options.poolSize ?? 10;
      const runGroup = async (group: PreparedAppend[]) =>
        // Each append's own failure is translated too: a lost connection is "unavailable".
        (await this.run((db) => executeAppendGroup(db, group))).map(
          (outcome): PromiseSettledResult<AppendResult> =>
            outcome.status === 'rejected'
              ? { status: 'rejected', reason: this.translate(outcome.reason) }
              : outcome,
        );
      this.appends = new GroupCommit(runGroup, {
        maxInFlight: options.groupCommit?.maxInFlight ?? Math.max(1, Math.floor(poolSize / 2)),
        maxGroupSize: options.groupCommit?.maxGroupSize ?? 64,
      });
    }
  }

  init(): Promise<void> {
    if (this.closing) return Promise.reject(this.closedError());
    // Retried after a failure (e.g. the server was still starting), shared while in flight.
    this.initializing ??= this.migrate().catch((error: unknown) => {
      this.initializing = undefined;
      throw this.translate(error);
    });
    return this.initializing;
  }

  appendToStream(
    streamId: string,
    events: NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    let prepared: PreparedAppend;
    try {
      prepared = prepareAppend(streamId, events, options);
    } catch (error) {
      return Promise.reject(error);
    }
    if (this.appends) return this.appends.submit(prepared);
    return this.run((db) => executeAppend(db, prepared));
  }

  appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    return appendToStreams(this.sqlDatabase, appends);
  }

  /** Append statements sent and the appends they carried (undefined without group commit). */
  groupCommitStats(): { commits: number; appends: number } | undefined {
    const stats = this.appends?.stats();
    return stats && { commits: stats.groups, appends: stats.operations };
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

  async health(): Promise<EventStoreHealth> {
    if (this.closing) return { adapter: this.adapter, status: 'down', detail: 'closed' };
    try {
      await this.pool.query('select 1');
      return { adapter: this.adapter, status: 'up' };
    } catch (error) {
      return {
        adapter: this.adapter,
        status: 'down',
        detail: error instanceof Error ? error.message : String(error),
      };
    }
  }

  close(): Promise<void> {
    this.closing ??= this.pool.end();
    return this.closing;
  }

  /**
   * The store's database, for read models: the same pool, schema and error mapping
   * (connection failures are EventStoreUnavailableError). Usable before `init()`.
   */
  database(): SqlDatabase {
    return this.sqlDatabase;
  }

  private readonly sqlDatabase: SqlDatabase = {
    query: <R extends object = Record<string, unknown>>(
      text: string,
      params?: readonly unknown[],
    ) => this.run((db) => db.query<R>(text, params)),
    transaction: <T>(fn: (tx: SqlSession) => Promise<T>) => this.transaction(fn),
  };

  private async transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T> {
    await this.init();
    if (this.closing) throw this.closedError();
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw this.translate(error);
    }
    // A client whose connection failed, or whose ROLLBACK failed, must not be pooled again.
    let broken: Error | undefined;
    // While checked out, the pool no longer listens: a server that drops the connection between
    // two statements would emit an unhandled 'error'. The next statement fails on its own.
    const onError = (error: Error) => {
      broken ??= error;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await fn(sessionOf(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      if (isConnectionError(error)) broken = asError(error);
      else
        await client.query('ROLLBACK').catch((rollbackError: unknown) => {
          broken = asError(rollbackError);
        });
      throw this.translate(error);
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  private async run<T>(operation: (db: SqlExecutor) => Promise<T>): Promise<T> {
    await this.init();
    if (this.closing) throw this.closedError();
    try {
      return await operation(this.executor);
    } catch (error) {
      throw this.translate(error);
    }
  }

  private readonly executor: SqlExecutor = {
    query: async <R extends object>(text: string, params?: readonly unknown[]) =>
      (await this.pool.query(text, params as unknown[] | undefined)).rows as R[],
  };

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken ??= error;
    };
    client.on('error', onError);
    try {
      await runMigrations(sessionOf(client), this.schema);
    } catch (error) {
      // A connection that failed mid-migration may be in any state: don't pool it again.
      broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  private translate(error: unknown): unknown {
    if (error instanceof EventStoreUnavailableError) return error;
    if (this.closing && error instanceof Error && /after calling end/i.test(error.message))
      return this.closedError();
    if (isConnectionError(error)) {
      const reason = error instanceof Error ? error.message || error.name : String(error);
      return new EventStoreUnavailableError(`PostgreSQL event store unavailable: ${reason}`, error);
    }
    return error;
  }

  private closedError(): EventStoreUnavailableError {
    return new EventStoreUnavailableError('PostgreSQL event store is closed');
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function sessionOf(client: PoolClient): SqlSession {
  return {
    query: async <R extends object>(text: string, params?: readonly unknown[]) =>
      (await client.query(text, params as unknown[] | undefined)).rows as R[],
    exec: async (script: string) => {
      // Without parameters pg uses the simple protocol, which accepts several statements.
      await client.query(script);
    },
  };
}
