import { activeLoan, defaultedLoan, loanEvents } from '../../../../../test/e2e/fixtures';
import { startBackOffice, type RunningApp } from '../../../../../test/e2e/harness';

jest.setTimeout(60_000);

describe('a loan gone bad (declare-default, record-recovery, write-off routes)', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(async () => {
    await bo?.close();
  });

  it('declares a default, records a recovery and writes off the rest', async () => {
    const loanId = await defaultedLoan(bo);
    const recovery = await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/recoveries`)
      .send({ receivedOn: '2018-06-01', amount: '1000.00', source: 'liquidation' })
      .expect(200);
    expect(recovery.body.loan).toMatchObject({ status: 'defaulted', recovered: '1000.00' });
    const writeOff = await bo
      .as('officer')
      .post(`/api/v1/loans/${loanId}/write-off`)
      .send({ writtenOffOn: '2018-09-01', reason: 'bankruptcy closed' })
      .expect(200);
    expect(writeOff.body.status).toBe('written-off');
    expect((await loanEvents(bo, loanId)).map((e) => e.type).slice(-3)).toEqual([
      'LoanDefaulted',
      'RecoveryRecorded',
      'LoanWrittenOff',
    ]);

    // The write-off gave up what the schedule asked: no arrears from its day on, before it as
    // they were.
    const before = await bo
      .as('analyst')
      .get(`/api/v1/loans/${loanId}/schedule?asOf=2018-08-31`)
      .expect(200);
    expect(Number(before.body.arrears.instalments)).toBeGreaterThan(0);
    expect(before.body.instalments[0].status).toBe('overdue');
    const after = await bo
      .as('analyst')
      .get(`/api/v1/loans/${loanId}/schedule?asOf=2018-09-01`)
      .expect(200);
    expect(after.body.arrears).toMatchObject({ total: '0.00', instalments: 0, daysPastDue: 0 });
    expect(after.body.amountDue).toMatchObject({ total: '0.00', instalments: 0 });
    const statuses = new Set(after.body.instalments.map((i: { status: string }) => i.status));
    expect([...statuses]).toEqual(['written-off']);
    const arrears = await bo.as('analyst').get(`/api/v1/loans/${loanId}/arrears`).expect(200);
    expect(arrears.body).toMatchObject({ total: '0.00', daysPastDue: 0, nextDue: null });
    const loan = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
    // The loan itself shows arrears only while it is active or defaulted.
    expect(loan.body.arrears).toBeNull();
  });

  it('refuses the cause arrears before the oldest instalment is 3 months late (422)', async () => {
    const loanId = await activeLoan(bo);
    const res = await bo
      .as('officer')
      .post(`/api/v1/loans/${loanId}/default`)
      .send({ on: '2018-06-01', cause: 'arrears' })
      .expect(422);
    expect(res.body.violations).toEqual([
      expect.objectContaining({ rule: 'arrears-not-over-three-months', field: 'cause' }),
    ]);
  });

  it("refuses a government guarantee claim on a loan that has none (an Impulskrediet's: 422)", async () => {
    const loanId = await defaultedLoan(bo);
    const res = await bo
      .as('officer')
      .post(`/api/v1/loans/${loanId}/government-guarantee-claim`)
      .send({ claimedOn: '2018-06-01', principalLost: '10000.00' })
      .expect(422);
    expect(res.body.violations.map((v: { rule: string }) => v.rule)).toEqual([
      'no-government-guarantee',
    ]);
    expect((await loanEvents(bo, loanId)).at(-1)!.type).toBe('LoanDefaulted');
  });
});
