import { actorKey } from '@loanbook/domain';
import type { StoredEvent } from '@loanbook/event-store';
import type { Projection, ProjectionContext } from '../../engine';
import { searchTokens } from './search';

/**
 * One row per loan: what the list, the win-win registration reports, the approval funnel and
 * the portfolio read. Each dated step keeps its business date, so a report can be asked as of
 * a day. Beside it:
 * - `payments`: each money movement of an active or defaulted loan (an instalment payment, an
 *   early repayment, a recovery) with its business date and its current split into principal
 *   and interest (a back-dated payment's RepaymentsReallocated replaces the split of those it
 *   moved); the loan's totals are summed from it;
 * - `guarantees`: each security with what it still covers, and `guarantee_moves`, its dated
 *   releases, calls and refused releases, for exposure as of a day.
 *
 * No personal data in clear (since version 2): persons appear by their person id, and a sole
 * trader's name and (since version 5) enterprise number only as stored in the event, sealed
 * under their key (the back office opens them when it lists loans; once the person is forgotten
 * nobody can). `enterprise_number` is a company's only: null for a sole trader, also one whose
 * application was stored before the number was sealed. A guarantor appears by kind, amount and
 * person id only.
 *
 * Idempotence: every change of a batch is guarded by the row's stream version as it was before
 * the batch (`l.version < event version`), and the version moves only in the batch's last
 * statement, so that events of different types for one loan in one batch all apply, and a
 * replayed batch changes nothing. Totals are sums over the child tables, never increments.
 */
