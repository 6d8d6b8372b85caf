/**
 * What the shared SQL operations need from a connection. Both adapters provide it, so the
 * SQL text and the row mapping live here once.
 */
export interface SqlExecutor {
  /** One statement with `$n` parameters (extended protocol). */
  query<R extends object = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<R[]>;
}

/** A single connection that can also run a multi-statement script (simple protocol). */
export interface SqlSession extends SqlExecutor {
  exec(script: string): Promise<void>;
}

/**
 * The database behind a SQL event store, for read models: single statements, and
 * transactions on one connection. Inside `transaction`, use only the session it hands over
 * (on PGlite, the store and this database wait for the transaction to finish).
 */
export interface SqlDatabase extends SqlExecutor {
  /** BEGIN, `fn`, COMMIT; ROLLBACK and rethrow when `fn` (or the commit) fails. */
  transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T>;
}

export const DEFAULT_SCHEMA = 'loanbook';

// Lower-case identifiers only: they need no quoting anywhere, including in the libpq
// `options` startup parameter that sets search_path on every pooled connection.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema) || schema.startsWith('pg_')) {
    throw new Error(
      `invalid event store schema name ${JSON.stringify(schema)}: use 1-63 lower-case letters, digits and underscores, not starting with a digit or pg_`,
    );
  }
  return schema;
}

/** bigint columns arrive as strings from pg and as numbers from PGlite. */
export function toSafeNumber(value: unknown, what: string): number {
  const n = typeof value === 'number' ? value : Number(value as string | bigint);
  if (!Number.isSafeInteger(n)) {
    throw new Error(`${what} ${String(value)} is not a safe integer`);
  }
  return n;
}

export interface PgLikeError {
  code?: string;
  constraint?: string;
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as PgLikeError | null;
  return e?.code === '23505' && e.constraint === constraint;
}
