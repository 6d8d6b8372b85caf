import {
  EventStoreUnavailableError,
  type SqlDatabase,
  type SqlExecutor,
  type StoredEvent,
} from '@loanbook/event-store';
import { lockProjection, toNumber } from './registry';

/** The SQL of the `projection_failures` table (infra/migrations/009_projection_failures.sql). */

/** An event a generation could not apply: the generation is stopped just before it. */
export interface ProjectionFailure {
  name: string;
  generation: number;
  event: {
    id: string;
    type: string;
    streamId: string;
    streamVersion: number;
    /** The event's place in the log, the checkpoint pair; the checkpoint sits just before it. */
    transactionId: string;
    globalPosition: number;
  };
  error: {
    message: string;
    /** The SQLSTATE when the database raised the error (e.g. 22003, numeric value out of range). */
    code: string | null;
  };
  /** Failed attempts at this event, the first included. */
  attempts: number;
  firstFailedAt: string;
  lastRetriedAt: string;
}

export interface StandingFailure extends ProjectionFailure {
  /** Milliseconds since the last attempt, by the database's clock. */
  sinceRetryMs: number;
}

export const FAILURE_COLUMNS = `f.name AS f_name, f.generation AS f_generation, f.event_id, f.event_type,
  f.stream_id, f.stream_version, f.transaction_id::text AS f_xid, f.global_position AS f_position,
  f.error_message, f.error_code, f.attempts,
  (extract(epoch FROM f.first_failed_at) * 1000)::float8 AS first_failed_ms,
  (extract(epoch FROM f.last_retried_at) * 1000)::float8 AS last_retried_ms,
  (extract(epoch FROM now() - f.last_retried_at) * 1000)::float8 AS since_retry_ms`;

export interface FailureRow {
  f_name: string | null;
  f_generation: number | null;
  event_id: string;
  event_type: string;
  stream_id: string;
  stream_version: number;
  f_xid: string;
  f_position: string | number;
  error_message: string;
  error_code: string | null;
  attempts: number;
  first_failed_ms: number;
  last_retried_ms: number;
  since_retry_ms: number;
}

/** The failure in a row selected with FAILURE_COLUMNS (LEFT JOINed: undefined when there is none). */
export function toFailure(row: FailureRow): StandingFailure | undefined {
  if (row.f_name === null || row.f_generation === null) return undefined;
  return {
    name: row.f_name,
    generation: row.f_generation,
    event: {
      id: row.event_id,
      type: row.event_type,
      streamId: row.stream_id,
      streamVersion: row.stream_version,
      transactionId: row.f_xid,
      globalPosition: toNumber(row.f_position, 'failed event position'),
    },
    error: { message: row.error_message, code: row.error_code },
    attempts: row.attempts,
    firstFailedAt: new Date(row.first_failed_ms).toISOString(),
    lastRetriedAt: new Date(row.last_retried_ms).toISOString(),
    sinceRetryMs: row.since_retry_ms,
  };
}

/** Without the runner's bookkeeping, for readers. */
export function publicFailure(failure: StandingFailure): ProjectionFailure {
  const { sinceRetryMs: _, ...rest } = failure;
  return rest;
}

/** The recorded failures of live (active or building) generations, of `names` or of all. */
export async function loadFailures(
  db: SqlExecutor,
  names?: readonly string[],
): Promise<StandingFailure[]> {
  const rows = await db.query<FailureRow>(
    `SELECT ${FAILURE_COLUMNS}
       FROM projection_failures f
       JOIN projections p ON p.name = f.name AND p.generation = f.generation
      WHERE p.status <> 'retired' AND ($1::text[] IS NULL OR f.name = ANY ($1::text[]))
      ORDER BY f.name, f.generation`,
    [names ?? null],
  );
  return rows.map((r) => toFailure(r)!);
}

/**
 * Records that `event` fails on its own in `generation`: a new row (or one replacing another
 * event's), or one more attempt at the same event. `first` is true when this is news: the
 * caller logs it once, at error level.
 */