export const loansProjection: Projection = {
  name: 'loans',
  // Version 4: the loan's life after disbursement (lapse, payments, early repayment, default,
  // government guarantee claim, recoveries, write-off) and the guarantees. Version 5: a sole
  // trader's enterprise number kept only sealed (enterprise_number_sealed). Version 6: who
  // registered the application and a proposal waiting for a second officer (the officers'
  // queue), and a company's name as search tokens. Version 7: the file number (issue 21), kept
  // and searchable (its words among the search tokens, and whole in file_number). Version 8:
  // the structured communication (issue 22), from LoanDisbursed or StructuredCommunicationAssigned.
  // Version 9: the officers who decided it (officer_keys: proposed, approved or refused), for
  // the list's officer filter. Version 10: the file number of a loan applied for before them
  // (LoanFileNumberAssigned).
  version: 10,
  eventTypes: [
    'LoanApplied',
    'LoanApprovalProposed',
    'LoanApprovalSeconded',
    'LoanApproved',
    'LoanDisbursed',
    'LoanRefused',
    'ApplicationWithdrawn',
    'OfferLapsed',
    'InstalmentPaid',
    'RepaymentsReallocated',
    'EarlyRepaymentMade',
    'LoanRepaid',
    'GuaranteeReleased',
    'GuaranteeReleaseRefused',
    'LoanDefaulted',
    'GuaranteeCalled',
    'GovernmentGuaranteeClaimed',
    'RecoveryRecorded',
    'LoanWrittenOff',
    'StructuredCommunicationAssigned',
    'LoanFileNumberAssigned',
  ],
  tables: ['loans', 'payments', 'guarantees', 'guarantee_moves'],

  async setup({ tx, table }: ProjectionContext) {
    const t = table('loans');
    const p = table('payments');
    const g = table('guarantees');
    const m = table('guarantee_moves');
    await tx.exec(`
      CREATE TABLE ${t} (
        loan_id uuid PRIMARY KEY,
        -- "IK-2022-0042"; null for applications registered before file numbers.
        file_number text,
        -- "+++123/4567/89002+++"; null before disbursement and for loans not yet given one.
        structured_communication text,
        product_code text NOT NULL,
        product_version text NOT NULL,
        status text NOT NULL,
        -- A company's; a sole trader's is personal data, kept only sealed.
        enterprise_number text,
        enterprise_number_sealed jsonb,
        natural_person boolean NOT NULL,
        borrower_name text,
        borrower_name_sealed jsonb,
        borrower_person_id uuid,
        province text NOT NULL,
        lender_person_id uuid,
        -- A company's name as words and their prefixes (search.ts); none for a sole trader.
        search_tokens text[] NOT NULL DEFAULT '{}',
        -- Four eyes' identities (actorKey): who registered it, who proposed an approval.
        registered_by_key text,
        -- An approval above the officer's limit, waiting for a second officer (applied only).
        proposed_by text,
        proposed_by_key text,
        proposed_on date,
        proposed_amount numeric(14,2),
        -- The credit officers (actorKey) who proposed, approved or refused it.
        officer_keys text[] NOT NULL DEFAULT '{}',
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
        lapsed_on date,
        disbursed_on date,
        disbursed_amount numeric(14,2),
        -- Principal owed now: disbursed, less repaid and recovered; 0 once written off.
        outstanding_principal numeric(14,2) NOT NULL DEFAULT 0,
        -- Sums over the loan's payments (instalments and early repayments).
        principal_repaid numeric(14,2) NOT NULL DEFAULT 0,
        interest_paid numeric(14,2) NOT NULL DEFAULT 0,
        early_repayment_fees numeric(14,2) NOT NULL DEFAULT 0,
        repaid_on date,
        defaulted_on date,
        default_cause text,
        -- Principal outstanding on the day of default.
        default_outstanding numeric(14,2),
        government_claimed_on date,
        government_principal_lost numeric(14,2),
        government_claim numeric(14,2),
        recovered numeric(14,2) NOT NULL DEFAULT 0,
        written_off_on date,
        written_off_amount numeric(14,2),
        version integer NOT NULL,
        last_position bigint NOT NULL
      );
      CREATE INDEX ON ${t} (product_code, applied_on);
      CREATE INDEX ON ${t} (product_code, approved_on);
      CREATE INDEX ON ${t} (product_code, disbursed_on);
      CREATE INDEX ON ${t} (applied_on DESC, loan_id DESC);
      CREATE INDEX ON ${t} (enterprise_number);
      CREATE INDEX ON ${t} (borrower_person_id);
      CREATE INDEX ON ${t} (file_number);
      CREATE INDEX ON ${t} (structured_communication);
      CREATE INDEX ON ${t} USING gin (search_tokens);
      CREATE INDEX ON ${t} USING gin (officer_keys);
      CREATE INDEX ON ${t} (applied_on DESC, loan_id DESC) WHERE proposed_by IS NOT NULL;
      -- The offer-lapse processor's scan: offers still open, by validity.
      CREATE INDEX ON ${t} (offer_valid_until) WHERE status = 'approved';

      CREATE TABLE ${p} (
        loan_id uuid NOT NULL,
        -- p1, p2, ... for instalment payments (the event's); early-<version>, recovery-<version>.
        payment_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('instalment', 'early', 'recovery')),
        paid_on date NOT NULL,
        -- What was paid: an early repayment's total (capital, accrued interest and fee).
        amount numeric(14,2) NOT NULL,
        principal numeric(14,2) NOT NULL,
        interest numeric(14,2) NOT NULL,
        fee numeric(14,2) NOT NULL,
        -- An instalment payment's allocation to instalments, as last recorded.
        allocation jsonb,
        -- A recovery's source (borrower, guarantor, government-guarantee, ...).
        source text,
        -- The stream version of the event that last set principal and interest.
        version integer NOT NULL,
        PRIMARY KEY (loan_id, payment_id)
      );

      CREATE TABLE ${g} (
        loan_id uuid NOT NULL,
        guarantee_id text NOT NULL,
        kind text NOT NULL,
        guarantor_person_id uuid,
        amount numeric(14,2) NOT NULL,
        given_at text NOT NULL,
        given_on date NOT NULL,
        released numeric(14,2) NOT NULL DEFAULT 0,
        called numeric(14,2) NOT NULL DEFAULT 0,
        -- amount - released - called: what the guarantee still covers.
        remaining numeric(14,2) NOT NULL,
        release_refusals integer NOT NULL DEFAULT 0,
        PRIMARY KEY (loan_id, guarantee_id)
      );

      CREATE TABLE ${m} (
        loan_id uuid NOT NULL,
        version integer NOT NULL,
        guarantee_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('release', 'call', 'release-refused')),
        moved_on date NOT NULL,
        -- Released or called; for a refused release, the amount asked for (null: all of it).
        amount numeric(14,2),
        PRIMARY KEY (loan_id, version)
      );
    `);
  },

  async apply(events: StoredEvent[], { tx, table }: ProjectionContext) {
    const t = table('loans');
    const p = table('payments');
    const g = table('guarantees');
    const m = table('guarantee_moves');
    /** Runs `sql` with the batch's events of these types as $1 (a JSON array), if there are any. */
    const run = async (types: readonly string[], sql: string, only = (_: StoredEvent) => true) => {
      const rows = events.filter((e) => types.includes(e.type) && only(e)).map(row);
      if (rows.length > 0) await tx.query(sql, [JSON.stringify(rows)]);
    };
    /** The loans (as $1, a uuid array) that have events of these types in the batch. */
    const loansWith = async (types: readonly string[], sql: string) => {
      const ids = [
        ...new Set(events.filter((e) => types.includes(e.type)).map((e) => loanIdOf(e))),
      ];
      if (ids.length > 0) await tx.query(sql, [ids]);
    };
    // An event applies to a loan row whose version, as it was before the batch, is older.
    const events$ = `jsonb_array_elements($1::jsonb) AS e`;
    const fresh = `l.loan_id = (e->'data'->>'loanId')::uuid AND l.version < (e->>'version')::integer`;
    const freshEvents = `${events$} JOIN ${t} AS l ON ${fresh}`;

    // Steps are applied type by type, in the order a loan goes through them (each status step
    // happens at most once to a loan, so the last one applied is the latest).
    // A name or enterprise number in clear is kept only when it is a company's; a sealed one
    // only sealed.
    await run(
      ['LoanApplied'],
      `INSERT INTO ${t} (loan_id, file_number, product_code, product_version, status, enterprise_number,
                         enterprise_number_sealed, natural_person,
                         borrower_name, borrower_name_sealed, borrower_person_id, province,
                         lender_person_id, search_tokens, registered_by_key,
                         amount_applied, amount, annual_rate, term_months, applied_on,
                         signed_on, version, last_position)
       SELECT (e->'data'->>'loanId')::uuid, e->'data'->>'fileNumber', e->'data'->>'productCode', e->'data'->>'productVersion', 'applied',
              CASE WHEN jsonb_typeof(b->'enterpriseNumber') = 'string'
                        AND NOT coalesce((b->>'naturalPerson')::boolean, false)
                   THEN b->>'enterpriseNumber' END,
              CASE WHEN jsonb_typeof(b->'enterpriseNumber') = 'object' THEN b->'enterpriseNumber' END,
              coalesce((b->>'naturalPerson')::boolean, false),
              CASE WHEN jsonb_typeof(b->'name') = 'string'
                        AND NOT coalesce((b->>'naturalPerson')::boolean, false)
                   THEN b->>'name' END,
              CASE WHEN jsonb_typeof(b->'name') = 'object' THEN b->'name' END,
              (b->>'personId')::uuid, b->>'province', (e->'data'->'lender'->>'personId')::uuid,
              ARRAY(SELECT jsonb_array_elements_text(e->'searchTokens')), e->>'registeredByKey',
              (e->'data'->>'amount')::numeric, (e->'data'->>'amount')::numeric,
              (e->'data'->>'annualRate')::numeric, (e->'data'->>'termMonths')::integer,
              (e->'data'->>'appliedOn')::date, (e->'data'->>'signedOn')::date,
              (e->>'version')::integer, (e->>'position')::bigint
         FROM ${events$}, LATERAL (SELECT e->'data'->'borrower' AS b) AS x
       ON CONFLICT (loan_id) DO NOTHING`,
    );
    // Securities given with the application, then those the offer asks for; ids are unique
    // within a loan, so a replay finds them there.
    const guaranteesGiven = (givenAt: string, dateField: string) =>
      `INSERT INTO ${g} (loan_id, guarantee_id, kind, guarantor_person_id, amount, given_at, given_on, remaining)
       SELECT (e->'data'->>'loanId')::uuid, x->>'guaranteeId', x->>'kind', (x->>'guarantorPersonId')::uuid,
              (x->>'amount')::numeric, '${givenAt}', (e->'data'->>'${dateField}')::date, (x->>'amount')::numeric
         FROM ${events$} CROSS JOIN LATERAL jsonb_array_elements(e->'data'->'guarantees') AS x
        WHERE jsonb_typeof(e->'data'->'guarantees') = 'array'
       ON CONFLICT (loan_id, guarantee_id) DO NOTHING`;
    const withGuarantees = (e: StoredEvent) => Array.isArray(e.data.guarantees);
    await run(['LoanApplied'], guaranteesGiven('application', 'appliedOn'), withGuarantees);
    await run(
      ['LoanApprovalProposed'],
      `UPDATE ${t} AS l
          SET proposed_by = e->'data'->>'proposedBy', proposed_by_key = e->>'proposedByKey',
              proposed_on = (e->'data'->>'approvedOn')::date,
              proposed_amount = (e->'data'->'offer'->>'amount')::numeric
         FROM ${events$}
        WHERE ${fresh}`,
    );
    // The deciding officers, gathered per loan first: a proposal and its seconding can share a
    // batch, and an UPDATE applies one joined row per loan.
    await run(
      OFFICER_EVENTS,
      `UPDATE ${t} AS l
          SET officer_keys = ARRAY(SELECT DISTINCT k FROM unnest(l.officer_keys || x.keys) AS k ORDER BY k)
         FROM (SELECT l.loan_id, array_agg(k) AS keys
                 FROM ${freshEvents} CROSS JOIN LATERAL jsonb_array_elements_text(e->'officerKeys') AS k
                GROUP BY l.loan_id) AS x
        WHERE l.loan_id = x.loan_id`,
    );
    // The proposal ends with the offer (seconded), a refusal or a withdrawal.
    await run(
      ['LoanApproved', 'LoanRefused', 'ApplicationWithdrawn'],
      `UPDATE ${t} AS l
          SET proposed_by = NULL, proposed_by_key = NULL, proposed_on = NULL, proposed_amount = NULL
         FROM ${events$}
        WHERE ${fresh} AND l.proposed_by IS NOT NULL`,
    );
    await run(
      ['LoanApproved'],
      `UPDATE ${t} AS l
          SET status = 'approved', amount = (e->'data'->'offer'->>'amount')::numeric,
              annual_rate = (e->'data'->'offer'->>'annualRate')::numeric,
              term_months = (e->'data'->'offer'->>'termMonths')::integer,
              product_version = e->'data'->>'productVersion',
              approved_on = (e->'data'->>'approvedOn')::date,
              offer_valid_until = (e->'data'->'offer'->>'offerValidUntil')::date
         FROM ${events$}
        WHERE ${fresh}`,
    );
    await run(['LoanApproved'], guaranteesGiven('approval', 'approvedOn'), withGuarantees);
    await run(
      ['LoanDisbursed'],
      `UPDATE ${t} AS l
          SET status = 'active', disbursed_on = (e->'data'->>'disbursedOn')::date,
              disbursed_amount = (e->'data'->>'amount')::numeric,
              structured_communication = e->'data'->>'structuredCommunication'
         FROM ${events$}
        WHERE ${fresh}`,
    );
    await run(
      ['StructuredCommunicationAssigned'],
      `UPDATE ${t} AS l
          SET structured_communication = e->'data'->>'structuredCommunication'
         FROM ${events$}
        WHERE ${fresh}`,
    );
    await run(
      ['LoanFileNumberAssigned'],
      `UPDATE ${t} AS l
          SET file_number = e->'data'->>'fileNumber',
              search_tokens = l.search_tokens
                || ARRAY(SELECT jsonb_array_elements_text(e->'searchTokens'))
         FROM ${events$}
        WHERE ${fresh}`,
    );
    await run(
      ['LoanRefused'],
      `UPDATE ${t} AS l
          SET status = 'refused', refused_on = (e->'data'->>'refusedOn')::date,
              refusal_reasons = ARRAY(SELECT jsonb_array_elements_text(e->'data'->'reasons'))
         FROM ${events$}
        WHERE ${fresh}`,
    );
    await run(
      ['ApplicationWithdrawn'],
      `UPDATE ${t} AS l
          SET status = 'withdrawn', withdrawn_on = (e->'data'->>'withdrawnOn')::date,
              withdrawn_from = e->'data'->>'withdrawnFrom'
         FROM ${events$}
        WHERE ${fresh}`,
    );
    await run(
      ['OfferLapsed'],
      `UPDATE ${t} AS l
          SET status = 'lapsed', lapsed_on = (e->'data'->>'lapsedOn')::date
         FROM ${events$}
        WHERE ${fresh}`,
    );

    // Money movements. Early repayments and recoveries carry no id of their own: their stream
    // version makes one, unique within the loan.
    await run(
      ['InstalmentPaid'],
      `INSERT INTO ${p} (loan_id, payment_id, kind, paid_on, amount, principal, interest, fee, allocation, version)
       SELECT l.loan_id, e->'data'->>'paymentId', 'instalment', (e->'data'->>'paidOn')::date,
              (e->'data'->>'amount')::numeric, (e->'data'->>'principalPaid')::numeric,
              (e->'data'->>'interestPaid')::numeric, 0, e->'data'->'allocation', (e->>'version')::integer
         FROM ${freshEvents}
       ON CONFLICT (loan_id, payment_id) DO NOTHING`,
    );
    await run(
      ['EarlyRepaymentMade'],
      `INSERT INTO ${p} (loan_id, payment_id, kind, paid_on, amount, principal, interest, fee, version)
       SELECT l.loan_id, 'early-' || (e->>'version'), 'early', (e->'data'->>'repaidOn')::date,
              (e->'data'->>'total')::numeric, (e->'data'->>'capitalRepaid')::numeric,
              (e->'data'->>'accruedInterest')::numeric, (e->'data'->>'fee')::numeric,
              (e->>'version')::integer
         FROM ${freshEvents}
       ON CONFLICT (loan_id, payment_id) DO NOTHING`,
    );
    await run(
      ['RecoveryRecorded'],
      `INSERT INTO ${p} (loan_id, payment_id, kind, paid_on, amount, principal, interest, fee, source, version)
       SELECT l.loan_id, 'recovery-' || (e->>'version'), 'recovery', (e->'data'->>'receivedOn')::date,
              (e->'data'->>'amount')::numeric, (e->'data'->>'amount')::numeric, 0, 0,
              e->'data'->>'source', (e->>'version')::integer
         FROM ${freshEvents}
       ON CONFLICT (loan_id, payment_id) DO NOTHING`,
    );
    // A back-dated payment moved earlier ones: their split is replaced by the latest one the
    // batch holds (the total of each payment never changes, so the loan's sums stay exact).
    await run(
      ['RepaymentsReallocated'],
      `UPDATE ${p} AS p
          SET principal = r.principal, interest = r.interest, allocation = r.allocation, version = r.version
         FROM (SELECT DISTINCT ON (l.loan_id, x->>'paymentId')
                      l.loan_id, x->>'paymentId' AS payment_id, (x->>'principalPaid')::numeric AS principal,
                      (x->>'interestPaid')::numeric AS interest, x->'allocation' AS allocation,
                      (e->>'version')::integer AS version
                 FROM ${freshEvents} CROSS JOIN LATERAL jsonb_array_elements(e->'data'->'payments') AS x
                ORDER BY l.loan_id, x->>'paymentId', (e->>'version')::integer DESC) AS r
        WHERE p.loan_id = r.loan_id AND p.payment_id = r.payment_id AND p.version < r.version`,
    );

    await run(
      ['LoanRepaid'],
      `UPDATE ${t} AS l
          SET status = 'repaid', repaid_on = (e->'data'->>'repaidOn')::date
         FROM ${events$}
        WHERE ${fresh}`,
    );
    await run(
      ['LoanDefaulted'],
      `UPDATE ${t} AS l
          SET status = 'defaulted', defaulted_on = (e->'data'->>'defaultedOn')::date,
              default_cause = e->'data'->>'cause',
              default_outstanding = (e->'data'->>'outstandingPrincipal')::numeric
         FROM ${events$}
        WHERE ${fresh}`,
    );
    await run(
      ['GovernmentGuaranteeClaimed'],
      `UPDATE ${t} AS l
          SET government_claimed_on = (e->'data'->>'claimedOn')::date,
              government_principal_lost = (e->'data'->>'principalLost')::numeric,
              government_claim = (e->'data'->>'claim')::numeric
         FROM ${events$}
        WHERE ${fresh}`,
    );
    await run(
      ['LoanWrittenOff'],
      `UPDATE ${t} AS l
          SET status = 'written-off', written_off_on = (e->'data'->>'writtenOffOn')::date,
              written_off_amount = (e->'data'->>'amount')::numeric
         FROM ${events$}
        WHERE ${fresh}`,
    );

    // The principal outstanding is the one the loan's latest such event says.
    await run(
      OUTSTANDING_EVENTS,
      `UPDATE ${t} AS l
          SET outstanding_principal = o.outstanding
         FROM (SELECT DISTINCT ON ((e->'data'->>'loanId')::uuid)
                      (e->'data'->>'loanId')::uuid AS loan_id, (e->>'version')::integer AS version,
                      CASE e->>'type'
                        WHEN 'LoanWrittenOff' THEN 0
                        WHEN 'LoanDisbursed' THEN (e->'data'->>'amount')::numeric
                        ELSE (e->'data'->>'outstandingPrincipal')::numeric
                      END AS outstanding
                 FROM ${events$}
                ORDER BY (e->'data'->>'loanId')::uuid, (e->>'version')::integer DESC) AS o
        WHERE l.loan_id = o.loan_id AND l.version < o.version`,
    );
    // Sums over the payments table: whatever was inserted or reallocated above, they are exact.
    await loansWith(
      PAYMENT_EVENTS,
      `UPDATE ${t} AS l
          SET principal_repaid = s.principal_repaid, interest_paid = s.interest_paid,
              early_repayment_fees = s.fees, recovered = s.recovered
         FROM (SELECT loan_id,
                      coalesce(sum(principal) FILTER (WHERE kind <> 'recovery'), 0) AS principal_repaid,
                      coalesce(sum(interest) FILTER (WHERE kind <> 'recovery'), 0) AS interest_paid,
                      coalesce(sum(fee), 0) AS fees,
                      coalesce(sum(amount) FILTER (WHERE kind = 'recovery'), 0) AS recovered
                 FROM ${p} WHERE loan_id = ANY ($1::uuid[]) GROUP BY loan_id) AS s
        WHERE l.loan_id = s.loan_id`,
    );

    // Releases, calls and refused releases of guarantees, dated; each guarantee's figures are
    // summed from them.
    await run(
      GUARANTEE_EVENTS,
      `INSERT INTO ${m} (loan_id, version, guarantee_id, kind, moved_on, amount)
       SELECT l.loan_id, (e->>'version')::integer, e->'data'->>'guaranteeId',
              CASE e->>'type' WHEN 'GuaranteeReleased' THEN 'release'
                              WHEN 'GuaranteeCalled' THEN 'call' ELSE 'release-refused' END,
              coalesce(e->'data'->>'releasedOn', e->'data'->>'calledOn', e->'data'->>'refusedOn')::date,
              coalesce(e->'data'->>'amount', e->'data'->>'amountRequested')::numeric
         FROM ${freshEvents}
       ON CONFLICT (loan_id, version) DO NOTHING`,
    );
    await loansWith(
      GUARANTEE_EVENTS,
      `UPDATE ${g} AS g
          SET released = s.released, called = s.called, remaining = g.amount - s.released - s.called,
              release_refusals = s.refusals
         FROM (SELECT loan_id, guarantee_id,
                      coalesce(sum(amount) FILTER (WHERE kind = 'release'), 0) AS released,
                      coalesce(sum(amount) FILTER (WHERE kind = 'call'), 0) AS called,
                      count(*) FILTER (WHERE kind = 'release-refused')::integer AS refusals
                 FROM ${m} WHERE loan_id = ANY ($1::uuid[]) GROUP BY loan_id, guarantee_id) AS s
        WHERE g.loan_id = s.loan_id AND g.guarantee_id = s.guarantee_id`,
    );

    // Last: the rows' versions move past the batch, which closes it to a replay.
    await tx.query(
      `UPDATE ${t} AS l
          SET version = b.version, last_position = b.position
         FROM (SELECT (e->'data'->>'loanId')::uuid AS loan_id, max((e->>'version')::integer) AS version,
                      max((e->>'position')::bigint) AS position
                 FROM ${events$} GROUP BY 1) AS b
        WHERE l.loan_id = b.loan_id AND l.version < b.version`,
      // Only what the statement reads: the whole batch again would double what is sent.
      [
        JSON.stringify(
          events.map((e) => ({
            data: { loanId: loanIdOf(e) },
            version: e.streamVersion,
            position: e.globalPosition,
          })),
        ),
      ],
    );
  },
};

