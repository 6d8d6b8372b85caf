import type { SqlSession } from '@loanbook/event-store';
import { EVENT_COLUMNS, toStoredEvent, type EventRow } from '@loanbook/event-store/sql/rows';
import type { Projection } from '@loanbook/projections';
import {
  inquiriesProjection,
  loansProjection,
  schedulesProjection,
  type ReadModelTables,
} from '@loanbook/projections/read-models';

const BATCH_SIZE = 2000;

/**
 * The report "as the portfolio was known at an instant": the read models the report reads,
 * built again in temporary tables of `tx` from the events recorded at or before `knownAt`, by
 * the projections' own code. A correction recorded later (a back-dated payment entered next
 * week) is then left out, as it was on that day. Costs a replay of those events; the caller
 * drops the tables with `dropKnownAt` before the transaction ends (pooled connections keep
 * temporary tables).
 */
export async function readModelsKnownAt(
  tx: SqlSession,
  knownAt: string,
): Promise<{ tables: ReadModelTables; position: number }> {
  const projections = [loansProjection, inquiriesProjection, schedulesProjection];
  const table = (p: Projection) => (name: string) => `pg_temp.${knownAtTable(p.name, name)}`;
  for (const p of projections) await p.setup({ tx, table: table(p) });
  const types = [...new Set(projections.flatMap((p) => p.eventTypes))];
  let after: [string, number] = ['0', 0];
  let position = 0;
  for (;;) {
    const rows = await tx.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events e
        WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
          AND e.type = ANY ($3::text[])
          AND (e.metadata->>'recordedAt')::timestamptz <= $4::timestamptz
        ORDER BY e.transaction_id, e.global_position
        LIMIT $5`,
      [after[0], after[1], types, knownAt, BATCH_SIZE],
    );
    if (rows.length === 0) break;
    const events = rows.map(toStoredEvent);
    for (const p of projections) {
      const handled = events.filter((e) => p.eventTypes.includes(e.type));
      if (handled.length > 0) await p.apply(handled, { tx, table: table(p) });
    }
    const last = events[events.length - 1];
    after = [last.transactionId, last.globalPosition];
    position = Math.max(position, ...events.map((e) => e.globalPosition));
  }
  const tables = {
    loans: table(loansProjection)('loans'),
    payments: table(loansProjection)('payments'),
    guarantees: table(loansProjection)('guarantees'),
    guaranteeMoves: table(loansProjection)('guarantee_moves'),
    inquiries: table(inquiriesProjection)('inquiries'),
    schedules: table(schedulesProjection)('schedules'),
  };
  return { tables, position };
}

export async function dropKnownAt(tx: SqlSession): Promise<void> {
  const names = [loansProjection, inquiriesProjection, schedulesProjection].flatMap((p) =>
    p.tables.map((t) => `pg_temp.${knownAtTable(p.name, t)}`),
  );
  await tx.exec(`DROP TABLE IF EXISTS ${names.join(', ')}`);
}

function knownAtTable(projection: string, table: string): string {
  return `known_at_${projection}_${table}`;
}
