import { LocalDate } from '@js-joda/core';
import { type ReferenceCurve, referenceCurve } from '../../fees';
import { MarketRate, Money, Rate } from '../../money';
import { type DefaultCatalogueOptions, defaultCatalogue } from '../../products';
import { DeciderSpecification } from '../../testing/decider-specification';
import { fixedClock } from '../../time';
import type { ApplyForLoan, ApproveLoan, LoanCommand } from '../commands';
import {
  type CombinedLoan,
  type DecisionContext,
  combinedLoanIdFor,
  combinedLoanOf,
} from '../context';
import { decide } from '../decide';
import { RuleViolationError } from '../errors';
import type { LoanEvent } from '../events';
import { type LoanState, evolve, foldLoan, initialLoanState } from '../state';

// KMO-cofinanciering (DOMAIN.md 3.3, seed 003): the ratios of an application, checked again at
// approval; the pricing from the IRS curve in force on the approval date; the cumulation with a
// Startlening applied for at the same time.

const loanId = '3d0f5a8e-6b7c-4c1d-9e2f-1a2b3c4d5e6f';
const startLoanId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const clock = fixedClock('2026-11-21T10:00:00Z');
const date = (s: string) => LocalDate.parse(s);
const eur = (s: string) => Money.parse(s);
const rules = (e: RuleViolationError) => e.violations.map((v) => v.rule);
const messages = (e: RuleViolationError) => e.violations.map((v) => v.message);

function specWith(
  extra: Partial<DecisionContext> = {},
  options: DefaultCatalogueOptions = {},
): DeciderSpecification<LoanCommand, LoanEvent, LoanState, DecisionContext> {
  const catalogue = defaultCatalogue(options);
  return new DeciderSpecification<LoanCommand, LoanEvent, LoanState, DecisionContext>(
    { decide, evolve, initialState: initialLoanState },
    () => ({ catalogue, clock, ...extra }),
  );
}
const spec = specWith();

const borrower = {
  enterpriseNumber: '0403.170.701',
  name: 'Kinderopvang Zonneke',
  province: 'Antwerpen',
};

/**
 * DOMAIN.md's shape: investment need 400,000.00; own contribution 60,000.00 of which a win-win
 * loan of 20,000.00; a bank co-finances 160,000.00 over 7 years; PMV lends 140,000.00 over 7 years.
 */
const apply = (over: Partial<ApplyForLoan> = {}): ApplyForLoan => ({
  type: 'ApplyForLoan',
  loanId,
  productCode: 'cofinanciering',
  borrower,
  amount: eur('140000.00'),
  termMonths: 84,
  purpose: 'new wing of the day-care centre',
  appliedOn: date('2021-03-01'),
  investmentNeed: eur('400000.00'),
  ownContribution: eur('60000.00'),
  ownContributionItems: [
    { kind: 'own-funds', amount: eur('40000.00') },
    { kind: 'winwin-loan', amount: eur('20000.00'), description: 'win-win loan of a friend' },
  ],
  coFinancing: {
    amount: eur('160000.00'),
    termMonths: 84,
    partner: { kind: 'bank', name: 'KBC Bank' },
  },
  registeredBy: 'clerk-anna',
  ...over,
});

/** IRS 7 years 0.412 % (and 5 and 10 years around it), recorded on 2021-03-10. */
const curve2021: ReferenceCurve = referenceCurve({
  recordedOn: date('2021-03-10'),
  points: [
    { tenorMonths: 12, kind: 'euribor', rate: MarketRate.parse('-0.00485') },
    { tenorMonths: 60, kind: 'irs', rate: MarketRate.parse('0.0021') },
    { tenorMonths: 84, kind: 'irs', rate: MarketRate.parse('0.00412') },
    { tenorMonths: 120, kind: 'irs', rate: MarketRate.parse('0.0071') },
  ],
});