/** Events that say what principal is outstanding after them. */
const OUTSTANDING_EVENTS = [
  'LoanDisbursed',
  'InstalmentPaid',
  'EarlyRepaymentMade',
  'RecoveryRecorded',
  'LoanWrittenOff',
];
const PAYMENT_EVENTS = [
  'InstalmentPaid',
  'RepaymentsReallocated',
  'EarlyRepaymentMade',
  'RecoveryRecorded',
];
/** Events that name a deciding officer (derived: officerKeys). */
const OFFICER_EVENTS = ['LoanApprovalProposed', 'LoanApproved', 'LoanRefused'];
const GUARANTEE_EVENTS = ['GuaranteeReleased', 'GuaranteeCalled', 'GuaranteeReleaseRefused'];

function row(e: StoredEvent) {
  return {
    type: e.type,
    data: e.data,
    version: e.streamVersion,
    position: e.globalPosition,
    ...derived(e),
  };
}

/**
 * What SQL cannot work out of an event the way the domain does: four eyes' identities and the
 * search tokens of a company's name and of the file number (a sole trader's name is sealed).
 */
function derived(e: StoredEvent): Record<string, unknown> {
  if (e.type === 'LoanApplied') {
    const data = e.data as {
      borrower?: { name?: unknown; naturalPerson?: unknown };
      registeredBy?: unknown;
      fileNumber?: unknown;
    };
    const company = data.borrower?.naturalPerson !== true;
    // Events of schema version 1 name their registrar only in the metadata.
    const registeredBy = data.registeredBy ?? e.metadata.actor;
    return {
      registeredByKey: typeof registeredBy === 'string' ? actorKey(registeredBy) : null,
      // A sole trader's name is sealed; the file number is no personal data: everyone's.
      searchTokens: searchTokens(
        [
          company && typeof data.borrower?.name === 'string' ? data.borrower.name : '',
          typeof data.fileNumber === 'string' ? data.fileNumber : '',
        ].join(' '),
      ),
    };
  }
  if (e.type === 'LoanFileNumberAssigned') {
    const { fileNumber } = e.data as { fileNumber?: unknown };
    return { searchTokens: searchTokens(typeof fileNumber === 'string' ? fileNumber : '') };
  }
  if (e.type === 'LoanApprovalProposed') {
    const { proposedBy } = e.data as { proposedBy?: unknown };
    return {
      proposedByKey: typeof proposedBy === 'string' ? actorKey(proposedBy) : null,
      officerKeys: officerKeys([proposedBy]),
    };
  }
  if (e.type === 'LoanApproved') {
    const { approvedBy } = e.data as { approvedBy?: unknown };
    return { officerKeys: officerKeys(Array.isArray(approvedBy) ? approvedBy : []) };
  }
  // A refusal names its officer only in the metadata.
  if (e.type === 'LoanRefused') return { officerKeys: officerKeys([e.metadata.actor]) };
  return {};
}

function officerKeys(ids: readonly unknown[]): string[] {
  return ids.filter((id): id is string => typeof id === 'string').map(actorKey);
}

function loanIdOf(e: StoredEvent): string {
  return String((e.data as { loanId?: unknown }).loanId);
}
