import type { AccountRole, JournalLine } from '@loanbook/accounting';
import type { SqlExecutor } from '@loanbook/event-store';
import type { DueDateShiftData } from '@loanbook/domain';
import type { ReadModelTables } from '../reports';

/** The journal read model's table (journal.projection.ts). */
export interface JournalTables {
  journal: string;
}

export class InvalidJournalCursorError extends Error {}

export interface JournalEntryRow {
  entryId: string;
  loanId: string;
  productCode: string;
  businessDate: string;
  recordedAt: string;
  sourceEventId: string;
  position: number;
  kind: string;
  lines: JournalLine[];
}

export interface JournalRange {
  /** Business dates, both included; `from` absent: from the first entry. */
  from?: string;
  to: string;
  /** Only the entries of events recorded at or before this instant (ISO). */
  knownAt?: string;
}

/**
 * The stored entries of a range in journal order (business date, then log position, then the
 * entry's number), a page after `cursor` when a limit is given.
 */
export async function journalEntries(
  db: SqlExecutor,
  t: JournalTables,
  q: JournalRange & { limit?: number; cursor?: string },
): Promise<{ entries: JournalEntryRow[]; nextCursor: string | null }> {
  const params: unknown[] = [q.to];
  const where = ['business_date <= $1::date'];
  if (q.from !== undefined) {
    params.push(q.from);
    where.push(`business_date >= $${params.length}::date`);
  }
  if (q.knownAt !== undefined) {
    params.push(q.knownAt);
    where.push(`recorded_at <= $${params.length}::timestamptz`);
  }
  if (q.cursor !== undefined) {
    const [date, position, entryId] = decodeJournalCursor(q.cursor);
    params.push(date, position, entryId);
    const n = params.length;
    where.push(
      `(business_date, global_position, entry_id) > ($${n - 2}::date, $${n - 1}::bigint, $${n}::text)`,
    );
  }
  let limit = '';
  if (q.limit !== undefined) {
    params.push(q.limit + 1);
    limit = `LIMIT $${params.length}`;
  }
  const rows = await db.query<{
    entry_id: string;
    loan_id: string;
    product_code: string;
    business_date: string;
    recorded_at: string;
    source_event_id: string;
    global_position: string;
    kind: string;
    lines: JournalLine[];
  }>(
    `SELECT entry_id, loan_id::text, product_code, to_char(business_date, 'YYYY-MM-DD') AS business_date,
            to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at,
            source_event_id::text, global_position::text, kind, lines
       FROM ${t.journal}
      WHERE ${where.join(' AND ')}
      ORDER BY business_date, global_position, entry_id ${limit}`,
    params,
  );
  const page = q.limit === undefined ? rows : rows.slice(0, q.limit);
  const entries = page.map((r) => ({
    entryId: r.entry_id,
    loanId: r.loan_id,
    productCode: r.product_code,
    businessDate: r.business_date,
    recordedAt: r.recorded_at,
    sourceEventId: r.source_event_id,
    position: Number(r.global_position),
    kind: r.kind,
    lines: r.lines,
  }));
  const last = entries.at(-1);
  return {
    entries,
    nextCursor:
      q.limit !== undefined && rows.length > q.limit && last
        ? encodeJournalCursor([last.businessDate, last.position, last.entryId])
        : null,
  };
}

/** A journal page's cursor: the (business date, log position, entry id) it continues after. */
export function encodeJournalCursor(key: [string, number, string]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeJournalCursor(cursor: string): [string, number, string] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === 3 &&
      /^\d{4}-\d{2}-\d{2}$/.test(String(key[0])) &&
      Number.isSafeInteger(key[1]) &&
      typeof key[2] === 'string' &&
      /^[0-9a-z:.-]{1,120}$/.test(key[2])
    ) {
      return [String(key[0]), key[1] as number, String(key[2])];
    }
  } catch {
    // fall through
  }
  throw new InvalidJournalCursorError('the cursor is not one this API gave out');
}

