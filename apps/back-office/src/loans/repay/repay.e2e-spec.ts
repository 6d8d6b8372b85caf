import { activeLoan } from '../../../../../test/e2e/fixtures';
import { startBackOffice, type RunningApp } from '../../../../../test/e2e/harness';

jest.setTimeout(60_000);

describe('POST /loans/{loanId}/repayments (repay.route.ts)', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(async () => {
    await bo?.close();
  });

  it('applies the first instalment: 125.00 interest, 358.32 principal', async () => {
    const loanId = await activeLoan(bo);
    const res = await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/repayments`)
      .send({ paidOn: '2018-04-20', amount: '483.32' })
      .expect(200);
    expect(res.body).toMatchObject({
      recorded: [
        { type: 'InstalmentPaid', data: { interestPaid: '125.00', principalPaid: '358.32' } },
      ],
      loan: { outstandingPrincipal: '24641.68' },
    });
  });

  it('refuses more than is due up to the next instalment (422), recording nothing', async () => {
    const loanId = await activeLoan(bo);
    const res = await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/repayments`)
      .send({ paidOn: '2018-04-20', amount: '10000.00' })
      .expect(422);
    expect(res.body.violations.map((v: { rule: string }) => v.rule)).toContain(
      'payment-above-amount-due',
    );
    const loan = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
    expect(loan.headers.etag).toBe('"3"');
  });
});
