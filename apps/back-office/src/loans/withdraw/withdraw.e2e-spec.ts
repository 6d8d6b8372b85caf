import { activeLoan, approvedOffer } from '../../../../../test/e2e/fixtures';
import { startBackOffice, type RunningApp } from '../../../../../test/e2e/harness';

jest.setTimeout(60_000);

describe('POST /loans/{loanId}/withdrawal (withdraw.route.ts)', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(async () => {
    await bo?.close();
  });

  it('the applicant declines an offer', async () => {
    const loanId = await approvedOffer(bo);
    const res = await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/withdrawal`)
      .send({ withdrawnOn: '2018-03-18', reason: 'found other financing' })
      .expect(200);
    expect(res.body).toMatchObject({
      status: 'withdrawn',
      recorded: [{ type: 'ApplicationWithdrawn', data: { reason: 'found other financing' } }],
    });
  });

  it('answers 409 once the loan is paid out', async () => {
    const loanId = await activeLoan(bo);
    const res = await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/withdrawal`)
      .send({ withdrawnOn: '2018-03-25' })
      .expect(409);
    expect(res.body).toMatchObject({ currentState: 'active', currentVersion: 3 });
  });
});
