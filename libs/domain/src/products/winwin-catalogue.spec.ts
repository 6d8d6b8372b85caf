import { LocalDate } from '@js-joda/core';
import fc from 'fast-check';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import {
  ProductCatalogue,
  ProductCatalogueError,
  type ProductVersion,
  WINWIN_RATE_BANDS,
  type WinwinRules,
  defaultCatalogue,
  defaultProductVersions,
  winwinRateBand,
} from './index';

const d = (iso: string): LocalDate => LocalDate.parse(iso);
const winwinOn = (catalogue: ProductCatalogue, iso: string) => {
  const version = catalogue.versionOn('winwinlening', d(iso));
  if (!version?.rules?.winwin) throw new Error(`no win-win version on ${iso}`);
  return { version, rules: version.rules.winwin };
};

describe('defaultCatalogue: win-win loan (DOMAIN.md 3.2)', () => {
  const catalogue = defaultCatalogue();

  it('has four versions: the limits change on 2020-10-07, the guarantee on 2020-03-15 and 2022-01-01', () => {
    expect(
      catalogue
        .versions('winwinlening')
        .map((v) => [v.version, v.validFrom.toString(), v.validUntil?.toString()]),
    ).toEqual([
      ['winwinlening-2017-01', '2017-01-01', '2020-03-15'],
      ['winwinlening-2020-03-15', '2020-03-15', '2020-10-07'],
      ['winwinlening-2020-10-07', '2020-10-07', '2022-01-01'],
      ['winwinlening-2022-01', '2022-01-01', undefined],
    ]);
    expect(catalogue.versionOn('winwinlening', d('2016-12-31'))).toBeUndefined();
  });

  it('selects the version by the signing date and requires signedOn, lender and annualRate', () => {
    expect(catalogue.intake('winwinlening')).toEqual({
      contractDate: 'signedOn',
      requiredFields: ['signedOn', 'lender', 'annualRate'],
      missingFieldRule: 'winwin-field-required',
      offerLapses: false,
    });
  });

  it.each([
    ['2020-10-06', '50000.00', '200000.00', 96, 96],
    ['2020-10-07', '75000.00', '300000.00', 60, 120],
  ])(
    'given a contract signed on %s then at most %s per lender, %s per enterprise, %i to %i months',
    (date, perLender, perBorrower, minTerm, maxTerm) => {
      const { version, rules } = winwinOn(catalogue, date);
      expect(rules.maxPerLender.toString()).toBe(perLender);
      expect(version.maxAmount.toString()).toBe(perLender);
      expect(rules.maxPerBorrower.toString()).toBe(perBorrower);
      expect(rules.lenderLimit).toBe('total');
      expect(version).toMatchObject({
        minTermMonths: minTerm,
        maxTermMonths: maxTerm,
        termStepMonths: 12,
        rate: { kind: 'agreed' },
        repaymentMethods: ['annuity', 'linear', 'bullet'],
        repaymentFrequencies: ['monthly', 'quarterly', 'semiannual', 'annual'],
        offerValidityDays: 30,
      });
      expect(version.minAmount.toString()).toBe('1.00');
      expect(rules.deedDeadlineMonths).toBe(3);
    },
  );

  it('excludes employees before 2020-10-07 only', () => {
    const excluded = ['spouse-or-cohabitant', 'director-or-manager', 'shareholder-over-5-percent'];
    expect(winwinOn(catalogue, '2020-10-06').rules.excludedRelations).toEqual([
      'employee',
      ...excluded,
    ]);
    expect(winwinOn(catalogue, '2020-10-07').rules.excludedRelations).toEqual(excluded);
  });

  it.each([
    ['2017-01-01', '0.30'],
    ['2020-03-14', '0.30'],
    ['2020-03-15', '0.40'],
    ['2020-10-07', '0.40'],
    ['2021-12-31', '0.40'],
    ['2022-01-01', '0.30'],
  ])('given a contract signed on %s then the government guarantee is %s', (date, share) => {
    expect(winwinOn(catalogue, date).rules.governmentGuaranteeShare.toString()).toBe(share);
  });

  it('keeps the rate bands as a yearly table, without invented years', () => {
    expect(WINWIN_RATE_BANDS.map((b) => [b.year, b.min.toString(), b.max.toString()])).toEqual([
      [2017, '0.01', '0.02'],
      [2020, '0.00875', '0.0175'],
      [2021, '0.0075', '0.015'],
      [2022, '0.0075', '0.015'],
      [2024, '0.02875', '0.0575'],
      [2025, '0.0225', '0.045'],
    ]);
    for (const year of [2016, 2018, 2019, 2023, 2026])
      expect(winwinRateBand(WINWIN_RATE_BANDS, year)).toBeUndefined();
    // Each band runs from half the legal rate to the whole of it.
    for (const b of WINWIN_RATE_BANDS)
      expect(b.min.toDecimal().times(2).eq(b.max.toDecimal())).toBe(true);
    expect(winwinOn(catalogue, '2021-03-01').rules.rateBands).toEqual(WINWIN_RATE_BANDS);
  });

  it('every day from 2017 on has exactly one win-win version, whose limits follow the 2020-10-07 reform', () => {
    const start = d('2017-01-01').toEpochDay();
    fc.assert(
      fc.property(fc.integer({ min: start, max: start + 365 * 20 }), (day) => {
        const date = LocalDate.ofEpochDay(day);
        const { rules } = winwinOn(catalogue, date.toString());
        const reformed = !date.isBefore(d('2020-10-07'));
        expect(rules.maxPerLender.toString()).toBe(reformed ? '75000.00' : '50000.00');
        expect(rules.maxPerBorrower.toString()).toBe(reformed ? '300000.00' : '200000.00');
      }),
    );
  });

  it('hands out win-win rules that cannot be changed', () => {
    const { rules } = winwinOn(catalogue, '2021-03-01');
    expect(Object.isFrozen(rules)).toBe(true);
    expect(Object.isFrozen(rules.excludedRelations)).toBe(true);
    expect(Object.isFrozen(rules.rateBands)).toBe(true);
  });
});

