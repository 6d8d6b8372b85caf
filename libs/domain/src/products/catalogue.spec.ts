import { LocalDate } from '@js-joda/core';
import fc from 'fast-check';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import {
  DEFAULT_PRODUCT_INTAKE,
  PRODUCT_CODES,
  ProductCatalogue,
  ProductCatalogueError,
  ProductVersion,
  defaultCatalogue,
  isProductCode,
} from './index';

const d = (iso: string): LocalDate => LocalDate.parse(iso);

function rateOn(catalogue: ProductCatalogue, iso: string): string | undefined {
  const version = catalogue.versionOn('impulskrediet', d(iso));
  if (!version) return undefined;
  if (version.rate.kind !== 'fixed') throw new Error('Impulskrediet has a fixed rate');
  return version.rate.annualRate.toString();
}

describe('defaultCatalogue: Impulskrediet', () => {
  const catalogue = defaultCatalogue();

  it.each([
    ['2016-01-01', '0.06'],
    ['2018-06-01', '0.06'],
    ['2021-01-31', '0.06'],
    ['2021-02-01', '0.07'],
    ['2022-07-15', '0.07'],
    ['2040-01-01', '0.07'],
  ])('given a contract dated %s then the rate is %s', (date, rate) => {
    expect(rateOn(catalogue, date)).toBe(rate);
  });

  it('given a date before 2016 then no version is in force', () => {
    expect(catalogue.versionOn('impulskrediet', d('2015-12-31'))).toBeUndefined();
    expect(catalogue.isOffered('impulskrediet', d('2015-12-31'))).toBe(false);
  });

  it('has the terms of DOMAIN.md 3.1', () => {
    const v = catalogue.versionOn('impulskrediet', d('2021-02-01'));
    expect(v).toMatchObject({
      productCode: 'impulskrediet',
      version: 'impulskrediet-2021-02',
      name: 'Impulskrediet',
      lender: 'Hefboom',
      minTermMonths: 1,
      maxTermMonths: 60,
      repaymentMethods: ['annuity'],
      repaymentFrequencies: ['monthly'],
      defaultRepayment: { method: 'annuity', frequency: 'monthly' },
      offerValidityDays: 30,
      maxCapitalHolidayMonths: 0,
    });
    expect(v?.minAmount.toString()).toBe('2500.00');
    expect(v?.maxAmount.toString()).toBe('25000.00');
    expect(v?.rate.kind).toBe('fixed');
    expect(v?.validUntil).toBeUndefined();
  });

  it('derives validUntil from the next version (exclusive)', () => {
    const [six, seven] = catalogue.versions('impulskrediet');
    expect(six.version).toBe('impulskrediet-2016-01');
    expect(six.validUntil?.toString()).toBe('2021-02-01');
    expect(seven.validFrom.toString()).toBe('2021-02-01');
  });

  it('finds a version by its id', () => {
    expect(catalogue.version('impulskrediet-2016-01')?.validFrom.toString()).toBe('2016-01-01');
    expect(catalogue.version('impulskrediet-1999-01')).toBeUndefined();
  });

  it('offers all four product codes', () => {
    expect(catalogue.products()).toEqual([
      'impulskrediet',
      'winwinlening',
      'cofinanciering',
      'startlening',
    ]);
    expect(PRODUCT_CODES).toEqual(catalogue.products());
    for (const code of PRODUCT_CODES) {
      expect(isProductCode(code)).toBe(true);
      expect(catalogue.isOffered(code)).toBe(true);
    }
    expect(isProductCode('hypotheek')).toBe(false);
  });

  it('gives a product without versions the default intake', () => {
    const onlyImpuls = new ProductCatalogue(catalogue.versions('impulskrediet'));
    expect(onlyImpuls.isOffered('cofinanciering')).toBe(false);
    expect(onlyImpuls.versions('cofinanciering')).toEqual([]);
    expect(onlyImpuls.versionOn('cofinanciering', d('2021-03-01'))).toBeUndefined();
    expect(onlyImpuls.intake('cofinanciering')).toBe(DEFAULT_PRODUCT_INTAKE);
  });

  it('picks the Impulskrediet version by application and approval date, with no extra fields', () => {
    expect(catalogue.intake('impulskrediet')).toEqual({
      contractDate: 'approvedOn',
      requiredFields: [],
      missingFieldRule: 'field-required',
    });
  });

  it('hands out versions that cannot be changed', () => {
    const v = catalogue.versionOn('impulskrediet', d('2021-02-01'));
    expect(Object.isFrozen(v)).toBe(true);
    expect(Object.isFrozen(v?.repaymentMethods)).toBe(true);
    expect(Object.isFrozen(catalogue.versions('impulskrediet'))).toBe(true);
  });

  it('every day from 2016 on has exactly one version in force, and the days change rate only on 2021-02-01', () => {
    const start = d('2016-01-01').toEpochDay();
    fc.assert(
      fc.property(fc.integer({ min: start, max: start + 365 * 30 }), (day) => {
        const date = LocalDate.ofEpochDay(day);
        const inForce = catalogue
          .versions('impulskrediet')
          .filter(
            (v) =>
              !date.isBefore(v.validFrom) &&
              (v.validUntil === undefined || date.isBefore(v.validUntil)),
          );
        expect(inForce).toHaveLength(1);
        expect(catalogue.versionOn('impulskrediet', date)).toBe(inForce[0]);
        expect(rateOn(catalogue, date.toString())).toBe(
          date.isBefore(d('2021-02-01')) ? '0.06' : '0.07',
        );
      }),
    );
  });
});