const irsCurve = (recordedOn: string, points: Array<[number, string]>): ReferenceCurve =>
  referenceCurve({
    recordedOn: date(recordedOn),
    points: points.map(([tenorMonths, rate]) => ({
      tenorMonths,
      kind: tenorMonths <= 12 ? ('euribor' as const) : ('irs' as const),
      rate: MarketRate.parse(rate),
    })),
  });

const approve = (over: Partial<ApproveLoan> = {}): ApproveLoan => ({
  type: 'ApproveLoan',
  loanId,
  approvedOn: date('2021-03-15'),
  referenceCurve: curve2021,
  officer: { id: 'officer-bart' },
  ...over,
});

function appliedFor(command: ApplyForLoan, ctx: Partial<DecisionContext> = {}): LoanEvent {
  const [event] = decide(command, initialLoanState, {
    catalogue: defaultCatalogue(),
    clock,
    ...ctx,
  });
  return event;
}
const applied = appliedFor(apply());

const refusedWith = (command: LoanCommand, check: (e: RuleViolationError) => void, s = spec) =>
  s.given([]).when(command).thenThrows(RuleViolationError, check);

const approvalOf = (events: LoanEvent[]) => {
  const e = events.find((x) => x.type === 'LoanApproved');
  if (!e || e.type !== 'LoanApproved') throw new Error('no LoanApproved');
  return e.data;
};

