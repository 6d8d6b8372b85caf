import type { EventStore } from './event-store.port';
import { PgliteEventStore, type PgliteEventStoreOptions } from './pglite/pglite-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';
import type { SqlDatabase } from './sql/sql-executor';

/** A store kept in a SQL database that read models can share (postgres, pglite). */
export interface SqlEventStore extends EventStore {
  /** The store's own database: same connection(s), same schema. */
  database(): SqlDatabase;
}

export function hasSqlDatabase(store: EventStore): store is SqlEventStore {
  return typeof (store as Partial<SqlEventStore>).database === 'function';
}

export type EventStoreConfig =
  | { kind: 'pglite'; dataDir: string; schema?: string; owner?: PgliteEventStoreOptions['owner'] }
  | { kind: 'postgres'; connectionString: string; schema?: string; poolSize?: number }
  | { kind: 'kurrentdb'; connectionString: string; streamPrefix?: string };

/** Builds the configured adapter; nothing connects until `init()` (or the first operation). */
export function createEventStore(config: EventStoreConfig): EventStore {
  switch (config.kind) {
    case 'pglite':
      return new PgliteEventStore({
        dataDir: config.dataDir,
        schema: config.schema,
        owner: config.owner,
      });
    case 'postgres':
      return new PostgresEventStore({
        connectionString: config.connectionString,
        schema: config.schema,
        poolSize: config.poolSize,
      });
    case 'kurrentdb': {
      // Loaded only when chosen: the client and its gRPC stack take a quarter of a second to
      // load, which every process and test file importing this library would otherwise pay.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { KurrentDbEventStore } = require('./kurrentdb/kurrentdb-event-store') as {
        KurrentDbEventStore: typeof import('./kurrentdb/kurrentdb-event-store').KurrentDbEventStore;
      };
      return new KurrentDbEventStore({
        connectionString: config.connectionString,
        streamPrefix: config.streamPrefix,
      });
    }
    default: {
      const unknown: never = config;
      throw new Error(
        `unknown event store kind ${JSON.stringify((unknown as { kind?: unknown }).kind)}`,
      );
    }
  }
}
