import { LocalDate } from '@js-joda/core';
import {
  defaultCatalogue,
  ledgerOf,
  Money,
  Rate,
  type LoanCommand,
  type LoanEvent,
} from '@loanbook/domain';
import {
  PgliteEventStore,
  PostgresEventStore,
  type SqlDatabase,
  type SqlEventStore,
  type StoredEvent,
} from '@loanbook/event-store';
import {
  describePostgres,
  dropSchema,
  freshSchemaName,
  LoanWalk,
  TEST_DATABASE_URL,
  type LoanStep,
} from '@loanbook/testing';
import type { ProjectionContext } from '../../engine';
import { type ReadModelTables, listLoans } from '../reports';
import { loansProjection } from './loans.projection';
import { offersPastValidity } from './loans.queries';

jest.setTimeout(120_000);

/**
 * The loans read model over a loan's whole life. The histories are made by the domain's own
 * decider from commands (so they hold what the back office records: a back-dated payment's
 * reallocation, an early repayment's fee, ...), stored, read back from the global log and
 * applied. The expected figures come from folding the same events into the domain's state,
 * and, for the first payments, from the schedule worked out by hand.
 */
const catalogue = defaultCatalogue();
const date = (s: string) => LocalDate.parse(s);
const eur = (s: string) => Money.parse(s);

const walk = (loanId: string) => new LoanWalk(loanId, '2026-11-21', catalogue);

const ids = {
  life: '3c1e0a8e-7a51-4d7e-9a0b-000000000001',
  repaid: '3c1e0a8e-7a51-4d7e-9a0b-000000000002',
  lapsed: '3c1e0a8e-7a51-4d7e-9a0b-000000000003',
  winwin: '3c1e0a8e-7a51-4d7e-9a0b-000000000004',
  open: '3c1e0a8e-7a51-4d7e-9a0b-000000000005',
};
const borrower = {
  enterpriseNumber: '0403.170.701',
  name: 'Bakkerij Peeters',
  province: 'Antwerpen',
};
const impulskrediet = (over: Partial<LoanCommand> = {}) =>
  ({
    type: 'ApplyForLoan',
    productCode: 'impulskrediet',
    borrower,
    amount: eur('25000.00'),
    termMonths: 60,
    purpose: 'oven and working capital',
    appliedOn: date('2018-03-01'),
    registeredBy: 'clerk-anna',
    ...over,
  }) as LoanStep;
const approve = (approvedOn: string, over: Record<string, unknown> = {}) =>
  ({
    type: 'ApproveLoan',
    approvedOn: date(approvedOn),
    officer: { id: 'officer-bart' },
    ...over,
  }) as LoanStep;
/** 25,000.00 at 6 % over 60 months from 2018-03-20: 483.32 a month, due on the 20th. */
const INSTALMENT = eur('483.32');

