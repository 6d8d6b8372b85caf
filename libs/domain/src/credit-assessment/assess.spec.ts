import { RuleViolationError } from '../loan/errors';
import {
  CreditAssessmentInputError,
  CreditAssessmentRuleBook,
  DEFAULT_CREDIT_ASSESSMENT_RULES,
  assessCreditMaximum,
  checkAgainstMaximum,
  defaultCreditAssessmentRuleBook,
  type CreditAssessmentInput,
  type CreditAssessmentRules,
} from './index';
import { d, household, m } from './testing';

const book = defaultCreditAssessmentRuleBook();

describe('a worked example, by hand', () => {
  // A couple with children, renting, signing on 2025-03-01 for 48 months.
  //
  // Income                                                  counted
  //   salary 2,400.00 at 100 %                             2,400.00
  //   partner's temporary contract 1,250.55, 5 months
  //     remaining, no declaration of intent: 70 %
  //     = 875.385, half up                                   875.39
  //   13th month (monthly share) 200.00 at 100 %             200.00
  //   commission 150.00, structural over 12 months           150.00
  //   shift allowance 80.00, not structural                    0.00
  //   weighted net income                                  3,625.39
  // Living-cost norm, couple with children, renter:
  //   2,541.00 + 10 % × (3,625.39 − 2,541.00) = 2,541.00 + 108.439 → 108.44
  //                                                        2,649.44
  // Housing: rent 650.00 + service costs 45.00 − rent allowance 120.00
  //                                                          575.00
  // Obligations:
  //   revolving credit, 2 % of the limit 1,500.00             30.00
  //   student debt not yet repaid, new system,
  //     0.35 % of 12,345.67 = 43.209845                        43.21
  //   child care 480.00 − allowance 310.55                   169.45
  //   total                                                  242.66
  // Capacity: 3,625.39 − 2,649.44 − 575.00 − 242.66 =        158.29
  // Maximum: 158.29 × 50 =                                 7,914.50
  const input: CreditAssessmentInput = household({
    householdType: 'couple-with-children',
    housing: {
      tenure: 'renter',
      rent: m('650.00'),
      serviceCosts: m('45.00'),
      rentAllowance: m('120.00'),
    },
    termMonths: 48,
    incomes: [
      { kind: 'salary', monthlyNet: m('2400.00') },
      {
        kind: 'temporary-contract',
        description: 'partner',
        monthlyNet: m('1250.55'),
        remainingContractMonths: 5,
      },
      { kind: 'thirteenth-month', monthlyNet: m('200.00') },
      { kind: 'commission', monthlyNet: m('150.00'), structuralMonths: 12 },
      { kind: 'shift-allowance', monthlyNet: m('80.00'), structural: false },
    ],
    obligations: [
      { kind: 'revolving-credit', limit: m('1500.00') },
      { kind: 'student-debt-not-repaying', debt: m('12345.67'), system: 'new' },
      { kind: 'child-care', monthlyAmount: m('480.00'), allowance: m('310.55') },
    ],
    requestedAmount: m('8000.00'),
  });
  const result = assessCreditMaximum(input, book);

  it('computes every figure to the cent', () => {
    expect(result.incomes.map((i) => i.counted.toString())).toEqual([
      '2400.00',
      '875.39',
      '200.00',
      '150.00',
      '0.00',
    ]);
    expect(result.weightedIncome.toString()).toBe('3625.39');
    expect(result.livingCostNorm.amount.toString()).toBe('2649.44');
    expect(result.housing.amount.toString()).toBe('575.00');
    expect(result.obligations.map((o) => o.amount.toString())).toEqual([
      '30.00',
      '43.21',
      '169.45',
    ]);
    expect(result.totalObligations.toString()).toBe('242.66');
    expect(result.monthlyCapacity.toString()).toBe('158.29');
    expect(result.maximumCredit.toString()).toBe('7914.50');
    expect(result.knockOuts).toEqual([]);
    expect(result.withinMaximum).toBe(false);
    expect(result.rules).toEqual({
      version: 'responsible-credit-2016',
      validFrom: d('2016-01-01'),
    });
  });

  it('writes the computation as lines a clerk can follow', () => {
    expect(result.lines.map((l) => [l.label, l.amount.toString()])).toEqual([
      ['income, salary: 100 % of 2,400.00; no conditions', '2400.00'],
      [
        'income, temporary contract (partner): 70 % of 1,250.55; 5 months remaining, no declaration of intent (under 6)',
        '875.39',
      ],
      ['income, 13th month: 100 % of 200.00; no conditions', '200.00'],
      ['income, commission: 100 % of 150.00; structural over 12 months of the last 12', '150.00'],
      ['income, shift allowance: 0 % of 80.00; not structural: not counted', '0.00'],
      ['weighted net income', '3625.39'],
      [
        'living-cost norm, couple-with-children, renter column: 2,541.00 + 10 % × (3,625.39 − 2,541.00)',
        '2649.44',
      ],
      ['housing, renter: rent 650.00 + service costs 45.00 − rent allowance 120.00', '575.00'],
      ['obligation, revolving credit: 2 % of the limit 1,500.00', '30.00'],
      [
        'obligation, student debt not yet in repayment: 0.35 % of the debt 12,345.67 (new system)',
        '43.21',
      ],
      ['obligation, child care: costs 480.00 − allowance 310.55', '169.45'],
      ['other obligations', '242.66'],
      ['monthly capacity: 3,625.39 − 2,649.44 − 575.00 − 242.66', '158.29'],
      ['maximum credit: capacity × 50', '7914.50'],
      ['requested amount: above the maximum', '8000.00'],
    ]);
  });
});

