import { Money } from '@loanbook/domain';
import type { SqlExecutor, StoredEvent } from '@loanbook/event-store';
import type { Projection, ProjectionContext } from '../../engine';
import { InvalidCursorError } from '../reports';

/**
 * The bank statements' suspense items (issue 22): received credit lines no loan took, for a
 * clerk to assign to a loan or refund. A statement's credit lines are kept as imported
 * (BankStatementImported) so that a suspended line becomes an item with what the clerk needs
 * to see; an assignment or a refund closes it. Statements are few and small: one row each.
 */
export const suspenseProjection: Projection = {
  name: 'bank_suspense',
  version: 1,
  eventTypes: [
    'BankStatementImported',
    'BankStatementLineSuspended',
    'SuspenseItemAssigned',
    'SuspenseItemRefunded',
  ],
  tables: ['statements', 'items'],

  async setup({ tx, table }: ProjectionContext) {
    const s = table('statements');
    const i = table('items');
    await tx.exec(`
      CREATE TABLE ${s} (
        statement_key text PRIMARY KEY,
        account text NOT NULL,
        sequence text NOT NULL,
        statement_date date NOT NULL,
        lines jsonb NOT NULL
      );
      CREATE TABLE ${i} (
        item_id uuid PRIMARY KEY,
        statement_key text NOT NULL,
        line_position text NOT NULL,
        value_date date NOT NULL,
        amount numeric(14,2) NOT NULL,
        counterparty_name text,
        counterparty_iban text,
        communication text,
        reason text NOT NULL,
        detail text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'assigned', 'refunded')),
        loan_id uuid,
        position bigint NOT NULL
      );
      CREATE INDEX ON ${i} (status, position);
      CREATE INDEX ON ${i} (position);
    `);
  },

  // One event at a time, in log order: a statement's line is suspended after it is imported,
  // and closed after it is suspended, possibly all in one batch.
  async apply(events: StoredEvent[], { tx, table }: ProjectionContext) {
    for (const e of events) {
      const d = e.data;
      switch (e.type) {
        case 'BankStatementImported':
          await tx.query(
            `INSERT INTO ${table('statements')} (statement_key, account, sequence, statement_date, lines)
             VALUES ($1, $2, $3, $4::date, $5::jsonb)
             ON CONFLICT (statement_key) DO NOTHING`,
            [e.streamId, d.account, d.sequence, d.date, JSON.stringify(d.lines ?? [])],
          );
          break;
        case 'BankStatementLineSuspended': {
          const rows = await tx.query<{ found: boolean }>(
            `WITH item AS (
               INSERT INTO ${table('items')}
                 (item_id, statement_key, line_position, value_date, amount, counterparty_name,
                  counterparty_iban, communication, reason, detail, status, position)
               SELECT $1::uuid, s.statement_key, l->>'position', (l->>'valueDate')::date,
                      (l->>'amount')::numeric, l->>'counterpartyName', l->>'counterpartyIban',
                      l->>'communication', $4, $5, 'open', $6::bigint
                 FROM ${table('statements')} s, jsonb_array_elements(s.lines) AS l
                WHERE s.statement_key = $2 AND l->>'position' = $3
               ON CONFLICT (item_id) DO NOTHING
               RETURNING 1)
             SELECT EXISTS (SELECT 1 FROM item)
                 OR EXISTS (SELECT 1 FROM ${table('items')} WHERE item_id = $1::uuid) AS found`,
            [d.itemId, e.streamId, d.position, d.reason, d.detail, e.globalPosition],
          );
          // A suspended line of no statement imported: the read model would lose the item.
          if (rows[0]?.found !== true) {
            throw new Error(`${e.streamId} has no credit line ${String(d.position)} to suspend`);
          }
          break;
        }
        case 'SuspenseItemAssigned':
        case 'SuspenseItemRefunded':
          await tx.query(
            `UPDATE ${table('items')} SET status = $2, loan_id = $3::uuid WHERE item_id = $1::uuid`,
            [
              d.itemId,
              e.type === 'SuspenseItemAssigned' ? 'assigned' : 'refunded',
              e.type === 'SuspenseItemAssigned' ? d.loanId : null,
            ],
          );
          break;
      }
    }
  },
};

export type SuspenseTables = { suspenseStatements: string; suspenseItems: string };

export interface SuspenseListQuery {
  /** Open items only (the clerks' work list), or every item. */
  status: 'open' | 'all';
  limit: number;
  cursor?: string;
}

export interface SuspenseListItem {
  itemId: string;
  statementKey: string;
  account: string;
  sequence: string;
  statementDate: string;
  position: string;
  valueDate: string;
  amount: string;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  communication: string | null;
  reason: string;
  detail: string;
  status: 'open' | 'assigned' | 'refunded';
  loanId: string | null;
}

/** A page of suspense items, oldest first (in the order they were suspended), from a cursor. */
export async function listSuspenseItems(
  db: SqlExecutor,
  t: SuspenseTables,
  q: SuspenseListQuery,
): Promise<{ items: SuspenseListItem[]; nextCursor: string | null }> {
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  if (q.status === 'open') where.push(`i.status = 'open'`);
  if (q.cursor !== undefined)
    where.push(`i.position > ${p(decodeSuspenseCursor(q.cursor))}::bigint`);
  const rows = await db.query<Record<string, unknown>>(
    `SELECT i.item_id::text, i.statement_key, s.account, s.sequence, s.statement_date::text,
            i.line_position, i.value_date::text, i.amount::text, i.counterparty_name,
            i.counterparty_iban, i.communication, i.reason, i.detail, i.status,
            i.loan_id::text, i.position::text
       FROM ${t.suspenseItems} i JOIN ${t.suspenseStatements} s ON s.statement_key = i.statement_key
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY i.position
      LIMIT ${p(q.limit + 1)}`,
    params,
  );
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const page = rows.slice(0, q.limit);
  const items = page.map((r): SuspenseListItem => ({
    itemId: String(r.item_id),
    statementKey: String(r.statement_key),
    account: String(r.account),
    sequence: String(r.sequence),
    statementDate: String(r.statement_date),
    position: String(r.line_position),
    valueDate: String(r.value_date),
    amount: Money.parse(String(r.amount)).toString(),
    counterpartyName: text(r.counterparty_name),
    counterpartyIban: text(r.counterparty_iban),
    communication: text(r.communication),
    reason: String(r.reason),
    detail: String(r.detail),
    status: String(r.status) as SuspenseListItem['status'],
    loanId: text(r.loan_id),
  }));
  const last = page.at(-1);
  return {
    items,
    nextCursor:
      rows.length > q.limit && last
        ? Buffer.from(JSON.stringify([String(last.position)])).toString('base64url')
        : null,
  };
}

/** Where an item is in the suspense read model: its statement's stream and line. */
export async function findSuspenseItem(
  db: SqlExecutor,
  t: Pick<SuspenseTables, 'suspenseItems'>,
  itemId: string,
): Promise<{ statementKey: string; position: string } | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(itemId)) {
    return undefined;
  }
  const [row] = await db.query<{ statement_key: string; line_position: string }>(
    `SELECT statement_key, line_position FROM ${t.suspenseItems} WHERE item_id = $1::uuid`,
    [itemId],
  );
  return row ? { statementKey: row.statement_key, position: row.line_position } : undefined;
}

function decodeSuspenseCursor(cursor: string): string {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 1 && /^\d{1,18}$/.test(String(key[0]))) {
      return String(key[0]);
    }
  } catch {
    // fall through
  }
  throw new InvalidCursorError('the cursor is not one this API gave out');
}