describe('KMO-cofinanciering: the application', () => {
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

describe('KMO-cofinanciering: the approval, priced from the IRS curve', () => {
  it('given no curve recorded by the approval date then reference-curve-missing', () => {
    spec
      .given([applied])
      .when(approve({ referenceCurve: undefined }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['reference-curve-missing']);
        expect(messages(e)[0]).toContain('2021-03-15');
      });
  });

  it('given IRS 7 years 0.412 % then 0.412 % + 0.53 % = 0.942 % is below the floor: the offer carries 3 %, and says how', () => {
    spec
      .given([applied])
      .when(approve())
      .thenEvents((events) => {
        const data = approvalOf(events);
        expect(data.productVersion).toBe('cofinanciering-2018-01');
        expect(data.offer).toEqual({
          amount: '140000.00',
          annualRate: '0.03',
          termMonths: 84,
          repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 12 },
          offerValidUntil: '2021-04-14',
          pricing: {
            kind: 'reference-rate',
            curveRecordedOn: '2021-03-10',
            irsTenorMonths: 84,
            irsPoints: [{ tenorMonths: 84, rate: '0.00412' }],
            irsRate: '0.00412',
            margin: '0.0053',
            floor: '0.03',
            decimals: 4,
            floorApplied: true,
            rate: '0.03',
          },
        });
      });
  });

  it('given IRS between two tenors then it is interpolated linearly and the sum is the rate above the floor', () => {
    // 84 months between 60 (2.5 %) and 120 (3 %): 2.5 % + 0.5 % × 24/60 = 2.7 %; + 0.53 % = 3.23 %.
    const curve = irsCurve('2023-06-30', [
      [60, '0.025'],
      [120, '0.03'],
    ]);
    spec
      .given([applied])
      .when(approve({ approvedOn: date('2023-07-03'), referenceCurve: curve }))
      .thenEvents((events) => {
        const { offer } = approvalOf(events);
        expect(offer.annualRate).toBe('0.0323');
        expect(offer.pricing).toMatchObject({
          kind: 'reference-rate',
          irsPoints: [
            { tenorMonths: 60, rate: '0.025' },
            { tenorMonths: 120, rate: '0.03' },
          ],
          irsRate: '0.027',
          floorApplied: false,
          rate: '0.0323',
        });
      });
  });

  it.each([
    // IRS + 0.53 % on each side of the floor, and the rounding half up to 4 decimals.
    ['0.02464', '0.03', true],
    ['0.02469', '0.03', false],
    ['0.0247', '0.03', false],
    ['0.02471', '0.03', false],
    ['0.02476', '0.0301', false],
    ['0.02535', '0.0307', false],
    ['0.02534', '0.0306', false],
  ])(
    'given IRS 84 months %s then the rate is %s (floor applied: %s)',
    (irs, rate, floorApplied) => {
      const curve = irsCurve('2023-06-30', [[84, irs]]);
      spec
        .given([applied])
        .when(approve({ approvedOn: date('2023-07-03'), referenceCurve: curve }))
        .thenEvents((events) => {
          const { offer } = approvalOf(events);
          expect(offer.annualRate).toBe(rate);
          expect(offer.pricing).toMatchObject({ floorApplied, rate });
        });
    },
  );

  it("given an officer's rate other than the priced one then rate-not-product-rate naming IRS, margin and floor", () => {
    spec
      .given([applied])
      .when(approve({ annualRate: Rate.parse('0.025') }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['rate-not-product-rate']);
        expect(messages(e)[0]).toBe(
          'the KMO-cofinanciering approved on 2021-03-15 carries 3 %, not 2.5 %: IRS 84 months 0.412 % (curve recorded on 2021-03-10) + margin 0.53 % = 0.942 %, rounded 0.94 %, below the floor of 3 %, so the floor applies',
        );
      });
  });

  it("given the officer's rate equal to the priced one then it is accepted", () => {
    spec
      .given([applied])
      .when(approve({ annualRate: Rate.parse('0.0300') }))
      .thenEvents((events) => expect(approvalOf(events).offer.annualRate).toBe('0.03'));
  });

  it('given a curve whose IRS points do not reach the term then reference-curve-tenor-missing', () => {
    const short = irsCurve('2021-03-10', [
      [12, '-0.005'],
      [24, '0.001'],
      [60, '0.002'],
    ]);
    spec
      .given([applied])
      .when(approve({ referenceCurve: short }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['reference-curve-tenor-missing']);
        expect(messages(e)[0]).toContain('IRS rates from 24 to 60 months');
      });
  });

  describe('dated: a new margin starts a new version, priced by the approval date', () => {
    const margins: DefaultCatalogueOptions = {
      cofinancingMargins: [
        { validFrom: date('2018-01-01'), margin: Rate.parse('0.0053') },
        { validFrom: date('2024-01-01'), margin: Rate.parse('0.006') },
      ],
    };
    const curve = irsCurve('2023-12-29', [[84, '0.028']]);
    const withMargins = specWith({}, margins);

    it.each([
      ['2023-12-31', 'cofinanciering-2018-01', '0.0333'],
      ['2024-01-01', 'cofinanciering-2024-01', '0.034'],
    ])('given an approval on %s then %s prices %s', (approvedOn, version, rate) => {
      withMargins
        .given([applied])
        .when(approve({ approvedOn: date(approvedOn), referenceCurve: curve }))
        .thenEvents((events) => {
          const data = approvalOf(events);
          expect(data.productVersion).toBe(version);
          expect(data.offer.annualRate).toBe(rate);
        });
    });
  });

  describe('every rule again when the officer changes the amount or the term', () => {
    it('given an amount above 50 % of the need then amount-above-investment-share', () => {
      spec
        .given([applied])
        .when(approve({ amount: eur('200000.01') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['amount-above-investment-share']),
        );
    });

    it('given a longer term that leaves the co-financier 3 years shorter then cofinancing-term-too-short', () => {
      spec
        .given([applied])
        .when(approve({ termMonths: 120 }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['cofinancing-term-too-short']),
        );
    });

    it('given a lower amount within every ratio then it is offered', () => {
      spec
        .given([applied])
        .when(approve({ amount: eur('100000.00'), termMonths: 96 }))
        .thenEvents((events) =>
          expect(approvalOf(events).offer).toMatchObject({ amount: '100000.00', termMonths: 96 }),
        );
    });
  });

  describe('a capital holiday of 1 or 2 years, no other', () => {
    it.each([12, 24])('given %i months then it is offered', (months) => {
      spec
        .given([applied])
        .when(approve({ repayment: { capitalHolidayMonths: months } }))
        .thenEvents((events) =>
          expect(approvalOf(events).offer.repayment.capitalHolidayMonths).toBe(months),
        );
    });

    it.each([0, 6, 36])('given %i months then capital-holiday-not-offered', (months) => {
      spec
        .given([applied])
        .when(approve({ repayment: { capitalHolidayMonths: months } }))
        .thenThrows(RuleViolationError, (e) => {
          expect(rules(e)).toEqual(['capital-holiday-not-offered']);
          expect(messages(e)[0]).toBe(
            `the KMO-cofinanciering comes with a capital holiday of 12 or 24 months, not ${months}`,
          );
        });
    });
  });

  it('given quarterly instalments on a term that is no whole number of quarters then term-not-whole-periods', () => {
    const odd = appliedFor(
      apply({
        termMonths: 85,
        coFinancing: {
          amount: eur('160000.00'),
          termMonths: 85,
          partner: { kind: 'bank', name: 'KBC Bank' },
        },
      }),
    );
    spec
      .given([odd])
      .when(
        approve({
          repayment: { frequency: 'quarterly' },
          referenceCurve: irsCurve('2021-03-10', [
            [60, '0.002'],
            [120, '0.007'],
          ]),
        }),
      )
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['term-not-whole-periods']));
  });

  it('given a bullet repayment then repayment-method-not-offered', () => {
    spec
      .given([applied])
      .when(approve({ repayment: { method: 'bullet' } }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['repayment-method-not-offered']),
      );
  });

  it('given a capital holiday justification then capital-holiday-justification-not-needed', () => {
    spec
      .given([applied])
      .when(approve({ capitalHolidayJustification: 'slow start' }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['capital-holiday-justification-not-needed']),
      );
  });

  it('given an officer above their limit, then the proposal is priced, and the second approval confirms that price whatever curve it is given', () => {
    const junior = { id: 'officer-dirk', approvalLimit: eur('50000.00') };
    const [proposed] = decide(approve({ officer: junior }), foldLoan([applied]), {
      catalogue: defaultCatalogue(),
      clock,
    });
    expect(proposed.type).toBe('LoanApprovalProposed');
    if (proposed.type !== 'LoanApprovalProposed') return;
    expect(proposed.data.offer.pricing).toMatchObject({ kind: 'reference-rate', rate: '0.03' });
    const later = irsCurve('2021-03-20', [[84, '0.03']]);
    spec
      .given([applied, proposed])
      .when(approve({ approvedOn: date('2021-03-22'), referenceCurve: later }))
      .thenEvents((events) => {
        expect(events.map((e) => e.type)).toEqual(['LoanApprovalSeconded', 'LoanApproved']);
        const data = approvalOf(events);
        expect(data.approvedBy).toEqual(['officer-dirk', 'officer-bart']);
        expect(data.offer.annualRate).toBe('0.03');
        expect(data.offer.pricing).toEqual(proposed.data.offer.pricing);
        const state = foldLoan([applied, proposed, ...events]);
        expect(state.offer?.pricing).toEqual(proposed.data.offer.pricing);
      });
  });
});

