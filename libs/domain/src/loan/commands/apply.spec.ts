import { Money, Rate } from '../../money';
import { LENDER_RELATIONS, type LenderRelation } from '../../parties';
import { defaultCatalogue } from '../../products';
import { date, eur, messages, rules } from '../../testing/loan-spec';
import type { ApplyForLoan } from '../commands';
import { decide } from '../decide';
import { RuleViolationError } from '../errors';
import { foldLoan, initialLoanState } from '../state';
import * as cofinancing from '../../testing/cofinancing-loan';
import * as guaranteed from '../../testing/guaranteed-loan';
import * as impulskrediet from '../../testing/impulskrediet-loan';
import * as startlening from '../../testing/startlening-loan';
import * as winwin from '../../testing/winwin-loan';

describe('apply', () => {
  const { spec, borrower, apply, applied } = impulskrediet;

  it('given nothing, when an Impulskrediet of 25,000.00 over 60 months is applied for, then LoanApplied', () => {
    spec.given([]).when(apply()).then([applied]);
  });

  it('then the amount limits of the product version apply on both sides', () => {
    spec
      .given([])
      .when(apply({ amount: Money.parse('25000.01') }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['amount-above-maximum']);
        expect(e.violations[0].message).toContain('25,000.01');
        expect(e.violations[0].message).toContain('25,000.00');
      });
    spec
      .given([])
      .when(apply({ amount: Money.parse('2499.99') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['amount-below-minimum']));
    spec
      .given([])
      .when(apply({ amount: Money.parse('2500.00') }))
      .thenEvents((ev) => expect(ev).toHaveLength(1));
  });

  it('then a term over 60 months is refused, 60 is accepted', () => {
    spec
      .given([])
      .when(apply({ termMonths: 61 }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['term-above-maximum']));
  });

  it('then every broken rule is reported at once', () => {
    spec
      .given([])
      .when(
        apply({
          amount: Money.parse('30000.00'),
          termMonths: 72,
          borrower: { ...borrower, province: 'Luik' },
        }),
      )
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual([
          'amount-above-maximum',
          'term-above-maximum',
          'borrower-outside-flanders',
        ]),
      );
  });

  it('then a product not offered on the application date is refused', () => {
    spec
      .given([])
      .when(apply({ appliedOn: date('2015-12-31') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['product-not-offered']));
    spec
      .given([])
      .when(apply({ productCode: 'cofinanciering', appliedOn: date('2017-12-31') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['product-not-offered']));
  });

  it('then an application dated after today is refused', () => {
    spec
      .given([])
      .when(apply({ appliedOn: date('2026-11-22') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['date-in-future']));
  });
});

describe('guarantees given with the application', () => {
  const { spec, apply } = guaranteed;

  it('given nothing, when applied for with a surety and a mortgage, then they are g1 and g2', () => {
    spec
      .given([])
      .when(apply())
      .thenEvents(([e]) => {
        if (e.type !== 'LoanApplied') throw new Error(e.type);
        expect(e.data.guarantees).toEqual([
          { guaranteeId: 'g1', kind: 'personal', guarantor: 'Jan Peeters', amount: '5000.00' },
          {
            guaranteeId: 'g2',
            kind: 'real',
            guarantor: 'mortgage on Kerkstraat 1, Lier',
            amount: '20000.00',
          },
        ]);
      });
  });

  it('then a guarantee of 0.00 is refused, naming which one', () => {
    spec
      .given([])
      .when(
        apply({
          guarantees: [
            { kind: 'personal', guarantor: 'Jan Peeters', amount: eur('5000.00') },
            { kind: 'personal', guarantor: 'Els Peeters', amount: eur('0.00') },
          ],
        }),
      )
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['guarantee-amount-not-positive']);
        expect(e.violations[0].field).toBe('guarantees[1].amount');
      });
  });
});

