import {
  defaultChartOfAccounts,
  emptyBooks,
  postLoanEvent,
  type ChartOfAccounts,
  type LoanBooks,
} from '@loanbook/accounting';
import type { LoanEvent } from '@loanbook/domain';
import type { StoredEvent } from '@loanbook/event-store';
import type { Projection, ProjectionContext } from '../../engine';

/**
 * The books (issue 23): the journal of the lender's double-entry entries, posted from the loan
 * events by libs/accounting's rules. `entries` holds each entry (id `<eventId>:<n>`, business
 * date, recorded at, source event, lines as jsonb with exact decimal strings); `loan_books` the
 * rules' state per loan and the stream version applied, so a replayed batch posts nothing twice.
 *
 * Each line keeps its role beside the account number of the chart it was posted with (the
 * default): readers map role and product to the configured chart's account (journal.queries.ts),
 * so a lender's own chart (ACCOUNTING_CHART_FILE) needs no rebuild, and the projection is the
 * same in every process.
 */
export function journalProjection(chart: ChartOfAccounts = defaultChartOfAccounts()): Projection {
  return {
    name: 'journal',
    version: 1,
    eventTypes: [
      'LoanApplied',
      'LoanDisbursed',
      'InstalmentPaid',
      'RepaymentsReallocated',
      'EarlyRepaymentMade',
      'LoanDefaulted',
      'GuaranteeCalled',
      'GovernmentGuaranteeClaimed',
      'RecoveryRecorded',
      'LoanWrittenOff',
    ],
    tables: ['entries', 'loan_books'],

    async setup({ tx, table }: ProjectionContext) {
      await tx.exec(`
        CREATE TABLE ${table('entries')} (
          entry_id text PRIMARY KEY,
          loan_id uuid NOT NULL,
          business_date date NOT NULL,
          recorded_at timestamptz NOT NULL,
          source_event_id uuid NOT NULL,
          global_position bigint NOT NULL,
          kind text NOT NULL,
          product_code text NOT NULL,
          -- [{ "account", "role", "debit", "credit" }], amounts as decimal strings
          lines jsonb NOT NULL
        );
        CREATE INDEX ON ${table('entries')} (business_date, global_position);
        CREATE INDEX ON ${table('entries')} (loan_id);
        CREATE TABLE ${table('loan_books')} (
          loan_id uuid PRIMARY KEY,
          books jsonb NOT NULL,
          version integer NOT NULL
        )`);
    },

    async apply(events: StoredEvent[], { tx, table }: ProjectionContext) {
      const ids = [...new Set(events.map((e) => String((e.data as { loanId?: unknown }).loanId)))];
      const stored = await tx.query<{ loan_id: string; books: LoanBooks; version: number }>(
        `SELECT loan_id::text, books, version FROM ${table('loan_books')} WHERE loan_id = ANY ($1::uuid[])`,
        [ids],
      );
      const loans = new Map(
        stored.map((r) => [r.loan_id, { books: r.books, version: r.version, dirty: false }]),
      );
      const rows: unknown[] = [];
      for (const e of events) {
        const loanId = String((e.data as { loanId?: unknown }).loanId);
        let loan = loans.get(loanId);
        if (loan && loan.version >= e.streamVersion) continue;
        if (e.type === 'LoanApplied') {
          loan = {
            books: emptyBooks(String((e.data as { productCode: unknown }).productCode), chart),
            version: 0,
            dirty: true,
          };
          loans.set(loanId, loan);
        }
        if (!loan) continue;
        const event = {
          type: e.type,
          effectiveOn: e.metadata.effectiveOn,
          data: e.data,
        } as unknown as LoanEvent;
        const posted = postLoanEvent(loan.books, event, chart);
        loan.books = posted.books;
        loan.version = e.streamVersion;
        loan.dirty = true;
        const productCode = loan.books.productCode;
        posted.entries.forEach((entry, n) =>
          rows.push({
            entryId: `${e.eventId}:${n + 1}`,
            loanId,
            businessDate: entry.businessDate,
            recordedAt: e.metadata.recordedAt,
            sourceEventId: e.eventId,
            position: e.globalPosition,
            kind: entry.kind,
            productCode,
            lines: entry.lines,
          }),
        );
      }
      if (rows.length > 0) {
        await tx.query(
          `INSERT INTO ${table('entries')} (entry_id, loan_id, business_date, recorded_at, source_event_id, global_position, kind, product_code, lines)
           SELECT x->>'entryId', (x->>'loanId')::uuid, (x->>'businessDate')::date, (x->>'recordedAt')::timestamptz,
                  (x->>'sourceEventId')::uuid, (x->>'position')::bigint, x->>'kind', x->>'productCode', x->'lines'
             FROM jsonb_array_elements($1::jsonb) AS x
           ON CONFLICT (entry_id) DO NOTHING`,
          [JSON.stringify(rows)],
        );
      }
      const changed = [...loans.entries()]
        .filter(([, l]) => l.dirty)
        .map(([loanId, l]) => ({ loanId, books: l.books, version: l.version }));
      if (changed.length > 0) {
        await tx.query(
          `INSERT INTO ${table('loan_books')} (loan_id, books, version)
           SELECT (x->>'loanId')::uuid, x->'books', (x->>'version')::integer FROM jsonb_array_elements($1::jsonb) AS x
           ON CONFLICT (loan_id) DO UPDATE SET books = excluded.books, version = excluded.version
            WHERE ${table('loan_books')}.version < excluded.version`,
          [JSON.stringify(changed)],
        );
      }
    },
  };
}
