import {
  assessCreditMaximum,
  defaultCreditAssessmentRuleBook,
  type CreditAssessmentInput,
  type Housing,
  type Obligation,
} from './index';
import { household, m } from './testing';

// DOMAIN.md 3.5: the living-cost norm, housing costs and other obligations, each formula
// with its rounding (half up to the cent where a percentage is applied).

const book = defaultCreditAssessmentRuleBook();
const assess = (overrides: Partial<CreditAssessmentInput>) =>
  assessCreditMaximum(household(overrides), book);
const salary = (amount: string) => [{ kind: 'salary' as const, monthlyNet: m(amount) }];

describe('living-cost norm = base + surcharge × (weighted net income − base)', () => {
  // Income 1,000.00 above each base: the surcharge part is surcharge × 1,000.00.
  it.each([
    ['single', 'owner', '2412.00', '1512.00'],
    ['single', 'renter', '2302.00', '1402.00'],
    ['single-with-children', 'owner', '3333.00', '2383.00'],
    ['single-with-children', 'renter', '3122.00', '2172.00'],
    ['couple', 'owner', '2987.00', '2087.00'],
    ['couple', 'renter', '2888.00', '1988.00'],
    ['couple-with-children', 'owner', '3640.00', '2740.00'],
    ['couple-with-children', 'renter', '3541.00', '2641.00'],
  ] as const)(
    'given a %s household, %s, with an income of %s then the norm is %s',
    (type, tenure, income, norm) => {
      const housing: Housing =
        tenure === 'owner'
          ? { tenure, mortgageGrossCharge: m('0.00') }
          : { tenure, rent: m('0.00') };
      const result = assess({ householdType: type, housing, incomes: salary(income) });
      expect(result.livingCostNorm.amount.toString()).toBe(norm);
      expect(result.livingCostNorm.tenure).toBe(tenure);
    },
  );

  it('given a household living with others then the renter column is used', () => {
    const result = assess({
      housing: { tenure: 'living-with-others' },
      incomes: salary('2302.00'),
    });
    expect(result.livingCostNorm).toMatchObject({ tenure: 'renter' });
    expect(result.livingCostNorm.amount.toString()).toBe('1402.00');
  });

  it('given an income of 1,302.05 for a single renter then the surcharge 0.005 rounds half up to 0.01', () => {
    const result = assess({ incomes: salary('1302.05') });
    expect(result.livingCostNorm.amount.toString()).toBe('1302.01');
  });

  it('given an income of 1,302.04 then the surcharge 0.004 rounds down to 0.00', () => {
    expect(assess({ incomes: salary('1302.04') }).livingCostNorm.amount.toString()).toBe('1302.00');
  });

  it('given a weighted income (after the weights), the norm is taken on it', () => {
    const result = assess({
      incomes: [{ kind: 'wga-benefit', monthlyNet: m('3070.67') }], // 75 % = 2,303.0025 → 2,303.00
    });
    expect(result.weightedIncome.toString()).toBe('2303.00');
    expect(result.livingCostNorm.amount.toString()).toBe('1402.10');
  });

  describe('income just below and at the base', () => {
    const owner: Housing = { tenure: 'owner', mortgageGrossCharge: m('0.00') };

    it('given 1,411.99 for a single owner (base 1,412.00) then no credit, knocked out', () => {
      const result = assess({ housing: owner, incomes: salary('1411.99') });
      expect(result.knockOuts.map((k) => k.code)).toEqual(['income-below-living-cost-norm']);
      expect(result.knockOuts[0].reason).toBe(
        "the weighted net income 1,411.99 is below the living-cost norm's base of 1,412.00 (single, owner column)",
      );
      expect(result.maximumCredit.toString()).toBe('0.00');
      expect(result.livingCostNorm).toMatchObject({ incomeBelowBase: true });
    });

    it('given exactly 1,412.00 then no knock-out, a capacity of 0.00 and a maximum of 0.00', () => {
      const result = assess({ housing: owner, incomes: salary('1412.00') });
      expect(result.knockOuts).toEqual([]);
      expect(result.monthlyCapacity.toString()).toBe('0.00');
      expect(result.maximumCredit.toString()).toBe('0.00');
    });

    it('given 1,412.02 then the norm stays 1,412.00 and the maximum is 0.02 × 50 = 1.00', () => {
      const result = assess({ housing: owner, incomes: salary('1412.02') });
      expect(result.livingCostNorm.amount.toString()).toBe('1412.00');
      expect(result.maximumCredit.toString()).toBe('1.00');
    });
  });
});