describe('KMO-cofinanciering: the application', () => {
  const { loanId, spec, borrower, apply, applied, refusedWith } = cofinancing;

  it('given nothing, when the DOMAIN.md application is filed, then LoanApplied records the need, the own contribution, its parts and the co-financing', () => {
    spec
      .given([])
      .when(apply())
      .then([
        {
          type: 'LoanApplied',
          effectiveOn: '2021-03-01',
          data: {
            loanId,
            productCode: 'cofinanciering',
            productVersion: 'cofinanciering-2018-01',
            borrower,
            amount: '140000.00',
            termMonths: 84,
            purpose: 'new wing of the day-care centre',
            appliedOn: '2021-03-01',
            investmentNeed: '400000.00',
            ownContribution: '60000.00',
            ownContributionItems: [
              { kind: 'own-funds', amount: '40000.00' },
              { kind: 'winwin-loan', amount: '20000.00', description: 'win-win loan of a friend' },
            ],
            coFinancing: {
              amount: '160000.00',
              termMonths: 84,
              partner: { kind: 'bank', name: 'KBC Bank' },
            },
            registeredBy: 'clerk-anna',
          },
        },
      ]);
  });

  it('then the state carries the figures parsed', () => {
    const app = foldLoan([applied]).application!;
    expect(app.investmentNeed).toEqual(eur('400000.00'));
    expect(app.ownContribution).toEqual(eur('60000.00'));
    expect(app.ownContributionItems?.map((i) => [i.kind, i.amount.toString()])).toEqual([
      ['own-funds', '40000.00'],
      ['winwin-loan', '20000.00'],
    ]);
    expect(app.coFinancing).toEqual({
      amount: eur('160000.00'),
      termMonths: 84,
      partner: { kind: 'bank', name: 'KBC Bank' },
    });
    expect(app.combinedWithLoanId).toBeUndefined();
  });

  it('given an event written before these fields, then it still reads (all optional)', () => {
    const old = foldLoan([
      {
        type: 'LoanApplied',
        effectiveOn: '2018-03-01',
        data: {
          loanId,
          productCode: 'impulskrediet',
          productVersion: 'impulskrediet-2016-01',
          borrower,
          amount: '25000.00',
          termMonths: 60,
          purpose: 'oven',
          appliedOn: '2018-03-01',
          registeredBy: 'clerk-anna',
        },
      },
    ]);
    expect(old.application).not.toHaveProperty('investmentNeed');
    expect(old.application).not.toHaveProperty('coFinancing');
  });

  describe('dated: the first version starts on 2018-01-01 (the 2018 margin)', () => {
    it('given an application on 2017-12-31 then the product is not offered, and nothing else is said', () => {
      refusedWith(apply({ appliedOn: date('2017-12-31') }), (e) =>
        expect(rules(e)).toEqual(['product-not-offered']),
      );
    });

    it('given an application on 2018-01-01 then the 2018 version applies', () => {
      spec
        .given([])
        .when(apply({ appliedOn: date('2018-01-01') }))
        .thenEvents(([e]) => {
          if (e.type !== 'LoanApplied') throw new Error(e.type);
          expect(e.data.productVersion).toBe('cofinanciering-2018-01');
        });
    });
  });

  describe('at most 4 times the own contribution', () => {
    // Need 250,000.00: 10 % is 25,000.00 and 50 % is 125,000.00, so only the multiple binds.
    const at = (amount: string) =>
      apply({
        amount: eur(amount),
        investmentNeed: eur('250000.00'),
        ownContribution: eur('25000.00'),
        ownContributionItems: undefined,
      });

    it('given 100,000.00 on 25,000.00 then it passes', () => {
      spec
        .given([])
        .when(at('100000.00'))
        .thenEvents((ev) => expect(ev).toHaveLength(1));
    });

    it('given 100,000.01 on 25,000.00 then amount-above-own-contribution-multiple, naming both figures', () => {
      refusedWith(at('100000.01'), (e) => {
        expect(rules(e)).toEqual(['amount-above-own-contribution-multiple']);
        expect(messages(e)[0]).toBe(
          'the loan of EUR 100,000.01 is more than 4 times the own contribution of EUR 25,000.00 (at most EUR 100,000.00)',
        );
        expect(e.violations[0].field).toBe('amount');
      });
    });
  });

  describe('at most 50 % of the investment need', () => {
    it('given 200,000.00 of 400,000.00 then it passes', () => {
      spec
        .given([])
        .when(apply({ amount: eur('200000.00') }))
        .thenEvents((ev) => expect(ev).toHaveLength(1));
    });

    it('given 200,000.01 of 400,000.00 then amount-above-investment-share', () => {
      refusedWith(apply({ amount: eur('200000.01') }), (e) => {
        expect(rules(e)).toEqual(['amount-above-investment-share']);
        expect(messages(e)[0]).toBe(
          'the loan of EUR 200,000.01 is more than 50 % of the investment need of EUR 400,000.00 (at most EUR 200,000.00)',
        );
      });
    });
  });

  describe("the partner's co-financing is at least 20 % of the investment need", () => {
    const withCofinancing = (amount: string) =>
      apply({
        coFinancing: {
          amount: eur(amount),
          termMonths: 84,
          partner: { kind: 'business-angel', name: 'An Peeters' },
        },
      });

    it('given 80,000.00 of 400,000.00 then it passes', () => {
      spec
        .given([])
        .when(withCofinancing('80000.00'))
        .thenEvents((ev) => expect(ev).toHaveLength(1));
    });

    it('given 79,999.99 then cofinancing-below-minimum-share, naming the partner', () => {
      refusedWith(withCofinancing('79999.99'), (e) => {
        expect(rules(e)).toEqual(['cofinancing-below-minimum-share']);
        expect(messages(e)[0]).toBe(
          'the co-financing of EUR 79,999.99 by An Peeters (a business angel of BAN Vlaanderen) is less than 20 % of the investment need of EUR 400,000.00 (at least EUR 80,000.00)',
        );
        expect(e.violations[0].field).toBe('coFinancing.amount');
      });
    });
  });

  describe('the own contribution is at least 10 % of the investment need', () => {
    const withOwn = (own: string) =>
      apply({ ownContribution: eur(own), ownContributionItems: undefined });

    it('given 40,000.00 of 400,000.00 then it passes', () => {
      spec
        .given([])
        .when(withOwn('40000.00'))
        .thenEvents((ev) => expect(ev).toHaveLength(1));
    });

    it('given 39,999.99 then own-contribution-below-minimum-share', () => {
      refusedWith(withOwn('39999.99'), (e) => {
        expect(rules(e)).toEqual(['own-contribution-below-minimum-share']);
        expect(messages(e)[0]).toBe(
          'the own contribution of EUR 39,999.99 is less than 10 % of the investment need of EUR 400,000.00 (at least EUR 40,000.00)',
        );
      });
    });
  });

  describe('at most EUR 350,000', () => {
    // Need 700,002.00: 50 % is 350,001.00, so only the maximum binds.
    const at = (amount: string) =>
      apply({
        amount: eur(amount),
        investmentNeed: eur('700002.00'),
        ownContribution: eur('100000.00'),
        ownContributionItems: undefined,
        coFinancing: {
          amount: eur('250000.00'),
          termMonths: 84,
          partner: { kind: 'bank', name: 'Belfius' },
        },
      });

    it('given 350,000.00 then it passes', () => {
      spec
        .given([])
        .when(at('350000.00'))
        .thenEvents((ev) => expect(ev).toHaveLength(1));
    });

    it('given 350,000.01 then amount-above-maximum', () => {
      refusedWith(at('350000.01'), (e) => expect(rules(e)).toEqual(['amount-above-maximum']));
    });
  });

  describe('a term of 3 to 10 years', () => {
    const withTerm = (termMonths: number) =>
      apply({
        termMonths,
        coFinancing: {
          amount: eur('160000.00'),
          termMonths,
          partner: { kind: 'bank', name: 'KBC Bank' },
        },
      });

    it.each([36, 120])('given %i months then it passes', (months) => {
      spec
        .given([])
        .when(withTerm(months))
        .thenEvents((ev) => expect(ev).toHaveLength(1));
    });

    it.each([
      [35, 'term-below-minimum'],
      [121, 'term-above-maximum'],
    ])('given %i months then %s', (months, rule) => {
      refusedWith(withTerm(months), (e) => expect(rules(e)).toEqual([rule]));
    });
  });

  describe("the co-financier's term: longer without limit, shorter by at most 2 years", () => {
    const partnerTerm = (termMonths: number) =>
      apply({
        coFinancing: {
          amount: eur('160000.00'),
          termMonths,
          partner: { kind: 'bank', name: 'KBC Bank' },
        },
      });

    it.each([60, 84, 240])(
      'given a loan of 84 months and a co-financier of %i months then it passes',
      (m) => {
        spec
          .given([])
          .when(partnerTerm(m))
          .thenEvents((ev) => expect(ev).toHaveLength(1));
      },
    );

    it('given 59 months (2 years and 1 month shorter) then cofinancing-term-too-short', () => {
      refusedWith(partnerTerm(59), (e) => {
        expect(rules(e)).toEqual(['cofinancing-term-too-short']);
        expect(messages(e)[0]).toBe(
          "the co-financier's term of 59 months is 25 months shorter than the loan's 84 months; it may be longer without limit but at most 24 months shorter",
        );
      });
    });
  });

  describe('what counts as own contribution', () => {
    it('given a VIPA promise and own funds adding up to the declared amount then they count', () => {
      spec
        .given([])
        .when(
          apply({
            ownContributionItems: [
              { kind: 'own-funds', amount: eur('30000.00') },
              { kind: 'vipa-promise', amount: eur('30000.00') },
            ],
          }),
        )
        .thenEvents((ev) => expect(ev).toHaveLength(1));
    });

    it('given a subsidy definitively granted and a win-win loan then they count', () => {
      spec
        .given([])
        .when(
          apply({
            ownContributionItems: [
              { kind: 'subsidy-granted', amount: eur('35000.00') },
              { kind: 'winwin-loan', amount: eur('25000.00') },
            ],
          }),
        )
        .thenEvents((ev) => expect(ev).toHaveLength(1));
    });

    it('given a future subsidy counted in the declared own contribution then own-contribution-not-counted, naming the figures', () => {
      refusedWith(
        apply({
          ownContributionItems: [
            { kind: 'own-funds', amount: eur('40000.00') },
            { kind: 'future-subsidy', amount: eur('20000.00') },
          ],
        }),
        (e) => {
          expect(rules(e)).toEqual(['own-contribution-not-counted']);
          expect(messages(e)[0]).toBe(
            'the own contribution of EUR 60,000.00 includes a future subsidy not yet certain of EUR 20,000.00, which does not count: only subsidies definitively and irrevocably granted count (VIPA promises included); the parts that count add up to EUR 40,000.00',
          );
        },
      );
    });

    it('given a future subsidy listed but left out of the declared amount then it passes', () => {
      spec
        .given([])
        .when(
          apply({
            ownContributionItems: [
              { kind: 'own-funds', amount: eur('60000.00') },
              { kind: 'future-subsidy', amount: eur('20000.00') },
            ],
          }),
        )
        .thenEvents((ev) => expect(ev).toHaveLength(1));
    });

    it('given parts that do not add up to the declared amount then own-contribution-items-mismatch', () => {
      refusedWith(
        apply({ ownContributionItems: [{ kind: 'own-funds', amount: eur('50000.00') }] }),
        (e) => {
          expect(rules(e)).toEqual(['own-contribution-items-mismatch']);
          expect(messages(e)[0]).toBe(
            'the parts of the own contribution that count add up to EUR 50,000.00, not the EUR 60,000.00 declared as own contribution',
          );
        },
      );
    });
  });

  describe('a natural person must be self-employed in main occupation', () => {
    const soleTrader = { ...borrower, naturalPerson: true };

    it('given a natural person in main occupation then it passes', () => {
      spec
        .given([])
        .when(apply({ borrower: soleTrader, selfEmployment: { mainOccupation: true } }))
        .thenEvents(([e]) => {
          if (e.type !== 'LoanApplied') throw new Error(e.type);
          expect(e.data.selfEmployment).toEqual({ mainOccupation: true });
        });
    });

    it('given a natural person in secondary occupation then not-main-occupation', () => {
      refusedWith(apply({ borrower: soleTrader, selfEmployment: { mainOccupation: false } }), (e) =>
        expect(rules(e)).toEqual(['not-main-occupation']),
      );
    });

    it('given a natural person who does not say then cofinancing-field-required on selfEmployment', () => {
      refusedWith(apply({ borrower: soleTrader }), (e) =>
        expect(e.violations.map((v) => [v.rule, v.field])).toEqual([
          ['cofinancing-field-required', 'selfEmployment'],
        ]),
      );
    });

    it('given a company then selfEmployment is not asked', () => {
      spec
        .given([])
        .when(apply())
        .thenEvents((ev) => expect(ev).toHaveLength(1));
    });
  });

  describe('the product fields', () => {
    it.each(['investmentNeed', 'ownContribution', 'coFinancing'] as const)(
      'given no %s then cofinancing-field-required naming it',
      (field) => {
        refusedWith(apply({ [field]: undefined }), (e) => {
          expect(e.violations.map((v) => [v.rule, v.field])).toEqual([
            ['cofinancing-field-required', field],
          ]);
          expect(messages(e)[0]).toContain(`needs ${field}`);
        });
      },
    );

    it("given a start-loan attest or a win-win lender's field then field-not-for-product", () => {
      refusedWith(
        apply({
          startAttest: { number: 'SA-1', validUntil: date('2021-12-31') },
          signedOn: date('2021-02-01'),
        }),
        (e) =>
          expect(e.violations.map((v) => [v.rule, v.field])).toEqual([
            ['field-not-for-product', 'signedOn'],
            ['field-not-for-product', 'startAttest'],
          ]),
      );
    });

    it('given an Impulskrediet with co-financing fields then field-not-for-product', () => {
      refusedWith(
        apply({
          productCode: 'impulskrediet',
          amount: eur('25000.00'),
          termMonths: 60,
          ownContributionItems: undefined,
          coFinancing: undefined,
        }),
        (e) =>
          expect(e.violations.map((v) => [v.rule, v.field])).toEqual([
            ['field-not-for-product', 'investmentNeed'],
            ['field-not-for-product', 'ownContribution'],
          ]),
      );
    });
  });
});

