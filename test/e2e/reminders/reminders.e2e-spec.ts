import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '@loanbook/domain';
import {
  REMINDER_ACTOR,
  ReminderProcessor,
} from '../../../apps/back-office/src/reminders/reminder.processor';
import { describePostgres, dropSchema, freshSchemaName, TEST_DATABASE_URL } from '../../support';
import { activeLoan } from '../fixtures';
import {
  eventually,
  readWhenReached,
  startBackOffice,
  type RunningApp,
  type StoreKind,
} from '../harness';

jest.setTimeout(120_000);

interface EventRow {
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  globalPosition: number;
}

const reminders = async (bo: RunningApp, loanId: string): Promise<EventRow[]> =>
  (
    (await bo.as('analyst').get(`/api/v1/loans/${loanId}/events`).expect(200)).body
      .events as EventRow[]
  ).filter((e) => e.type === 'ReminderIssued');

/**
 * Issue 22's reminders. Two Impulskredieten of 25,000.00 paid out on 2018-03-20, 483.32 due on
 * the 20th from 2018-04-20: `unpaid` pays nothing, `paidOnce` pays the first instalment only.
 */
function reminderSuite(kind: StoreKind) {
  describe(`the reminder processor on ${kind}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'loanbook-reminders-'));
    const schema = kind === 'postgres' ? freshSchemaName('e2e_reminders') : 'loanbook';
    let bo: RunningApp | undefined;
    const start = async (today: string, interval: string) => {
      bo = await startBackOffice(kind, dir, schema, {
        clock: fixedClock(`${today}T09:00:00Z`),
        env: { REMINDER_INTERVAL_SECONDS: interval, OFFER_LAPSE_INTERVAL_SECONDS: '0' },
      });
      return bo;
    };
    afterEach(async () => {
      await bo?.close();
      bo = undefined;
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      if (kind === 'postgres') await dropSchema(TEST_DATABASE_URL, schema);
    });

    let unpaid: string;
    let paidOnce: string;

    it('on 2018-05-05 (15 days past due) sends the first reminder to the loan that paid nothing, once, and none to the one that paid', async () => {
      const app = await start('2018-05-05', '0');
      unpaid = await activeLoan(app);
      paidOnce = await activeLoan(app);
      const paid = await app
        .as('clerk')
        .post(`/api/v1/loans/${paidOnce}/repayments`)
        .send({ paidOn: '2018-04-20', amount: '483.32' })
        .expect(200);
      const reached = await readWhenReached(
        app.as('analyst'),
        `/api/v1/loans?arrears=any&minPosition=${paid.body.position}`,
      );
      expect(reached.status).toBe(200);

      const processor = app.app.get(ReminderProcessor);
      expect(await processor.runOnce()).toEqual({
        issued: { first: 1, second: 0, 'formal-notice': 0 },
        skipped: 0,
        failed: 0,
      });
      const [first] = await reminders(app, unpaid);
      expect(first).toMatchObject({
        data: {
          loanId: unpaid,
          level: 'first',
          issuedOn: '2018-05-05',
          daysPastDue: 15,
          instalments: [
            {
              instalment: 1,
              dueOn: '2018-04-20',
              interest: '125.00',
              principal: '358.32',
              total: '483.32',
            },
          ],
          totalDue: '483.32',
        },
        metadata: { effectiveOn: '2018-05-05', actor: REMINDER_ACTOR },
      });
      expect(await reminders(app, paidOnce)).toEqual([]);

      // The same day again: the level is sent, nothing is recorded twice.
      expect(await processor.runOnce()).toMatchObject({
        issued: { first: 0, second: 0, 'formal-notice': 0 },
        failed: 0,
      });
      expect(await reminders(app, unpaid)).toHaveLength(1);
    });

    // Instalment 2 is contractually due on Sunday 20 May 2018, then Whit Monday: it is due on
    // Tuesday the 22nd, and days past due count from then (working days, issue 22).
    it('started on 2018-06-19 after being down, sends each loan the level it has reached: the formal notice (60 days), the first reminder (28 days past the 22 May instalment)', async () => {
      const app = await start('2018-06-19', '300');
      await eventually(
        async () =>
          (await reminders(app, unpaid)).length === 2 &&
          (await reminders(app, paidOnce)).length === 1,
        'the start-up run sent both reminders',
      );
      const notice = (await reminders(app, unpaid))[1];
      expect(notice.data).toMatchObject({
        level: 'formal-notice',
        daysPastDue: 60,
        totalDue: '966.64',
        instalments: [
          expect.objectContaining({ instalment: 1, dueOn: '2018-04-20' }),
          expect.objectContaining({ instalment: 2, dueOn: '2018-05-22' }),
        ],
      });
      const [first] = await reminders(app, paidOnce);
      expect(first.data).toMatchObject({
        level: 'first',
        daysPastDue: 28,
        instalments: [
          expect.objectContaining({ instalment: 2, dueOn: '2018-05-22', total: '483.32' }),
        ],
      });
      // Nothing more is due for either: a further pass sends nothing.
      expect(await app.app.get(ReminderProcessor).runOnce()).toMatchObject({
        issued: { first: 0, second: 0, 'formal-notice': 0 },
        failed: 0,
      });
    });
  });
}

reminderSuite('pglite');
describePostgres('on PostgreSQL', () => reminderSuite('postgres'));
