import { registeredLoan } from '../../../../../test/e2e/fixtures';
import { startBackOffice, type RunningApp } from '../../../../../test/e2e/harness';

jest.setTimeout(60_000);

describe('application information (record-information.route.ts, completeness.route.ts)', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(async () => {
    await bo?.close();
  });

  it('records an item, which is then no longer missing', async () => {
    const loanId = await registeredLoan(bo);
    const before = await bo
      .as('analyst')
      .get(`/api/v1/loans/${loanId}/application-information`)
      .expect(200);
    const missing = (body: { missing: { item: string }[] }) => body.missing.map((i) => i.item);
    expect(missing(before.body)).toContain('financial-results-and-plan');

    await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/application-information`)
      .send({
        recordedOn: '2018-03-05',
        items: [{ item: 'financial-results-and-plan', status: 'provided', note: 'accounts 2017' }],
      })
      .expect(200);
    const after = await bo
      .as('analyst')
      .get(`/api/v1/loans/${loanId}/application-information`)
      .expect(200);
    expect(missing(after.body)).not.toContain('financial-results-and-plan');
    expect(after.body.items).toContainEqual(
      expect.objectContaining({
        item: 'financial-results-and-plan',
        status: 'provided',
        recordedBy: 'clerk-anna',
        recordedOn: '2018-03-05',
        note: 'accounts 2017',
      }),
    );
    expect(after.body).toMatchObject({ loanId, status: 'applied', version: 2 });
  });

  it('answers 400 for an item DOMAIN.md 4.1 does not list', async () => {
    const loanId = await registeredLoan(bo);
    const res = await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/application-information`)
      .send({ recordedOn: '2018-03-05', items: [{ item: 'horoscope', status: 'provided' }] })
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'items.0.item' })]);
  });
});
