import type { Client } from 'pg';
import type { StoredEvent } from '@loanbook/event-store';
import type { Projection, ProjectionContext } from '@loanbook/projections';

export const EVENTS_PER_LOAN = 10;

/**
 * The per-loan summary a portfolio screen reads. One statement per batch: the batch goes in
 * as arrays, is folded per loan in SQL and upserted; amounts stay decimal strings → numeric.
 */
export const loanSummaryProjection: Projection = {
  name: 'bench_loan_summary',
  version: 1,
  eventTypes: ['LoanApplied', 'LoanApproved', 'LoanDisbursed', 'InstalmentPaid'],
  tables: ['loans'],

  async setup({ tx, table }: ProjectionContext) {
    // Every event updates its loan's row: room on the page keeps those updates HOT.
    await tx.exec(`CREATE TABLE ${table('loans')} (
      loan_id uuid PRIMARY KEY,
      status text NOT NULL,
      product_code text,
      province text,
      principal numeric(14,2),
      annual_rate numeric(9,6),
      disbursed numeric(14,2),
      paid_principal numeric(14,2) NOT NULL,
      paid_interest numeric(14,2) NOT NULL,
      instalments_paid integer NOT NULL,
      applied_on date,
      approved_on date,
      disbursed_on date,
      last_paid_on date,
      version integer NOT NULL,
      last_position bigint NOT NULL
    ) WITH (fillfactor = 70)`);
  },

  async apply(events: StoredEvent[], { tx, table }: ProjectionContext) {
    // One JSON document per batch: JSON.stringify is native and far cheaper than the
    // driver's array literals.
    const rows = events.map((e) => {
      const d = e.data as Record<string, unknown>;
      const row: Record<string, unknown> = {
        l: d.loanId,
        t: e.type,
        p: e.globalPosition,
        v: e.streamVersion,
        d: e.metadata.effectiveOn,
      };
      switch (e.type) {
        case 'LoanApplied':
          row.a = d.amount;
          row.pc = d.productCode;
          row.pr = (d.borrower as { province?: string } | undefined)?.province;
          break;
        case 'LoanApproved': {
          const offer = d.offer as { amount: string; annualRate: string };
          row.a = offer.amount;
          row.r = offer.annualRate;
          break;
        }
        case 'LoanDisbursed':
          row.a = d.amount;
          break;
        default:
          row.a = d.principal;
          row.r = d.interest;
      }
      return row;
    });
    await tx.query(
      `WITH e AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
                  AS u(l uuid, t text, p bigint, v integer, a numeric, r numeric, d date, pc text, pr text)
       ), folded AS (
         SELECT l AS loan_id,
                (array_agg(CASE t WHEN 'LoanApplied' THEN 'applied' WHEN 'LoanApproved' THEN 'approved'
                                  ELSE 'active' END ORDER BY p DESC)
                   FILTER (WHERE t <> 'InstalmentPaid'))[1] AS status,
                max(pc) AS product_code,
                max(pr) AS province,
                max(a) FILTER (WHERE t = 'LoanApproved') AS principal,
                max(r) FILTER (WHERE t = 'LoanApproved') AS annual_rate,
                max(a) FILTER (WHERE t = 'LoanDisbursed') AS disbursed,
                coalesce(sum(a) FILTER (WHERE t = 'InstalmentPaid'), 0) AS paid_principal,
                coalesce(sum(r) FILTER (WHERE t = 'InstalmentPaid'), 0) AS paid_interest,
                (count(*) FILTER (WHERE t = 'InstalmentPaid'))::int AS instalments_paid,
                min(d) FILTER (WHERE t = 'LoanApplied') AS applied_on,
                min(d) FILTER (WHERE t = 'LoanApproved') AS approved_on,
                min(d) FILTER (WHERE t = 'LoanDisbursed') AS disbursed_on,
                max(d) FILTER (WHERE t = 'InstalmentPaid') AS last_paid_on,
                max(v) AS version,
                max(p) AS last_position
           FROM e GROUP BY l
       )
       INSERT INTO ${table('loans')} AS l
         (loan_id, status, product_code, province, principal, annual_rate, disbursed, paid_principal,
          paid_interest, instalments_paid, applied_on, approved_on, disbursed_on, last_paid_on,
          version, last_position)
       SELECT loan_id, coalesce(status, ''), product_code, province, principal, annual_rate, disbursed,
              paid_principal, paid_interest, instalments_paid, applied_on, approved_on, disbursed_on,
              last_paid_on, version, last_position
         FROM folded
       ON CONFLICT (loan_id) DO UPDATE SET
         status = CASE WHEN excluded.status = '' THEN l.status ELSE excluded.status END,
         product_code = coalesce(excluded.product_code, l.product_code),
         province = coalesce(excluded.province, l.province),
         principal = coalesce(excluded.principal, l.principal),
         annual_rate = coalesce(excluded.annual_rate, l.annual_rate),
         disbursed = coalesce(excluded.disbursed, l.disbursed),
         paid_principal = l.paid_principal + excluded.paid_principal,
         paid_interest = l.paid_interest + excluded.paid_interest,
         instalments_paid = l.instalments_paid + excluded.instalments_paid,
         applied_on = coalesce(l.applied_on, excluded.applied_on),
         approved_on = coalesce(l.approved_on, excluded.approved_on),
         disbursed_on = coalesce(l.disbursed_on, excluded.disbursed_on),
         last_paid_on = greatest(l.last_paid_on, excluded.last_paid_on),
         version = excluded.version,
         last_position = excluded.last_position`,
      [JSON.stringify(rows)],
    );
  },
};

