import { registeredLoan } from '../../../../../test/e2e/fixtures';
import { startBackOffice, type RunningApp } from '../../../../../test/e2e/harness';

jest.setTimeout(60_000);

describe('POST /loans/{loanId}/approval (approve.route.ts)', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(async () => {
    await bo?.close();
  });

  it("makes the offer at the product's rate on the contract date, by the officer", async () => {
    const loanId = await registeredLoan(bo);
    const res = await bo
      .as('officer')
      .post(`/api/v1/loans/${loanId}/approval`)
      .set('If-Match', '"1"')
      .send({ approvedOn: '2018-03-15' })
      .expect(200);
    expect(res.body).toMatchObject({
      version: 2,
      status: 'approved',
      recorded: [{ type: 'LoanApproved', data: { approvedBy: ['officer-bart'] } }],
      loan: { annualRate: '0.06', offerValidUntil: '2018-04-14' },
    });
  });

  it('answers a stale If-Match with 409 and the current version, recording nothing', async () => {
    const loanId = await registeredLoan(bo);
    await bo
      .as('officer')
      .post(`/api/v1/loans/${loanId}/refusal`)
      .send({ refusedOn: '2018-03-10', reasons: ['known-payment-arrears'] })
      .expect(200);
    const res = await bo
      .as('officer')
      .post(`/api/v1/loans/${loanId}/approval`)
      .set('If-Match', '"1"')
      .send({ approvedOn: '2018-03-15' })
      .expect(409);
    expect(res.body).toMatchObject({ currentState: 'refused', currentVersion: 2 });
    const loan = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
    expect(loan.headers.etag).toBe('"2"');
  });

  it('lets only credit officers approve (403 for the clerk)', async () => {
    const loanId = await registeredLoan(bo);
    const res = await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({ approvedOn: '2018-03-15' })
      .expect(403);
    expect(res.body.requiredRoles).toEqual(['credit-officer']);
  });
});
