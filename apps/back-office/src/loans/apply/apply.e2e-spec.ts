import { randomUUID } from 'node:crypto';
import { impulskredietApplication } from '../../../../../test/e2e/fixtures';
import { startBackOffice, type RunningApp } from '../../../../../test/e2e/harness';

jest.setTimeout(60_000);

describe('POST /loans (apply.route.ts)', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(async () => {
    await bo?.close();
  });

  it('records the application: 201, Location, LoanApplied, the clerk as registrar', async () => {
    const loanId = randomUUID();
    const res = await bo
      .as('clerk')
      .post('/api/v1/loans')
      .send(impulskredietApplication({ loanId: loanId.toUpperCase() }))
      .expect(201);
    expect(res.headers.location).toBe(`/api/v1/loans/${loanId}`);
    expect(res.body).toMatchObject({
      loanId,
      version: 1,
      status: 'applied',
      recorded: [{ type: 'LoanApplied', data: { amount: '25000.00', registeredBy: 'clerk-anna' } }],
      loan: { borrower: { enterpriseNumber: '0403.170.701' }, amount: '25000.00' },
    });
  });

  it('refuses a malformed body with 400 naming each field, and records nothing', async () => {
    const loanId = randomUUID();
    const res = await bo
      .as('clerk')
      .post('/api/v1/loans')
      .send(impulskredietApplication({ loanId, amount: 25000, appliedOn: '2018-02-30' }))
      .expect(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'amount', code: 'money-format' }),
        expect.objectContaining({ field: 'appliedOn' }),
      ]),
    );
    await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(404);
  });
});
