import { randomUUID } from 'node:crypto';
import { LocalDate } from '@js-joda/core';
import { Dec, Money } from '@loanbook/domain';
import {
  PgliteEventStore,
  PostgresEventStore,
  type EventStore,
  type StoredEvent,
} from '@loanbook/event-store';
import {
  describePostgres,
  dropSchema,
  freshSchemaName,
  LoanWalk,
  TEST_DATABASE_URL,
} from '@loanbook/testing';
import type { ProjectionContext } from '../../engine';
import { journalProjection } from './journal.projection';

jest.setTimeout(60_000);

/**
 * The journal read model on PGlite: the entries of a loan with a back-dated payment (which
 * reallocates the later ones) balance, its loans receivable on the books is its principal
 * outstanding, and the journal rebuilt in one batch equals the one kept event by event, with a
 * replayed batch posting nothing twice.
 */
const date = (s: string) => LocalDate.parse(s);
const projection = journalProjection();

type Store = EventStore & Pick<PgliteEventStore, 'database' | 'init' | 'close'>;

const journalSuite =
  (open: (schema: string) => Store, drop: (schema: string) => Promise<void>) => () => {
    let store: Store;
    const schema = freshSchemaName('journal');
    let log: StoredEvent[];
    const loan = new LoanWalk(randomUUID(), '2021-06-15')
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
      .do({ type: 'ApproveLoan', approvedOn: date('2020-01-10'), officer: { id: 'bart' } })
      .do({ type: 'DisburseLoan', disbursedOn: date('2020-01-31') })
      .do({ type: 'RepayInstalment', paidOn: date('2020-03-02'), amount: Money.parse('300.00') })
      // Back-dated: recorded after the payment of 2 March, dated before it.
      .do({ type: 'RepayInstalment', paidOn: date('2020-02-20'), amount: Money.parse('100.00') });

    beforeAll(async () => {
      store = open(schema);
      await store.init();
      await loan.appendTo(store, '2021-06-15T10:00:00Z');
      log = (
        await store.readAll({ transactionId: '0', globalPosition: 0 }, { batchSize: 1000 })
      ).events.filter((e) => projection.eventTypes.includes(e.type));
    });
    afterAll(async () => {
      await store?.close();
      await drop(schema);
    });

    let generation = 0;
    async function model() {
      generation += 1;
      const context = (tx: ProjectionContext['tx']): ProjectionContext => ({
        tx,
        table: (name) => `rm_journaltest${generation}_${name}`,
      });
      const db = store.database();
      await db.transaction((tx) => projection.setup(context(tx)));
      return {
        apply: (events: StoredEvent[]) =>
          db.transaction((tx) => projection.apply(events, context(tx))),
        entries: () =>
          db.query<{
            entry_id: string;
            business_date: string;
            kind: string;
            lines: Array<{ role: string; debit: string; credit: string }>;
          }>(
            `SELECT entry_id, business_date::text, kind, lines FROM rm_journaltest${generation}_entries ORDER BY entry_id`,
          ),
      };
    }

    it('given the log, then the entries balance and loans receivable is the principal outstanding', async () => {
      expect(log.some((e) => e.type === 'RepaymentsReallocated')).toBe(true);
      const m = await model();
      await m.apply(log);
      const entries = await m.entries();
      expect(entries.map((e) => e.kind).sort()).toEqual(
        [
          'disbursement',
          'instalment',
          'instalment',
          'reallocation-repost',
          'reallocation-reversal',
        ].sort(),
      );
      for (const e of entries) {
        const sum = (k: 'debit' | 'credit') => e.lines.reduce((a, l) => a.plus(l[k]), new Dec(0));
        expect(sum('debit').toFixed(2)).toBe(sum('credit').toFixed(2));
      }
      const receivable = entries
        .flatMap((e) => e.lines)
        .filter((l) => l.role === 'loans-receivable')
        .reduce((a, l) => a.plus(l.debit).minus(l.credit), new Dec(0));
      expect(receivable.toFixed(2)).toBe(loan.state.outstandingPrincipal.toString());
    });

    it('given the log event by event and a batch applied twice, then it equals the journal rebuilt at once', async () => {
      const rebuilt = await model();
      await rebuilt.apply(log);
      const incremental = await model();
      for (const e of log) await incremental.apply([e]);
      await incremental.apply(log.slice(0, 3));
      expect(await incremental.entries()).toEqual(await rebuilt.entries());
    });
  };

describe(
  'the journal read model on PGlite',
  journalSuite(
    (schema) => new PgliteEventStore({ dataDir: 'memory://', schema }),
    async () => {},
  ),
);
describePostgres(
  'the journal read model on PostgreSQL',
  journalSuite(
    (schema) => new PostgresEventStore({ connectionString: TEST_DATABASE_URL, schema }),
    (schema) => dropSchema(TEST_DATABASE_URL, schema),
  ),
);
