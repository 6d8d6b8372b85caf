import { assessCreditMaximum, defaultCreditAssessmentRuleBook, type IncomeItem } from './index';
import type { CreditAssessmentInput } from './input';
import { d, household, m } from './testing';

// DOMAIN.md 3.5, "Income counted at": every weight and condition on each side of its boundary.
// Default rules; the household signs on 2025-03-01 for 60 months (the term ends 2030-03-01).

const book = defaultCreditAssessmentRuleBook();

function counted(item: IncomeItem, overrides: Partial<CreditAssessmentInput> = {}) {
  const [income] = assessCreditMaximum(household({ incomes: [item], ...overrides }), book).incomes;
  return {
    counted: income.counted.toString(),
    weight: income.weight.toFixed(),
    reason: income.reason,
  };
}

const net = m('1000.00');

describe('plain income kinds', () => {
  it.each([
    ['salary', '1000.00'],
    ['thirteenth-month', '1000.00'],
    ['year-end-bonus', '1000.00'],
    ['sheltered-employment', '1000.00'],
    ['wao-benefit', '1000.00'],
    ['wga-benefit', '750.00'],
    ['wajong-benefit', '1000.00'],
    ['iva-benefit', '1000.00'],
    ['zero-hour-contract', '0.00'],
    ['on-call', '0.00'],
    ['personal-care-budget', '0.00'],
    ['unemployment-benefit', '0.00'],
    ['social-assistance', '0.00'],
  ] as const)('given %s of 1,000.00 then %s counts', (kind, expected) => {
    expect(counted({ kind, monthlyNet: net }).counted).toBe(expected);
  });

  it('given a WGA benefit of 1,000.02 then 75 % is rounded half up: 750.015 → 750.02', () => {
    expect(counted({ kind: 'wga-benefit', monthlyNet: m('1000.02') }).counted).toBe('750.02');
  });
});

describe('structural allowances and commission', () => {
  it.each([
    ['shift-allowance', true, '1000.00'],
    ['shift-allowance', false, '0.00'],
    ['overtime-allowance', true, '1000.00'],
    ['overtime-allowance', false, '0.00'],
  ] as const)('given a %s, structural %s, then %s counts', (kind, structural, expected) => {
    expect(counted({ kind, monthlyNet: net, structural }).counted).toBe(expected);
  });

  it.each([
    [11, '0.00'],
    [12, '1000.00'],
  ])('given commission structural over %i months of the last 12 then %s counts', (n, expected) => {
    const result = counted({ kind: 'commission', monthlyNet: net, structuralMonths: n });
    expect(result.counted).toBe(expected);
    expect(result.reason).toContain(`structural over ${n} months of the last 12`);
  });
});

describe('alimony received: only when it lasts the whole term (to 2030-03-01)', () => {
  it.each([
    ['2030-02-28', '0.00'],
    ['2030-03-01', '1000.00'],
    ['2031-01-01', '1000.00'],
  ])('given it ends on %s then %s counts', (endsOn, expected) => {
    const result = counted({ kind: 'alimony-received', monthlyNet: net, endsOn: d(endsOn) });
    expect(result.counted).toBe(expected);
  });

  it('given no end date then it counts in full', () => {
    expect(counted({ kind: 'alimony-received', monthlyNet: net }).counted).toBe('1000.00');
  });

  it('given a longer term then the same end date no longer covers it', () => {
    const item: IncomeItem = { kind: 'alimony-received', monthlyNet: net, endsOn: d('2030-03-01') };
    expect(counted(item, { termMonths: 61 }).counted).toBe('0.00');
  });
});

describe('self-employed: the average profit of the last 2 documented years', () => {
  const profits = (...p: string[]) => p.map(m);

  it('given 30,000.00 and 36,000.00, both documented, then 33,000.00 a year: 2,750.00 a month', () => {
    const result = counted({
      kind: 'self-employed',
      yearlyProfits: profits('30000.00', '36000.00'),
      documentedYears: 2,
    });
    expect(result).toMatchObject({ counted: '2750.00', weight: '1' });
  });

  it('given only 1 of the 2 years documented then nothing counts', () => {
    const result = counted({
      kind: 'self-employed',
      yearlyProfits: profits('30000.00', '36000.00'),
      documentedYears: 1,
    });
    expect(result.counted).toBe('0.00');
    expect(result.reason).toContain('1 of them documented');
  });

  it('given three years then the last two are averaged', () => {
    const item: IncomeItem = {
      kind: 'self-employed',
      yearlyProfits: profits('90000.00', '30000.00', '36000.00'),
      documentedYears: 3,
    };
    expect(counted(item).counted).toBe('2750.00');
  });

  it('given the profit of one year only then nothing counts', () => {
    const item: IncomeItem = {
      kind: 'self-employed',
      yearlyProfits: profits('36000.00'),
      documentedYears: 1,
    };
    expect(counted(item).counted).toBe('0.00');
  });

  it('given an average of 48,000.01 / 24 = 2,000.0004… a month then 2,000.00', () => {
    const item: IncomeItem = {
      kind: 'self-employed',
      yearlyProfits: profits('24000.00', '24000.01'),
      documentedYears: 2,
    };
    expect(counted(item).counted).toBe('2000.00');
  });

  it('given an average loss then it counts as no income, not as a deduction', () => {
    const item: IncomeItem = {
      kind: 'self-employed',
      yearlyProfits: profits('-18000.00', '6000.00'),
      documentedYears: 2,
    };
    const result = assessCreditMaximum(
      household({ incomes: [item, { kind: 'salary', monthlyNet: net }] }),
      book,
    );
    expect(result.incomes[0].monthlyNet.toString()).toBe('-500.00');
    expect(result.incomes[0].counted.toString()).toBe('0.00');
    expect(result.weightedIncome.toString()).toBe('1000.00');
  });
});

