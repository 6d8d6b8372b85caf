import type { LogCheckpoint, SqlDatabase, SqlExecutor, SqlSession } from '@loanbook/event-store';
import { physicalTableName, type Projection, projectionContext } from './projection';

/** The SQL of the `projections` table (infra/migrations/004_projections.sql). */

export type GenerationStatus = 'building' | 'active' | 'retired';

export interface GenerationRow {
  name: string;
  generation: number;
  version: number;
  status: GenerationStatus;
  /** Physical table names. */
  tables: string[];
  checkpoint: LogCheckpoint;
  /** Events read past (handled or not) since the generation was created. */
  eventsProcessed: number;
  createdAt: string;
  updatedAt: string;
  caughtUpAt: string | null;
  retiredAt: string | null;
  tablesDroppedAt: string | null;
}

// Timestamps as epoch milliseconds: plain numbers from both drivers, whatever realm PGlite
// builds its Date objects in.
const COLUMNS = `p.name, p.generation, p.version, p.status, p.tables,
  p.checkpoint_transaction_id::text AS checkpoint_xid, p.checkpoint_global_position,
  p.events_processed,
  (extract(epoch FROM p.created_at) * 1000)::float8 AS created_ms,
  (extract(epoch FROM p.updated_at) * 1000)::float8 AS updated_ms,
  (extract(epoch FROM p.caught_up_at) * 1000)::float8 AS caught_up_ms,
  (extract(epoch FROM p.retired_at) * 1000)::float8 AS retired_ms,
  (extract(epoch FROM p.tables_dropped_at) * 1000)::float8 AS dropped_ms`;

interface Row {
  name: string;
  generation: number;
  version: number;
  status: GenerationStatus;
  tables: string[];
  checkpoint_xid: string;
  checkpoint_global_position: string | number;
  events_processed: string | number;
  created_ms: number;
  updated_ms: number;
  caught_up_ms: number | null;
  retired_ms: number | null;
  dropped_ms: number | null;
}