function walks(): LoanWalk[] {
  // Paid, paid late and back-dated, partly repaid early, defaulted, guarantees called, released
  // and kept, recovered, written off, and recovered again after the write-off.
  const life = walk(ids.life)
    .do(
      impulskrediet({
        guarantees: [{ kind: 'personal', guarantor: 'Jan Peeters', amount: eur('5000.00') }],
      }),
    )
    .do(
      approve('2018-03-15', {
        guarantees: [
          { kind: 'real', guarantor: 'mortgage, Kerkstraat 12', amount: eur('10000.00') },
        ],
      }),
    )
    .do({ type: 'DisburseLoan', disbursedOn: date('2018-03-20') })
    .do({ type: 'RepayInstalment', paidOn: date('2018-04-20'), amount: INSTALMENT })
    .do({ type: 'RepayInstalment', paidOn: date('2018-06-20'), amount: INSTALMENT })
    // Back-dated: it takes instalment 2, and moves the payment of 2018-06-20 to instalment 3.
    .do({ type: 'RepayInstalment', paidOn: date('2018-05-20'), amount: INSTALMENT })
    .do({ type: 'RepayEarly', repaidOn: date('2018-07-01'), amount: eur('5000.00') })
    .do({ type: 'DeclareDefault', defaultedOn: date('2019-01-10'), cause: 'bankruptcy' })
    .do({
      type: 'CallGuarantee',
      guaranteeId: 'g1',
      calledOn: date('2019-02-01'),
      amount: eur('2000.00'),
    })
    .do({
      type: 'RefuseGuaranteeRelease',
      guaranteeId: 'g2',
      refusedOn: date('2019-02-10'),
      reasons: ['open-commitments-covered'],
      explanation: 'the mortgage still covers the principal outstanding',
    })
    .do({
      type: 'ReleaseGuarantee',
      guaranteeId: 'g2',
      releasedOn: date('2019-02-15'),
      amount: eur('4000.00'),
    })
    .do({
      type: 'RecordRecovery',
      receivedOn: date('2019-03-01'),
      amount: eur('2000.00'),
      source: 'guarantor',
    })
    .do({ type: 'WriteOffLoan', writtenOffOn: date('2019-06-30'), reason: 'liquidation closed' })
    .do({
      type: 'RecordRecovery',
      receivedOn: date('2019-09-01'),
      amount: eur('500.00'),
      source: 'liquidation',
    });
  const repaid = walk(ids.repaid)
    .do(impulskrediet())
    .do(approve('2018-03-15'))
    .do({ type: 'DisburseLoan', disbursedOn: date('2018-03-20') })
    .do({ type: 'RepayInstalment', paidOn: date('2018-04-20'), amount: INSTALMENT })
    .do({ type: 'RepayEarly', repaidOn: date('2018-05-02'), full: true });
  const lapsed = walk(ids.lapsed)
    .do(impulskrediet())
    .do(approve('2018-03-15'))
    .do({ type: 'LapseOffer' });
  const winwin = walk(ids.winwin)
    .do({
      type: 'ApplyForLoan',
      productCode: 'winwinlening',
      borrower: { ...borrower, name: 'Brouwerij De Klok', province: 'Limburg' },
      lender: { id: 'lender-17', name: 'An Janssens', relationToBorrower: 'friend' },
      amount: eur('60000.00'),
      termMonths: 60,
      annualRate: Rate.parse('0.01'),
      purpose: 'brewing kettle',
      signedOn: date('2021-03-01'),
      appliedOn: date('2021-03-10'),
      registeredBy: 'clerk-anna',
    })
    .do(approve('2021-03-15'))
    .do({ type: 'DisburseLoan', disbursedOn: date('2021-03-20') })
    .do({ type: 'DeclareDefault', defaultedOn: date('2021-06-01'), cause: 'bankruptcy' })
    .do({
      type: 'ClaimGovernmentGuarantee',
      claimedOn: date('2021-09-01'),
      principalLost: eur('50000.00'),
    });
  // An offer still open: what the offer-lapse processor looks for.
  const open = walk(ids.open).do(impulskrediet()).do(approve('2026-11-10'));
  return [life, repaid, lapsed, winwin, open];
}

interface Fixture {
  store: SqlEventStore;
  db: SqlDatabase;
  dispose(): Promise<void>;
}

loansSuite('PGlite', async () => {
  const store = new PgliteEventStore({ dataDir: 'memory://', schema: freshSchemaName('loans') });
  await store.init();
  return { store, db: store.database(), dispose: () => store.close() };
});

describePostgres('on PostgreSQL', () => {
  loansSuite('PostgreSQL', async () => {
    const schema = freshSchemaName('loans_rm');
    const store = new PostgresEventStore({ connectionString: TEST_DATABASE_URL, schema });
    await store.init();
    return {
      store,
      db: store.database(),
      dispose: async () => {
        await store.close();
        await dropSchema(TEST_DATABASE_URL, schema);
      },
    };
  });
});