describe('defence', () => {
  it.each([
    ['I', '700.00'],
    ['II', '1000.00'],
    ['III', '1000.00'],
  ] as const)('given phase %s then %s counts', (phase, expected) => {
    expect(counted({ kind: 'defence', monthlyNet: net, phase }).counted).toBe(expected);
  });
});

describe('temporary contract', () => {
  it.each([
    [5, false, '700.00'],
    [6, false, '1000.00'],
    [0, true, '1000.00'],
    [5, true, '1000.00'],
  ])('given %i months remaining, declaration of intent %s, then %s counts', (n, doi, expected) => {
    const item: IncomeItem = {
      kind: 'temporary-contract',
      monthlyNet: net,
      remainingContractMonths: n,
      declarationOfIntent: doi,
    };
    expect(counted(item).counted).toBe(expected);
  });
});

describe('agency work', () => {
  it.each([
    ['A', undefined, false, '0.00'],
    ['A', 12, true, '0.00'],
    ['B', 5, false, '700.00'],
    ['B', 6, false, '1000.00'],
    ['B', 5, true, '1000.00'],
    ['B', undefined, false, '700.00'],
    ['C', undefined, false, '1000.00'],
  ] as const)(
    'given phase %s, %s months remaining, declaration of intent %s, then %s counts',
    (phase, remaining, doi, expected) => {
      const item: IncomeItem = {
        kind: 'agency-work',
        monthlyNet: net,
        phase,
        declarationOfIntent: doi,
        ...(remaining === undefined ? {} : { remainingContractMonths: remaining }),
      };
      expect(counted(item).counted).toBe(expected);
    },
  );
});

describe('sick pay: a few days (at most 7) 100 %, up to a month (at most 31 days) 70 %, beyond 0 %', () => {
  it.each([
    [1, '1000.00'],
    [7, '1000.00'],
    [8, '700.00'],
    [31, '700.00'],
    [32, '0.00'],
  ])('given %i days sick then %s counts', (daysSick, expected) => {
    expect(counted({ kind: 'sick-pay', monthlyNet: net, daysSick }).counted).toBe(expected);
  });
});

describe('probation', () => {
  it.each([
    [true, '0.00'],
    [false, '1000.00'],
  ])('given a salary in probation %s then %s counts', (inProbation, expected) => {
    expect(counted({ kind: 'salary', monthlyNet: net, inProbation }).counted).toBe(expected);
  });

  it('given a temporary contract with 12 months remaining in probation then nothing counts', () => {
    const item: IncomeItem = {
      kind: 'temporary-contract',
      monthlyNet: net,
      remainingContractMonths: 12,
      inProbation: true,
    };
    expect(counted(item)).toMatchObject({
      counted: '0.00',
      reason: 'in a probation period: not counted',
    });
  });
});

describe('foreign nationality', () => {
  const owner: Partial<CreditAssessmentInput> = {
    housing: { tenure: 'owner', mortgageGrossCharge: m('500.00') },
  };
  const salary = (monthsWorkedHere: number, monthsCreditRegistered: number): IncomeItem => ({
    kind: 'salary',
    monthlyNet: net,
    foreignNational: { monthsWorkedHere, monthsCreditRegistered },
  });

  it.each([
    [12, 12, '1000.00'],
    [11, 12, '0.00'],
    [12, 11, '0.00'],
  ])('given an owned home, %i months worked here and %i of credit then %s', (w, c, expected) => {
    expect(counted(salary(w, c), owner).counted).toBe(expected);
  });

  it.each([
    ['renter', 36, 36, '1000.00'],
    ['renter', 35, 36, '0.00'],
    ['renter', 36, 35, '0.00'],
    ['renter', 12, 12, '0.00'],
    ['living-with-others', 35, 36, '0.00'],
    ['living-with-others', 36, 36, '1000.00'],
  ] as const)(
    'given a %s, %i months worked here and %i of credit then %s',
    (tenure, w, c, expected) => {
      const housing = tenure === 'renter' ? { tenure, rent: m('500.00') } : { tenure };
      expect(counted(salary(w, c), { housing }).counted).toBe(expected);
    },
  );

  it('given the conditions met then the kind weight still applies', () => {
    const item: IncomeItem = {
      kind: 'temporary-contract',
      monthlyNet: net,
      remainingContractMonths: 3,
      foreignNational: { monthsWorkedHere: 40, monthsCreditRegistered: 40 },
    };
    expect(counted(item).counted).toBe('700.00');
  });
});
