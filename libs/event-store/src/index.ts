export * from './event-store.port';
export {
  createEventStore,
  hasSqlDatabase,
  type EventStoreConfig,
  type SqlEventStore,
} from './create-event-store';
export {
  PostgresEventStore,
  type PostgresEventStoreOptions,
} from './postgres/postgres-event-store';
export { PgliteEventStore, type PgliteEventStoreOptions } from './pglite/pglite-event-store';
export {
  DataDirLock,
  DataDirLockedError,
  DataDirLockLostError,
  liveDataDirOwner,
  readDataDirOwner,
  type DataDirOwner,
} from './pglite/data-dir-lock';
// The adapter itself is imported from '@loanbook/event-store/kurrentdb' or made by
// createEventStore, so that its client is loaded only where it is used.
export type { KurrentDbEventStoreOptions } from './kurrentdb/kurrentdb-event-store';
export { DEFAULT_SCHEMA } from './sql/sql-executor';
export {
  findMigrationsDir,
  loadMigrations,
  MIGRATIONS_DIR_ENV,
  runMigrations,
  type MigrationFile,
} from './sql/migrations';
export type { SqlDatabase, SqlExecutor, SqlSession } from './sql/sql-executor';
export { loadPglite } from './pglite/load-pglite';
export { Wakeup } from './wakeup';
