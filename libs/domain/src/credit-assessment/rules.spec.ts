import {
  CreditAssessmentRuleBook,
  CreditAssessmentRulesError,
  DEFAULT_CREDIT_ASSESSMENT_RULES,
  checkCreditAssessmentRules,
  type CreditAssessmentRules,
} from './index';
import { d } from './testing';

const rules = DEFAULT_CREDIT_ASSESSMENT_RULES;

/** A copy of the default set with one path replaced (or removed with undefined). */
function changed(path: string, value: unknown): CreditAssessmentRules {
  const copy = structuredClone(rules) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((o, k) => o[k] as Record<string, unknown>, copy);
  const last = keys[keys.length - 1];
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy as unknown as CreditAssessmentRules;
}

function problemsOf(sets: readonly CreditAssessmentRules[]): readonly string[] {
  try {
    new CreditAssessmentRuleBook(sets);
  } catch (e) {
    if (e instanceof CreditAssessmentRulesError) return e.problems;
    throw e;
  }
  return [];
}

describe('the default rule set', () => {
  it('has no problems', () => {
    expect(checkCreditAssessmentRules(rules)).toEqual([]);
  });

  it('is in force from 2016-01-01', () => {
    const book = new CreditAssessmentRuleBook([rules]);
    expect(book.rulesOn(d('2015-12-31'))).toBeUndefined();
    expect(book.rulesOn(d('2016-01-01'))).toEqual(rules);
  });

  it('is kept as a frozen copy by the book', () => {
    const book = new CreditAssessmentRuleBook([rules]);
    const kept = book.rulesOn(d('2020-01-01'))!;
    expect(Object.isFrozen(kept.livingCostNorms.single.renter)).toBe(true);
  });
});

describe('checking a rule set', () => {
  it.each([
    ['version', '', 'version must be a non-empty text'],
    ['validFrom', '2016-02-30', 'validFrom must be a date written YYYY-MM-DD'],
    [
      'incomeWeights.plain.salary',
      '1.01',
      'incomeWeights.plain.salary is 1.01; it must be at most 1',
    ],
    [
      'incomeWeights.plain.salary',
      1,
      'incomeWeights.plain.salary must be a fraction written as text, e.g. "0.70"',
    ],
    ['incomeWeights.plain.salary', undefined, 'incomeWeights.plain.salary is missing'],
    ['incomeWeights.plain.lottery', '1', 'incomeWeights.plain.lottery is not a known code'],
    ['incomeWeights.defence.IV', '1', 'incomeWeights.defence.IV is not a known code'],
    [
      'incomeWeights.temporaryContract.minRemainingMonths',
      5.5,
      'incomeWeights.temporaryContract.minRemainingMonths must be a whole number of at least 1',
    ],
    [
      'incomeWeights.sick.upToOneMonthMaxDays',
      5,
      'incomeWeights.sick.upToOneMonthMaxDays is below fewDaysMaxDays',
    ],
    [
      'housing.livingWithOthersCap',
      '-1.00',
      'housing.livingWithOthersCap must be an amount of 0 or more written as text, e.g. "750.00"',
    ],
    ['knockOuts.maxAgeAtSigning', 18, 'knockOuts.maxAgeAtSigning is below minAgeAtSigning'],
    [
      'livingCostNorms.couple.owner.surcharge',
      '1',
      'livingCostNorms.couple.owner.surcharge is 1; it must be below 1',
    ],
    [
      'livingCostNorms.couple.owner.base',
      1987,
      'livingCostNorms.couple.owner.base must be an amount of 0 or more written as text, e.g. "750.00"',
    ],
    ['livingCostNorms.couple', undefined, 'livingCostNorms.couple is missing'],
    ['creditMultiplier', 0, 'creditMultiplier must be a whole number of at least 1'],
  ])('given %s = %p then "%s"', (path, value, problem) => {
    expect(checkCreditAssessmentRules(changed(path, value))).toEqual([problem]);
  });

  it('accepts a base written with fewer decimals: amounts are read as the API writes them', () => {
    // Unlike the JSON number 1987 above.
    expect(
      checkCreditAssessmentRules(changed('livingCostNorms.couple.owner.base', '1987')),
    ).toEqual([]);
  });
});

describe('a rule book', () => {
  const later = { ...rules, version: 'responsible-credit-2026', validFrom: '2026-01-01' };

  it('lists every problem of every set, named by version', () => {
    expect(problemsOf([rules, { ...later, creditMultiplier: 0, source: '' }])).toEqual([
      'responsible-credit-2026: source must be a non-empty text',
      'responsible-credit-2026: creditMultiplier must be a whole number of at least 1',
    ]);
  });

  it('refuses sets out of order or starting the same day', () => {
    expect(problemsOf([later, rules])).toEqual([
      'sets must be sorted by validFrom without two starting the same day (responsible-credit-2026 from 2026-01-01, then responsible-credit-2016 from 2016-01-01)',
    ]);
    expect(problemsOf([rules, { ...later, validFrom: rules.validFrom }])).toHaveLength(1);
  });

  it('refuses a version used twice and an empty book', () => {
    expect(problemsOf([rules, { ...later, version: rules.version }])).toEqual([
      'version responsible-credit-2016 is used twice',
    ]);
    expect(problemsOf([])).toEqual(['there is no rule set']);
  });

  it('given two sets then each is in force until the next one starts', () => {
    const book = new CreditAssessmentRuleBook([rules, later]);
    expect(book.rulesOn(d('2025-12-31'))?.version).toBe('responsible-credit-2016');
    expect(book.rulesOn(d('2026-01-01'))?.version).toBe('responsible-credit-2026');
    expect(book.sets().map((s) => s.version)).toEqual([
      'responsible-credit-2016',
      'responsible-credit-2026',
    ]);
  });
});