export function recordFailure(
  db: SqlDatabase,
  name: string,
  generation: number,
  event: StoredEvent,
  error: unknown,
): Promise<{ failure: StandingFailure; first: boolean }> {
  const { message, code } = describeError(error);
  return db.transaction(async (tx) => {
    await lockProjection(tx, name);
    const [before] = await tx.query<{ event_id: string }>(
      `SELECT event_id FROM projection_failures WHERE name = $1 AND generation = $2`,
      [name, generation],
    );
    const first = before?.event_id !== event.eventId;
    const [row] = await tx.query<FailureRow>(
      `INSERT INTO projection_failures AS f
              (name, generation, event_id, event_type, stream_id, stream_version, transaction_id,
               global_position, error_message, error_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7::xid8, $8, $9, $10)
       ON CONFLICT (name, generation) DO UPDATE
          SET event_id = excluded.event_id, event_type = excluded.event_type,
              stream_id = excluded.stream_id, stream_version = excluded.stream_version,
              transaction_id = excluded.transaction_id, global_position = excluded.global_position,
              error_message = excluded.error_message, error_code = excluded.error_code,
              attempts = CASE WHEN f.event_id = excluded.event_id THEN f.attempts + 1 ELSE 1 END,
              first_failed_at = CASE WHEN f.event_id = excluded.event_id
                                     THEN f.first_failed_at ELSE now() END,
              last_retried_at = now()
       RETURNING ${FAILURE_COLUMNS}`,
      [
        name,
        generation,
        event.eventId,
        event.type,
        event.streamId,
        event.streamVersion,
        event.transactionId,
        event.globalPosition,
        message,
        code,
      ],
    );
    return { failure: toFailure(row)!, first };
  });
}

/** A failed retry that found the generation moved on (another runner applied it): nothing to record. */
export async function touchFailure(
  db: SqlExecutor,
  name: string,
  generation: number,
): Promise<void> {
  await db.query(
    `UPDATE projection_failures SET last_retried_at = now() WHERE name = $1 AND generation = $2`,
    [name, generation],
  );
}

/**
 * Deletes the failures of `name`'s live generations, so that runners try the events again at
 * once; returns what was deleted.
 */
export async function clearFailures(db: SqlExecutor, name: string): Promise<ProjectionFailure[]> {
  const rows = await db.query<FailureRow>(
    `DELETE FROM projection_failures f
      USING projections p
      WHERE f.name = $1 AND p.name = f.name AND p.generation = f.generation
        AND p.status <> 'retired'
      RETURNING ${FAILURE_COLUMNS}`,
    [name],
  );
  return rows.map((r) => publicFailure(toFailure(r)!));
}

const MAX_MESSAGE_LENGTH = 2000;

/** The message (with the database's detail, if any) and the SQLSTATE of an error. */
export function describeError(error: unknown): { message: string; code: string | null } {
  const e = error as { message?: unknown; code?: unknown; detail?: unknown } | null;
  let message = error instanceof Error ? error.message : String(error);
  if (typeof e?.detail === 'string' && e.detail && !message.includes(e.detail))
    message += ` (${e.detail})`;
  if (message.length > MAX_MESSAGE_LENGTH) message = `${message.slice(0, MAX_MESSAGE_LENGTH)}…`;
  const code = typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : null;
  return { message, code };
}

/**
 * True for errors that say nothing about the events: the database away or overloaded, a
 * serialization failure or deadlock, a lock not granted, the server shutting down. Those are
 * retried as they are; any other error of a batch makes the runner look for the event.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof EventStoreUnavailableError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return (
    code.startsWith('08') || // connection exception
    code.startsWith('40') || // transaction rollback: serialization failure, deadlock
    code.startsWith('53') || // insufficient resources: disk full, out of memory, too many connections
    code.startsWith('57P') || // operator intervention: shutdown, cannot connect now
    code === '55P03' // lock not available
  );
}

/** The failures as one line each, for errors and the CLI. */
export function describeFailure(f: ProjectionFailure): string {
  return `projection ${f.name} generation ${f.generation} is stopped at event ${f.event.id} (${f.event.type}, stream ${f.event.streamId} version ${f.event.streamVersion}, position ${f.event.transactionId}/${f.event.globalPosition}): ${f.error.message}${f.error.code ? ` [SQLSTATE ${f.error.code}]` : ''}`;
}

/**
 * `catchUp()` ended with generations stopped at an event they cannot apply. Everything else
 * caught up; these stay where they are until the event applies (after a fix: `retry`).
 */
export class ProjectionStoppedError extends Error {
  constructor(readonly failures: readonly ProjectionFailure[]) {
    super(failures.map(describeFailure).join('; '));
    this.name = 'ProjectionStoppedError';
  }
}
