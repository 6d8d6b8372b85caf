import { describePostgres } from '../../support';
import { startBackOffice, type RunningApp, type StoreKind } from '../harness';
import { approvedData, filed, startLoanApplication } from './fixtures';

jest.setTimeout(120_000);

/**
 * A Startlening over HTTP (DOMAIN.md 3.4): a starter's application, the approval at 3 % with a
 * year of capital holiday or at 3.25 % with two years and a written justification, and the
 * schedule's interest-only start; the starter, own-contribution and holiday rules as 422s.
 */
function startLoan(kind: StoreKind) {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice(kind);
  });
  afterAll(async () => {
    await bo?.close();
  });

  const approve = (loanId: string, body: Record<string, unknown>) =>
    bo.as('officer').post(`/api/v1/loans/${loanId}/approval`).send(body);

  it('given two years of holiday with a justification, then 3.25 %, the justification recorded, and 24 months of interest only', async () => {
    const loanId = await filed(bo, startLoanApplication());
    const missing = await approve(loanId, {
      approvedOn: '2021-03-15',
      repayment: { capitalHolidayMonths: 24 },
    });
    expect(missing.status).toBe(422);
    expect(missing.body.violations).toEqual([
      {
        rule: 'capital-holiday-justification-missing',
        field: 'capitalHolidayJustification',
        message:
          'a capital holiday of 24 months of the Startlening needs a written justification (capitalHolidayJustification); it comes at 3.25 % instead of 3 %',
      },
    ]);
    await approve(loanId, {
      approvedOn: '2021-03-15',
      repayment: { capitalHolidayMonths: 24 },
      capitalHolidayJustification: 'the workshop is rebuilt during the first 18 months',
    }).expect(200);
    expect(await approvedData(bo, loanId)).toMatchObject({
      productVersion: 'startlening-2018-01',
      offer: {
        annualRate: '0.0325',
        repayment: { capitalHolidayMonths: 24 },
        pricing: {
          kind: 'capital-holiday-rate',
          capitalHolidayMonths: 24,
          rate: '0.0325',
          justification: 'the workshop is rebuilt during the first 18 months',
        },
      },
    });
    await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/disbursement`)
      .send({ disbursedOn: '2021-04-01' })
      .expect(200);
    const s = (await bo.as('analyst').get(`/api/v1/loans/${loanId}/schedule`).expect(200)).body;
    // 80,000.00 × 3.25 % / 12 = 216.666… → 216.67 a month, no capital, for two years.
    expect(
      s.instalments
        .slice(0, 24)
        .every(
          (i: { principal: string; interest: string }) =>
            i.principal === '0.00' && i.interest === '216.67',
        ),
    ).toBe(true);
    expect(s.instalments[24].principal).not.toBe('0.00');
  });

  it('given no holiday named, then one year at 3 %; an officer stating 3.25 % for it is refused', async () => {
    const loanId = await filed(bo, startLoanApplication());
    const wrong = await approve(loanId, { approvedOn: '2021-03-15', annualRate: '0.0325' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.violations).toEqual([
      expect.objectContaining({
        rule: 'rate-not-product-rate',
        message:
          'the Startlening carries a fixed rate of 3 % with a capital holiday of 12 months, not 3.25 %',
      }),
    ]);
    await approve(loanId, { approvedOn: '2021-03-15' }).expect(200);
    expect(await approvedData(bo, loanId)).toMatchObject({
      offer: { annualRate: '0.03', repayment: { capitalHolidayMonths: 12 } },
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'self-employed 4 years and 1 day',
      { selfEmployment: { since: '2017-02-28', mainOccupation: true } },
      'not-a-starter',
    ],
    [
      'in secondary occupation',
      { selfEmployment: { since: '2020-02-01', mainOccupation: false } },
      'not-main-occupation',
    ],
    [
      'more than 4 times the own contribution',
      { amount: '80000.01' },
      'amount-above-own-contribution-multiple',
    ],
    [
      'more than EUR 100,000',
      { amount: '100000.01', ownContribution: '30000.00' },
      'amount-above-maximum',
    ],
    ['no self-employment stated', { selfEmployment: undefined }, 'startlening-field-required'],
  ])('given %s, then a 422 %s', async (_label, over, rule) => {
    const res = await bo.as('clerk').post('/api/v1/loans').send(startLoanApplication(over));
    expect(res.status).toBe(422);
    expect(res.body.violations.map((v: { rule: string }) => v.rule)).toEqual([rule]);
  });

  it('given exactly 4 years of self-employment, then the application is filed', async () => {
    await filed(
      bo,
      startLoanApplication({ selfEmployment: { since: '2017-03-01', mainOccupation: true } }),
    );
  });
}

describe('Startlening over HTTP, on PGlite', () => startLoan('pglite'));
describePostgres('Startlening over HTTP, on PostgreSQL', () => startLoan('postgres'));