export interface RoleTotal {
  productCode: string;
  role: AccountRole;
  debit: string;
  credit: string;
}

/** The stored entries' debits and credits by product and role over a range (exact numerics). */
export async function journalTotals(
  db: SqlExecutor,
  t: JournalTables,
  q: JournalRange,
  loanAccount?: { roles: AccountRole[] },
): Promise<RoleTotal[]> {
  const params: unknown[] = [q.to];
  const where = ['e.business_date <= $1::date'];
  if (q.from !== undefined) {
    params.push(q.from);
    where.push(`e.business_date >= $${params.length}::date`);
  }
  if (q.knownAt !== undefined) {
    params.push(q.knownAt);
    where.push(`e.recorded_at <= $${params.length}::timestamptz`);
  }
  if (loanAccount) {
    params.push(loanAccount.roles);
    where.push(`l->>'role' = ANY ($${params.length}::text[])`);
  }
  const rows = await db.query<{
    product_code: string;
    role: AccountRole;
    debit: string;
    credit: string;
  }>(
    `SELECT e.product_code, l->>'role' AS role,
            sum((l->>'debit')::numeric)::text AS debit, sum((l->>'credit')::numeric)::text AS credit
       FROM ${t.journal} AS e CROSS JOIN LATERAL jsonb_array_elements(e.lines) AS l
      WHERE ${where.join(' AND ')}
      GROUP BY e.product_code, l->>'role'
      ORDER BY e.product_code, l->>'role'`,
    params,
  );
  return rows.map((r) => ({
    productCode: r.product_code,
    role: r.role,
    debit: r.debit,
    credit: r.credit,
  }));
}

/** A balance-sheet loan's position at the end of a day, for the impairment. */
export interface BookPosition {
  loanId: string;
  productCode: string;
  /** On loans receivable, doubtful loans and the guarantor, from the journal. */
  principal: string;
  daysPastDue: number;
  defaulted: boolean;
}

/**
 * Each loan's principal on the books at the end of `asOf` (journal lines of the receivable
 * roles), its days past due as the portfolio report counts them (the oldest instalment due
 * before the day and not fully paid, from the schedule's running totals and the instalments
 * paid), and whether it is in default. Loans with nothing on the books are left out.
 */
export async function bookPositions(
  db: SqlExecutor,
  t: JournalTables & Pick<ReadModelTables, 'loans' | 'payments' | 'schedules'>,
  q: { asOf: string; knownAt?: string; loanIds?: string[] },
): Promise<BookPosition[]> {
  const params: unknown[] = [q.asOf, q.knownAt ?? null, q.loanIds ?? null];
  const rows = await db.query<{
    loan_id: string;
    product_code: string;
    principal: string;
    days_past_due: number;
    defaulted: boolean;
  }>(
    `WITH book AS (
       SELECT e.loan_id, e.product_code,
              sum((l->>'debit')::numeric - (l->>'credit')::numeric) AS principal
         FROM ${t.journal} AS e CROSS JOIN LATERAL jsonb_array_elements(e.lines) AS l
        WHERE e.business_date <= $1::date
          AND ($2::timestamptz IS NULL OR e.recorded_at <= $2::timestamptz)
          AND ($3::uuid[] IS NULL OR e.loan_id = ANY ($3::uuid[]))
          AND l->>'role' IN ('loans-receivable', 'doubtful-loans-receivable', 'guarantee-receivable')
        GROUP BY e.loan_id, e.product_code
       HAVING sum((l->>'debit')::numeric - (l->>'credit')::numeric) <> 0
     ), paid AS (
       SELECT loan_id, coalesce(sum(principal + interest) FILTER (WHERE kind = 'instalment'), 0) AS instalments_paid
         FROM ${t.payments} WHERE paid_on <= $1::date AND loan_id IN (SELECT loan_id FROM book)
        GROUP BY loan_id
     )
     SELECT b.loan_id::text, b.product_code, b.principal::text,
            (lo.defaulted_on IS NOT NULL AND lo.defaulted_on <= $1::date) AS defaulted,
            coalesce($1::date - a.oldest_unpaid, 0)::int AS days_past_due
       FROM book AS b
       JOIN ${t.loans} AS lo ON lo.loan_id = b.loan_id
       LEFT JOIN paid AS p ON p.loan_id = b.loan_id
       LEFT JOIN ${t.schedules} AS s ON s.loan_id = b.loan_id
       LEFT JOIN LATERAL (
         SELECT min(x.due) FILTER (WHERE x.cum > coalesce(p.instalments_paid, 0)) AS oldest_unpaid
           FROM unnest(s.due_on, s.cumulative_due) AS x(due, cum)
          WHERE x.due < $1::date
       ) AS a ON true
      ORDER BY b.loan_id`,
    params,
  );
  return rows.map((r) => ({
    loanId: r.loan_id,
    productCode: r.product_code,
    principal: r.principal,
    daysPastDue: r.days_past_due,
    defaulted: r.defaulted,
  }));
}

