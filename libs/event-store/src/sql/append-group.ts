import type { AppendResult } from '../event-store.port';
import {
  type AppendRow,
  appendOutcome,
  executeAppend,
  type PreparedAppend,
} from './append-to-stream';
import { isUniqueViolation, type SqlExecutor } from './sql-executor';

/** Independent appends in one statement and one commit: `append_to_streams_each`. */
export const APPEND_GROUP_SQL = `SELECT ord, append_status, next_version, last_position,
       conflicting_event_ids::text[] AS conflicting_event_ids
  FROM append_to_streams_each($1::text[], $2::integer[], $3::integer[], $4::uuid[], $5::text[],
                              $6::jsonb[], $7::jsonb[], $8::timestamptz[])`;

interface GroupRow extends AppendRow {
  ord: number;
}

/** Each append's own result or error, in the order given. */
export type AppendSettled = PromiseSettledResult<AppendResult>;

/**
 * Runs `appends` as one group commit. Each keeps its own answer: a wrong expected version or an
 * id clash fails that append alone. Should the statement itself fail on a unique violation
 * (another transaction storing one of the ids under a different stream's lock), nothing was
 * written and the appends run one by one, so that only the culprit fails. Any other failure
 * (the connection, the server) rejects, and every append of the group shares it.
 */
export async function executeAppendGroup(
  db: SqlExecutor,
  appends: readonly PreparedAppend[],
): Promise<AppendSettled[]> {
  if (appends.length === 1) return [await settle(() => executeAppend(db, appends[0]))];
  let rows: GroupRow[];
  try {
    rows = await db.query<GroupRow>(APPEND_GROUP_SQL, groupParams(appends));
  } catch (error) {
    if (!isUniqueViolation(error, 'events_event_id_unique')) throw error;
    const settled: AppendSettled[] = [];
    for (const append of appends) settled.push(await settle(() => executeAppend(db, append)));
    return settled;
  }
  const byOrd = new Map(rows.map((row) => [Number(row.ord), row]));
  return Promise.all(
    appends.map((append, i) => settle(async () => appendOutcome(append, byOrd.get(i + 1)))),
  );
}

/** append_to_stream's parameters of every append, flattened, with each append's event count. */
export function groupParams(appends: readonly PreparedAppend[]): unknown[] {
  const streamIds: unknown[] = [];
  const expected: unknown[] = [];
  const counts: number[] = [];
  const columns: unknown[][] = [[], [], [], [], []];
  for (const { params, eventIds } of appends) {
    streamIds.push(params[0]);
    expected.push(params[1]);
    counts.push(eventIds.length);
    for (let c = 0; c < columns.length; c++) columns[c].push(...(params[c + 2] as unknown[]));
  }
  return [streamIds, expected, counts, ...columns];
}

async function settle(fn: () => Promise<AppendResult>): Promise<AppendSettled> {
  try {
    return { status: 'fulfilled', value: await fn() };
  } catch (reason) {
    return { status: 'rejected', reason };
  }
}