export function toNumber(value: unknown, what: string): number {
  const n = typeof value === 'number' ? value : Number(value as string | bigint);
  if (!Number.isSafeInteger(n)) throw new Error(`${what} ${String(value)} is not a safe integer`);
  return n;
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

function toGeneration(row: Row): GenerationRow {
  return {
    name: row.name,
    generation: row.generation,
    version: row.version,
    status: row.status,
    tables: [...row.tables],
    checkpoint: {
      transactionId: row.checkpoint_xid,
      globalPosition: toNumber(row.checkpoint_global_position, 'checkpoint position'),
    },
    eventsProcessed: toNumber(row.events_processed, 'events processed'),
    createdAt: iso(row.created_ms)!,
    updatedAt: iso(row.updated_ms)!,
    caughtUpAt: iso(row.caught_up_ms),
    retiredAt: iso(row.retired_ms),
    tablesDroppedAt: iso(row.dropped_ms),
  };
}

/** The generations a runner works with: active, building, and retired ones whose tables remain. */
export async function loadGenerations(
  db: SqlExecutor,
  names: readonly string[],
): Promise<GenerationRow[]> {
  const rows = await db.query<Row>(
    `SELECT ${COLUMNS} FROM projections p
      WHERE p.name = ANY ($1::text[]) AND (p.status <> 'retired' OR p.tables_dropped_at IS NULL)
      ORDER BY p.name, p.generation`,
    [names],
  );
  return rows.map(toGeneration);
}

export interface GenerationStatusRow extends GenerationRow {
  /** Events in the log after the checkpoint (including any not yet readable). */
  lag: number;
  /** The log's last event, as the checkpoint is given: 0 for an empty log. */
  head: { transactionId: string; globalPosition: number };
}

export async function loadStatus(
  db: SqlExecutor,
  names?: readonly string[],
): Promise<GenerationStatusRow[]> {
  const rows = await db.query<
    Row & { lag: string | number; head_tx: string | null; head_position: string | number | null }
  >(
    `SELECT ${COLUMNS},
            (SELECT count(*) FROM events e
              WHERE (e.transaction_id, e.global_position)
                  > (p.checkpoint_transaction_id, p.checkpoint_global_position)) AS lag,
            h.transaction_id::text AS head_tx, h.global_position AS head_position
       FROM projections p
       LEFT JOIN LATERAL (SELECT transaction_id, global_position FROM events
                           ORDER BY transaction_id DESC, global_position DESC LIMIT 1) AS h ON true
      WHERE p.status <> 'retired' AND ($1::text[] IS NULL OR p.name = ANY ($1::text[]))
      ORDER BY p.name, p.generation`,
    [names ?? null],
  );
  return rows.map((r) => ({
    ...toGeneration(r),
    lag: toNumber(r.lag, 'lag'),
    head: {
      transactionId: r.head_tx ?? '0',
      globalPosition: r.head_position === null ? 0 : toNumber(r.head_position, 'head position'),
    },
  }));
}

/** Serialises registry changes of one projection (in this schema) across runners and processes. */
export async function lockProjection(tx: SqlExecutor, name: string): Promise<void> {
  await tx.query(
    `SELECT pg_advisory_xact_lock(hashtextextended('loanbook.projections:' || current_schema() || ':' || $1, 0))`,
    [name],
  );
}

async function dropTables(tx: SqlSession, tables: readonly string[]): Promise<void> {
  if (tables.length > 0) await tx.exec(`DROP TABLE IF EXISTS ${tables.join(', ')}`);
}

async function retire(
  tx: SqlSession,
  row: Pick<GenerationRow, 'name' | 'generation' | 'tables'>,
  dropNow: boolean,
) {
  await tx.query(
    `UPDATE projections SET status = 'retired', retired_at = now(), updated_at = now()
      WHERE name = $1 AND generation = $2`,
    [row.name, row.generation],
  );
  // A retired generation is stopped for good: what it could not apply is no longer news.
  await tx.query(`DELETE FROM projection_failures WHERE name = $1 AND generation = $2`, [
    row.name,
    row.generation,
  ]);
  if (dropNow) await markDropped(tx, row);
}

async function markDropped(
  tx: SqlSession,
  row: Pick<GenerationRow, 'name' | 'generation' | 'tables'>,
) {
  await dropTables(tx, row.tables);
  await tx.query(
    `UPDATE projections SET tables_dropped_at = now() WHERE name = $1 AND generation = $2`,
    [row.name, row.generation],
  );
}

async function liveGenerations(tx: SqlSession, name: string): Promise<GenerationRow[]> {
  const rows = await tx.query<Row>(
    `SELECT ${COLUMNS} FROM projections p WHERE p.name = $1 AND p.status <> 'retired' FOR UPDATE`,
    [name],
  );
  return rows.map(toGeneration);
}

/** A new `building` generation from the start of the log, its tables created by `setup`. */
async function startGeneration(tx: SqlSession, projection: Projection): Promise<number> {
  const [{ next }] = await tx.query<{ next: number }>(
    `SELECT coalesce(max(generation), 0) + 1 AS next FROM projections WHERE name = $1`,
    [projection.name],
  );
  const tables = projection.tables.map((t) => physicalTableName(projection.name, next, t));
  // Leftovers of a registry that was reset by hand would make CREATE TABLE fail.
  await dropTables(tx, tables);
  await tx.query(
    `INSERT INTO projections (name, generation, version, status, tables)
     VALUES ($1, $2, $3, 'building', $4::text[])`,
    [projection.name, next, projection.version, tables],
  );
  await projection.setup(projectionContext(tx, projection, next));
  return next;
}

export type EnsureOutcome =
  | { kind: 'ready' }
  | { kind: 'started'; generation: number; abandoned?: number }
  /** A newer version than this code's is active or building: this runner leaves it alone. */
  | { kind: 'newer'; version: number };

/**
 * Makes sure the code's version of a projection has a generation: the active one, one being
 * built, or else a new one started now (a first build, or a version bump).
 */
export function ensureGeneration(db: SqlDatabase, projection: Projection): Promise<EnsureOutcome> {
  return db.transaction(async (tx) => {
    await lockProjection(tx, projection.name);
    const live = await liveGenerations(tx, projection.name);
    if (live.some((g) => g.version === projection.version)) return { kind: 'ready' };
    const newest = Math.max(0, ...live.map((g) => g.version));
    if (newest > projection.version) return { kind: 'newer', version: newest };
    // An unfinished build of an older version is of no use any more.
    const abandoned = live.find((g) => g.status === 'building');
    if (abandoned) await retire(tx, abandoned, true);
    const generation = await startGeneration(tx, projection);
    return { kind: 'started', generation, abandoned: abandoned?.generation };
  });
}

/** Starts a fresh build of the code's version (abandoning one in progress); the active one keeps serving. */
export function startRebuild(db: SqlDatabase, projection: Projection): Promise<number> {
  return db.transaction(async (tx) => {
    await lockProjection(tx, projection.name);
    const building = (await liveGenerations(tx, projection.name)).find(
      (g) => g.status === 'building',
    );
    if (building) await retire(tx, building, true);
    return startGeneration(tx, projection);
  });
}

/**
 * Moves a generation's checkpoint from `from` to `to` inside the batch's transaction. False
 * when the checkpoint is no longer `from` (another runner applied this batch, or the
 * generation was retired): the caller must roll back.
 * The transaction then commits without waiting for the WAL flush: a batch lost in a server
 * crash is lost with its checkpoint, and applied again.
 */
export async function claimBatch(
  tx: SqlExecutor,
  name: string,
  generation: number,
  from: LogCheckpoint,
  to: LogCheckpoint,
  events: number,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE projections
        SET checkpoint_transaction_id = $5::xid8, checkpoint_global_position = $6,
            events_processed = events_processed + $7, updated_at = now()
      WHERE name = $1 AND generation = $2 AND status IN ('active', 'building')
        AND checkpoint_transaction_id = $3::xid8 AND checkpoint_global_position = $4
      RETURNING set_config('synchronous_commit', 'off', true)`,
    [
      name,
      generation,
      from.transactionId,
      from.globalPosition,
      to.transactionId,
      to.globalPosition,
      events,
    ],
  );
  return rows.length === 1;
}

export interface Switched {
  generation: number;
  retired?: number;
}

/**
 * The caught-up `building` generation becomes `active` and the active one `retired`, in one
 * transaction; the retired tables are dropped in it too unless readers get a grace period.
 */
export function activateGeneration(
  db: SqlDatabase,
  name: string,
  generation: number,
  dropRetiredNow: boolean,
): Promise<Switched | undefined> {
  return db.transaction(async (tx) => {
    await lockProjection(tx, name);
    const live = await liveGenerations(tx, name);
    if (!live.some((g) => g.generation === generation && g.status === 'building')) return undefined;
    const old = live.find((g) => g.status === 'active');
    if (old) await retire(tx, old, dropRetiredNow);
    await tx.query(
      `UPDATE projections SET status = 'active', caught_up_at = now(), updated_at = now()
        WHERE name = $1 AND generation = $2`,
      [name, generation],
    );
    return { generation, retired: old?.generation };
  });
}

/** Drops the tables of generations retired at least `graceMs` ago; returns how many generations. */
export async function dropRetiredTables(
  db: SqlDatabase,
  names: readonly string[],
  graceMs: number,
): Promise<number> {
  const due = await db.query<{ name: string; generation: number }>(
    `SELECT name, generation FROM projections
      WHERE name = ANY ($1::text[]) AND status = 'retired' AND tables_dropped_at IS NULL
        AND retired_at <= now() - $2::float8 * interval '1 millisecond'`,
    [names, graceMs],
  );
  let dropped = 0;
  for (const { name, generation } of due) {
    dropped += await db.transaction(async (tx) => {
      await lockProjection(tx, name);
      const [row] = await tx.query<{ tables: string[] }>(
        `SELECT tables FROM projections
          WHERE name = $1 AND generation = $2 AND status = 'retired' AND tables_dropped_at IS NULL`,
        [name, generation],
      );
      if (!row) return 0;
      await markDropped(tx, { name, generation, tables: row.tables });
      return 1;
    });
  }
  return dropped;
}
