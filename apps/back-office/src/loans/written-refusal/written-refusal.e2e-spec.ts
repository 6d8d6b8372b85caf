import { refusedLoan, registeredLoan } from '../../../../../test/e2e/fixtures';
import { startBackOffice, type RunningApp } from '../../../../../test/e2e/harness';

jest.setTimeout(60_000);

describe('POST /loans/{loanId}/written-refusal (request-written-refusal.route.ts)', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(async () => {
    await bo?.close();
  });

  it('records the request on a refused application, once', async () => {
    const loanId = await refusedLoan(bo);
    const res = await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/written-refusal`)
      .send({ requestedOn: '2018-04-02' })
      .expect(200);
    expect(res.body.recorded).toEqual([
      expect.objectContaining({ type: 'WrittenRefusalRequested' }),
    ]);
    await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/written-refusal`)
      .send({ requestedOn: '2018-04-03' })
      .expect(409);
  });

  it('answers 409 for an application that is not refused', async () => {
    const loanId = await registeredLoan(bo);
    const res = await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/written-refusal`)
      .send({ requestedOn: '2018-04-02' })
      .expect(409);
    expect(res.body).toMatchObject({ currentState: 'applied', currentVersion: 1 });
  });
});