describe('the maximum', () => {
  it('given a negative capacity then 0.00, not a negative credit', () => {
    const result = assessCreditMaximum(
      household({ incomes: [{ kind: 'salary', monthlyNet: m('1500.00') }] }),
      book,
    );
    // 1,500.00 − 1,321.80 − 700.00
    expect(result.monthlyCapacity.toString()).toBe('-521.80');
    expect(result.maximumCredit.toString()).toBe('0.00');
    expect(result.knockOuts).toEqual([]);
    expect(result.lines.at(-1)?.label).toBe(
      'maximum credit: none, the monthly capacity is not positive',
    );
  });
});

describe('requested amount', () => {
  // capacity 828.20: maximum 41,410.00
  it.each([
    ['41410.00', true],
    ['41410.01', false],
  ])('given %s requested then within the maximum is %s', (requested, within) => {
    const result = assessCreditMaximum(household({ requestedAmount: m(requested) }), book);
    expect(result.withinMaximum).toBe(within);
  });

  it('given none then withinMaximum is absent', () => {
    expect(assessCreditMaximum(household(), book)).not.toHaveProperty('withinMaximum');
  });
});

describe('checkAgainstMaximum', () => {
  const result = assessCreditMaximum(household(), book); // maximum 41,410.00

  it('given an amount at the maximum then no violation', () => {
    expect(checkAgainstMaximum(result, m('41410.00'))).toBeUndefined();
  });

  it('given a cent more then the violation names both figures', () => {
    expect(checkAgainstMaximum(result, m('41410.01'), 'amount')).toEqual({
      rule: 'amount-above-responsible-maximum',
      message: 'the requested 41,410.01 is more than the responsible credit maximum of 41,410.00',
      field: 'amount',
    });
  });

  it('given a knock-out then the message says why the maximum is 0.00', () => {
    const knocked = assessCreditMaximum(household({ wageGarnishment: true }), book);
    expect(checkAgainstMaximum(knocked, m('5000.00'))?.message).toBe(
      "the requested 5,000.00 is more than the responsible credit maximum of 0.00 (the applicant's wages are garnished: no credit while a wage garnishment runs)",
    );
  });
});

describe('dated rule sets', () => {
  // From 2026-01-01 a single renter's norm base is 1,400.00 instead of 1,302.00.
  const later: CreditAssessmentRules = {
    ...DEFAULT_CREDIT_ASSESSMENT_RULES,
    version: 'responsible-credit-2026',
    validFrom: '2026-01-01',
    livingCostNorms: {
      ...DEFAULT_CREDIT_ASSESSMENT_RULES.livingCostNorms,
      single: {
        ...DEFAULT_CREDIT_ASSESSMENT_RULES.livingCostNorms.single,
        renter: { base: '1400.00', surcharge: '0.10' },
      },
    },
  };
  const dated = new CreditAssessmentRuleBook([DEFAULT_CREDIT_ASSESSMENT_RULES, later]);

  it('given a signing on 2025-12-31 then the 2016 set: 1,302.00 + 10 % × 1,698.00', () => {
    const result = assessCreditMaximum(household({ signingDate: d('2025-12-31') }), dated);
    expect(result.rules.version).toBe('responsible-credit-2016');
    expect(result.livingCostNorm.amount.toString()).toBe('1471.80');
  });

  it('given a signing on 2026-01-01 then the 2026 set: 1,400.00 + 10 % × 1,600.00', () => {
    const result = assessCreditMaximum(household({ signingDate: d('2026-01-01') }), dated);
    expect(result.rules.version).toBe('responsible-credit-2026');
    expect(result.livingCostNorm.amount.toString()).toBe('1560.00');
  });

  it('picks the set in force on a day', () => {
    expect(dated.rulesOn(d('2015-12-31'))).toBeUndefined();
    expect(dated.rulesOn(d('2016-01-01'))?.version).toBe('responsible-credit-2016');
    expect(dated.rulesOn(d('2030-01-01'))?.version).toBe('responsible-credit-2026');
  });

  it('given a signing before the first set then a rule violation', () => {
    expect(() => assessCreditMaximum(household({ signingDate: d('2015-12-31') }), dated)).toThrow(
      new RuleViolationError([
        {
          rule: 'no-credit-assessment-rules',
          message:
            'no credit assessment rules are in force on 2015-12-31; the first set applies from 2016-01-01',
          field: 'signingDate',
        },
      ]),
    );
  });

  it('given a single set instead of a book then it is checked and used from its date', () => {
    const result = assessCreditMaximum(household({ signingDate: d('2026-01-01') }), later);
    expect(result.rules.version).toBe('responsible-credit-2026');
    expect(() => assessCreditMaximum(household(), later)).toThrow(RuleViolationError);
  });
});

describe('input out of range', () => {
  it('given typed input that breaks the ranges then every problem is listed', () => {
    const bad = household({
      termMonths: 0,
      applicantBirthDate: d('2025-03-01'),
      incomes: [{ kind: 'salary', monthlyNet: m('-1.00') }],
    });
    let error: unknown;
    try {
      assessCreditMaximum(bad, book);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CreditAssessmentInputError);
    expect((error as CreditAssessmentInputError).errors.map((e) => [e.field, e.code])).toEqual([
      ['termMonths', 'out-of-range'],
      ['applicantBirthDate', 'out-of-range'],
      ['incomes.0.monthlyNet', 'out-of-range'],
    ]);
  });
});
