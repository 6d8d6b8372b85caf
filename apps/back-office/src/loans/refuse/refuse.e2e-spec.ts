import { registeredLoan } from '../../../../../test/e2e/fixtures';
import { startBackOffice, type RunningApp } from '../../../../../test/e2e/harness';

jest.setTimeout(60_000);

describe('POST /loans/{loanId}/refusal (refuse.route.ts)', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(async () => {
    await bo?.close();
  });

  it('refuses with coded reasons', async () => {
    const loanId = await registeredLoan(bo);
    const res = await bo
      .as('officer')
      .post(`/api/v1/loans/${loanId}/refusal`)
      .send({ refusedOn: '2018-03-20', reasons: ['known-payment-arrears'], explanation: ' two ' })
      .expect(200);
    expect(res.body).toMatchObject({
      status: 'refused',
      recorded: [
        { type: 'LoanRefused', data: { reasons: ['known-payment-arrears'], explanation: 'two' } },
      ],
    });
  });

  it('answers 400 for a reason the code of conduct does not list, recording nothing', async () => {
    const loanId = await registeredLoan(bo);
    const res = await bo
      .as('officer')
      .post(`/api/v1/loans/${loanId}/refusal`)
      .send({ refusedOn: '2018-03-20', reasons: ['we-do-not-like-bakeries'] })
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'reasons' })]);
    const loan = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
    expect(loan.body.status).toBe('applied');
  });
});
