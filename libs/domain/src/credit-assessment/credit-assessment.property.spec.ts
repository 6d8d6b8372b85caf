import { LocalDate } from '@js-joda/core';
import fc from 'fast-check';
import { Money } from '../money/money';
import {
  AGENCY_PHASES,
  DEFENCE_PHASES,
  HOUSEHOLD_TYPES,
  PLAIN_INCOME_KINDS,
  assessCreditMaximum,
  defaultCreditAssessmentRuleBook,
  parseCreditAssessmentInput,
  serializeCreditAssessmentInput,
  type CreditAssessmentInput,
  type Housing,
  type IncomeItem,
  type Obligation,
} from './index';

// Properties of the responsible credit maximum (DOMAIN.md 3.5) over any household the API
// accepts. Amounts are built from bigint cents; nothing goes through a number.

const RUNS = { numRuns: 300 };
const book = defaultCreditAssessmentRuleBook();

const cents = (max: bigint) => fc.bigInt({ min: 0n, max }).map((c) => Money.ofCents(c));
const amount = cents(800_000n); // up to 8,000.00
const count = (max: number) => fc.integer({ min: 0, max });
const rarely = fc.oneof(
  { arbitrary: fc.constant(false), weight: 9 },
  { arbitrary: fc.constant(true), weight: 1 },
);
const optionalFlag = fc.option(fc.boolean(), { nil: undefined });

const foreign = fc.option(
  fc.record({ monthsWorkedHere: count(60), monthsCreditRegistered: count(60) }),
  { nil: undefined },
);
const withForeign = <T extends IncomeItem>(item: fc.Arbitrary<T>): fc.Arbitrary<IncomeItem> =>
  fc.tuple(item, foreign).map(([i, f]) => (f ? { ...i, foreignNational: f } : i));

const income: fc.Arbitrary<IncomeItem> = withForeign(
  fc.oneof(
    fc.record({ kind: fc.constantFrom(...PLAIN_INCOME_KINDS), monthlyNet: amount }),
    fc.record({
      kind: fc.constant('salary' as const),
      monthlyNet: amount,
      inProbation: fc.boolean(),
    }),
    fc.record({
      kind: fc.constantFrom('shift-allowance' as const, 'overtime-allowance' as const),
      monthlyNet: amount,
      structural: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('commission' as const),
      monthlyNet: amount,
      structuralMonths: count(24),
    }),
    fc.record(
      {
        kind: fc.constant('alimony-received' as const),
        monthlyNet: amount,
        endsOn: fc
          .integer({ min: 0, max: 365 * 40 })
          .map((n) => LocalDate.of(2016, 1, 1).plusDays(n)),
      },
      { requiredKeys: ['kind', 'monthlyNet'] },
    ),
    fc.record({
      kind: fc.constant('self-employed' as const),
      yearlyProfits: fc.array(
        fc.bigInt({ min: -5_000_000n, max: 12_000_000n }).map((c) => Money.ofCents(c)),
        { minLength: 0, maxLength: 3 },
      ),
      documentedYears: count(3),
    }),
    fc.record({
      kind: fc.constant('defence' as const),
      monthlyNet: amount,
      phase: fc.constantFrom(...DEFENCE_PHASES),
    }),
    fc.record(
      {
        kind: fc.constant('temporary-contract' as const),
        monthlyNet: amount,
        remainingContractMonths: count(24),
        declarationOfIntent: optionalFlag,
      },
      { requiredKeys: ['kind', 'monthlyNet', 'remainingContractMonths'] },
    ),
    fc.record(
      {
        kind: fc.constant('agency-work' as const),
        monthlyNet: amount,
        phase: fc.constantFrom(...AGENCY_PHASES),
        remainingContractMonths: count(24),
        declarationOfIntent: optionalFlag,
      },
      { requiredKeys: ['kind', 'monthlyNet', 'phase'] },
    ),
    fc.record({ kind: fc.constant('sick-pay' as const), monthlyNet: amount, daysSick: count(60) }),
  ),
);

const obligation: fc.Arbitrary<Obligation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('revolving-credit' as const, 'second-mortgage' as const),
    limit: cents(5_000_000n),
  }),
  fc.record({
    kind: fc.constantFrom(
      'personal-loan' as const,
      'student-debt-repaying' as const,
      'alimony-paid' as const,
      'car-costs' as const,
    ),
    monthlyAmount: cents(200_000n),
  }),
  fc.record({
    kind: fc.constant('student-debt-not-repaying' as const),
    debt: cents(6_000_000n),
    system: fc.constantFrom('old' as const, 'new' as const),
  }),
  fc.record(
    {
      kind: fc.constant('child-care' as const),
      monthlyAmount: cents(200_000n),
      allowance: cents(200_000n),
    },
    { requiredKeys: ['kind', 'monthlyAmount'] },
  ),
);

const housing: fc.Arbitrary<Housing> = fc.oneof(
  fc.record(
    {
      tenure: fc.constant('renter' as const),
      rent: cents(250_000n),
      serviceCosts: cents(30_000n),
      rentAllowance: cents(60_000n),
    },
    { requiredKeys: ['tenure', 'rent'] },
  ),
  fc.record({ tenure: fc.constant('owner' as const), mortgageGrossCharge: cents(400_000n) }),
  fc.constant({ tenure: 'living-with-others' as const }),
);