describe('housing costs', () => {
  const housingOf = (housing: Housing, income = '3000.00') =>
    assess({ housing, incomes: salary(income) }).housing;

  it('given a renter then rent + service costs − rent allowance', () => {
    const h = housingOf({
      tenure: 'renter',
      rent: m('650.00'),
      serviceCosts: m('45.50'),
      rentAllowance: m('120.25'),
    });
    expect(h.amount.toString()).toBe('575.25');
    expect(h.computation).toBe('rent 650.00 + service costs 45.50 − rent allowance 120.25');
  });

  it('given a rent allowance above the rent then the housing cost is 0.00, not an income', () => {
    const h = housingOf({ tenure: 'renter', rent: m('100.00'), rentAllowance: m('150.00') });
    expect(h.amount.toString()).toBe('0.00');
  });

  it('given an owner then 90 % of the gross mortgage charge, half up: 900.045 → 900.05', () => {
    const h = housingOf({ tenure: 'owner', mortgageGrossCharge: m('1000.05') });
    expect(h.amount.toString()).toBe('900.05');
    expect(h.computation).toBe('90 % of the gross mortgage charge 1,000.05');
  });

  describe('living with others: 33 % of the weighted net income, at most 750.00', () => {
    it.each([
      ['2272.71', '749.99', false], // 749.9943
      ['2272.72', '750.00', false], // 749.9976, rounded up to the cap but not above it
      ['2272.73', '750.00', true], // 750.0009, capped
      ['5000.00', '750.00', true],
    ])('given an income of %s then %s (capped %s)', (income, amount, capped) => {
      const h = housingOf({ tenure: 'living-with-others' }, income);
      expect(h.amount.toString()).toBe(amount);
      expect(h.capped).toBe(capped);
    });

    it('given a capped charge then the computation shows the uncapped figure', () => {
      expect(housingOf({ tenure: 'living-with-others' }, '5000.00').computation).toBe(
        '33 % of the weighted net income 5,000.00 = 1,650.00, at most 750.00',
      );
      expect(housingOf({ tenure: 'living-with-others' }, '2272.73').computation).toBe(
        '33 % of the weighted net income 2,272.73 = 750.0009, at most 750.00',
      );
    });

    it('replaces rent: no rent is asked or deducted', () => {
      const result = assess({
        housing: { tenure: 'living-with-others' },
        incomes: salary('2000.00'),
      });
      // 2,000.00 − norm (1,302.00 + 10 % × 698.00 = 1,371.80) − 660.00
      expect(result.monthlyCapacity.toString()).toBe('-31.80');
    });
  });
});

describe('other obligations', () => {
  const obligationOf = (o: Obligation) => assess({ obligations: [o] }).obligations[0];

  it.each<[string, Obligation, string]>([
    [
      'revolving credit, 2 % of 2,500.00',
      { kind: 'revolving-credit', limit: m('2500.00') },
      '50.00',
    ],
    [
      'revolving credit, 2 % of 1,234.25 = 24.685',
      { kind: 'revolving-credit', limit: m('1234.25') },
      '24.69',
    ],
    [
      'second mortgage, 1.5 % of 100,000.00',
      { kind: 'second-mortgage', limit: m('100000.00') },
      '1500.00',
    ],
    [
      'second mortgage, 1.5 % of 12,345.00 = 185.175',
      { kind: 'second-mortgage', limit: m('12345.00') },
      '185.18',
    ],
    ['personal loan, its charge', { kind: 'personal-loan', monthlyAmount: m('212.34') }, '212.34'],
    [
      'student debt in repayment, its charge',
      { kind: 'student-debt-repaying', monthlyAmount: m('95.10') },
      '95.10',
    ],
    [
      'student debt not yet repaid, old system, 0.65 % of 20,000.00',
      { kind: 'student-debt-not-repaying', debt: m('20000.00'), system: 'old' },
      '130.00',
    ],
    [
      'student debt not yet repaid, new system, 0.35 % of 20,000.00',
      { kind: 'student-debt-not-repaying', debt: m('20000.00'), system: 'new' },
      '70.00',
    ],
    [
      'student debt not yet repaid, new system, 0.35 % of 12,345.67 = 43.209845',
      { kind: 'student-debt-not-repaying', debt: m('12345.67'), system: 'new' },
      '43.21',
    ],
    ['alimony paid', { kind: 'alimony-paid', monthlyAmount: m('350.00') }, '350.00'],
    [
      'child care 600.00 − allowance 400.00',
      { kind: 'child-care', monthlyAmount: m('600.00'), allowance: m('400.00') },
      '200.00',
    ],
    [
      'child care 600.00 without allowance',
      { kind: 'child-care', monthlyAmount: m('600.00') },
      '600.00',
    ],
    [
      'child care 300.00 − allowance 400.00',
      { kind: 'child-care', monthlyAmount: m('300.00'), allowance: m('400.00') },
      '0.00',
    ],
    ['car costs', { kind: 'car-costs', monthlyAmount: m('275.00') }, '275.00'],
  ])('given %s then %s a month', (_label, obligation, amount) => {
    expect(obligationOf(obligation).amount.toString()).toBe(amount);
  });

  it('says how each was computed', () => {
    expect(obligationOf({ kind: 'revolving-credit', limit: m('2500.00') }).computation).toBe(
      '2 % of the limit 2,500.00',
    );
    expect(
      obligationOf({ kind: 'student-debt-not-repaying', debt: m('20000.00'), system: 'old' })
        .computation,
    ).toBe('0.65 % of the debt 20,000.00 (old system)');
  });

  it('given several then all are deducted from the capacity', () => {
    const result = assess({
      obligations: [
        { kind: 'revolving-credit', limit: m('2500.00') },
        { kind: 'car-costs', monthlyAmount: m('100.00') },
      ],
    });
    expect(result.totalObligations.toString()).toBe('150.00');
    // 3,000.00 − (1,302.00 + 169.80) − 700.00 − 150.00
    expect(result.monthlyCapacity.toString()).toBe('678.20');
  });
});
