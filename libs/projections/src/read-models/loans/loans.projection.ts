import type { StoredEvent } from '@loanbook/event-store';
import type { Projection, ProjectionContext } from '../../engine';

/**
 * One row per loan: what the list, the win-win registration reports and the approval
 * funnel read. Each dated step keeps its business date, so a report can be asked as of a day.
 *
 * No personal data in clear (version 2): persons appear by their person id, and a sole
 * trader's name only as stored in the event, sealed under their key (the back office opens it
 * when it lists loans; once the person is forgotten nobody can). Version 1 kept the lender's
 * id and every borrower's name; its tables go when version 2 takes over.
 */
export const loansProjection: Projection = {
  name: 'loans',
  // Version 3: disbursement (status active, disbursed_on).
  version: 3,
  eventTypes: [
    'LoanApplied',
    'LoanApproved',
    'LoanDisbursed',
    'LoanRefused',
    'ApplicationWithdrawn',
  ],
  tables: ['loans'],

  async setup({ tx, table }: ProjectionContext) {
    const t = table('loans');
    await tx.exec(`
      CREATE TABLE ${t} (
        loan_id uuid PRIMARY KEY,
        product_code text NOT NULL,
        product_version text NOT NULL,
        status text NOT NULL,
        enterprise_number text NOT NULL,
        natural_person boolean NOT NULL,
        borrower_name text,
        borrower_name_sealed jsonb,
        borrower_person_id uuid,
        province text NOT NULL,
        lender_person_id uuid,
        amount_applied numeric(14,2) NOT NULL,
        amount numeric(14,2) NOT NULL,
        annual_rate numeric(9,6),
        term_months integer NOT NULL,
        applied_on date NOT NULL,
        signed_on date,
        approved_on date,
        offer_valid_until date,
        refused_on date,
        refusal_reasons text[],
        withdrawn_on date,
        withdrawn_from text,
        disbursed_on date,
        version integer NOT NULL,
        last_position bigint NOT NULL
      );
      CREATE INDEX ON ${t} (product_code, applied_on);
      CREATE INDEX ON ${t} (product_code, approved_on);
      CREATE INDEX ON ${t} (applied_on DESC, loan_id DESC);
      CREATE INDEX ON ${t} (enterprise_number);
    `);
  },

  async apply(events: StoredEvent[], { tx, table }: ProjectionContext) {
    const t = table('loans');
    const byType = (type: string) => events.filter((e) => e.type === type).map(row);
    // Steps are applied type by type, in the order a loan goes through them; the version
    // guard makes a replayed batch change nothing.
    const applied = byType('LoanApplied');
    if (applied.length > 0) {
      // A name in clear is kept only when it is an enterprise's; a sealed one only sealed.
      await tx.query(
        `INSERT INTO ${t} (loan_id, product_code, product_version, status, enterprise_number, natural_person,
                           borrower_name, borrower_name_sealed, borrower_person_id, province,
                           lender_person_id, amount_applied, amount, annual_rate, term_months, applied_on,
                           signed_on, version, last_position)
         SELECT (e->'data'->>'loanId')::uuid, e->'data'->>'productCode', e->'data'->>'productVersion', 'applied',
                b->>'enterpriseNumber', coalesce((b->>'naturalPerson')::boolean, false),
                CASE WHEN jsonb_typeof(b->'name') = 'string'
                          AND NOT coalesce((b->>'naturalPerson')::boolean, false)
                     THEN b->>'name' END,
                CASE WHEN jsonb_typeof(b->'name') = 'object' THEN b->'name' END,
                (b->>'personId')::uuid, b->>'province', (e->'data'->'lender'->>'personId')::uuid,
                (e->'data'->>'amount')::numeric, (e->'data'->>'amount')::numeric,
                (e->'data'->>'annualRate')::numeric, (e->'data'->>'termMonths')::integer,
                (e->'data'->>'appliedOn')::date, (e->'data'->>'signedOn')::date,
                (e->>'version')::integer, (e->>'position')::bigint
           FROM jsonb_array_elements($1::jsonb) AS e, LATERAL (SELECT e->'data'->'borrower' AS b) AS x
         ON CONFLICT (loan_id) DO NOTHING`,
        [JSON.stringify(applied)],
      );
    }
    const approved = byType('LoanApproved');
    if (approved.length > 0) {
      await tx.query(
        `UPDATE ${t} AS l
            SET status = 'approved', amount = (e->'data'->'offer'->>'amount')::numeric,
                annual_rate = (e->'data'->'offer'->>'annualRate')::numeric,
                term_months = (e->'data'->'offer'->>'termMonths')::integer,
                product_version = e->'data'->>'productVersion',
                approved_on = (e->'data'->>'approvedOn')::date,
                offer_valid_until = (e->'data'->'offer'->>'offerValidUntil')::date,
                version = (e->>'version')::integer, last_position = (e->>'position')::bigint
           FROM jsonb_array_elements($1::jsonb) AS e
          WHERE l.loan_id = (e->'data'->>'loanId')::uuid AND l.version < (e->>'version')::integer`,
        [JSON.stringify(approved)],
      );
    }
    const disbursed = byType('LoanDisbursed');
    if (disbursed.length > 0) {
      await tx.query(
        `UPDATE ${t} AS l
            SET status = 'active', disbursed_on = (e->'data'->>'disbursedOn')::date,
                version = (e->>'version')::integer, last_position = (e->>'position')::bigint
           FROM jsonb_array_elements($1::jsonb) AS e
          WHERE l.loan_id = (e->'data'->>'loanId')::uuid AND l.version < (e->>'version')::integer`,
        [JSON.stringify(disbursed)],
      );
    }
    const refused = byType('LoanRefused');
    if (refused.length > 0) {
      await tx.query(
        `UPDATE ${t} AS l
            SET status = 'refused', refused_on = (e->'data'->>'refusedOn')::date,
                refusal_reasons = ARRAY(SELECT jsonb_array_elements_text(e->'data'->'reasons')),
                version = (e->>'version')::integer, last_position = (e->>'position')::bigint
           FROM jsonb_array_elements($1::jsonb) AS e
          WHERE l.loan_id = (e->'data'->>'loanId')::uuid AND l.version < (e->>'version')::integer`,
        [JSON.stringify(refused)],
      );
    }
    const withdrawn = byType('ApplicationWithdrawn');
    if (withdrawn.length > 0) {
      await tx.query(
        `UPDATE ${t} AS l
            SET status = 'withdrawn', withdrawn_on = (e->'data'->>'withdrawnOn')::date,
                withdrawn_from = e->'data'->>'withdrawnFrom',
                version = (e->>'version')::integer, last_position = (e->>'position')::bigint
           FROM jsonb_array_elements($1::jsonb) AS e
          WHERE l.loan_id = (e->'data'->>'loanId')::uuid AND l.version < (e->>'version')::integer`,
        [JSON.stringify(withdrawn)],
      );
    }
  },
};

function row(e: StoredEvent) {
  return { data: e.data, version: e.streamVersion, position: e.globalPosition };
}