const household: fc.Arbitrary<CreditAssessmentInput> = fc
  .record({
    householdType: fc.constantFrom(...HOUSEHOLD_TYPES),
    housing,
    signingDate: fc
      .integer({ min: 0, max: 365 * 20 })
      .map((n) => LocalDate.of(2016, 1, 1).plusDays(n)),
    // Mostly of an age that may borrow, sometimes not.
    ageDays: fc.oneof(
      fc.integer({ min: 21 * 366, max: 70 * 365 }),
      fc.integer({ min: 18 * 365, max: 90 * 366 }),
    ),
    termMonths: fc.integer({ min: 1, max: 240 }),
    incomes: fc.array(income, { maxLength: 5 }),
    obligations: fc.array(obligation, { maxLength: 4 }),
    wageGarnishment: rarely,
    divorceInProgress: rarely,
  })
  .map(({ ageDays, ...rest }) => ({
    ...rest,
    applicantBirthDate: rest.signingDate.minusDays(ageDays),
  }));

const assess = (input: CreditAssessmentInput) => assessCreditMaximum(input, book);
const salary = (m: Money): IncomeItem => ({ kind: 'salary', monthlyNet: m });

describe('credit maximum properties', () => {
  it('the maximum is never negative', () => {
    fc.assert(
      fc.property(household, (input) => {
        expect(assess(input).maximumCredit.isNegative()).toBe(false);
      }),
      RUNS,
    );
  });

  it('the maximum is capacity × 50 exactly when positive, else 0.00 (knock-out or no capacity)', () => {
    fc.assert(
      fc.property(household, (input) => {
        const a = assess(input);
        const lends = a.knockOuts.length === 0 && a.monthlyCapacity.isPositive();
        expect(a.maximumCredit.cents).toBe(lends ? a.monthlyCapacity.cents * 50n : 0n);
      }),
      RUNS,
    );
  });

  it('adding an obligation never raises the maximum, and lowers the capacity by its charge', () => {
    fc.assert(
      fc.property(household, obligation, (input, extra) => {
        const before = assess(input);
        const after = assess({ ...input, obligations: [...input.obligations, extra] });
        expect(after.maximumCredit.lte(before.maximumCredit)).toBe(true);
        const charge = after.obligations.at(-1)!.amount;
        expect(after.monthlyCapacity.equals(before.monthlyCapacity.minus(charge))).toBe(true);
      }),
      RUNS,
    );
  });

  it('raising a counted income never lowers the maximum (renting or owning)', () => {
    const notLivingWithOthers = household.filter((h) => h.housing.tenure !== 'living-with-others');
    fc.assert(
      fc.property(notLivingWithOthers, cents(300_000n), (input, raise) => {
        const before = assess(input);
        const after = assess({ ...input, incomes: [...input.incomes, salary(raise)] });
        expect(after.weightedIncome.equals(before.weightedIncome.plus(raise))).toBe(true);
        expect(after.maximumCredit.gte(before.maximumCredit)).toBe(true);
      }),
      RUNS,
    );
  });

  it('raising a counted income by 0.02 or more never lowers the maximum (living with others)', () => {
    const livingWithOthers = household.map((h): CreditAssessmentInput => ({
      ...h,
      housing: { tenure: 'living-with-others' },
    }));
    const raise = fc.bigInt({ min: 2n, max: 300_000n }).map((c) => Money.ofCents(c));
    fc.assert(
      fc.property(livingWithOthers, raise, (input, r) => {
        const before = assess(input);
        const after = assess({ ...input, incomes: [...input.incomes, salary(r)] });
        expect(after.maximumCredit.gte(before.maximumCredit)).toBe(true);
      }),
      RUNS,
    );
  });

  it('an input survives serializing and parsing unchanged', () => {
    fc.assert(
      fc.property(household, (input) => {
        expect(parseCreditAssessmentInput(serializeCreditAssessmentInput(input))).toEqual(input);
      }),
      RUNS,
    );
  });
});

describe('the one-cent rounding step of living with others', () => {
  // Both income-dependent deductions are rounded to the cent on their own: the norm's
  // surcharge (10 %) and the living-with-others charge (33 %). One cent more income can
  // move both up by a cent, so the capacity drops by a cent (the maximum by 0.50). From
  // two cents on, the 43 % they take together is always less than the raise.
  it('given 2,000.04 then 2,000.05 then the capacity goes from -31.77 to -31.78', () => {
    const at = (income: string) =>
      assess({
        householdType: 'single',
        housing: { tenure: 'living-with-others' },
        applicantBirthDate: LocalDate.of(1990, 1, 1),
        signingDate: LocalDate.of(2025, 3, 1),
        termMonths: 60,
        incomes: [salary(Money.parse(income))],
        obligations: [],
        wageGarnishment: false,
        divorceInProgress: false,
      });
    // 2,000.04: norm 1,302.00 + 69.804 → 69.80; housing 660.0132 → 660.01
    // 2,000.05: norm 1,302.00 + 69.805 → 69.81; housing 660.0165 → 660.02
    expect(at('2000.04').monthlyCapacity.toString()).toBe('-31.77');
    expect(at('2000.05').monthlyCapacity.toString()).toBe('-31.78');
  });
});