/** The balance-sheet loans written off in (after, upTo], with the day. */
export async function writeOffs(
  db: SqlExecutor,
  t: JournalTables,
  q: { after?: string; upTo: string; knownAt?: string },
): Promise<{ loanId: string; productCode: string; writtenOffOn: string }[]> {
  const rows = await db.query<{ loan_id: string; product_code: string; business_date: string }>(
    `SELECT DISTINCT loan_id::text, product_code, to_char(business_date, 'YYYY-MM-DD') AS business_date
       FROM ${t.journal}
      WHERE kind = 'write-off' AND business_date <= $1::date
        AND ($2::date IS NULL OR business_date > $2::date)
        AND ($3::timestamptz IS NULL OR recorded_at <= $3::timestamptz)`,
    [q.upTo, q.after ?? null, q.knownAt ?? null],
  );
  return rows.map((r) => ({
    loanId: r.loan_id,
    productCode: r.product_code,
    writtenOffOn: r.business_date,
  }));
}

/** A loan accruing interest on a day: active (disbursed, not repaid, not in default). */
export interface AccruingLoan {
  loanId: string;
  productCode: string;
  disbursedOn: string;
  disbursedAmount: string;
  offer: { annualRate: string; termMonths: number; repayment: unknown };
  early: { on: string; capital: string }[];
  /** LoanDisbursed's dueDateShift: its instalments are due on the moved dates. */
  dueDateShift: DueDateShiftData | null;
}

export async function accruingLoans(
  db: SqlExecutor,
  t: Pick<ReadModelTables, 'loans' | 'schedules'>,
  asOf: string,
): Promise<AccruingLoan[]> {
  const rows = await db.query<{
    loan_id: string;
    product_code: string;
    disbursed_on: string;
    disbursed_amount: string;
    offer: AccruingLoan['offer'];
    early: AccruingLoan['early'];
    due_date_shift: DueDateShiftData | null;
  }>(
    `SELECT l.loan_id::text, l.product_code, to_char(s.disbursed_on, 'YYYY-MM-DD') AS disbursed_on,
            s.disbursed_amount::text, s.offer, s.early, s.due_date_shift
       FROM ${t.loans} AS l JOIN ${t.schedules} AS s ON s.loan_id = l.loan_id
      WHERE s.disbursed_on <= $1::date
        AND (l.repaid_on IS NULL OR l.repaid_on > $1::date)
        AND (l.defaulted_on IS NULL OR l.defaulted_on > $1::date)
        AND (l.written_off_on IS NULL OR l.written_off_on > $1::date)
      ORDER BY l.loan_id`,
    [asOf],
  );
  return rows.map((r) => ({
    loanId: r.loan_id,
    productCode: r.product_code,
    disbursedOn: r.disbursed_on,
    disbursedAmount: r.disbursed_amount,
    offer: r.offer,
    early: r.early,
    dueDateShift: r.due_date_shift,
  }));
}
