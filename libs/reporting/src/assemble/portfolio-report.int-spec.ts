import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { LocalDate } from '@js-joda/core';
import { arrearsOf, Dec, defaultCatalogue, ledgerOf, Money, Rate } from '@loanbook/domain';
import { PgliteEventStore, PostgresEventStore, type SqlEventStore } from '@loanbook/event-store';
import { ProjectionRunner, ReadModels } from '@loanbook/projections';
import { READ_MODEL_PROJECTIONS, type ReadModelTables } from '@loanbook/projections/read-models';
import {
  describePostgres,
  dropSchema,
  freshSchemaName,
  LoanWalk,
  TEST_DATABASE_URL,
} from '@loanbook/testing';
import type { PortfolioReport, ReportLanguage, ReportRow } from '../model';
import { reportTables } from '../model';
import { assemblePortfolioReport } from './portfolio-report';

jest.setTimeout(120_000);

/**
 * The portfolio report over loans whose histories the domain's own decider made from commands,
 * projected by the real read models. The arrears, outstanding principal and guarantee exposure
 * are checked against an oracle that uses the domain alone (each loan's ledger as of the day
 * and its arrears, as the default decision sees them), not the report's SQL.
 */
const catalogue = defaultCatalogue();
const date = (s: string) => LocalDate.parse(s);
const eur = (s: string) => Money.parse(s);
const newLoan = () => new LoanWalk(randomUUID(), '2021-06-15', catalogue);
type Loan = LoanWalk;

const borrower = {
  enterpriseNumber: '0403.170.701',
  name: 'Bakkerij Peeters',
  province: 'Antwerpen',
};
function impulskrediet(appliedOn: string, disbursedOn: string, amount = '20000.00'): Loan {
  return newLoan()
    .do({
      type: 'ApplyForLoan',
      productCode: 'impulskrediet',
      borrower,
      amount: eur(amount),
      termMonths: 48,
      purpose: 'oven and working capital',
      appliedOn: date(appliedOn),
      registeredBy: 'clerk-anna',
    })
    .do({ type: 'ApproveLoan', approvedOn: date(appliedOn).plusDays(5), officer: { id: 'bart' } })
    .do({ type: 'DisburseLoan', disbursedOn: date(disbursedOn) });
}

function portfolio(): Record<string, Loan> {
  const onTime = impulskrediet('2020-06-01', '2020-06-10').payOnTime('2020-07-10', '2021-05-10');
  // Stops after November 2020: over 90 days late by the end of May 2021.
  const stopped = impulskrediet('2020-01-02', '2020-01-15').payOnTime('2020-02-15', '2020-11-15');
  // Misses April 2021; the May payment pays April's instalment: 11 days late on 31 May.
  const missedOne = impulskrediet('2020-06-05', '2020-06-20').payOnTime('2020-07-20', '2021-03-20');
  missedOne.do({
    type: 'RepayInstalment',
    paidOn: date('2021-05-20'),
    amount: ledgerOf(missedOne.state).instalments[10].total,
  });
  // Stops after March 2021: 56 days late on 31 May.
  const late = impulskrediet('2020-08-25', '2020-09-05').payOnTime('2020-10-05', '2021-03-05');
  const early = impulskrediet('2020-02-20', '2020-03-01', '25000.00').payOnTime(
    '2020-04-01',
    '2021-01-01',
  );
  early
    .do({ type: 'RepayEarly', repaidOn: date('2021-01-10'), amount: eur('5000.00') })
    .payOnTime('2021-01-11', '2021-05-01');
  const defaulted = impulskrediet('2019-04-20', '2019-05-01').payOnTime('2019-06-01', '2019-12-01');
  defaulted.do({ type: 'DeclareDefault', defaultedOn: date('2021-03-15'), cause: 'bankruptcy' });
  // Registered in January 2021 (40 % guaranteed), repaid yearly: nothing due before May.
  const winwin = newLoan()
    .do({
      type: 'ApplyForLoan',
      productCode: 'winwinlening',
      borrower: { ...borrower, name: 'Brouwerij De Klok', province: 'Limburg' },
      lender: { id: 'lender-17', name: 'An Janssens', relationToBorrower: 'friend' },
      amount: eur('30000.00'),
      termMonths: 60,
      annualRate: Rate.parse('0.01'),
      purpose: 'brewing kettle',
      signedOn: date('2021-01-10'),
      appliedOn: date('2021-01-12'),
      registeredBy: 'clerk-anna',
    })
    .do({
      type: 'ApproveLoan',
      approvedOn: date('2021-01-20'),
      officer: { id: 'bart' },
      repayment: { method: 'linear', frequency: 'annual', capitalHolidayMonths: 0 },
    })
    .do({ type: 'DisburseLoan', disbursedOn: date('2021-02-01') });
  const refused = newLoan()
    .do({
      type: 'ApplyForLoan',
      productCode: 'impulskrediet',
      borrower,
      amount: eur('9000.00'),
      termMonths: 36,
      purpose: 'van',
      appliedOn: date('2021-01-05'),
      registeredBy: 'clerk-anna',
    })
    .do({
      type: 'RefuseLoan',
      refusedOn: date('2021-02-01'),
      reasons: ['known-payment-arrears', 'insufficient-securities-or-equity'],
      explanation: 'arrears at two other lenders',
    });
  return { onTime, stopped, missedOne, late, early, defaulted, winwin, refused };
}