describe('KMO-cofinanciering combined with a Startlening applied for at the same time', () => {
  const { startLoanId, clock, specWith, combinedApplication, withStart } = cofinancing;

  it('given a start loan of a natural person with an attest valid on the application day, then LoanApplied names it', () => {
    withStart()
      .given([])
      .when(combinedApplication())
      .thenEvents(([e]) => {
        if (e.type !== 'LoanApplied') throw new Error(e.type);
        expect(e.data.combinedWithLoanId).toBe(startLoanId);
      });
  });

  it('given own contributions of 35,000.00 and 25,000.00 (together 10 % of 600,000.00) then the co-financing alone may be below 10 %', () => {
    withStart()
      .given([])
      .when(combinedApplication())
      .thenEvents((ev) => expect(ev).toHaveLength(1));
  });

  it('given 34,999.99 and 25,000.00 then combination-own-effort-below-minimum, naming both parts', () => {
    withStart()
      .given([])
      .when(combinedApplication({ ownContribution: eur('34999.99') }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['combination-own-effort-below-minimum']);
        expect(messages(e)[0]).toBe(
          'the own effort of EUR 59,999.99 (EUR 34,999.99 for the co-financing and EUR 25,000.00 for the Startlening) is less than 10 % of the investment total of EUR 600,000.00 (at least EUR 60,000.00)',
        );
      });
  });

  it('given 250,000.00 and 100,000.00 (together 350,000.00) then it passes; 250,000.01 is combination-above-maximum', () => {
    const big = (amount: string) =>
      combinedApplication({ amount: eur(amount), ownContribution: eur('70000.00') });
    withStart()
      .given([])
      .when(big('250000.00'))
      .thenEvents((ev) => expect(ev).toHaveLength(1));
    withStart()
      .given([])
      .when(big('250000.01'))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['combination-above-maximum']);
        expect(messages(e)[0]).toBe(
          'the co-financing of EUR 250,000.01 and the Startlening of EUR 100,000.00 come to EUR 350,000.01, more than the EUR 350,000.00 the two may reach together',
        );
      });
  });

  it('given the 4 times rule, then the co-financing is measured on its own part only', () => {
    withStart()
      .given([])
      .when(combinedApplication({ amount: eur('140000.01') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['amount-above-own-contribution-multiple']),
      );
  });

  it('given an attest that expired the day before the application then start-attest-expired', () => {
    withStart({ startAttest: { number: 'SA-2021-00417', validUntil: date('2021-02-28') } })
      .given([])
      .when(combinedApplication())
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['start-attest-expired']);
        expect(messages(e)[0]).toBe(
          'the start-loan attest SA-2021-00417 was valid until 2021-02-28, before the co-financing application of 2021-03-01',
        );
      });
  });

  it('given a start loan without attest then start-attest-missing', () => {
    withStart({ startAttest: undefined })
      .given([])
      .when(combinedApplication())
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['start-attest-missing']));
  });

  it('given a start loan of a company then combined-loan-not-natural-person', () => {
    withStart({ naturalPerson: false })
      .given([])
      .when(combinedApplication())
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['combined-loan-not-natural-person']),
      );
  });

  it('given a refused start loan then combined-loan-not-open', () => {
    withStart({ status: 'refused' })
      .given([])
      .when(combinedApplication())
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['combined-loan-not-open']));
  });

  it('given another product then combined-loan-not-start-loan', () => {
    withStart({ productCode: 'impulskrediet' })
      .given([])
      .when(combinedApplication())
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['combined-loan-not-start-loan']);
        expect(messages(e)[0]).toContain('Impulskrediet');
      });
  });

  it('given an id that names no loan then combined-loan-unknown (a 422, not a 404)', () => {
    specWith({ combinedLoan: { loanId: startLoanId, found: false } })
      .given([])
      .when(combinedApplication())
      .thenThrows(RuleViolationError, (e) => {
        expect(e.violations).toEqual([
          {
            rule: 'combined-loan-unknown',
            field: 'combinedWithLoanId',
            message: `the start loan ${startLoanId} named in combinedWithLoanId does not exist; file the Startlening first and name its loan id`,
          },
        ]);
      });
  });

  it('given no summary of the combined loan in the context then it is a programming error, not a 422', () => {
    expect(() =>
      decide(combinedApplication(), initialLoanState, { catalogue: defaultCatalogue(), clock }),
    ).toThrow(/needs ctx.combinedLoan/);
  });
});

