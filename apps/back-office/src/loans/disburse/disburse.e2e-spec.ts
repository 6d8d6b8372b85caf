import { approvedOffer, registeredLoan } from '../../../../../test/e2e/fixtures';
import { startBackOffice, type RunningApp } from '../../../../../test/e2e/harness';

jest.setTimeout(60_000);

describe('POST /loans/{loanId}/disbursement (disburse.route.ts)', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(async () => {
    await bo?.close();
  });

  it('pays out the offer: active, owing the amount', async () => {
    const loanId = await approvedOffer(bo);
    const res = await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/disbursement`)
      .send({ disbursedOn: '2018-03-20' })
      .expect(200);
    expect(res.body).toMatchObject({
      status: 'active',
      recorded: [{ type: 'LoanDisbursed' }],
      loan: { outstandingPrincipal: '25000.00' },
    });
  });

  it('answers 409 for an application that has no offer yet', async () => {
    const loanId = await registeredLoan(bo);
    const res = await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/disbursement`)
      .send({ disbursedOn: '2018-03-20' })
      .expect(409);
    expect(res.body).toMatchObject({ currentState: 'applied', currentVersion: 1 });
  });
});
