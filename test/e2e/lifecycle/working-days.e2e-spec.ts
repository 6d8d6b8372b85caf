import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '@loanbook/domain';
import { activeLoan } from '../fixtures';
import { readWhenReached, startBackOffice, type RunningApp } from '../harness';

jest.setTimeout(120_000);

interface Instalment {
  number: number;
  dueOn: string;
  contractualDueOn: string;
  total: string;
  status: string;
}

/**
 * Issue 22's working days over HTTP. The fixture's Impulskrediet is paid out on 2018-03-20, due
 * on the 20th: Sunday 20 May 2018 is followed by Whit Monday, so instalment 2 is due on Tuesday
 * the 22nd; Friday 20 July 2018 is a bank holiday the lender adds (BANK_HOLIDAYS), so
 * instalment 4 is due on Monday the 23rd. Days past due count from the moved dates. Started
 * again without that bank holiday, the loan keeps its dates: its disbursement recorded them.
 */
describe('working days (issue 22) on PGlite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loanbook-working-days-'));
  let bo: RunningApp | undefined;
  const start = async (env: Record<string, string>) => {
    bo = await startBackOffice('pglite', dir, undefined, {
      clock: fixedClock('2018-08-01T09:00:00Z'),
      env,
    });
    return bo;
  };
  afterEach(async () => {
    await bo?.close();
    bo = undefined;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  let loanId: string;
  const schedule = async (app: RunningApp, asOf: string) =>
    (await app.as('analyst').get(`/api/v1/loans/${loanId}/schedule?asOf=${asOf}`).expect(200))
      .body as { instalments: Instalment[]; arrears: { daysPastDue: number } };

  it('given BANK_HOLIDAYS=2018-07-20, when a loan is paid out, then its schedule moves the due dates off the weekend, Whit Monday and the bank holiday, amounts unchanged', async () => {
    const app = await start({ BANK_HOLIDAYS: '2018-07-20' });
    loanId = await activeLoan(app);
    const { instalments } = await schedule(app, '2018-04-20');
    expect(instalments.slice(0, 5).map((i) => [i.contractualDueOn, i.dueOn])).toEqual([
      ['2018-04-20', '2018-04-20'],
      ['2018-05-20', '2018-05-22'],
      ['2018-06-20', '2018-06-20'],
      ['2018-07-20', '2018-07-23'],
      ['2018-08-20', '2018-08-20'],
    ]);
    // The annuity of the offer: 483.32 every month, whatever the day it is paid on.
    expect(new Set(instalments.slice(0, -1).map((i) => i.total))).toEqual(new Set(['483.32']));

    const events = (await app.as('analyst').get(`/api/v1/loans/${loanId}/events`).expect(200)).body
      .events as { type: string; data: Record<string, unknown> }[];
    const disbursed = events.find((e) => e.type === 'LoanDisbursed')!;
    expect(disbursed.data.dueDateShift).toMatchObject({ convention: 'following' });
    expect((disbursed.data.dueDateShift as { holidays: string[] }).holidays).toEqual(
      expect.arrayContaining(['2018-05-21', '2018-07-20', '2019-04-22']),
    );
  });

  it('when the first instalment is paid and the second not, then days past due count from Tuesday 22 May, in the loan and in the arrears list', async () => {
    const app = await start({ BANK_HOLIDAYS: '2018-07-20' });
    const paid = await app
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/repayments`)
      .send({ paidOn: '2018-04-20', amount: '483.32' })
      .expect(200);
    const arrears = async (asOf: string) =>
      (await app.as('analyst').get(`/api/v1/loans/${loanId}/arrears?asOf=${asOf}`).expect(200))
        .body as { daysPastDue: number; oldestDueOn?: string | null };

    // Due on the 22nd, not in arrears on the Monday (21st) nor on the day itself.
    expect((await arrears('2018-05-21')).daysPastDue).toBe(0);
    expect((await arrears('2018-05-22')).daysPastDue).toBe(0);
    expect(await arrears('2018-05-23')).toMatchObject({
      daysPastDue: 1,
      oldestDueOn: '2018-05-22',
    });
    expect((await arrears('2018-06-06')).daysPastDue).toBe(15);
    expect((await schedule(app, '2018-05-23')).instalments[1].status).toBe('overdue');

    // The read models' count (the arrears list, the reports) is the same.
    const listed = await readWhenReached(
      app.as('analyst'),
      `/api/v1/loans?arrears=any&arrearsAsOf=2018-06-06&minPosition=${paid.body.position}`,
    );
    expect(listed.status).toBe(200);
    const item = (listed.body.items as { loanId: string; daysPastDue: number }[]).find(
      (i) => i.loanId === loanId,
    );
    expect(item?.daysPastDue).toBe(15);
  });

  it('given the back office started again without that bank holiday, then the loan keeps its dates and a new loan does not move off 20 July', async () => {
    const app = await start({});
    const kept = await schedule(app, '2018-07-31');
    expect(kept.instalments[3]).toMatchObject({
      contractualDueOn: '2018-07-20',
      dueOn: '2018-07-23',
    });
    const other = await activeLoan(app);
    const fresh = (
      await app.as('analyst').get(`/api/v1/loans/${other}/schedule?asOf=2018-07-31`).expect(200)
    ).body as { instalments: Instalment[] };
    expect(fresh.instalments[3]).toMatchObject({
      contractualDueOn: '2018-07-20',
      dueOn: '2018-07-20',
    });
    expect(fresh.instalments[1].dueOn).toBe('2018-05-22');
  });
});
