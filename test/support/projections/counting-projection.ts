import { randomUUID } from 'node:crypto';
import type { NewEvent, SqlExecutor, StoredEvent } from '@loanbook/event-store';
import type { Projection, ProjectionContext } from '../../../libs/projections/src/engine';

export const COUNTED = 'Counted';

export interface CountingProjectionOptions {
  name?: string;
  version?: number;
  /** Called with each batch before it is applied (a test's spy or fault). */
  onApply?: (events: StoredEvent[]) => void | Promise<void>;
}

/**
 * A toy read model: events of type `Counted` per stream. Deliberately not idempotent
 * (`events + n`), so a batch applied twice shows; `gaps` counts batches in which a stream's
 * versions did not follow on from the last one seen, so a lost or reordered event shows too.
 */
export function countingProjection(options: CountingProjectionOptions = {}): Projection {
  return {
    name: options.name ?? 'counts',
    version: options.version ?? 1,
    eventTypes: [COUNTED],
    tables: ['per_stream'],
    async setup({ tx, table }: ProjectionContext) {
      await tx.exec(`CREATE TABLE ${table('per_stream')} (
        stream_id text PRIMARY KEY,
        events integer NOT NULL,
        last_version integer NOT NULL,
        gaps integer NOT NULL
      )`);
    },
    async apply(events: StoredEvent[], { tx, table }: ProjectionContext) {
      await options.onApply?.(events);
      const t = table('per_stream');
      await tx.query(
        `INSERT INTO ${t} AS t (stream_id, events, last_version, gaps)
         SELECT s, count(*), max(v),
                CASE WHEN min(v) = 1 AND count(*) = max(v) - min(v) + 1 THEN 0 ELSE 1 END
           FROM unnest($1::text[], $2::integer[]) AS u(s, v)
          GROUP BY s
         ON CONFLICT (stream_id) DO UPDATE
            SET events = t.events + excluded.events,
                last_version = excluded.last_version,
                gaps = t.gaps + CASE
                  WHEN excluded.last_version - excluded.events = t.last_version THEN 0 ELSE 1 END`,
        [events.map((e) => e.streamId), events.map((e) => e.streamVersion)],
      );
    },
  };
}

export interface StreamCount {
  events: number;
  gaps: number;
}

/** stream id → count, read from a physical table of the counting projection. */
export async function readCounts(
  db: SqlExecutor,
  table: string,
): Promise<Map<string, StreamCount>> {
  const rows = await db.query<{ stream_id: string; events: number; gaps: number }>(
    `SELECT stream_id, events, gaps FROM ${table}`,
  );
  return new Map(rows.map((r) => [r.stream_id, { events: r.events, gaps: r.gaps }]));
}

export function countedEvent(data: Record<string, unknown> = {}, type = COUNTED): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    data,
    metadata: { effectiveOn: '2025-01-01', recordedAt: new Date().toISOString(), schemaVersion: 1 },
  };
}