describe('Startlening: the application', () => {
  const { loanId, specWith, spec, starter, apply, applied, accepted, refused } = startlening;

  it('given nothing, when a starter applies, then LoanApplied records the own contribution, the self-employment and the attest', () => {
    spec
      .given([])
      .when(apply())
      .then([
        {
          type: 'LoanApplied',
          effectiveOn: '2021-03-01',
          data: {
            loanId,
            productCode: 'startlening',
            productVersion: 'startlening-2018-01',
            borrower: starter,
            amount: '80000.00',
            termMonths: 84,
            purpose: 'bicycle repair shop',
            appliedOn: '2021-03-01',
            ownContribution: '20000.00',
            selfEmployment: { since: '2019-01-01', mainOccupation: true },
            startAttest: { number: 'SA-2021-00417', validUntil: '2021-06-30' },
            registeredBy: 'clerk-anna',
          },
        },
      ]);
    const app = foldLoan([applied]).application!;
    expect(app.selfEmployment?.since?.toString()).toBe('2019-01-01');
    expect(app.startAttest?.validUntil.toString()).toBe('2021-06-30');
  });

  describe('a starter: at most 4 years of self-employment on the application day', () => {
    it('given self-employed since 2017-03-01 (exactly 4 years before 2021-03-01) then it passes', () => {
      accepted(apply({ selfEmployment: { since: date('2017-03-01'), mainOccupation: true } }));
    });

    it('given self-employed since 2017-02-28 (4 years and 1 day) then not-a-starter', () => {
      refused(
        apply({ selfEmployment: { since: date('2017-02-28'), mainOccupation: true } }),
        (e) => {
          expect(rules(e)).toEqual(['not-a-starter']);
          expect(messages(e)[0]).toBe(
            'self-employed since 2017-02-28, more than 4 years before the application of 2021-03-01: the Startlening is for starters with at most 4 years of self-employment (since 2017-03-01 or later)',
          );
        },
      );
    });

    it('given not self-employed yet (starting) then it passes', () => {
      accepted(apply({ selfEmployment: { mainOccupation: true } }));
    });

    it('given self-employed in secondary occupation then not-main-occupation', () => {
      refused(
        apply({ selfEmployment: { since: date('2020-01-01'), mainOccupation: false } }),
        (e) => expect(rules(e)).toEqual(['not-main-occupation']),
      );
    });
  });

  describe('at most the lower of EUR 100,000 and 4 times the own contribution', () => {
    it('given 30,000.00 of own contribution then 100,000.00 passes and 100,000.01 is above the maximum', () => {
      accepted(apply({ amount: eur('100000.00'), ownContribution: eur('30000.00') }));
      refused(apply({ amount: eur('100000.01'), ownContribution: eur('30000.00') }), (e) =>
        expect(rules(e)).toEqual(['amount-above-maximum']),
      );
    });

    it('given 20,000.00 of own contribution then 80,000.00 passes and 80,000.01 is above 4 times it', () => {
      accepted(apply({ amount: eur('80000.00') }));
      refused(apply({ amount: eur('80000.01') }), (e) => {
        expect(rules(e)).toEqual(['amount-above-own-contribution-multiple']);
        expect(messages(e)[0]).toBe(
          'the loan of EUR 80,000.01 is more than 4 times the own contribution of EUR 20,000.00 (at most EUR 80,000.00)',
        );
      });
    });

    it('given parts of the own contribution with a future subsidy counted then own-contribution-not-counted', () => {
      refused(
        apply({
          ownContributionItems: [
            { kind: 'own-funds', amount: eur('15000.00') },
            { kind: 'future-subsidy', amount: eur('5000.00') },
          ],
        }),
        (e) => expect(rules(e)).toEqual(['own-contribution-not-counted']),
      );
    });
  });

  describe('a term of 3 to 10 years', () => {
    it.each([36, 120])('given %i months then it passes', (m) => accepted(apply({ termMonths: m })));
    it.each([
      [35, 'term-below-minimum'],
      [121, 'term-above-maximum'],
    ])('given %i months then %s', (m, rule) =>
      refused(apply({ termMonths: m }), (e) => expect(rules(e)).toEqual([rule])),
    );
  });

  describe('the product fields', () => {
    it.each(['ownContribution', 'selfEmployment'] as const)(
      'given no %s then startlening-field-required',
      (field) =>
        refused(apply({ [field]: undefined }), (e) =>
          expect(e.violations.map((v) => [v.rule, v.field])).toEqual([
            ['startlening-field-required', field],
          ]),
        ),
    );

    it('given no attest then it passes: the attest matters to a combination', () => {
      accepted(apply({ startAttest: undefined }));
    });

    it('given co-financing fields then field-not-for-product', () => {
      refused(
        apply({
          coFinancing: {
            amount: eur('1000.00'),
            termMonths: 84,
            partner: { kind: 'bank', name: 'X' },
          },
          combinedWithLoanId: loanId,
        }),
        (e) =>
          expect(e.violations.map((v) => [v.rule, v.field])).toEqual([
            ['field-not-for-product', 'coFinancing'],
            ['field-not-for-product', 'combinedWithLoanId'],
          ]),
      );
    });
  });

  describe('dated: offered from 2018-01-01', () => {
    it('given 2017-12-31 then product-not-offered; given 2018-01-01 then the first version', () => {
      refused(
        apply({ appliedOn: date('2017-12-31'), selfEmployment: { mainOccupation: true } }),
        (e) => expect(rules(e)).toEqual(['product-not-offered']),
      );
      spec
        .given([])
        .when(apply({ appliedOn: date('2018-01-01'), selfEmployment: { mainOccupation: true } }))
        .thenEvents(([e]) => {
          if (e.type !== 'LoanApplied') throw new Error(e.type);
          expect(e.data.productVersion).toBe('startlening-2018-01');
        });
    });

    it('given a configured start then the version begins that day', () => {
      const later = specWith({ startleningFrom: date('2019-07-01') });
      later
        .given([])
        .when(apply({ appliedOn: date('2019-06-30') }))
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['product-not-offered']));
      later
        .given([])
        .when(apply({ appliedOn: date('2019-07-01') }))
        .thenEvents(([e]) => {
          if (e.type !== 'LoanApplied') throw new Error(e.type);
          expect(e.data.productVersion).toBe('startlening-2019-07');
        });
    });
  });
});

