import { activeLoan, approvedOffer } from '../../../../../test/e2e/fixtures';
import { startBackOffice, type RunningApp } from '../../../../../test/e2e/harness';

jest.setTimeout(60_000);

describe('early repayments (quote.route.ts, repay-early.route.ts)', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(async () => {
    await bo?.close();
  });

  it('records what the quote said, and the quote recorded nothing', async () => {
    const loanId = await activeLoan(bo);
    const quote = await bo
      .as('clerk')
      .get(`/api/v1/loans/${loanId}/early-repayment-quote?on=2018-04-10&amount=10000.00`)
      .expect(200);
    expect(quote.body).toMatchObject({ loanId, capitalRepaid: '10000.00', version: 3 });
    const loan = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
    expect(loan.headers.etag).toBe('"3"');

    const res = await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/early-repayments`)
      .send({ repaidOn: '2018-04-10', amount: '10000.00' })
      .expect(200);
    expect(res.body.recorded[0]).toMatchObject({
      type: 'EarlyRepaymentMade',
      data: { capitalRepaid: '10000.00', fee: quote.body.fee, total: quote.body.total },
    });
  });

  it('answers 409 with the version read for a loan not paid out, to the quote and the command', async () => {
    const loanId = await approvedOffer(bo);
    const quote = await bo
      .as('clerk')
      .get(`/api/v1/loans/${loanId}/early-repayment-quote?on=2018-05-05&full=true`)
      .expect(409);
    expect(quote.body).toMatchObject({ currentState: 'approved', currentVersion: 2 });
    const res = await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/early-repayments`)
      .send({ repaidOn: '2018-05-05', full: true })
      .expect(409);
    expect(res.body).toMatchObject({ currentState: 'approved', currentVersion: 2 });
  });
});
