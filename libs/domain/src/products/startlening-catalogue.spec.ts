import { LocalDate } from '@js-joda/core';
import { Rate } from '../money/rate';
import {
  HEFBOOM,
  PMV_START_LOAN_DESK,
  PMV_WINWIN_REGISTRAR,
  ProductCatalogue,
  type ProductVersion,
  STARTLENING_START,
  defaultCatalogue,
} from './index';

const d = (iso: string): LocalDate => LocalDate.parse(iso);

describe('defaultCatalogue: Startlening (DOMAIN.md 3.4)', () => {
  const catalogue = defaultCatalogue();

  it('given 2017-12-31 then nothing is in force; from 2018-01-01 the first version', () => {
    expect(STARTLENING_START.toString()).toBe('2018-01-01');
    expect(catalogue.versionOn('startlening', d('2017-12-31'))).toBeUndefined();
    expect(catalogue.versionOn('startlening', d('2018-01-01'))?.version).toBe(
      'startlening-2018-01',
    );
  });

  it('has the public terms: EUR 100,000, 3 to 10 years, 3 % or 3.25 % with the second year of holiday', () => {
    const v = catalogue.versionOn('startlening', d('2021-03-01'))!;
    expect(v.maxAmount.toString()).toBe('100000.00');
    expect([v.minTermMonths, v.maxTermMonths]).toEqual([36, 120]);
    expect(v.rate).toEqual({ kind: 'fixed', annualRate: Rate.parse('0.03') });
    expect(v.capitalHolidayChoices).toEqual([12, 24]);
    expect(v.defaultRepayment.capitalHolidayMonths).toBe(12);
    expect(v.rules?.startlening).toEqual({
      maxSelfEmployedYears: 4,
      maxOwnContributionMultiple: 4,
      extendedHoliday: {
        months: 24,
        annualRate: Rate.parse('0.0325'),
        justificationRequired: true,
      },
    });
    expect(catalogue.intake('startlening')).toEqual({
      contractDate: 'approvedOn',
      requiredFields: ['ownContribution', 'selfEmployment'],
      optionalFields: ['investmentNeed', 'ownContributionItems', 'startAttest'],
      missingFieldRule: 'startlening-field-required',
    });
  });

  it('given startleningFrom then the version starts that day', () => {
    const later = defaultCatalogue({ startleningFrom: d('2020-05-15') });
    expect(later.versions('startlening').map((v) => v.version)).toEqual(['startlening-2020-05-15']);
  });

  it('given an extended holiday that is not offered then the configuration is refused', () => {
    const v: ProductVersion = catalogue.versions('startlening')[0];
    expect(
      () =>
        new ProductCatalogue([{ ...v, capitalHolidayChoices: [12], maxCapitalHolidayMonths: 12 }]),
    ).toThrow(/the extended capital holiday of 24 months is not offered/);
  });
});

describe('lender identities per product', () => {
  const catalogue = defaultCatalogue();
  const on = d('2022-01-01');

  it('gives every version a lender identity; what the sources lack is marked to complete', () => {
    expect(catalogue.versionOn('startlening', on)?.lenderIdentity).toEqual(PMV_START_LOAN_DESK);
    expect(catalogue.versionOn('impulskrediet', on)?.lenderIdentity).toEqual(HEFBOOM);
    // What a document cannot print is listed to complete, and only that.
    for (const identity of [HEFBOOM, PMV_WINWIN_REGISTRAR, PMV_START_LOAN_DESK]) {
      const missing = (['address', 'phone', 'email', 'website'] as const).filter(
        (field) => identity[field] === undefined,
      );
      expect(identity.toComplete).toEqual(missing);
    }
    expect(catalogue.versionOn('winwinlening', on)?.lenderIdentity).toEqual(PMV_WINWIN_REGISTRAR);
    expect(PMV_WINWIN_REGISTRAR.role).toBe('registrar');
    for (const code of catalogue.products()) {
      for (const v of catalogue.versions(code)) expect(v.lenderIdentity?.name).toBeTruthy();
    }
  });
});
