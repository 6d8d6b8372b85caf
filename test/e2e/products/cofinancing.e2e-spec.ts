import { randomUUID } from 'node:crypto';
import { describePostgres } from '../../support';
import { startBackOffice, type RunningApp, type StoreKind } from '../harness';
import {
  approvedData,
  cofinancingApplication,
  filed,
  recordCurve,
  startLoanApplication,
} from './fixtures';

jest.setTimeout(120_000);

interface Instalment {
  number: number;
  dueOn: string;
  principal: string;
  interest: string;
  total: string;
  outstandingAfter: string;
}

/**
 * KMO-cofinanciering over HTTP (DOMAIN.md 3.3): application, the IRS curve recorded, the approval
 * priced from it (below and above the 3 % floor), disbursement and the interest-only holiday in
 * the schedule; the rules' 422s; a combination with a Startlening.
 */
function cofinancing(kind: StoreKind) {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice(kind);
  });
  afterAll(async () => {
    await bo?.close();
  });

  const approve = (loanId: string, body: Record<string, unknown>) =>
    bo.as('officer').post(`/api/v1/loans/${loanId}/approval`).send(body);
  const schedule = async (
    loanId: string,
  ): Promise<{ instalments: Instalment[]; annualRate: string }> =>
    (await bo.as('analyst').get(`/api/v1/loans/${loanId}/schedule`).expect(200)).body;

  it('given no curve recorded by the approval date, then the approval is a 422 reference-curve-missing', async () => {
    const loanId = await filed(bo, cofinancingApplication({ appliedOn: '2019-04-01' }));
    const res = await approve(loanId, { approvedOn: '2019-04-15' });
    expect(res.status).toBe(422);
    expect(res.body.violations).toEqual([
      expect.objectContaining({ rule: 'reference-curve-missing', field: 'approvedOn' }),
    ]);
    expect(res.body.violations[0].message).toContain('2019-04-15');
  });

  it('given IRS 7 years of 0.412 %, then 0.412 % + 0.53 % = 0.942 % gives way to the 3 % floor; paid out, the first 12 instalments are interest only', async () => {
    await recordCurve(bo, '2021-03-10', [
      [12, '-0.00485'],
      [60, '0.0021'],
      [84, '0.00412'],
      [120, '0.0071'],
    ]);
    const loanId = await filed(bo, cofinancingApplication());
    const view = (await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200)).body;
    expect(view).toMatchObject({
      productCode: 'cofinanciering',
      status: 'applied',
      amount: '140000.00',
    });

    // An officer who states another rate is told how the rate is made.
    const wrong = await approve(loanId, {
      approvedOn: '2021-03-15',
      annualRate: '0.025',
      repayment: { capitalHolidayMonths: 12 },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.violations).toEqual([
      {
        rule: 'rate-not-product-rate',
        field: 'annualRate',
        message:
          'the KMO-cofinanciering approved on 2021-03-15 carries 3 %, not 2.5 %: IRS 84 months 0.412 % (curve recorded on 2021-03-10) + margin 0.53 % = 0.942 %, rounded 0.94 %, below the floor of 3 %, so the floor applies',
      },
    ]);

    await approve(loanId, {
      approvedOn: '2021-03-15',
      repayment: { capitalHolidayMonths: 12 },
    }).expect(200);
    const approved = await approvedData(bo, loanId);
    expect(approved).toMatchObject({
      productVersion: 'cofinanciering-2018-01',
      offer: {
        amount: '140000.00',
        annualRate: '0.03',
        termMonths: 84,
        repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 12 },
        pricing: {
          kind: 'reference-rate',
          curveRecordedOn: '2021-03-10',
          irsTenorMonths: 84,
          irsPoints: [{ tenorMonths: 84, rate: '0.00412' }],
          irsRate: '0.00412',
          margin: '0.0053',
          floor: '0.03',
          decimals: 4,
          floorApplied: true,
          rate: '0.03',
        },
      },
    });

    await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/disbursement`)
      .send({ disbursedOn: '2021-04-01' })
      .expect(200);
    const s = await schedule(loanId);
    expect(s.annualRate).toBe('0.03');
    expect(s.instalments).toHaveLength(84);
    // 140,000.00 × 3 % / 12 = 350.00 a month, no capital, for the year of the holiday.
    for (const i of s.instalments.slice(0, 12)) {
      expect(i).toMatchObject({
        principal: '0.00',
        interest: '350.00',
        total: '350.00',
        outstandingAfter: '140000.00',
      });
    }
    // Contractually Saturday 1 May 2021 (Labour Day): due on Monday the 3rd.
    expect(s.instalments[0]).toMatchObject({ contractualDueOn: '2021-05-01', dueOn: '2021-05-03' });
    expect(s.instalments[12].principal).not.toBe('0.00');
    expect(s.instalments[83].outstandingAfter).toBe('0.00');
  });

  it('given IRS 2.5 % at 5 and 3 % at 10 years, then 7 years interpolates to 2.7 % and the offer carries 3.23 %, above the floor', async () => {
    await recordCurve(bo, '2023-06-30', [
      [12, '0.037'],
      [60, '0.025'],
      [120, '0.03'],
    ]);
    const loanId = await filed(bo, cofinancingApplication({ appliedOn: '2023-07-01' }));
    await approve(loanId, {
      approvedOn: '2023-07-03',
      repayment: { capitalHolidayMonths: 24, method: 'linear', frequency: 'quarterly' },
    }).expect(200);
    const approved = await approvedData(bo, loanId);
    expect(approved).toMatchObject({
      offer: {
        annualRate: '0.0323',
        repayment: { method: 'linear', frequency: 'quarterly', capitalHolidayMonths: 24 },
        pricing: {
          irsRate: '0.027',
          floorApplied: false,
          rate: '0.0323',
          curveRecordedOn: '2023-06-30',
        },
      },
    });
    await bo
      .as('clerk')
      .post(`/api/v1/loans/${loanId}/disbursement`)
      .send({ disbursedOn: '2023-07-10' })
      .expect(200);
    const s = await schedule(loanId);
    expect(s.instalments).toHaveLength(28);
    // 140,000.00 × 3.23 % / 4 = 1,130.50 a quarter during the two years of holiday.
    for (const i of s.instalments.slice(0, 8)) {
      expect(i).toMatchObject({ principal: '0.00', interest: '1130.50' });
    }
    // Then 20 equal capital parts of 7,000.00.
    expect(s.instalments[8].principal).toBe('7000.00');
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'more than 4 times the own contribution',
      {
        amount: '100000.01',
        investmentNeed: '250000.00',
        ownContribution: '25000.00',
        ownContributionItems: undefined,
      },
      'amount-above-own-contribution-multiple',
      'the loan of EUR 100,000.01 is more than 4 times the own contribution of EUR 25,000.00 (at most EUR 100,000.00)',
    ],
    [
      'more than half the investment need',
      { amount: '200000.01' },
      'amount-above-investment-share',
      'the loan of EUR 200,000.01 is more than 50 % of the investment need of EUR 400,000.00 (at most EUR 200,000.00)',
    ],
    [
      'a co-financing under 20 %',
      {
        coFinancing: {
          amount: '79999.99',
          termMonths: 84,
          partner: { kind: 'crowdfunding-platform', name: 'Look&Fin' },
        },
      },
      'cofinancing-below-minimum-share',
      'the co-financing of EUR 79,999.99 by Look&Fin (a crowdfunding platform) is less than 20 % of the investment need of EUR 400,000.00 (at least EUR 80,000.00)',
    ],
    [
      'an own contribution under 10 %',
      { ownContribution: '39999.99', ownContributionItems: undefined },
      'own-contribution-below-minimum-share',
      'the own contribution of EUR 39,999.99 is less than 10 % of the investment need of EUR 400,000.00 (at least EUR 40,000.00)',
    ],
    [
      'a co-financier 2 years and 1 month shorter',
      {
        coFinancing: {
          amount: '160000.00',
          termMonths: 59,
          partner: { kind: 'bank', name: 'KBC Bank' },
        },
      },
      'cofinancing-term-too-short',
      "the co-financier's term of 59 months is 25 months shorter than the loan's 84 months; it may be longer without limit but at most 24 months shorter",
    ],
    [
      'a future subsidy counted as own contribution',
      {
        ownContributionItems: [
          { kind: 'own-funds', amount: '40000.00' },
          { kind: 'future-subsidy', amount: '20000.00' },
        ],
      },
      'own-contribution-not-counted',
      'the own contribution of EUR 60,000.00 includes a future subsidy not yet certain of EUR 20,000.00, which does not count: only subsidies definitively and irrevocably granted count (VIPA promises included); the parts that count add up to EUR 40,000.00',
    ],
  ])('given %s, then a 422 with its rule and the figures', async (_label, over, rule, message) => {
    const res = await bo.as('clerk').post('/api/v1/loans').send(cofinancingApplication(over));
    expect(res.status).toBe(422);
    expect(res.body.violations).toEqual([expect.objectContaining({ rule, message })]);
  });

  it('given a VIPA promise in the own contribution, then it counts', async () => {
    await filed(
      bo,
      cofinancingApplication({
        ownContributionItems: [
          { kind: 'vipa-promise', amount: '45000.00' },
          { kind: 'own-funds', amount: '15000.00' },
        ],
      }),
    );
  });

  it('given an unknown partner kind or a money number, then a 400 with the field', async () => {
    const res = await bo
      .as('clerk')
      .post('/api/v1/loans')
      .send(
        cofinancingApplication({
          investmentNeed: 400000,
          coFinancing: {
            amount: '160000.00',
            termMonths: 84,
            partner: { kind: 'uncle', name: 'Jef' },
          },
        }),
      );
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'coFinancing.partner.kind',
      'investmentNeed',
    ]);
  });

  it('given a capital holiday of 6 months, then capital-holiday-not-offered', async () => {
    const loanId = await filed(bo, cofinancingApplication());
    const res = await approve(loanId, {
      approvedOn: '2021-03-15',
      repayment: { capitalHolidayMonths: 6 },
    });
    expect(res.status).toBe(422);
    expect(res.body.violations).toEqual([
      expect.objectContaining({
        rule: 'capital-holiday-not-offered',
        message: 'the KMO-cofinanciering comes with a capital holiday of 12 or 24 months, not 6',
      }),
    ]);
  });

  it('given the officer raises the amount above half the need at approval, then the rule is checked again', async () => {
    const loanId = await filed(bo, cofinancingApplication());
    const res = await approve(loanId, { approvedOn: '2021-03-15', amount: '200000.01' });
    expect(res.status).toBe(422);
    expect(res.body.violations.map((v: { rule: string }) => v.rule)).toEqual([
      'amount-above-investment-share',
    ]);
  });

  describe('combined with a Startlening applied for at the same time', () => {
    it('given a natural person with a valid attest, then both are filed, the co-financing names the start loan and is approved', async () => {
      const startId = await filed(
        bo,
        startLoanApplication({ amount: '100000.00', ownContribution: '25000.00' }),
      );
      const loanId = await filed(
        bo,
        cofinancingApplication({
          amount: '100000.00',
          investmentNeed: '600000.00',
          ownContribution: '35000.00',
          ownContributionItems: undefined,
          coFinancing: {
            amount: '200000.00',
            termMonths: 84,
            partner: { kind: 'investment-fund', name: 'Fonds Zorg' },
          },
          combinedWithLoanId: startId.toUpperCase(),
        }),
      );
      const events = (await bo.as('analyst').get(`/api/v1/loans/${loanId}/events`).expect(200)).body
        .events;
      expect(events[0].data).toMatchObject({ combinedWithLoanId: startId });
      await approve(loanId, { approvedOn: '2021-03-15' }).expect(200);
      // The start loan's own approval: 3 % with its one-year holiday.
      await approve(startId, { approvedOn: '2021-03-15' }).expect(200);
      expect(await approvedData(bo, startId)).toMatchObject({
        offer: {
          annualRate: '0.03',
          pricing: { kind: 'capital-holiday-rate', capitalHolidayMonths: 12 },
        },
      });
    });

    it('given both together above 350,000.00 or an own effort under 10 %, then 422s naming the figures', async () => {
      const startId = await filed(
        bo,
        startLoanApplication({ amount: '100000.00', ownContribution: '25000.00' }),
      );
      const combined = (over: Record<string, unknown>) =>
        cofinancingApplication({
          investmentNeed: '600000.00',
          ownContributionItems: undefined,
          coFinancing: {
            amount: '200000.00',
            termMonths: 84,
            partner: { kind: 'bank', name: 'KBC Bank' },
          },
          combinedWithLoanId: startId,
          ...over,
        });
      const above = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(combined({ amount: '250000.01', ownContribution: '70000.00' }));
      expect(above.status).toBe(422);
      expect(above.body.violations).toEqual([
        expect.objectContaining({
          rule: 'combination-above-maximum',
          message:
            'the co-financing of EUR 250,000.01 and the Startlening of EUR 100,000.00 come to EUR 350,000.01, more than the EUR 350,000.00 the two may reach together',
        }),
      ]);
      const effort = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(combined({ amount: '100000.00', ownContribution: '34999.99' }));
      expect(effort.status).toBe(422);
      expect(effort.body.violations.map((v: { rule: string }) => v.rule)).toEqual([
        'combination-own-effort-below-minimum',
      ]);
    });

    it('given an attest that expired the day before, or a start loan of a company, then start-attest-expired or combined-loan-not-natural-person', async () => {
      const expired = await filed(
        bo,
        startLoanApplication({ startAttest: { number: 'SA-OLD', validUntil: '2021-02-28' } }),
      );
      const company = await filed(
        bo,
        startLoanApplication({
          borrower: {
            enterpriseNumber: '0403.170.701',
            name: 'Fietsen Claes BV',
            province: 'Limburg',
          },
        }),
      );
      for (const [startId, rule] of [
        [expired, 'start-attest-expired'],
        [company, 'combined-loan-not-natural-person'],
      ]) {
        const res = await bo
          .as('clerk')
          .post('/api/v1/loans')
          .send(cofinancingApplication({ amount: '100000.00', combinedWithLoanId: startId }));
        expect(res.status).toBe(422);
        expect(res.body.violations.map((v: { rule: string }) => v.rule)).toEqual([rule]);
      }
    });

    it('given a combined loan id that names no loan, then a 422 combined-loan-unknown, not a 404', async () => {
      const unknown = randomUUID();
      const res = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(cofinancingApplication({ combinedWithLoanId: unknown }));
      expect(res.status).toBe(422);
      expect(res.body.violations).toEqual([
        {
          rule: 'combined-loan-unknown',
          field: 'combinedWithLoanId',
          message: `the start loan ${unknown} named in combinedWithLoanId does not exist; file the Startlening first and name its loan id`,
        },
      ]);
    });
  });
}

describe('KMO-cofinanciering over HTTP, on PGlite', () => cofinancing('pglite'));
describePostgres('KMO-cofinanciering over HTTP, on PostgreSQL', () => cofinancing('postgres'));
