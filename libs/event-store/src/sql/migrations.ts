import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { assertSchemaName, type SqlSession } from './sql-executor';

export const MIGRATIONS_DIR_ENV = 'LOANBOOK_MIGRATIONS_DIR';

const MIGRATION_FILE = /^\d{3,}_[A-Za-z0-9_-]+\.sql$/;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

/**
 * `infra/migrations`, found by walking up from this file, so it works from the TS sources
 * (jest) and from compiled output under `dist/apps/back-office/...` alike.
 * `LOANBOOK_MIGRATIONS_DIR` overrides it (e.g. a container image laid out differently).
 */
export function findMigrationsDir(
  startDir: string = __dirname,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const override = env[MIGRATIONS_DIR_ENV];
  if (override) {
    const dir = resolve(override);
    if (!isDirectory(dir)) throw new Error(`${MIGRATIONS_DIR_ENV}=${override} is not a directory`);
    return dir;
  }
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, 'infra', 'migrations');
    if (isDirectory(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`no infra/migrations above ${startDir}; set ${MIGRATIONS_DIR_ENV}`);
    }
    dir = parent;
  }
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

export function loadMigrations(dir: string = findMigrationsDir()): MigrationFile[] {
  return readdirSync(dir)
    .filter((name) => MIGRATION_FILE.test(name))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name), 'utf8');
      // Line endings must not turn a checkout on another OS into "a changed migration".
      const checksum = createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
      return { name, sql, checksum };
    });
}

/**
 * Applies the pending migrations to `schema` in one transaction and returns their names.
 * Concurrent migrators (several processes starting at once) queue on an advisory lock, and
 * the later ones find the work done. `session` must be one connection used by nobody else
 * meanwhile.
 */
export async function runMigrations(
  session: SqlSession,
  schema: string,
  migrations: MigrationFile[] = loadMigrations(),
): Promise<string[]> {
  assertSchemaName(schema);
  await session.exec('BEGIN');
  try {
    await session.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `loanbook.migrations:${schema}`,
    ]);
    await session.exec(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    // Local to this transaction: the migration files are unqualified.
    await session.query(`SELECT set_config('search_path', $1, true)`, [`"${schema}"`]);
    await session.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = new Map(
      (
        await session.query<{ name: string; checksum: string }>(
          'SELECT name, checksum FROM schema_migrations',
        )
      ).map((r) => [r.name, r.checksum]),
    );
    const done: string[] = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        // An applied migration that changed would leave databases that differ silently.
        if (checksum !== migration.checksum) {
          throw new Error(
            `migration ${migration.name} was changed after it was applied to schema ${schema}; add a new migration instead`,
          );
        }
        continue;
      }
      await session.exec(migration.sql);
      await session.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [
        migration.name,
        migration.checksum,
      ]);
      done.push(migration.name);
    }
    await session.exec('COMMIT');
    return done;
  } catch (error) {
    await session.exec('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
