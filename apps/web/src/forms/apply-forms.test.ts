import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationBody, emptyApplication, percentAsRate } from './forms';

describe('a rate typed as a percentage', () => {
  it('becomes the API’s decimal fraction, as text', () => {
    expect(percentAsRate('1,25')).toBe('0.0125');
    expect(percentAsRate('1')).toBe('0.01');
    expect(percentAsRate('0,875 %')).toBe('0.00875');
    expect(percentAsRate('12.5')).toBe('0.125');
    expect(percentAsRate('1,23456')).toBeUndefined();
    expect(percentAsRate('een')).toBeUndefined();
  });

  it('is the percentage divided by 100 for every value with up to four decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), (tenThousandths) => {
        const whole = Math.floor(tenThousandths / 10_000);
        const fraction = String(tenThousandths % 10_000).padStart(4, '0');
        const rate = percentAsRate(`${whole},${fraction}`)!;
        // The rate has six decimals at most: times 10^6 it is the input in ten-thousandths.
        const [int, frac = ''] = rate.split('.');
        expect(BigInt(int!) * 1_000_000n + BigInt(frac.padEnd(6, '0'))).toBe(
          BigInt(tenThousandths),
        );
      }),
    );
  });
});

describe('the application form of a product with fields of its own', () => {
  const base = {
    ...emptyApplication('2021-03-10', 'winwinlening'),
    borrower: {
      enterpriseNumber: '0403.170.701',
      name: 'Brouwerij De Klok',
      province: 'Limburg',
      naturalPerson: false,
    },
    amount: '60.000,00',
    purpose: 'brouwketel',
  };

  it('sends a win-win loan’s deed date, rate and lender', () => {
    const values = {
      ...base,
      signedOn: '2021-03-01',
      annualRate: '1,00',
      lender: { id: 'lender-0001', name: ' An Janssens ', relationToBorrower: 'friend' },
    };
    expect(applicationBody(values, 'nl', ['signedOn', 'lender', 'annualRate'])).toEqual({
      body: {
        productCode: 'winwinlening',
        borrower: base.borrower,
        amount: '60000.00',
        termMonths: 60,
        purpose: 'brouwketel',
        appliedOn: '2021-03-10',
        signedOn: '2021-03-01',
        annualRate: '0.01',
        lender: { id: 'lender-0001', name: 'An Janssens', relationToBorrower: 'friend' },
      },
    });
    expect(applicationBody(base, 'nl', ['signedOn', 'lender', 'annualRate']).errors).toEqual({
      signedOn: 'input.required',
      annualRate: 'input.required',
      'lender.id': 'input.required',
      'lender.name': 'input.required',
    });
  });

  it('sends the co-financing, and self-employment only of a natural person', () => {
    const values = {
      ...base,
      productCode: 'cofinanciering' as const,
      investmentNeed: '400.000,00',
      ownContribution: '60.000,00',
      coFinancing: {
        amount: '160.000,00',
        termMonths: '84',
        partner: { kind: 'bank', name: 'KBC' },
      },
    };
    const required = ['investmentNeed', 'ownContribution', 'coFinancing'] as const;
    const body = applicationBody(values, 'nl', required, ['selfEmployment']).body!;
    expect(body).toMatchObject({
      investmentNeed: '400000.00',
      ownContribution: '60000.00',
      coFinancing: { amount: '160000.00', termMonths: 84, partner: { kind: 'bank', name: 'KBC' } },
    });
    expect(body.selfEmployment).toBeUndefined();
    const soleTrader = { ...values, borrower: { ...values.borrower, naturalPerson: true } };
    expect(
      applicationBody(soleTrader, 'nl', required, ['selfEmployment']).body!.selfEmployment,
    ).toEqual({ mainOccupation: true });
  });

  it('sends the own contribution’s parts and the start attest, amounts as decimal strings', () => {
    const values = {
      ...base,
      productCode: 'startlening' as const,
      ownContribution: '20.000,00',
      ownContributionItems: [
        { kind: 'own-funds', amount: '12.500,50', description: '  spaargeld ' },
        { kind: 'winwin-loan', amount: '7.499,50', description: '' },
      ],
      startAttest: { number: ' SA-2021-00417 ', validUntil: '2021-12-31' },
    };
    const optional = ['ownContribution', 'ownContributionItems', 'startAttest'] as const;
    expect(applicationBody(values, 'nl', [], optional).body).toMatchObject({
      ownContribution: '20000.00',
      ownContributionItems: [
        { kind: 'own-funds', amount: '12500.50', description: 'spaargeld' },
        { kind: 'winwin-loan', amount: '7499.50' },
      ],
      startAttest: { number: 'SA-2021-00417', validUntil: '2021-12-31' },
    });
    // Each part's amount and the attest's halves are checked where they are typed.
    const wrong = {
      ...values,
      ownContributionItems: [{ kind: 'own-funds', amount: 'twaalf', description: '' }],
      startAttest: { number: 'SA-1', validUntil: '' },
    };
    expect(applicationBody(wrong, 'nl', [], optional).errors).toEqual({
      'ownContributionItems.0.amount': 'input.amountFormat',
      'startAttest.validUntil': 'input.required',
    });
    // Neither sent when left empty and optional; the parts asked for when required.
    const empty = {
      ...values,
      ownContributionItems: [],
      startAttest: { number: '', validUntil: '' },
    };
    const body = applicationBody(empty, 'nl', [], optional).body!;
    expect(body.ownContributionItems).toBeUndefined();
    expect(body.startAttest).toBeUndefined();
    expect(applicationBody(empty, 'nl', ['ownContributionItems']).errors).toEqual({
      ownContributionItems: 'input.required',
    });
  });

  it('leaves out what the Impulskrediet does not take', () => {
    const body = applicationBody({ ...base, productCode: 'impulskrediet' }, 'nl').body!;
    expect(Object.keys(body).sort()).toEqual([
      'amount',
      'appliedOn',
      'borrower',
      'productCode',
      'purpose',
      'termMonths',
    ]);
  });
});
