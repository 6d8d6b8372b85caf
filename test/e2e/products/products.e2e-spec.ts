import { startBackOffice, type RunningApp } from '../harness';

jest.setTimeout(60_000);

// GET /products and /products/{code}: each product's terms on a day, its versions with their
// periods, and its product sheet (DOMAIN.md 4.1), in Dutch or English. Money as strings.

describe('the product catalogue over HTTP', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(() => bo?.close());

  it('given no date, then every product with the terms in force today and its Dutch product sheet', async () => {
    const res = await bo.as('analyst').get('/api/v1/products');
    expect(res.status).toBe(200);
    expect(res.body.language).toBe('nl');
    expect(res.body.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(res.body.products.map((p: { productCode: string }) => p.productCode)).toEqual([
      'impulskrediet',
      'winwinlening',
      'cofinanciering',
      'startlening',
    ]);
    for (const p of res.body.products) {
      expect(p.offered).toBe(true);
      expect(typeof p.inForce.amount.max).toBe('string');
      expect(p.productSheet.language).toBe('nl');
      expect(p.productSheet.ombudsman.name).toBe('Ombudsfin — Ombudsman in financiële geschillen');
    }
  });

  it('given the co-financing on 2021-03-15 in English, then its terms, its pricing rule, its versions, its lender and its sheet', async () => {
    const res = await bo.as('clerk').get('/api/v1/products/cofinanciering?on=2021-03-15&lang=en');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      productCode: 'cofinanciering',
      name: 'KMO-cofinanciering',
      on: '2021-03-15',
      offered: true,
      lender: {
        name: 'PMV (ParticipatieMaatschappij Vlaanderen)',
        role: 'lender',
        phone: '02 229 53 10',
        email: 'fo.pfv@pmv.eu',
      },
      application: {
        contractDate: 'approvedOn',
        requiredFields: ['investmentNeed', 'ownContribution', 'coFinancing'],
        optionalFields: ['ownContributionItems', 'selfEmployment', 'combinedWithLoanId'],
        offerLapses: true,
      },
      inForce: {
        version: 'cofinanciering-2018-01',
        validFrom: '2018-01-01',
        validUntil: null,
        amount: { min: '1.00', max: '350000.00' },
        term: { minMonths: 36, maxMonths: 120, stepMonths: 1 },
        rate: {
          kind: 'reference-rate',
          margin: '0.0053',
          floor: '0.03',
          decimals: 4,
          fixedForTerm: true,
        },
        repayment: {
          methods: ['annuity', 'linear'],
          frequencies: ['monthly', 'quarterly'],
          default: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 12 },
        },
        capitalHoliday: { maxMonths: 24, choices: [12, 24] },
        offerValidityDays: 30,
        earlyRepayment: { partial: true, fee: 'legal-maximum' },
        rules: {
          cofinancing: {
            maxOwnContributionMultiple: 4,
            maxInvestmentShare: '0.50',
            minCofinancingShare: '0.20',
            minOwnContributionShare: '0.10',
            maxCofinancierTermShortfallMonths: 24,
            combination: {
              productCode: 'startlening',
              maxTotal: '350000.00',
              minOwnEffortShare: '0.10',
            },
          },
        },
      },
      versions: [
        {
          version: 'cofinanciering-2018-01',
          validFrom: '2018-01-01',
          validUntil: null,
          inForce: true,
        },
      ],
    });
    const sheet = res.body.productSheet;
    expect(sheet).toMatchObject({
      language: 'en',
      title: 'Product sheet KMO-cofinanciering',
      creditForm: expect.stringContaining('subordinated loan'),
      availableTerms: 'A fixed term of 36 to 120 months.',
      financingAid: { url: 'https://www.financieringvanondernemingen.be' },
      ombudsman: {
        name: 'Ombudsfin — Ombudsman in financiële geschillen',
        address: 'North Gate II, Koning Albert II-laan 8 bus 2, 1000 Brussel',
        email: 'ombudsman@ombudsfin.be',
      },
    });
    expect(sheet.characteristics).toContain(
      'A fixed rate for the whole term: the IRS rate for the term on the day of the offer plus 0.53 %, at least 3 %.',
    );
    for (const item of ['earlyRepayment', 'possibleCosts', 'typicalUses']) {
      expect(sheet[item]).toBeTruthy();
    }
  });

  it('given the Impulskrediet on a day of each version, then its rate then, and all versions with their periods', async () => {
    const before = await bo
      .as('analyst')
      .get('/api/v1/products/impulskrediet?on=2021-01-31')
      .expect(200);
    const after = await bo
      .as('analyst')
      .get('/api/v1/products/impulskrediet?on=2021-02-01')
      .expect(200);
    expect(before.body.inForce.rate).toEqual({ kind: 'fixed', annualRate: '0.06' });
    expect(after.body.inForce.rate).toEqual({ kind: 'fixed', annualRate: '0.07' });
    expect(after.body.versions).toEqual([
      {
        version: 'impulskrediet-2016-01',
        validFrom: '2016-01-01',
        validUntil: '2021-02-01',
        inForce: false,
        rate: { kind: 'fixed', annualRate: '0.06' },
      },
      {
        version: 'impulskrediet-2021-02',
        validFrom: '2021-02-01',
        validUntil: null,
        inForce: true,
        rate: { kind: 'fixed', annualRate: '0.07' },
      },
    ]);
    expect(after.body.productSheet.characteristics).toContain(
      'Vaste rentevoet van 7 % voor de hele looptijd.',
    );
    // Every contact detail is either given or listed to complete.
    const lender = after.body.lender;
    expect(lender.name).toBe('Hefboom');
    expect(
      ['address', 'phone', 'email', 'website'].filter((field) => lender[field] === null),
    ).toEqual(lender.toComplete);
  });

  it('given the start loan, then the 3.25 % of the two-year holiday is in its rules', async () => {
    const res = await bo
      .as('officer')
      .get('/api/v1/products/startlening?on=2022-01-01')
      .expect(200);
    expect(res.body.inForce.rules.startlening).toEqual({
      maxSelfEmployedYears: 4,
      maxOwnContributionMultiple: 4,
      extendedHoliday: { months: 24, annualRate: '0.0325', justificationRequired: true },
    });
  });

  it('given a day before a product existed, then it is listed as not offered, with its versions', async () => {
    const res = await bo.as('admin').get('/api/v1/products?on=2017-06-01').expect(200);
    const co = res.body.products.find(
      (p: { productCode: string }) => p.productCode === 'cofinanciering',
    );
    expect(co).toMatchObject({ offered: false, inForce: null, productSheet: null });
    expect(co.versions).toHaveLength(1);
    const impuls = res.body.products.find(
      (p: { productCode: string }) => p.productCode === 'impulskrediet',
    );
    expect(impuls.offered).toBe(true);
  });

  it('given an unknown product code, then a 404 problem', async () => {
    const res = await bo.as('analyst').get('/api/v1/products/hypotheek');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.detail).toContain('hypotheek');
  });

  it('given a bad date or language, then a 400 naming the field', async () => {
    const res = await bo.as('analyst').get('/api/v1/products?on=2021-02-30&lang=fr');
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['lang', 'on']);
  });

  it('given no token, then a 401', async () => {
    expect((await bo.http().get('/api/v1/products')).status).toBe(401);
  });
});