function loansSuite(kind: string, open: () => Promise<Fixture>): void {
  describe(`the loans read model over a loan's life, on ${kind}`, () => {
    let f: Fixture;
    let loans: LoanWalk[];
    let log: StoredEvent[];
    let tables = 0;

    beforeAll(async () => {
      f = await open();
      loans = walks();
      for (const loan of loans) await loan.appendTo(f.store, '2026-11-21T10:00:00Z');
      log = (await f.store.readAll({ transactionId: '0', globalPosition: 0 }, { batchSize: 1000 }))
        .events;
    });
    afterAll(() => f?.dispose());

    /** Every row, dates as YYYY-MM-DD (drivers turn them into instants of their own choosing). */
    async function rows(table: string, order: string): Promise<Record<string, unknown>[]> {
      const columns = await f.db.query<{ column_name: string; data_type: string }>(
        `SELECT column_name, data_type FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
        [table],
      );
      const list = columns.map((c) =>
        c.data_type === 'date' ? `${c.column_name}::text AS ${c.column_name}` : c.column_name,
      );
      return f.db.query(`SELECT ${list.join(', ')} FROM ${table} ORDER BY ${order}`);
    }

    /** A fresh set of the projection's tables; `apply` runs one batch in one transaction. */
    async function model() {
      tables += 1;
      const prefix = `rm_t${tables}`;
      const ctx = (tx: ProjectionContext['tx']): ProjectionContext => ({
        tx,
        table: (n) => `${prefix}_${n}`,
      });
      await f.db.transaction((tx) => loansProjection.setup(ctx(tx)));
      const handled = (events: StoredEvent[]) =>
        events.filter((e) => loansProjection.eventTypes.includes(e.type));
      return {
        t: `${prefix}_loans`,
        apply: (events: StoredEvent[]) =>
          f.db.transaction((tx) => loansProjection.apply(handled(events), ctx(tx))),
        snapshot: async () => ({
          loans: await rows(`${prefix}_loans`, 'loan_id'),
          payments: await rows(`${prefix}_payments`, 'loan_id, payment_id'),
          guarantees: await rows(`${prefix}_guarantees`, 'loan_id, guarantee_id'),
          moves: await rows(`${prefix}_guarantee_moves`, 'loan_id, version'),
        }),
      };
    }

    const walkOf = (id: string) => loans.find((w) => w.loanId === id)!;
    const sum = (values: string[]) => Money.sum(values.map(eur)).toString();

    it('holds each loan figures as the domain has them, its payments and guarantees', async () => {
      const m = await model();
      await m.apply(log);
      const { loans: rows, payments, guarantees, moves } = await m.snapshot();
      const row = (id: string) => rows.find((r) => r.loan_id === id)!;

      // The whole life: every total agrees with the loan's own events.
      const life = walkOf(ids.life);
      const paid = life.events.flatMap((e) => (e.type === 'InstalmentPaid' ? [e.data] : []));
      const [realloc] = life.events.flatMap((e) =>
        e.type === 'RepaymentsReallocated' ? [e.data] : [],
      );
      const [early] = life.events.flatMap((e) => (e.type === 'EarlyRepaymentMade' ? [e.data] : []));
      const [defaulted] = life.events.flatMap((e) => (e.type === 'LoanDefaulted' ? [e.data] : []));
      const [writeOff] = life.events.flatMap((e) => (e.type === 'LoanWrittenOff' ? [e.data] : []));
      expect(realloc.causedBy).toBe('p3');
      expect(realloc.payments.map((p) => p.paymentId)).toEqual(['p2']);
      // Each payment as the ledger has it now: p2 moved from instalment 2 to 3.
      const ledger = ledgerOf(life.state);
      const allocation = (id: string) => ledger.allocations.get(id)!;
      const split = (id: string) => ({
        principal: sum(allocation(id).map((x) => x.principal)),
        interest: sum(allocation(id).map((x) => x.interest)),
      });
      expect(allocation('p2').map((a) => a.instalment)).toEqual([3]);
      expect(allocation('p3').map((a) => a.instalment)).toEqual([2]);
      expect(
        payments
          .filter((p) => p.loan_id === ids.life)
          .map((p) => ({ id: p.payment_id, kind: p.kind, on: p.paid_on, ...money(p) })),
      ).toEqual([
        {
          id: `early-${versionOf(life, 'EarlyRepaymentMade')}`,
          kind: 'early',
          on: '2018-07-01',
          amount: early.total,
          principal: early.capitalRepaid,
          interest: early.accruedInterest,
          fee: early.fee,
        },
        // 25,000.00 × 6 % / 12 = 125.00 interest; 483.32 − 125.00 principal.
        {
          id: 'p1',
          kind: 'instalment',
          on: '2018-04-20',
          amount: '483.32',
          principal: '358.32',
          interest: '125.00',
          fee: '0.00',
        },
        {
          id: 'p2',
          kind: 'instalment',
          on: '2018-06-20',
          amount: '483.32',
          ...split('p2'),
          fee: '0.00',
        },
        {
          id: 'p3',
          kind: 'instalment',
          on: '2018-05-20',
          amount: '483.32',
          ...split('p3'),
          fee: '0.00',
        },
        {
          id: `recovery-${versionOf(life, 'RecoveryRecorded')}`,
          kind: 'recovery',
          on: '2019-03-01',
          amount: '2000.00',
          principal: '2000.00',
          interest: '0.00',
          fee: '0.00',
        },
        {
          id: `recovery-${versionOf(life, 'RecoveryRecorded') + 2}`,
          kind: 'recovery',
          on: '2019-09-01',
          amount: '500.00',
          principal: '500.00',
          interest: '0.00',
          fee: '0.00',
        },
      ]);
      // The reallocation changed the split, not the totals.
      expect(paid.find((p) => p.paymentId === 'p2')!.principalPaid).not.toBe(split('p2').principal);
      expect(row(ids.life)).toMatchObject({
        status: 'written-off',
        disbursed_amount: '25000.00',
        principal_repaid: sum([
          ...['p1', 'p2', 'p3'].map((id) => split(id).principal),
          early.capitalRepaid,
        ]),
        interest_paid: sum([
          ...['p1', 'p2', 'p3'].map((id) => split(id).interest),
          early.accruedInterest,
        ]),
        early_repayment_fees: early.fee,
        default_cause: 'bankruptcy',
        default_outstanding: defaulted.outstandingPrincipal,
        recovered: '2500.00',
        written_off_amount: writeOff.amount,
        outstanding_principal: '0.00',
        government_claim: null,
        version: life.events.length,
      });
      expect(row(ids.life)).toMatchObject({
        disbursed_on: '2018-03-20',
        defaulted_on: '2019-01-10',
        written_off_on: '2019-06-30',
        repaid_on: null,
        lapsed_on: null,
      });
      // What was written off is what was outstanding: disbursed, less repaid and recovered.
      expect(writeOff.amount).toBe(
        eur('25000.00')
          .minus(eur(row(ids.life).principal_repaid as string))
          .minus(eur('2000.00'))
          .toString(),
      );
      expect(life.state.outstandingPrincipal.toString()).toBe('0.00');
      expect(
        guarantees
          .filter((g) => g.loan_id === ids.life)
          .map((g) => ({
            id: g.guarantee_id,
            kind: g.kind,
            givenAt: g.given_at,
            givenOn: g.given_on,
            ...money(g, ['amount', 'released', 'called', 'remaining']),
            refusals: g.release_refusals,
          })),
      ).toEqual([
        {
          id: 'g1',
          kind: 'personal',
          givenAt: 'application',
          givenOn: '2018-03-01',
          amount: '5000.00',
          released: '0.00',
          called: '2000.00',
          remaining: '3000.00',
          refusals: 0,
        },
        {
          id: 'g2',
          kind: 'real',
          givenAt: 'approval',
          givenOn: '2018-03-15',
          amount: '10000.00',
          released: '4000.00',
          called: '0.00',
          remaining: '6000.00',
          refusals: 1,
        },
      ]);
      expect(life.state.guarantees.map((g) => g.remaining.toString())).toEqual([
        '3000.00',
        '6000.00',
      ]);
      expect(
        moves
          .filter((x) => x.loan_id === ids.life)
          .map((x) => [x.guarantee_id, x.kind, x.moved_on, x.amount]),
      ).toEqual([
        ['g1', 'call', '2019-02-01', '2000.00'],
        ['g2', 'release-refused', '2019-02-10', null],
        ['g2', 'release', '2019-02-15', '4000.00'],
      ]);

      // Repaid in full before its term: an early repayment after one instalment.
      const repaid = walkOf(ids.repaid);
      const [full] = repaid.events.flatMap((e) =>
        e.type === 'EarlyRepaymentMade' ? [e.data] : [],
      );
      expect(full.full).toBe(true);
      expect(row(ids.repaid)).toMatchObject({
        status: 'repaid',
        outstanding_principal: '0.00',
        principal_repaid: '25000.00',
        interest_paid: sum(['125.00', full.accruedInterest]),
        early_repayment_fees: full.fee,
        recovered: '0.00',
      });
      expect(row(ids.repaid)).toMatchObject({ repaid_on: '2018-05-02' });

      // Lapsed the day after its validity (30 days from 2018-03-15), recorded years later.
      expect(row(ids.lapsed)).toMatchObject({ status: 'lapsed', outstanding_principal: '0.00' });
      expect(row(ids.lapsed)).toMatchObject({
        offer_valid_until: '2018-04-14',
        lapsed_on: '2018-04-15',
      });

      // The win-win loan's government guarantee: 40 % (contracts of 2020-03-15 to 2021-12-31).
      const [claim] = walkOf(ids.winwin).events.flatMap((e) =>
        e.type === 'GovernmentGuaranteeClaimed' ? [e.data] : [],
      );
      expect(claim.claim).toBe('20000.00');
      expect(row(ids.winwin)).toMatchObject({
        status: 'defaulted',
        outstanding_principal: '60000.00',
        default_outstanding: '60000.00',
        government_principal_lost: '50000.00',
        government_claim: '20000.00',
      });
      expect(row(ids.winwin)).toMatchObject({ government_claimed_on: '2021-09-01' });
    });

    it('gives the same rows whatever the batches, and a replayed batch changes nothing', async () => {
      const whole = await model();
      await whole.apply(log);
      const expected = await whole.snapshot();

      // One event a batch: each type's statement meets the loan one step at a time.
      const single = await model();
      for (const e of log) await single.apply([e]);
      expect(await single.snapshot()).toEqual(expected);

      // Batches of 3, each applied twice; then earlier batches replayed after the later ones.
      const chunked = await model();
      const batches = chunk(log, 3);
      for (const batch of batches) {
        await chunked.apply(batch);
        await chunked.apply(batch);
      }
      expect(await chunked.snapshot()).toEqual(expected);
      for (const batch of batches) await chunked.apply(batch);
      await chunked.apply(log);
      expect(await chunked.snapshot()).toEqual(expected);
    });

    it('lists loans by each status and finds the offers past their validity', async () => {
      const m = await model();
      await m.apply(log);
      const t: Pick<ReadModelTables, 'loans'> = { loans: m.t };
      const byStatus = async (status: string) =>
        (await listLoans(f.db, t, { status, limit: 50 })).items.map((i) => i.loanId);
      expect(await byStatus('written-off')).toEqual([ids.life]);
      expect(await byStatus('repaid')).toEqual([ids.repaid]);
      expect(await byStatus('lapsed')).toEqual([ids.lapsed]);
      expect(await byStatus('defaulted')).toEqual([ids.winwin]);
      expect(await byStatus('approved')).toEqual([ids.open]);
      // The open offer holds until 2026-12-10: past it only from the day after.
      const lapsing = ['impulskrediet'];
      expect(await offersPastValidity(f.db, m.t, date('2026-12-10'), lapsing)).toEqual([]);
      expect(await offersPastValidity(f.db, m.t, date('2026-12-11'), lapsing)).toEqual([ids.open]);
      // Only the products whose offers lapse are scanned.
      expect(await offersPastValidity(f.db, m.t, date('2026-12-11'), ['winwinlening'])).toEqual([]);
    });
  });
}

function versionOf(walk: LoanWalk, type: LoanEvent['type']): number {
  return walk.events.findIndex((e) => e.type === type) + 1;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** NUMERIC columns as the strings the drivers give (never floats). */
function money(
  row: Record<string, unknown>,
  columns = ['amount', 'principal', 'interest', 'fee'],
): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c, row[c] as string]));
}