describe('defaultCatalogue win-win options', () => {
  it("given winwinLenderLimit 'per-loan' then every version counts the lender limit per loan", () => {
    const catalogue = defaultCatalogue({ winwinLenderLimit: 'per-loan' });
    for (const v of catalogue.versions('winwinlening'))
      expect(v.rules?.winwin?.lenderLimit).toBe('per-loan');
  });

  it('given winwinRateBands then they replace the table (a year added by configuration)', () => {
    const bands = [
      ...WINWIN_RATE_BANDS,
      { year: 2019, min: Rate.parse('0.01'), max: Rate.parse('0.02') },
    ];
    const catalogue = defaultCatalogue({ winwinRateBands: bands });
    const rules = catalogue.versionOn('winwinlening', d('2019-05-01'))?.rules?.winwin;
    expect(winwinRateBand(rules!.rateBands, 2019)?.max.toString()).toBe('0.02');
  });
});

describe('ProductCatalogue validation of win-win rules and intake', () => {
  const winwin = (): ProductVersion =>
    defaultProductVersions().find((v) => v.version === 'winwinlening-2022-01')!;
  const withRules = (over: Partial<WinwinRules>): ProductVersion => {
    const v = winwin();
    return { ...v, rules: { winwin: { ...v.rules!.winwin!, ...over } } };
  };
  function problemsOf(versions: ProductVersion[]): readonly string[] {
    try {
      new ProductCatalogue(versions);
    } catch (e) {
      expect(e).toBeInstanceOf(ProductCatalogueError);
      return (e as ProductCatalogueError).problems;
    }
    throw new Error('expected the catalogue to be refused');
  }

  it.each<[string, ProductVersion, RegExp]>([
    ['a win-win version without rules', { ...winwin(), rules: undefined }, /needs rules.winwin/],
    [
      'win-win rules on another product',
      { ...winwin(), productCode: 'startlening', intake: undefined },
      /belong to winwinlening versions only/,
    ],
    [
      'an enterprise limit below the lender limit',
      withRules({ maxPerBorrower: Money.parse('1000.00') }),
      /maxPerBorrower is below/,
    ],
    [
      'a maxAmount other than the lender limit',
      { ...winwin(), maxAmount: Money.parse('100000.00') },
      /maxAmount must equal winwin.maxPerLender/,
    ],
    [
      'a year twice in the rate table',
      withRules({ rateBands: [...WINWIN_RATE_BANDS, WINWIN_RATE_BANDS[0]] }),
      /rate band of 2017 is given twice/,
    ],
    [
      'a band with its minimum above its maximum',
      withRules({ rateBands: [{ year: 2030, min: Rate.parse('0.03'), max: Rate.parse('0.02') }] }),
      /rate band of 2030 has its minimum above its maximum/,
    ],
    [
      'an unknown excluded relation',
      withRules({ excludedRelations: ['neighbour' as never] }),
      /unknown relation neighbour/,
    ],
    [
      'an unknown lender limit reading',
      withRules({ lenderLimit: 'sometimes' as never }),
      /lenderLimit has unknown value sometimes/,
    ],
    ['no deed deadline', withRules({ deedDeadlineMonths: 0 }), /deedDeadlineMonths/],
    [
      'a contract date of signedOn without requiring signedOn',
      {
        ...winwin(),
        intake: { contractDate: 'signedOn', requiredFields: ['lender'], missingFieldRule: 'x' },
      },
      /must require signedOn/,
    ],
  ])('given %s then it is refused', (_label, version, message) => {
    expect(problemsOf([version])).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it('given versions of one product with different intakes then it is refused', () => {
    const [a, b] = defaultProductVersions().filter((v) => v.productCode === 'winwinlening');
    expect(problemsOf([a, { ...b, intake: undefined }])).toEqual([
      expect.stringMatching(/winwinlening: all versions must have the same intake/),
    ]);
  });
});
