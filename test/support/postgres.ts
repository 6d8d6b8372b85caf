import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Keep the default in step with global-setup.js (plain JS, so it cannot import this file). */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * `describe` when PostgreSQL is reachable; `describe.skip` when global-setup.js found it
 * down outside CI (it prints why). Under CI global-setup fails the run instead.
 */
export const describePostgres = process.env.LOANBOOK_SKIP_PG ? describe.skip : describe;

/** True when a connection and `select 1` succeed within the timeout. */
export async function postgresAvailable(
  url: string = TEST_DATABASE_URL,
  timeoutMs = 3000,
): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A random, valid, lower-case schema name, so test files never share tables. */
export function freshSchemaName(prefix = 'test'): string {
  const clean = prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .replace(/^([^a-z_])/, '_$1')
    .slice(0, 40);
  return `${clean}_${randomBytes(6).toString('hex')}`;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`refusing to drop schema ${JSON.stringify(schema)}`);
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