describe('win-win loan: the registration request (ApplyForLoan)', () => {
  const { loanId, spec, borrower, lender, register, signed, applied } = winwin;

  it('given nothing, when a deed signed on 2021-03-01 is received on 2021-03-10, then LoanApplied with the deed data', () => {
    spec.given([]).when(register()).then([applied]);
  });

  it('then the state carries signedOn, lender and the agreed rate, parsed', () => {
    const state = foldLoan([applied]);
    expect(state.application?.signedOn?.toString()).toBe('2021-03-01');
    expect(state.application?.lender).toEqual(lender);
    expect(state.application?.annualRate?.toString()).toBe('0.01');
  });

  it.each(['signedOn', 'lender', 'annualRate'] as const)(
    'then an application without %s is refused, naming the field',
    (field) => {
      spec
        .given([])
        .when(register({ [field]: undefined }))
        .thenThrows(RuleViolationError, (e) => {
          expect(e.violations).toEqual([
            expect.objectContaining({ rule: 'winwin-field-required', field }),
          ]);
          expect(e.violations[0].message).toContain(field);
        });
    },
  );

  it('then every missing field is reported at once', () => {
    spec
      .given([])
      .when(register({ signedOn: undefined, lender: undefined, annualRate: undefined }))
      .thenThrows(RuleViolationError, (e) =>
        expect(e.violations.map((v) => [v.rule, v.field])).toEqual([
          ['winwin-field-required', 'signedOn'],
          ['winwin-field-required', 'lender'],
          ['winwin-field-required', 'annualRate'],
        ]),
      );
  });

  it('given an Impulskrediet, when it carries a win-win field, then field-not-for-product; left undefined it is fine', () => {
    const impuls: ApplyForLoan = {
      type: 'ApplyForLoan',
      loanId,
      productCode: 'impulskrediet',
      borrower,
      amount: eur('25000.00'),
      termMonths: 60,
      purpose: 'oven',
      appliedOn: date('2021-03-10'),
      registeredBy: 'clerk-anna',
    };
    spec
      .given([])
      .when({ ...impuls, signedOn: date('2021-03-01'), lender, annualRate: Rate.parse('0.07') })
      .thenThrows(RuleViolationError, (e) =>
        expect(e.violations.map((v) => [v.rule, v.field])).toEqual([
          ['field-not-for-product', 'signedOn'],
          ['field-not-for-product', 'lender'],
          ['field-not-for-product', 'annualRate'],
        ]),
      );
    spec
      .given([])
      .when({ ...impuls, signedOn: undefined, lender: undefined, annualRate: undefined })
      .thenEvents(([e]) => {
        expect(e.type).toBe('LoanApplied');
        if (e.type !== 'LoanApplied') return;
        expect(Object.keys(e.data)).not.toEqual(
          expect.arrayContaining(['signedOn', 'lender', 'annualRate']),
        );
        expect(e.data).not.toHaveProperty('signedOn');
      });
  });

  describe('the version is chosen by the signing date (the contract date), not the receipt', () => {
    it('given a deed signed on 2020-10-06 and received on 2020-10-20, then the pre-reform version applies', () => {
      spec
        .given([])
        .when(signed('2020-10-06', { appliedOn: date('2020-10-20'), termMonths: 96 }))
        .thenEvents(([e]) => {
          if (e.type !== 'LoanApplied') throw new Error(e.type);
          expect(e.data.productVersion).toBe('winwinlening-2020-03-15');
        });
      spec
        .given([])
        .when(signed('2020-10-06', { appliedOn: date('2020-10-20'), termMonths: 60 }))
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['term-below-minimum']));
    });

    it('given a deed signed before the first version (2017-01-01), then product-not-offered', () => {
      spec
        .given([])
        .when(signed('2016-12-31'))
        .thenThrows(RuleViolationError, (e) => {
          expect(e.violations).toEqual([
            expect.objectContaining({ rule: 'product-not-offered', field: 'productCode' }),
          ]);
          expect(e.violations[0].message).toContain('signed on 2016-12-31');
        });
    });
  });

  describe('limit per lender, on the loan itself', () => {
    it.each([
      ['2020-10-06', '50000.00', '50000.01'],
      ['2020-10-07', '75000.00', '75000.01'],
    ])('given a deed signed on %s, then %s is accepted and %s refused', (day, ok, tooMuch) => {
      spec
        .given([])
        .when(signed(day, { amount: eur(ok) }))
        .thenEvents((ev) => expect(ev).toHaveLength(1));
      spec
        .given([])
        .when(signed(day, { amount: eur(tooMuch) }))
        .thenThrows(RuleViolationError, (e) => {
          expect(e.violations).toEqual([
            expect.objectContaining({ rule: 'amount-above-lender-limit', field: 'amount' }),
          ]);
          expect(e.violations[0].message).toContain(eur(tooMuch).format('en'));
          expect(e.violations[0].message).toContain(eur(ok).format('en'));
        });
    });

    it('then an amount below EUR 1.00 is refused', () => {
      spec
        .given([])
        .when(register({ amount: eur('0.99') }))
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['amount-below-minimum']));
    });
  });

  describe('term', () => {
    it.each<[string, number, string[]]>([
      ['2020-10-06', 96, []],
      ['2020-10-06', 60, ['term-below-minimum']],
      ['2020-10-06', 120, ['term-above-maximum']],
      ['2020-10-06', 90, ['term-below-minimum', 'term-not-whole-years']],
      ['2020-10-07', 59, ['term-below-minimum', 'term-not-whole-years']],
      ['2020-10-07', 60, []],
      ['2020-10-07', 66, ['term-not-whole-years']],
      ['2020-10-07', 96, []],
      ['2020-10-07', 120, []],
      ['2020-10-07', 132, ['term-above-maximum']],
    ])('given a deed signed on %s, a term of %i months: %j', (day, termMonths, expected) => {
      const when = spec.given([]).when(signed(day, { termMonths }));
      if (expected.length === 0) when.thenEvents((ev) => expect(ev).toHaveLength(1));
      else when.thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(expected));
    });

    it('then a term other than 8 years before the reform says so', () => {
      spec
        .given([])
        .when(signed('2020-10-06', { termMonths: 60 }))
        .thenThrows(RuleViolationError, (e) =>
          expect(e.violations[0].message).toBe(
            'a term of 60 months is not allowed: the Win-winlening for contracts dated 2020-03-15 to 2020-10-06 runs exactly 96 months (8 years)',
          ),
        );
    });
  });

  describe('excluded lenders', () => {
    const excludedBefore: LenderRelation[] = [
      'employee',
      'spouse-or-cohabitant',
      'director-or-manager',
      'shareholder-over-5-percent',
    ];
    const excludedAfter: LenderRelation[] = [
      'spouse-or-cohabitant',
      'director-or-manager',
      'shareholder-over-5-percent',
    ];
    for (const [day, excluded] of [
      ['2020-10-06', excludedBefore],
      ['2020-10-07', excludedAfter],
    ] as const) {
      for (const relation of LENDER_RELATIONS) {
        const refused = (excluded as readonly LenderRelation[]).includes(relation);
        it(`given a deed signed on ${day}, a lender who is ${relation} is ${refused ? 'refused' : 'accepted'}`, () => {
          const when = spec
            .given([])
            .when(signed(day, { lender: { ...lender, relationToBorrower: relation } }));
          if (!refused) when.thenEvents((ev) => expect(ev).toHaveLength(1));
          else
            when.thenThrows(RuleViolationError, (e) => {
              expect(e.violations).toEqual([
                expect.objectContaining({
                  rule: 'lender-relation-excluded',
                  field: 'lender.relationToBorrower',
                }),
              ]);
              expect(e.violations[0].message).toContain(relation);
              expect(e.violations[0].message).toContain(day);
            });
        });
      }
    }
  });

  describe('rate band of the contract year', () => {
    it.each<[string, string[]]>([
      ['0.0074', ['rate-below-band']],
      ['0.0075', []],
      ['0.015', []],
      ['0.0151', ['rate-above-band']],
    ])('given a deed of 2021 at %s: %j', (rate, expected) => {
      const when = spec.given([]).when(register({ annualRate: Rate.parse(rate) }));
      if (expected.length === 0) when.thenEvents((ev) => expect(ev).toHaveLength(1));
      else
        when.thenThrows(RuleViolationError, (e) => {
          expect(rules(e)).toEqual(expected);
          expect(e.violations[0].message).toContain('0.75 % to 1.5 %');
        });
    });

    it('takes the year of signing, not of receipt: a deed of 2020-12-20 received in 2021 is held to the 2020 band', () => {
      spec
        .given([])
        .when(register({ signedOn: date('2020-12-20'), annualRate: Rate.parse('0.0175') }))
        .thenEvents((ev) => expect(ev).toHaveLength(1));
      spec
        .given([])
        .when(register({ signedOn: date('2020-12-20'), annualRate: Rate.parse('0.0080') }))
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['rate-below-band']));
    });

    it.each(['2019-06-01', '2023-06-01'])(
      'given a deed signed on %s, a year missing from the table, then rate-band-unknown',
      (day) => {
        const year = day.slice(0, 4);
        spec
          .given([])
          .when(signed(day))
          .thenThrows(RuleViolationError, (e) => {
            expect(e.violations).toEqual([
              expect.objectContaining({ rule: 'rate-band-unknown', field: 'annualRate' }),
            ]);
            expect(e.violations[0].message).toContain(`legal interest rate of ${year}`);
            expect(e.violations[0].message).toContain('must be added');
          });
      },
    );
  });

  describe('deed received within 3 months of signing', () => {
    it.each<[string, string, string[]]>([
      ['2021-03-01', '2021-06-01', []],
      ['2021-03-01', '2021-06-02', ['deed-received-too-late']],
      // 30 November + 3 months is 28 February.
      ['2020-11-30', '2021-02-28', []],
      ['2020-11-30', '2021-03-01', ['deed-received-too-late']],
      ['2021-03-01', '2021-03-01', []],
      ['2021-03-11', '2021-03-10', ['signed-after-application']],
    ])('given a deed signed on %s and received on %s: %j', (signedOn, appliedOn, expected) => {
      const when = spec
        .given([])
        .when(register({ signedOn: date(signedOn), appliedOn: date(appliedOn) }));
      if (expected.length === 0) when.thenEvents((ev) => expect(ev).toHaveLength(1));
      else when.thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(expected));
    });

    it('then the message names the deadline', () => {
      spec
        .given([])
        .when(register({ appliedOn: date('2021-06-02') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(e.violations[0].message).toBe(
            'the deed signed on 2021-03-01 was received on 2021-06-02, after the deadline of 2021-06-01 (3 months after signing)',
          ),
        );
    });
  });

  it('then a borrower outside Flanders is refused', () => {
    spec
      .given([])
      .when(register({ borrower: { ...borrower, province: 'Luik' } }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['borrower-outside-flanders']),
      );
  });

  it('then every broken rule is reported at once', () => {
    spec
      .given([])
      .when(
        register({
          amount: eur('80000.00'),
          termMonths: 66,
          lender: { ...lender, relationToBorrower: 'spouse-or-cohabitant' },
          annualRate: Rate.parse('0.02'),
          appliedOn: date('2021-07-01'),
        }),
      )
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual([
          'term-not-whole-years',
          'amount-above-lender-limit',
          'lender-relation-excluded',
          'rate-above-band',
          'deed-received-too-late',
        ]),
      );
  });
});