describe('KMO-cofinanciering combined with a Startlening applied for at the same time', () => {
  /** Need 600,000.00; PMV 100,000.00 on an own part of 35,000.00; a bank 200,000.00. */
  const combinedApplication = (over: Partial<ApplyForLoan> = {}) =>
    apply({
      amount: eur('100000.00'),
      investmentNeed: eur('600000.00'),
      ownContribution: eur('35000.00'),
      ownContributionItems: undefined,
      coFinancing: {
        amount: eur('200000.00'),
        termMonths: 84,
        partner: { kind: 'bank', name: 'KBC Bank' },
      },
      combinedWithLoanId: startLoanId,
      ...over,
    });
  /** A natural person's Startlening of 100,000.00 on 25,000.00, attest valid on 2021-03-01. */
  const startLoan = (over: Partial<Extract<CombinedLoan, { found: true }>> = {}): CombinedLoan => ({
    loanId: startLoanId,
    found: true,
    productCode: 'startlening',
    status: 'applied',
    naturalPerson: true,
    appliedOn: date('2021-03-01'),
    amount: eur('100000.00'),
    ownContribution: eur('25000.00'),
    startAttest: { number: 'SA-2021-00417', validUntil: date('2021-03-01') },
    ...over,
  });
  const withStart = (over: Partial<Extract<CombinedLoan, { found: true }>> = {}) =>
    specWith({ combinedLoan: startLoan(over) });

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

  it('given the approval, when the start loan was approved for more meanwhile, then the total is checked again', () => {
    const appliedCombined = appliedFor(
      combinedApplication({ amount: eur('240000.00'), ownContribution: eur('70000.00') }),
      {
        combinedLoan: startLoan({ amount: eur('100000.00') }),
      },
    );
    withStart({ status: 'approved', amount: eur('110000.01') })
      .given([appliedCombined])
      .when(approve())
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['combination-above-maximum']),
      );
    withStart({ status: 'approved', amount: eur('110000.01') })
      .given([appliedCombined])
      .when(approve({ amount: eur('240000.00').minus(eur('10000.00')) }))
      .thenEvents((events) => expect(approvalOf(events).offer.amount).toBe('230000.00'));
  });

  it('combinedLoanIdFor names the loan to read at application and at approval only', () => {
    const appliedCombined = foldLoan([
      appliedFor(combinedApplication(), { combinedLoan: startLoan() }),
    ]);
    expect(combinedLoanIdFor(combinedApplication(), initialLoanState)).toBe(startLoanId);
    expect(combinedLoanIdFor(apply(), initialLoanState)).toBeUndefined();
    expect(combinedLoanIdFor(approve(), appliedCombined)).toBe(startLoanId);
    expect(
      combinedLoanIdFor(
        { type: 'DisburseLoan', loanId, disbursedOn: date('2021-04-01') },
        appliedCombined,
      ),
    ).toBeUndefined();
  });

  it("combinedLoanOf sums up a start loan's state: the offer's amount once approved", () => {
    expect(combinedLoanOf(startLoanId, initialLoanState)).toEqual({
      loanId: startLoanId,
      found: false,
    });
    const startApplied: LoanEvent = {
      type: 'LoanApplied',
      effectiveOn: '2021-03-01',
      data: {
        loanId: startLoanId,
        productCode: 'startlening',
        productVersion: 'startlening-2018-01',
        borrower: { ...borrower, naturalPerson: true },
        amount: '100000.00',
        termMonths: 84,
        purpose: 'start',
        appliedOn: '2021-03-01',
        ownContribution: '25000.00',
        selfEmployment: { mainOccupation: true },
        startAttest: { number: 'SA-1', validUntil: '2021-06-30' },
        registeredBy: 'clerk-anna',
      },
    };
    expect(combinedLoanOf(startLoanId, foldLoan([startApplied]))).toEqual({
      loanId: startLoanId,
      found: true,
      productCode: 'startlening',
      status: 'applied',
      naturalPerson: true,
      appliedOn: date('2021-03-01'),
      amount: eur('100000.00'),
      ownContribution: eur('25000.00'),
      startAttest: { number: 'SA-1', validUntil: date('2021-06-30') },
    });
    const startApproved: LoanEvent = {
      type: 'LoanApproved',
      effectiveOn: '2021-03-10',
      data: {
        loanId: startLoanId,
        approvedOn: '2021-03-10',
        productVersion: 'startlening-2018-01',
        offer: {
          amount: '90000.00',
          annualRate: '0.03',
          termMonths: 84,
          repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 12 },
          offerValidUntil: '2021-04-09',
        },
        approvedBy: ['officer-bart'],
      },
    };
    expect(combinedLoanOf(startLoanId, foldLoan([startApplied, startApproved]))).toMatchObject({
      status: 'approved',
      amount: eur('90000.00'),
    });
  });
});