describe('defaultCatalogue with the 6.75 % start configured', () => {
  it('given impulskrediet675From 2019-07-01 then 6 % before, 6.75 % from then, 7 % from 2021-02-01', () => {
    const catalogue = defaultCatalogue({ impulskrediet675From: d('2019-07-01') });
    expect(rateOn(catalogue, '2019-06-30')).toBe('0.06');
    expect(rateOn(catalogue, '2019-07-01')).toBe('0.0675');
    expect(rateOn(catalogue, '2021-01-31')).toBe('0.0675');
    expect(rateOn(catalogue, '2021-02-01')).toBe('0.07');
    expect(catalogue.versions('impulskrediet').map((v) => v.version)).toEqual([
      'impulskrediet-2016-01',
      'impulskrediet-2019-07',
      'impulskrediet-2021-02',
    ]);
    expect(catalogue.version('impulskrediet-2019-07')?.validUntil?.toString()).toBe('2021-02-01');
  });

  it('given a start that is not the 1st then the version id carries the full date', () => {
    const catalogue = defaultCatalogue({ impulskrediet675From: d('2016-01-15') });
    expect(catalogue.versionOn('impulskrediet', d('2016-01-15'))?.version).toBe(
      'impulskrediet-2016-01-15',
    );
    expect(rateOn(catalogue, '2016-01-14')).toBe('0.06');
  });

  it.each(['2016-01-01', '2015-06-01', '2021-02-01', '2022-01-01'])(
    'given impulskrediet675From %s (outside the 6 % to 7 % period) then it is refused',
    (iso) => {
      expect(() => defaultCatalogue({ impulskrediet675From: d(iso) })).toThrow(
        ProductCatalogueError,
      );
    },
  );
});

