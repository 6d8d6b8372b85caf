import { Money } from '@loanbook/domain';
import type { SqlExecutor, StoredEvent } from '@loanbook/event-store';
import type { Projection, ProjectionContext } from '../../engine';
import { InvalidCursorError } from '../reports';

/**
 * The reminders issued (issue 22): one row per ReminderIssued, the clerks' work queue. What
 * the queue shows of the loan (file number, borrower, product, structured communication) is
 * the loans read model's, joined when listed, so a sole trader's name stays sealed there and a
 * forgotten person is "[erased]" here too.
 */
export const remindersProjection: Projection = {
  name: 'reminders',
  version: 1,
  eventTypes: ['ReminderIssued'],
  tables: ['reminders'],

  async setup({ tx, table }: ProjectionContext) {
    const t = table('reminders');
    await tx.exec(`
      CREATE TABLE ${t} (
        event_id uuid PRIMARY KEY,
        loan_id uuid NOT NULL,
        level text NOT NULL CHECK (level IN ('first', 'second', 'formal-notice')),
        issued_on date NOT NULL,
        days_past_due integer NOT NULL,
        total_due numeric(14,2) NOT NULL,
        instalments integer NOT NULL,
        position bigint NOT NULL
      );
      CREATE INDEX ON ${t} (issued_on DESC, event_id DESC);
      CREATE INDEX ON ${t} (level, issued_on DESC, event_id DESC);
      CREATE INDEX ON ${t} (loan_id);
    `);
  },

  async apply(events: StoredEvent[], { tx, table }: ProjectionContext) {
    // Keyed by the event id: a batch read again inserts nothing twice.
    await tx.query(
      `INSERT INTO ${table('reminders')}
         (event_id, loan_id, level, issued_on, days_past_due, total_due, instalments, position)
       SELECT (e->>'eventId')::uuid, (e->'data'->>'loanId')::uuid, e->'data'->>'level',
              (e->'data'->>'issuedOn')::date, (e->'data'->>'daysPastDue')::integer,
              (e->'data'->>'totalDue')::numeric, jsonb_array_length(e->'data'->'instalments'),
              (e->>'position')::bigint
         FROM jsonb_array_elements($1::jsonb) AS e
       ON CONFLICT (event_id) DO NOTHING`,
      [
        JSON.stringify(
          events.map((e) => ({ eventId: e.eventId, data: e.data, position: e.globalPosition })),
        ),
      ],
    );
  },
};

export const REMINDER_LEVELS_LISTED = ['first', 'second', 'formal-notice'] as const;

export interface ReminderListQuery {
  level?: (typeof REMINDER_LEVELS_LISTED)[number];
  /** Issued on or after this day (ISO). */
  from?: string;
  /** Issued on or before this day (ISO). */
  to?: string;
  limit: number;
  cursor?: string;
}

export interface ReminderListItem {
  /** The ReminderIssued event: its documents' source. */
  eventId: string;
  loanId: string;
  fileNumber: string | null;
  productCode: string;
  level: string;
  issuedOn: string;
  daysPastDue: number;
  totalDue: string;
  instalments: number;
  structuredCommunication: string | null;
  borrower: {
    enterpriseNumber: string | null;
    name: string | null;
    naturalPerson: boolean;
  };
  /** A sole trader's, as the loans read model keeps them: opened by the caller. */
  sealedBorrowerName: unknown;
  sealedEnterpriseNumber: unknown;
}

/** A page of the reminders issued, newest first (issue date, then event id), from a cursor. */
export async function listReminders(
  db: SqlExecutor,
  t: { reminders: string; loans: string },
  q: ReminderListQuery,
): Promise<{ items: ReminderListItem[]; nextCursor: string | null }> {
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  if (q.level !== undefined) where.push(`r.level = ${p(q.level)}::text`);
  if (q.from !== undefined) where.push(`r.issued_on >= ${p(q.from)}::date`);
  if (q.to !== undefined) where.push(`r.issued_on <= ${p(q.to)}::date`);
  if (q.cursor !== undefined) {
    const [day, id] = decodeReminderCursor(q.cursor);
    where.push(`(r.issued_on, r.event_id) < (${p(day)}::date, ${p(id)}::uuid)`);
  }
  const rows = await db.query<Record<string, unknown>>(
    `SELECT r.event_id::text, r.loan_id::text, l.file_number, l.product_code, r.level,
            r.issued_on::text, r.days_past_due, r.total_due::text, r.instalments,
            l.structured_communication, l.enterprise_number, l.enterprise_number_sealed,
            l.natural_person, l.borrower_name, l.borrower_name_sealed
       FROM ${t.reminders} r JOIN ${t.loans} l ON l.loan_id = r.loan_id
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY r.issued_on DESC, r.event_id DESC
      LIMIT ${p(q.limit + 1)}`,
    params,
  );
  const items = rows.slice(0, q.limit).map((r): ReminderListItem => ({
    eventId: String(r.event_id),
    loanId: String(r.loan_id),
    fileNumber: r.file_number === null ? null : String(r.file_number),
    productCode: String(r.product_code),
    level: String(r.level),
    issuedOn: String(r.issued_on),
    daysPastDue: Number(r.days_past_due),
    totalDue: Money.parse(String(r.total_due)).toString(),
    instalments: Number(r.instalments),
    structuredCommunication:
      r.structured_communication === null ? null : String(r.structured_communication),
    borrower: {
      enterpriseNumber: r.enterprise_number === null ? null : String(r.enterprise_number),
      name: r.borrower_name === null ? null : String(r.borrower_name),
      naturalPerson: r.natural_person === true,
    },
    sealedBorrowerName: r.borrower_name_sealed,
    sealedEnterpriseNumber: r.enterprise_number_sealed,
  }));
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > q.limit && last
        ? Buffer.from(JSON.stringify([last.issuedOn, last.eventId])).toString('base64url')
        : null,
  };
}

function decodeReminderCursor(cursor: string): [string, string] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === 2 &&
      /^\d{4}-\d{2}-\d{2}$/.test(String(key[0])) &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(String(key[1]))
    ) {
      return [String(key[0]), String(key[1])];
    }
  } catch {
    // fall through
  }
  throw new InvalidCursorError('the cursor is not one this API gave out');
}
