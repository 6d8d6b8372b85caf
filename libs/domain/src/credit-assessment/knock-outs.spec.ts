import {
  assessCreditMaximum,
  defaultCreditAssessmentRuleBook,
  type CreditAssessmentInput,
} from './index';
import { d, household } from './testing';

// DOMAIN.md 3.5 knock-outs. The household alone would get credit (capacity 828.20 a month),
// so every 0.00 below is the knock-out's doing.

const book = defaultCreditAssessmentRuleBook();
const assess = (overrides: Partial<CreditAssessmentInput>) =>
  assessCreditMaximum(household(overrides), book);
const codes = (overrides: Partial<CreditAssessmentInput>) =>
  assess(overrides).knockOuts.map((k) => k.code);

describe('knock-outs', () => {
  it('given nothing unusual then there is none and a maximum of 828.20 × 50', () => {
    const result = assess({});
    expect(result.knockOuts).toEqual([]);
    expect(result.maximumCredit.toString()).toBe('41410.00');
  });

  describe('age at signing: at least 21', () => {
    it('given 20 years and 364 days then too young', () => {
      const result = assess({ applicantBirthDate: d('2004-03-02'), signingDate: d('2025-03-01') });
      expect(result.knockOuts).toEqual([
        {
          code: 'applicant-too-young',
          reason:
            'the applicant is 20 years old at signing on 2025-03-01 (born 2004-03-02); the minimum age is 21, reached on 2025-03-02',
        },
      ]);
      expect(result.maximumCredit.toString()).toBe('0.00');
    });

    it('given the 21st birthday then old enough', () => {
      expect(codes({ applicantBirthDate: d('2004-03-01'), signingDate: d('2025-03-01') })).toEqual(
        [],
      );
    });
  });

  describe('age at signing: at most 80', () => {
    // Born 1945-03-01: 80 on 2025-03-01. A 12-month term ends long before the 85th birthday.
    const old = { applicantBirthDate: d('1945-03-01'), termMonths: 12 };

    it('given the 80th birthday then one may still sign', () => {
      expect(codes({ ...old, signingDate: d('2025-03-01') })).toEqual([]);
    });

    it('given 80 years and a day then too old', () => {
      const result = assess({ ...old, signingDate: d('2025-03-02') });
      expect(result.knockOuts).toEqual([
        {
          code: 'applicant-too-old',
          reason:
            'the applicant is 80 years old at signing on 2025-03-02 (born 1945-03-01); the maximum age at signing is 80: the last day to sign was the 80th birthday, 2025-03-01',
        },
      ]);
    });
  });

  describe('repaid before the 85th birthday', () => {
    // Born 1950-06-15: 85 on 2035-06-15; a term of 120 months.
    const applicant = { applicantBirthDate: d('1950-06-15'), termMonths: 120 };

    it('given a term ending the day before the 85th birthday then fine', () => {
      expect(codes({ ...applicant, signingDate: d('2025-06-14') })).toEqual([]);
    });

    it('given a term ending on the 85th birthday then knocked out', () => {
      const result = assess({ ...applicant, signingDate: d('2025-06-15') });
      expect(result.knockOuts).toEqual([
        {
          code: 'repaid-after-85th-birthday',
          reason:
            "a term of 120 months from 2025-06-15 ends on 2035-06-15, not before the applicant's 85th birthday on 2035-06-15",
        },
      ]);
    });
  });

  it.each([
    [true, ['wage-garnishment']],
    [false, []],
  ])('given wage garnishment %s then %o', (wageGarnishment, expected) => {
    expect(codes({ wageGarnishment })).toEqual(expected);
  });

  it.each([
    [true, ['divorce-in-progress']],
    [false, []],
  ])('given a divorce in progress %s then %o', (divorceInProgress, expected) => {
    expect(codes({ divorceInProgress })).toEqual(expected);
  });

  it('given several then all are listed and the lines name them', () => {
    const result = assess({
      wageGarnishment: true,
      divorceInProgress: true,
      applicantBirthDate: d('2010-01-01'),
    });
    expect(result.knockOuts.map((k) => k.code)).toEqual([
      'applicant-too-young',
      'wage-garnishment',
      'divorce-in-progress',
    ]);
    expect(result.lines.find((l) => l.label.startsWith('maximum credit'))?.label).toBe(
      'maximum credit: none, applicant-too-young, wage-garnishment, divorce-in-progress',
    );
    // The rest of the computation is still there for the clerk.
    expect(result.monthlyCapacity.toString()).toBe('828.20');
  });
});
