import { LocalDate } from '@js-joda/core';
import { Rate } from '../money/rate';
import {
  COFINANCING_MARGINS,
  PMV_COFINANCING_DESK,
  ProductCatalogue,
  ProductCatalogueError,
  type ProductVersion,
  defaultCatalogue,
} from './index';

const d = (iso: string): LocalDate => LocalDate.parse(iso);

describe('defaultCatalogue: KMO-cofinanciering (DOMAIN.md 3.3, seed 003)', () => {
  const catalogue = defaultCatalogue();

  it('given 2017-12-31 then nothing is in force; from 2018-01-01 the 2018 margin', () => {
    expect(catalogue.versionOn('cofinanciering', d('2017-12-31'))).toBeUndefined();
    expect(catalogue.versionOn('cofinanciering', d('2018-01-01'))?.version).toBe(
      'cofinanciering-2018-01',
    );
    expect(catalogue.versionOn('cofinanciering', d('2040-01-01'))?.version).toBe(
      'cofinanciering-2018-01',
    );
  });

  it('has the terms of seed 003', () => {
    const v = catalogue.versionOn('cofinanciering', d('2021-03-01'))!;
    expect(v).toMatchObject({
      name: 'KMO-cofinanciering',
      lender: 'PMV',
      minTermMonths: 36,
      maxTermMonths: 120,
      maxCapitalHolidayMonths: 24,
      capitalHolidayChoices: [12, 24],
      repaymentMethods: ['annuity', 'linear'],
      repaymentFrequencies: ['monthly', 'quarterly'],
      defaultRepayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 12 },
      earlyRepayment: { partial: true, fee: 'legal-maximum', standardMethod: 'exact' },
    });
    expect(v.maxAmount.toString()).toBe('350000.00');
    expect(v.termStepMonths).toBeUndefined();
    expect(v.rate).toEqual({
      kind: 'reference-rate',
      margin: Rate.parse('0.0053'),
      floor: Rate.parse('0.03'),
      decimals: 4,
    });
    const rules = v.rules!.cofinancing!;
    expect(rules.maxOwnContributionMultiple).toBe(4);
    expect(rules.maxInvestmentShare.toString()).toBe('0.50');
    expect(rules.minCofinancingShare.toString()).toBe('0.20');
    expect(rules.minOwnContributionShare.toString()).toBe('0.10');
    expect(rules.maxCofinancierTermShortfallMonths).toBe(24);
    expect(rules.combination.maxTotal.toString()).toBe('350000.00');
    expect(rules.combination.minOwnEffortShare.toString()).toBe('0.10');
  });

  it("names PMV's co-financing desk from seed 003 as the lender", () => {
    const v = catalogue.versionOn('cofinanciering', d('2021-03-01'))!;
    expect(v.lenderIdentity).toEqual(PMV_COFINANCING_DESK);
    expect(v.lenderIdentity).toMatchObject({
      email: 'fo.pfv@pmv.eu',
      phone: '02 229 53 10',
      role: 'lender',
    });
  });

  it('asks the investment need, the own contribution and the co-financing; takes the parts, the self-employment and a combined start loan', () => {
    expect(catalogue.intake('cofinanciering')).toEqual({
      contractDate: 'approvedOn',
      requiredFields: ['investmentNeed', 'ownContribution', 'coFinancing'],
      optionalFields: ['ownContributionItems', 'selfEmployment', 'combinedWithLoanId'],
      missingFieldRule: 'cofinancing-field-required',
    });
  });

  it('given a second margin then it starts a version of its own, the first ending the day before', () => {
    const two = defaultCatalogue({
      cofinancingMargins: [
        ...COFINANCING_MARGINS,
        { validFrom: d('2024-07-01'), margin: Rate.parse('0.0061') },
      ],
    });
    const [first, second] = two.versions('cofinanciering');
    expect(first.validUntil?.toString()).toBe('2024-07-01');
    expect(second.version).toBe('cofinanciering-2024-07');
    expect(two.versionOn('cofinanciering', d('2024-06-30'))?.rate).toMatchObject({
      margin: Rate.parse('0.0053'),
    });
    expect(two.versionOn('cofinanciering', d('2024-07-01'))?.rate).toMatchObject({
      margin: Rate.parse('0.0061'),
    });
  });
});

describe('ProductCatalogue validation of the co-financing configuration', () => {
  const base = (): ProductVersion => defaultCatalogue().versions('cofinanciering')[0];
  const problemsOf = (over: Partial<ProductVersion>): readonly string[] => {
    try {
      new ProductCatalogue([{ ...base(), ...over }]);
    } catch (e) {
      expect(e).toBeInstanceOf(ProductCatalogueError);
      return (e as ProductCatalogueError).problems;
    }
    throw new Error('expected the catalogue to be refused');
  };

  it.each<[string, Partial<ProductVersion>, RegExp]>([
    ['no rules', { rules: undefined }, /a cofinanciering version needs rules.cofinancing/],
    [
      'a floor finer than the rounding',
      {
        rate: {
          kind: 'reference-rate',
          margin: Rate.parse('0.0053'),
          floor: Rate.parse('0.03005'),
          decimals: 4,
        },
      },
      /floor has more than 4 decimals/,
    ],
    [
      'rounding beyond a rate',
      {
        rate: {
          kind: 'reference-rate',
          margin: Rate.parse('0.0053'),
          floor: Rate.parse('0.03'),
          decimals: 7,
        },
      },
      /decimals must be a whole number from 0 to 6/,
    ],
    ['holidays out of order', { capitalHolidayChoices: [24, 12] }, /ascending without repeats/],
    [
      'a longest holiday other than the maximum',
      { capitalHolidayChoices: [12], maxCapitalHolidayMonths: 24 },
      /maxCapitalHolidayMonths must be the longest of capitalHolidayChoices/,
    ],
    [
      'a default holiday not offered',
      { defaultRepayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 0 } },
      /the default capital holiday of 0 months is not offered/,
    ],
    [
      'an optional field that is also required',
      {
        intake: {
          contractDate: 'approvedOn',
          requiredFields: ['investmentNeed', 'ownContribution', 'coFinancing'],
          optionalFields: ['coFinancing'],
          missingFieldRule: 'cofinancing-field-required',
        },
      },
      /intake field coFinancing is both required and optional/,
    ],
  ])('given %s then it is refused', (_label, over, message) => {
    expect(problemsOf(over)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it('given co-financing rules on another product then it is refused', () => {
    const impuls = defaultCatalogue().versions('impulskrediet')[0];
    expect(() => new ProductCatalogue([{ ...impuls, rules: base().rules }])).toThrow(
      /rules.cofinancing belong to cofinanciering versions only/,
    );
  });

  it('hands out the holiday choices and the lender frozen', () => {
    const v = base();
    expect(Object.isFrozen(v.capitalHolidayChoices)).toBe(true);
    expect(Object.isFrozen(v.lenderIdentity)).toBe(true);
    expect(Object.isFrozen(v.rules?.cofinancing?.combination)).toBe(true);
  });
});
