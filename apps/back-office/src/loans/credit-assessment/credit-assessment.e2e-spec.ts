import { CREDIT_ASSESSMENT_EXAMPLES } from '../../http/command-examples';
import { registeredLoan } from '../../../../../test/e2e/fixtures';
import { startBackOffice, type RunningApp } from '../../../../../test/e2e/harness';

jest.setTimeout(60_000);

const assessment = CREDIT_ASSESSMENT_EXAMPLES.household.value;

describe('credit assessment (record-assessment.route.ts, credit-assessment.route.ts)', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(async () => {
    await bo?.close();
  });

  it('records the assessment, read back with its computation; none before it (404)', async () => {
    const loanId = await registeredLoan(bo);
    await bo.as('analyst').get(`/api/v1/loans/${loanId}/credit-assessment`).expect(404);
    const res = await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/credit-assessment`)
      .send({ ...assessment, assessedOn: '2018-03-05' })
      .expect(200);
    expect(res.body.recorded).toEqual([
      expect.objectContaining({ type: 'CreditAssessmentRecorded' }),
    ]);
    const read = await bo
      .as('analyst')
      .get(`/api/v1/loans/${loanId}/credit-assessment`)
      .expect(200);
    expect(read.body).toMatchObject({
      maximumCredit: expect.stringMatching(/^[0-9]+\.[0-9]{2}$/),
      erased: false,
      details: { input: { householdType: 'couple-with-children' } },
    });
  });

  it('names a household field it cannot read: 400 household.<path>, recording nothing', async () => {
    const loanId = await registeredLoan(bo);
    const res = await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/credit-assessment`)
      .send({ ...assessment, household: { ...assessment.household, termMonths: 'sixty' } })
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'household.termMonths' })]);
    await bo.as('analyst').get(`/api/v1/loans/${loanId}/credit-assessment`).expect(404);
  });
});
