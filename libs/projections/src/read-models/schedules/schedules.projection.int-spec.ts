import { randomUUID } from 'node:crypto';
import { LocalDate } from '@js-joda/core';
import { WorkingDayCalendar } from '@loanbook/banking';
import { defaultCatalogue, ledgerOf, Money, type HolidayCalendar } from '@loanbook/domain';
import { PgliteEventStore, type StoredEvent } from '@loanbook/event-store';
import { freshSchemaName, LoanWalk } from '@loanbook/testing';
import type { ProjectionContext } from '../../engine';
import { schedulesProjection } from './schedules.projection';

jest.setTimeout(60_000);

/**
 * The loan_schedules read model holds, per disbursed loan, the schedule the domain's ledger
 * has after every early repayment; a replayed batch, or the log cut into other batches,
 * changes nothing.
 */
const date = (s: string) => LocalDate.parse(s);
type Loan = LoanWalk;

const offer = (disbursedOn?: string, holidays?: HolidayCalendar) => {
  const loan = new LoanWalk(randomUUID(), '2021-06-15', defaultCatalogue(), holidays)
    .do({
      type: 'ApplyForLoan',
      productCode: 'impulskrediet',
      borrower: { enterpriseNumber: '0403.170.701', name: 'Bakkerij', province: 'Antwerpen' },
      amount: Money.parse('12000.00'),
      termMonths: 36,
      purpose: 'oven',
      appliedOn: date('2020-01-02'),
      registeredBy: 'clerk-anna',
    })
    .do({ type: 'ApproveLoan', approvedOn: date('2020-01-10'), officer: { id: 'bart' } });
  return disbursedOn ? loan.do({ type: 'DisburseLoan', disbursedOn: date(disbursedOn) }) : loan;
};

describe('the loan_schedules read model on PGlite', () => {
  let store: PgliteEventStore;
  let log: StoredEvent[];
  const loans = {
    partlyRepaid: offer('2020-01-31').payOnTime('2020-02-01', '2020-04-30'),
    fullyRepaid: offer('2020-02-05').payOnTime('2020-02-06', '2020-04-05'),
    notDisbursed: offer(),
    // Disbursed with the Belgian calendar: due dates on the 13th, Sunday 13 April 2020 moves past
    // Easter Monday to Tuesday the 14th, Saturday 13 June to Monday the 15th.
    workingDays: offer('2020-01-13', new WorkingDayCalendar()).payOnTime(
      '2020-02-01',
      '2020-03-31',
    ),
  };
  loans.partlyRepaid
    .do({ type: 'RepayEarly', repaidOn: date('2020-05-05'), amount: Money.parse('4000.00') })
    .payOnTime('2020-05-06', '2020-06-30');
  loans.fullyRepaid.do({ type: 'RepayEarly', repaidOn: date('2020-04-20'), full: true });

  beforeAll(async () => {
    store = new PgliteEventStore({ dataDir: 'memory://', schema: freshSchemaName('schedules') });
    await store.init();
    for (const loan of Object.values(loans)) await loan.appendTo(store, '2021-06-15T10:00:00Z');
    log = (
      await store.readAll({ transactionId: '0', globalPosition: 0 }, { batchSize: 1000 })
    ).events.filter((e) => schedulesProjection.eventTypes.includes(e.type));
  });
  afterAll(() => store?.close());

  let generation = 0;
  async function model() {
    generation += 1;
    const context = (tx: ProjectionContext['tx']): ProjectionContext => ({
      tx,
      table: (name) => `rm_sched${generation}_${name}`,
    });
    const db = store.database();
    await db.transaction((tx) => schedulesProjection.setup(context(tx)));
    return {
      apply: (events: StoredEvent[]) =>
        db.transaction((tx) => schedulesProjection.apply(events, context(tx))),
      rows: () =>
        db.query<{ loan_id: string; due_on: string[] | null; cumulative_due: string[] | null }>(
          `SELECT loan_id::text, due_on::text[] AS due_on, cumulative_due::text[] AS cumulative_due
             FROM rm_sched${generation}_schedules ORDER BY loan_id`,
        ),
    };
  }

  /** The domain's schedule as the read model keeps it. */
  const expected = (loan: Loan) => {
    let running = Money.zero();
    const instalments = ledgerOf(loan.state).instalments;
    return {
      due_on: instalments.map((i) => i.dueOn.toString()),
      cumulative_due: instalments.map((i) => (running = running.plus(i.total)).toString()),
    };
  };

  it('given the log, then each disbursed loan has the schedule of its ledger, early repayments included', async () => {
    const m = await model();
    await m.apply(log);
    const rows = new Map((await m.rows()).map((r) => [r.loan_id, r]));
    expect(rows.get(loans.partlyRepaid.loanId)).toMatchObject(expected(loans.partlyRepaid));
    // Fully repaid early: the instalments due by then, nothing after.
    expect(rows.get(loans.fullyRepaid.loanId)?.due_on).toEqual(['2020-03-05', '2020-04-05']);
    expect(rows.get(loans.notDisbursed.loanId)).toMatchObject({
      due_on: null,
      cumulative_due: null,
    });
    // The early repayment lowered what falls due after it.
    const before = offer('2020-01-31');
    expect(expected(loans.partlyRepaid).cumulative_due.at(-1)).not.toBe(
      expected(before).cumulative_due.at(-1),
    );
  });

  it('given a loan disbursed with working days, then its due dates are the moved ones its ledger has', async () => {
    const m = await model();
    await m.apply(log);
    const row = (await m.rows()).find((r) => r.loan_id === loans.workingDays.loanId);
    expect(row).toMatchObject(expected(loans.workingDays));
    expect(row?.due_on?.slice(2, 6)).toEqual([
      '2020-04-14',
      '2020-05-13',
      '2020-06-15',
      '2020-07-13',
    ]);
  });

  it('given batches applied twice and the whole log again, then nothing changes', async () => {
    const once = await model();
    await once.apply(log);
    const twice = await model();
    for (let i = 0; i < log.length; i += 2) {
      await twice.apply(log.slice(i, i + 2));
      await twice.apply(log.slice(i, i + 2));
    }
    expect(await twice.rows()).toEqual(await once.rows());
    await twice.apply(log);
    expect(await twice.rows()).toEqual(await once.rows());
  });
});