describe('ProductCatalogue validation', () => {
  const base = (over: Partial<ProductVersion> = {}): ProductVersion => ({
    productCode: 'startlening',
    version: 'startlening-2020-01',
    validFrom: d('2020-01-01'),
    name: 'Startlening',
    lender: 'PMV',
    minAmount: Money.parse('1000'),
    maxAmount: Money.parse('100000'),
    minTermMonths: 36,
    maxTermMonths: 120,
    termStepMonths: 12,
    rate: { kind: 'fixed', annualRate: Rate.parse('0.03') },
    repaymentMethods: ['annuity', 'linear'],
    repaymentFrequencies: ['monthly', 'quarterly'],
    defaultRepayment: { method: 'annuity', frequency: 'monthly' },
    offerValidityDays: 30,
    maxCapitalHolidayMonths: 24,
    rules: {
      startlening: {
        maxSelfEmployedYears: 4,
        maxOwnContributionMultiple: 4,
        extendedHoliday: {
          months: 24,
          annualRate: Rate.parse('0.0325'),
          justificationRequired: true,
        },
      },
    },
    ...over,
  });

  function problemsOf(versions: ProductVersion[]): readonly string[] {
    try {
      new ProductCatalogue(versions);
    } catch (e) {
      expect(e).toBeInstanceOf(ProductCatalogueError);
      return (e as ProductCatalogueError).problems;
    }
    throw new Error('expected the catalogue to be refused');
  }

  it('given an explicit validUntil after the next version starts then it is an overlap', () => {
    const problems = problemsOf([
      base({ validUntil: d('2021-06-01') }),
      base({ version: 'startlening-2021-01', validFrom: d('2021-01-01') }),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(
        /startlening-2020-01 \(until 2021-06-01\) overlaps startlening-2021-01/,
      ),
    ]);
  });

  it('given versions out of order then it is refused', () => {
    const problems = problemsOf([
      base({ version: 'startlening-2021-01', validFrom: d('2021-01-01') }),
      base(),
    ]);
    expect(problems).toEqual([expect.stringMatching(/must be sorted by validFrom/)]);
  });

  it('given two versions starting the same day then it is refused', () => {
    expect(problemsOf([base(), base({ version: 'startlening-2020-01b' })])).toEqual([
      expect.stringMatching(/without two starting the same day/),
    ]);
  });

  it('given the same version id twice then it is refused', () => {
    expect(problemsOf([base(), base({ validFrom: d('2021-01-01') })])).toEqual([
      expect.stringMatching(/version id startlening-2020-01 is used twice/),
    ]);
  });

  it('given an explicit end with a gap before the next version then nothing is in force in the gap', () => {
    const catalogue = new ProductCatalogue([
      base({ validUntil: d('2020-07-01') }),
      base({ version: 'startlening-2021-01', validFrom: d('2021-01-01') }),
    ]);
    expect(catalogue.versionOn('startlening', d('2020-06-30'))?.version).toBe(
      'startlening-2020-01',
    );
    expect(catalogue.versionOn('startlening', d('2020-07-01'))).toBeUndefined();
    expect(catalogue.versionOn('startlening', d('2021-01-01'))?.version).toBe(
      'startlening-2021-01',
    );
    expect(catalogue.isOffered('startlening')).toBe(true);
    expect(catalogue.isOffered('startlening', d('2020-09-01'))).toBe(false);
  });

  it('given versions of several products interleaved then each product is checked on its own', () => {
    const catalogue = new ProductCatalogue([
      base(),
      ...defaultCatalogue().versions('impulskrediet'),
    ]);
    expect(catalogue.products()).toEqual(['impulskrediet', 'startlening']);
  });

  it.each<[string, Partial<ProductVersion>, RegExp]>([
    [
      'min above max amount',
      { minAmount: Money.parse('200000') },
      /minAmount 200000.00 is above maxAmount 100000.00/,
    ],
    ['zero minimum', { minAmount: Money.zero() }, /minAmount must be positive/],
    [
      'max term below min',
      { maxTermMonths: 24, termStepMonths: undefined },
      /maxTermMonths must be a whole number ≥ minTermMonths/,
    ],
    [
      'fractional term',
      { minTermMonths: 1.5, termStepMonths: undefined },
      /minTermMonths must be a whole number/,
    ],
    [
      'term step not reaching max',
      { maxTermMonths: 100 },
      /not reachable from minTermMonths in steps of 12/,
    ],
    [
      'default method not offered',
      { defaultRepayment: { method: 'bullet', frequency: 'monthly' } },
      /default repayment method is not offered/,
    ],
    [
      'default frequency not offered',
      { defaultRepayment: { method: 'annuity', frequency: 'annual' } },
      /default repayment frequency is not offered/,
    ],
    ['no repayment methods', { repaymentMethods: [] }, /repaymentMethods is empty/],
    [
      'agreed min above max',
      { rate: { kind: 'agreed', min: Rate.parse('0.05'), max: Rate.parse('0.02') } },
      /minimum is above its maximum/,
    ],
    ['no offer validity', { offerValidityDays: 0 }, /offerValidityDays must be a whole number ≥ 1/],
    [
      'capital holiday as long as the term',
      { maxCapitalHolidayMonths: 120 },
      /maxCapitalHolidayMonths must be a whole number below maxTermMonths/,
    ],
    [
      'validUntil not after validFrom',
      { validUntil: d('2020-01-01') },
      /validUntil 2020-01-01 is not after validFrom 2020-01-01/,
    ],
    ['empty lender', { lender: '' }, /lender is empty/],
  ])('given %s then it is refused', (_label, over, message) => {
    expect(problemsOf([base(over)])).toEqual(
      expect.arrayContaining([expect.stringMatching(message)]),
    );
  });

  it('given an unknown product code then it is refused', () => {
    const bogus = {
      ...base(),
      productCode: 'hypotheek',
      rules: undefined,
    } as unknown as ProductVersion;
    expect(problemsOf([bogus])).toEqual([expect.stringMatching(/unknown product code hypotheek/)]);
  });

  it('keeps an open rules area for product-specific rules', () => {
    const rules = { ...base().rules, example: { maxRatio: '4' } };
    const catalogue = new ProductCatalogue([base({ rules })]);
    expect(catalogue.versions('startlening')[0].rules).toEqual(rules);
  });
});
