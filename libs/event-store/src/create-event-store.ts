import type { EventStore } from './event-store.port';
import { PgliteEventStore } from './pglite/pglite-event-store';
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
  | { kind: 'pglite'; dataDir: string; schema?: string }
  | { kind: 'postgres'; connectionString: string; schema?: string; poolSize?: number };

/** Builds the configured adapter; nothing connects until `init()` (or the first operation). */
export function createEventStore(config: EventStoreConfig): EventStore {
  switch (config.kind) {
    case 'pglite':
      return new PgliteEventStore({ dataDir: config.dataDir, schema: config.schema });
    case 'postgres':
      return new PostgresEventStore({
        connectionString: config.connectionString,
        schema: config.schema,
        poolSize: config.poolSize,
      });
    default: {
      const unknown: never = config;
      throw new Error(
        `unknown event store kind ${JSON.stringify((unknown as { kind?: unknown }).kind)}`,
      );
    }
  }
}