/** The domain's view of a loan on a day: state by its dates, and the ledger's arrears. */
function oracle(loan: Loan, asOf: LocalDate) {
  const s = loan.state;
  if (!s.disbursement || s.disbursement.disbursedOn.isAfter(asOf)) return undefined;
  const defaulted = s.default && !s.default.defaultedOn.isAfter(asOf);
  const repaid = s.repaidOn && !s.repaidOn.isAfter(asOf);
  const ledger = ledgerOf(s, asOf);
  return {
    active: !defaulted && !repaid,
    outstanding: ledger.outstandingPrincipal,
    daysPastDue: arrearsOf(ledger, asOf).daysPastDue,
    overdue: arrearsOf(ledger, asOf).total,
  };
}

function bucketsOf(loans: Loan[], asOf: LocalDate) {
  const sum = (pick: (dpd: number) => boolean) =>
    Money.sum(
      loans
        .map((l) => oracle(l, asOf))
        .filter((o) => o?.active && pick(o.daysPastDue))
        .map((o) => o!.outstanding),
    ).toString();
  const views = loans.map((l) => oracle(l, asOf)).filter((o) => o?.active);
  return {
    activeLoans: views.length,
    outstanding: sum(() => true),
    current: sum((d) => d === 0),
    late1to30: sum((d) => d >= 1 && d <= 30),
    late31to90: sum((d) => d >= 31 && d <= 90),
    lateOver90: sum((d) => d > 90),
    overdue: Money.sum(views.map((o) => o!.overdue)).toString(),
  };
}

interface Fixture {
  store: SqlEventStore;
  dispose(): Promise<void>;
}

reportSuite('PGlite', async () => {
  const store = new PgliteEventStore({ dataDir: 'memory://', schema: freshSchemaName('report') });
  await store.init();
  return { store, dispose: () => store.close() };
});

describePostgres('on PostgreSQL', () => {
  reportSuite('PostgreSQL', async () => {
    const schema = freshSchemaName('report_rm');
    const store = new PostgresEventStore({ connectionString: TEST_DATABASE_URL, schema });
    await store.init();
    return {
      store,
      dispose: async () => {
        await store.close();
        await dropSchema(TEST_DATABASE_URL, schema);
      },
    };
  });
});

