import { defaultedLoan, guaranteedLoan } from '../../../../../test/e2e/fixtures';
import { startBackOffice, type RunningApp } from '../../../../../test/e2e/harness';

jest.setTimeout(60_000);

describe('guarantees (release.route.ts, refuse-release.route.ts, call.route.ts)', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(async () => {
    await bo?.close();
  });
  const path = (loanId: string, rest: string) => `/api/v1/loans/${loanId}/guarantees/${rest}`;

  it('releases part of a guarantee; what it still covers is on the loan', async () => {
    const loanId = await guaranteedLoan(bo);
    const res = await bo
      .as('officer')
      .post(path(loanId, 'g1/release'))
      .send({ releasedOn: '2018-03-05', amount: '4000.00' })
      .expect(200);
    expect(res.body.recorded).toEqual([expect.objectContaining({ type: 'GuaranteeReleased' })]);
    expect(res.body.loan.guarantees[0]).toMatchObject({ guaranteeId: 'g1', remaining: '6000.00' });
  });

  it('refuses a release in writing, the guarantee unchanged', async () => {
    const loanId = await guaranteedLoan(bo);
    const res = await bo
      .as('officer')
      .post(path(loanId, 'g2/release-refusal'))
      .send({
        refusedOn: '2018-03-05',
        reasons: ['open-commitments-covered'],
        explanation: 'The surety still covers the loan.',
      })
      .expect(200);
    expect(res.body.recorded).toEqual([
      expect.objectContaining({ type: 'GuaranteeReleaseRefused' }),
    ]);
    expect(res.body.loan.guarantees[1]).toMatchObject({ guaranteeId: 'g2', remaining: '5000.00' });
  });

  it("calls a defaulted loan's guarantor", async () => {
    const loanId = await defaultedLoan(bo);
    const res = await bo
      .as('officer')
      .post(path(loanId, 'g2/call'))
      .send({ calledOn: '2018-06-01', amount: '2000.00' })
      .expect(200);
    expect(res.body.loan.guarantees[1]).toMatchObject({ called: '2000.00', remaining: '3000.00' });
  });

  it('answers 400 guarantee-id for an id that is not one, and 404 for a guarantee the loan lacks', async () => {
    const loanId = await guaranteedLoan(bo);
    const bad = await bo
      .as('officer')
      .post(path(loanId, 'first/release'))
      .send({ releasedOn: '2018-03-05' })
      .expect(400);
    expect(bad.body.errors).toEqual([
      expect.objectContaining({ field: 'guaranteeId', code: 'guarantee-id' }),
    ]);
    await bo
      .as('officer')
      .post(path(loanId, 'g9/release'))
      .send({ releasedOn: '2018-03-05' })
      .expect(404);
  });
});