/**
 * Loans of ten events each: applied, approved, disbursed, six instalments and a document
 * the projection does not handle. Within each chunk, loans interleave (every loan's first
 * event, then every loan's second, ...), so a batch touches thousands of loans.
 */
export async function generateLoanEvents(
  admin: Client,
  schema: string,
  events: number,
): Promise<void> {
  const loans = events / EVENTS_PER_LOAN;
  const chunk = 10_000;
  for (let lo = 0; lo < loans; lo += chunk) {
    const hi = Math.min(lo + chunk, loans) - 1;
    await admin.query(
      `INSERT INTO "${schema}".events (event_id, stream_id, stream_version, type, data, metadata)
       SELECT gen_random_uuid(), 'loan-' || md5('loan' || l)::uuid, v,
              CASE WHEN v = 1 THEN 'LoanApplied' WHEN v = 2 THEN 'LoanApproved'
                   WHEN v = 3 THEN 'LoanDisbursed' WHEN v = 10 THEN 'DocumentAttached'
                   ELSE 'InstalmentPaid' END,
              CASE WHEN v = 1 THEN jsonb_build_object(
                     'loanId', md5('loan' || l)::uuid, 'productCode', 'IMPULSKREDIET',
                     'productVersion', '2024-01', 'amount', (5000 + (l % 40) * 500)::text || '.00',
                     'termMonths', 60, 'purpose', 'werkkapitaal', 'appliedOn', date '2024-01-01' + (l % 300),
                     'borrower', jsonb_build_object('enterpriseNumber', '0' || (400000000 + l)::text,
                       'name', 'Onderneming ' || l, 'province', (ARRAY['Antwerpen','Limburg','Oost-Vlaanderen','Vlaams-Brabant','West-Vlaanderen'])[1 + l % 5]))
                   WHEN v = 2 THEN jsonb_build_object(
                     'loanId', md5('loan' || l)::uuid, 'approvedOn', date '2024-01-08' + (l % 300),
                     'productVersion', '2024-01',
                     'offer', jsonb_build_object('amount', (5000 + (l % 40) * 500)::text || '.00',
                       'annualRate', '0.067500', 'termMonths', 60, 'offerValidUntil', date '2024-02-08' + (l % 300),
                       'repayment', jsonb_build_object('method', 'annuity', 'frequency', 'monthly', 'capitalHolidayMonths', 0)))
                   WHEN v = 3 THEN jsonb_build_object(
                     'loanId', md5('loan' || l)::uuid, 'amount', (5000 + (l % 40) * 500)::text || '.00',
                     'disbursedOn', date '2024-01-15' + (l % 300))
                   WHEN v = 10 THEN jsonb_build_object(
                     'loanId', md5('loan' || l)::uuid, 'documentId', gen_random_uuid(), 'kind', 'contract')
                   ELSE jsonb_build_object(
                     'loanId', md5('loan' || l)::uuid, 'instalment', v - 3,
                     'principal', (80 + (l % 40) * 8)::text || '.17', 'interest', (27 - v)::text || '.83',
                     'paidOn', date '2024-02-15' + (l % 300) + (v - 4) * 30)
              END,
              jsonb_build_object('effectiveOn', (date '2024-01-01' + (l % 300) + v * 7)::text,
                'recordedAt', '2024-06-01T10:00:00.000Z', 'actor', 'bench',
                'correlationId', gen_random_uuid(), 'causationId', gen_random_uuid(), 'schemaVersion', 1)
         FROM generate_series($1::int, $2::int) AS l, generate_series(1, ${EVENTS_PER_LOAN}) AS v
        ORDER BY v, l`,
      [lo, hi],
    );
  }
  await admin.query(
    `INSERT INTO "${schema}".streams (stream_id, version)
     SELECT 'loan-' || md5('loan' || l)::uuid, ${EVENTS_PER_LOAN} FROM generate_series(0, $1::int) AS l`,
    [loans - 1],
  );
  // Hint bits and statistics now, so that neither measurement pays for them.
  await admin.query(`VACUUM (ANALYZE) "${schema}".events`);
}