function reportSuite(kind: string, open: () => Promise<Fixture>): void {
  describe(`the portfolio report on ${kind}`, () => {
    let f: Fixture;
    let loans: Record<string, Loan>;
    let tables: ReadModelTables;

    beforeAll(async () => {
      f = await open();
      loans = portfolio();
      for (const loan of Object.values(loans)) await loan.appendTo(f.store, '2021-06-15T10:00:00Z');
      const db = f.store.database();
      const runner = new ProjectionRunner({
        store: f.store,
        database: db,
        projections: READ_MODEL_PROJECTIONS,
        logger: new Logger('projections'),
      });
      await runner.start();
      await runner.catchUp();
      await runner.stop();
      const models = new ReadModels(db);
      tables = {
        loans: await models.activeTable('loans', 'loans'),
        inquiries: await models.activeTable('inquiries', 'inquiries'),
        payments: await models.activeTable('loans', 'payments'),
        guarantees: await models.activeTable('loans', 'guarantees'),
        guaranteeMoves: await models.activeTable('loans', 'guarantee_moves'),
        schedules: await models.activeTable('loan_schedules', 'schedules'),
      };
    });
    afterAll(() => f?.dispose());

    const report = (asOf: string, from?: string, language?: ReportLanguage) =>
      assemblePortfolioReport(f.store.database(), tables, {
        asOf: date(asOf),
        from: from ? date(from) : undefined,
        generatedAt: '2021-06-15T10:00:00.000Z',
        position: 0,
        catalogue,
        language,
      });
    const table = (r: PortfolioReport, id: string) => {
      const t = reportTables(r).find((x) => x.id === id);
      if (!t) throw new Error(`no table ${id}`);
      return t;
    };
    const row = (r: PortfolioReport, id: string, product: string): ReportRow => {
      const found = table(r, id).rows.find((x) => x.product === product);
      if (!found) throw new Error(`no ${product} row in ${id}`);
      return found;
    };

    it.each(['2021-05-31', '2021-05-15', '2021-04-05', '2020-12-31', '2021-03-31', '2020-06-30'])(
      'given the loans, when the report is made as of %s, then the arrears are those of each loan’s ledger on that day',
      async (day) => {
        const r = await report(day);
        const impulskrediet = Object.values(loans).filter((l) => l !== loans.winwin);
        const expected = bucketsOf(impulskrediet, date(day));
        const arrears = row(r, 'arrears-by-product', 'Impulskrediet');
        expect({
          activeLoans: row(r, 'portfolio-by-product', 'Impulskrediet').activeLoans,
          outstanding: arrears.outstanding,
          current: arrears.current,
          late1to30: arrears.late1to30,
          late31to90: arrears.late31to90,
          lateOver90: arrears.lateOver90,
          overdue: arrears.overdue,
        }).toEqual(expected);
      },
    );

    it('given the end of May 2021, then each loan sits in the bucket its days past due say', async () => {
      const day = date('2021-05-31');
      expect(oracle(loans.onTime, day)?.daysPastDue).toBe(0);
      expect(oracle(loans.missedOne, day)?.daysPastDue).toBe(11);
      expect(oracle(loans.late, day)?.daysPastDue).toBe(56);
      expect(oracle(loans.stopped, day)?.daysPastDue).toBe(167);
      const r = await report('2021-05-31');
      const arrears = row(r, 'arrears-by-product', 'Impulskrediet');
      const outstanding = (l: Loan) => oracle(l, day)!.outstanding;
      expect(arrears.late1to30).toBe(outstanding(loans.missedOne).toString());
      expect(arrears.late31to90).toBe(outstanding(loans.late).toString());
      expect(arrears.lateOver90).toBe(outstanding(loans.stopped).toString());
      expect(arrears.par30).toBe(
        outstanding(loans.late).plus(outstanding(loans.stopped)).toString(),
      );
      expect(arrears.par90Loans).toBe(1);
      expect(arrears.par30Loans).toBe(2);
      const ratio = outstanding(loans.late)
        .plus(outstanding(loans.stopped))
        .dividedBy(eur(String(arrears.outstanding)))
        .toDecimalPlaces(4, Dec.ROUND_HALF_UP)
        .toFixed(4);
      expect(arrears.par30Ratio).toBe(ratio);
    });

    it('counts the default in the period, leaves it out of the active loans, and keeps its principal apart', async () => {
      const r = await report('2021-05-31');
      const d = row(r, 'defaults-and-guarantee', 'Impulskrediet');
      const atDefault = loans.defaulted.state.default!.outstandingPrincipal.toString();
      expect(d).toMatchObject({
        defaultedLoans: 1,
        defaultedPrincipal: atDefault,
        defaultedOpenLoans: 1,
        defaultedOutstanding: atDefault,
      });
      // Before the default it was an active loan, 15 months late.
      const before = await report('2021-03-14');
      expect(row(before, 'defaults-and-guarantee', 'Impulskrediet').defaultedLoans).toBe(0);
      expect(row(before, 'portfolio-by-product', 'Impulskrediet').activeLoans).toBe(6);
    });

    it('exposes 40 % of the win-win principal outstanding to the government guarantee', async () => {
      const r = await report('2021-05-31');
      expect(row(r, 'arrears-by-product', 'Win-winlening')).toMatchObject({
        outstanding: '30000.00',
        current: '30000.00',
      });
      expect(row(r, 'defaults-and-guarantee', 'Win-winlening').governmentExposure).toBe('12000.00');
      expect(table(r, 'defaults-and-guarantee').total?.governmentExposure).toBe('12000.00');
      expect(r.headlines.find((h) => h.id === 'guarantee-exposure')?.value).toBe('12000.00');
      // Before its disbursement nothing was at risk.
      const january = await report('2021-01-31');
      expect(row(january, 'defaults-and-guarantee', 'Win-winlening').governmentExposure).toBe(
        '0.00',
      );
    });

    it('lists the early repayment with its fee, and the flows of the period only', async () => {
      const r = await report('2021-05-31');
      const made = loans.early.events.find((e) => e.type === 'EarlyRepaymentMade')!;
      const data = made.data as { capitalRepaid: string; fee: string; accruedInterest: string };
      expect(table(r, 'early-repayments').rows).toEqual([
        {
          year: 2021,
          product: 'Impulskrediet',
          repayments: 1,
          full: 0,
          capital: data.capitalRepaid,
          interest: data.accruedInterest,
          fees: data.fee,
        },
      ]);
      const flows = row(r, 'portfolio-by-product', 'Win-winlening');
      expect(flows).toMatchObject({ disbursedLoans: 1, disbursed: '30000.00' });
      // Disbursed in 2020: not a flow of 2021.
      expect(row(r, 'portfolio-by-product', 'Impulskrediet').disbursedLoans).toBe(0);
      const longer = await report('2021-05-31', '2019-01-01');
      expect(row(longer, 'portfolio-by-product', 'Impulskrediet').disbursedLoans).toBe(6);
    });

    it('counts each refusal reason and the win-win registration of the period', async () => {
      const r = await report('2021-05-31');
      const reasons = table(r, 'refusal-reasons');
      expect(reasons.rows.map((x) => [x.code, x.y2021, x.total, x.shareOfRefusals])).toEqual([
        ['insufficient-securities-or-equity', 1, 1, '1.0000'],
        ['known-payment-arrears', 1, 1, '1.0000'],
      ]);
      expect(table(r, 'winwin-by-month-and-term').rows).toEqual([
        { month: '2021-01', termYears: 5, loans: 1, principal: '30000.00' },
      ]);
      expect(r.language).toBe('nl');
      expect(r.summary.join(' ')).toContain(
        'werd 1 win-winlening geregistreerd voor 30.000,00 EUR',
      );
    });

    it.each([
      [
        'nl',
        'Loanbook-portefeuillerapport op 31 mei 2021',
        'werd 1 win-winlening geregistreerd voor 30.000,00 EUR',
        'onvoldoende zekerheden of eigen vermogen',
        'Totaal',
      ],
      [
        'fr',
        'Rapport de portefeuille Loanbook au 31 mai 2021',
        '1 prêt win-win a été enregistré pour 30\u202f000,00\u00a0EUR',
        'sûretés ou fonds propres insuffisants',
        'Total',
      ],
      [
        'en',
        'Loanbook portfolio report as of 31 May 2021',
        '1 win-win loan was registered for EUR 30,000.00',
        'insufficient securities or equity',
        'Total',
      ],
    ] as const)(
      'given the language %s, then its title, its sentences with their plurals, its labels and totals are in it; the figures and keys are not',
      async (language, title, sentence, reason, total) => {
        const r = await report('2021-05-31', undefined, language);
        expect(r.language).toBe(language);
        expect(r.title).toBe(title);
        expect(r.summary.join(' ')).toContain(sentence);
        const reasons = table(r, 'refusal-reasons');
        expect(reasons.rows[0]).toMatchObject({
          code: 'insufficient-securities-or-equity',
          reason,
        });
        expect(table(r, 'portfolio-by-product').total?.product).toBe(total);
        // The figures, keys and months are the same in every language.
        const dutch = await report('2021-05-31', undefined, 'nl');
        const data = (x: PortfolioReport) =>
          reportTables(x).map((t) => ({
            id: t.id,
            keys: t.columns.map((c) => c.key),
            rows: t.rows.map((row) =>
              t.columns.filter((c) => c.kind !== 'text').map((c) => row[c.key]),
            ),
          }));
        expect(data(r)).toEqual(data(dutch));
        expect(r.figures.map((x) => [x.id, x.kind === 'text' ? null : x.value])).toEqual(
          dutch.figures.map((x) => [x.id, x.kind === 'text' ? null : x.value]),
        );
      },
    );

    it('refuses a period that starts after the as-of day', async () => {
      await expect(report('2021-01-31', '2021-02-01')).rejects.toThrow(/after the as-of date/);
    });
  });
}
