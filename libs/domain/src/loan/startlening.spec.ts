import { LocalDate } from '@js-joda/core';
import { Money, Rate } from '../money';
import { type DefaultCatalogueOptions, defaultCatalogue } from '../products';
import { DeciderSpecification } from '../testing/decider-specification';
import { fixedClock } from '../time';
import type { ApplyForLoan, ApproveLoan, LoanCommand } from './commands';
import type { DecisionContext } from './context';
import { decide } from './decide';
import { RuleViolationError } from './errors';
import type { LoanEvent } from './events';
import { type LoanState, evolve, foldLoan, initialLoanState } from './state';

// Startlening (DOMAIN.md 3.4): for starters (at most 4 years of self-employment in main
// occupation), at most the lower of EUR 100,000 and 4 × the own contribution, 3 to 10 years,
// 3 % fixed with a capital holiday of 1 year, or 3.25 % with 2 years and a written justification.

const loanId = '5c4b3a29-1807-4f6e-9d5c-4b3a29180706';
const clock = fixedClock('2026-11-21T10:00:00Z');
const date = (s: string) => LocalDate.parse(s);
const eur = (s: string) => Money.parse(s);
const rules = (e: RuleViolationError) => e.violations.map((v) => v.rule);
const messages = (e: RuleViolationError) => e.violations.map((v) => v.message);

function specWith(options: DefaultCatalogueOptions = {}) {
  const catalogue = defaultCatalogue(options);
  return new DeciderSpecification<LoanCommand, LoanEvent, LoanState, DecisionContext>(
    { decide, evolve, initialState: initialLoanState },
    () => ({ catalogue, clock }),
  );
}
const spec = specWith();

const starter = {
  enterpriseNumber: '0403.170.701',
  name: 'Lotte Claes',
  province: 'Oost-Vlaanderen',
  naturalPerson: true,
};

/** 80,000.00 on an own contribution of 20,000.00, self-employed since 2019-01-01, filed 2021-03-01. */
const apply = (over: Partial<ApplyForLoan> = {}): ApplyForLoan => ({
  type: 'ApplyForLoan',
  loanId,
  productCode: 'startlening',
  borrower: starter,
  amount: eur('80000.00'),
  termMonths: 84,
  purpose: 'bicycle repair shop',
  appliedOn: date('2021-03-01'),
  ownContribution: eur('20000.00'),
  selfEmployment: { since: date('2019-01-01'), mainOccupation: true },
  startAttest: { number: 'SA-2021-00417', validUntil: date('2021-06-30') },
  registeredBy: 'clerk-anna',
  ...over,
});
const approve = (over: Partial<ApproveLoan> = {}): ApproveLoan => ({
  type: 'ApproveLoan',
  loanId,
  approvedOn: date('2021-03-15'),
  officer: { id: 'officer-bart' },
  ...over,
});

const [applied] = decide(apply(), initialLoanState, { catalogue: defaultCatalogue(), clock });
const accepted = (command: LoanCommand) =>
  spec
    .given([])
    .when(command)
    .thenEvents((ev) => expect(ev.map((e) => e.type)).toEqual(['LoanApplied']));
const refused = (command: LoanCommand, check: (e: RuleViolationError) => void) =>
  spec.given([]).when(command).thenThrows(RuleViolationError, check);
const offerOf = (events: LoanEvent[]) => {
  const e = events.find((x) => x.type === 'LoanApproved');
  if (!e || e.type !== 'LoanApproved') throw new Error('no LoanApproved');
  return e.data.offer;
};

describe('Startlening: the application', () => {
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

describe('Startlening: the approval', () => {
  it('given no repayment terms then the offer has the 1-year holiday at 3 %, and says so', () => {
    spec
      .given([applied])
      .when(approve())
      .thenEvents((events) =>
        expect(offerOf(events)).toEqual({
          amount: '80000.00',
          annualRate: '0.03',
          termMonths: 84,
          repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 12 },
          offerValidUntil: '2021-04-14',
          pricing: { kind: 'capital-holiday-rate', capitalHolidayMonths: 12, rate: '0.03' },
        }),
      );
  });

  it('given a 2-year holiday with its written justification then 3.25 %, the justification recorded', () => {
    spec
      .given([applied])
      .when(
        approve({
          repayment: { capitalHolidayMonths: 24 },
          capitalHolidayJustification: '  the shop opens after an 18-month renovation  ',
        }),
      )
      .thenEvents((events) => {
        const offer = offerOf(events);
        expect(offer.annualRate).toBe('0.0325');
        expect(offer.pricing).toEqual({
          kind: 'capital-holiday-rate',
          capitalHolidayMonths: 24,
          rate: '0.0325',
          justification: 'the shop opens after an 18-month renovation',
        });
      });
  });

  it('given a 2-year holiday without justification then capital-holiday-justification-missing', () => {
    spec
      .given([applied])
      .when(approve({ repayment: { capitalHolidayMonths: 24 } }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['capital-holiday-justification-missing']);
        expect(messages(e)[0]).toBe(
          'a capital holiday of 24 months of the Startlening needs a written justification (capitalHolidayJustification); it comes at 3.25 % instead of 3 %',
        );
      });
  });

  it('given a justification with the 1-year holiday then capital-holiday-justification-not-needed', () => {
    spec
      .given([applied])
      .when(approve({ capitalHolidayJustification: 'just in case' }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['capital-holiday-justification-not-needed']),
      );
  });

  it.each([
    [12, '0.0325'],
    [24, '0.03'],
  ])(
    'given a holiday of %i months and an officer rate of %s then rate-not-product-rate',
    (months, rate) => {
      spec
        .given([applied])
        .when(
          approve({
            repayment: { capitalHolidayMonths: months },
            annualRate: Rate.parse(rate),
            ...(months === 24 ? { capitalHolidayJustification: 'renovation' } : {}),
          }),
        )
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['rate-not-product-rate']));
    },
  );

  it('given the officer states 3.25 % with the 2-year holiday and justification then it is accepted', () => {
    spec
      .given([applied])
      .when(
        approve({
          repayment: { capitalHolidayMonths: 24 },
          annualRate: Rate.parse('0.0325'),
          capitalHolidayJustification: 'renovation',
        }),
      )
      .thenEvents((events) => expect(offerOf(events).annualRate).toBe('0.0325'));
  });

  it.each([0, 6, 36])('given a holiday of %i months then capital-holiday-not-offered', (months) => {
    spec
      .given([applied])
      .when(approve({ repayment: { capitalHolidayMonths: months } }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['capital-holiday-not-offered']),
      );
  });

  it('given the officer raises the amount above 4 times the own contribution then amount-above-own-contribution-multiple', () => {
    spec
      .given([applied])
      .when(approve({ amount: eur('80000.01') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['amount-above-own-contribution-multiple']),
      );
  });

  it('given a quarterly schedule then the holiday and term are whole quarters', () => {
    spec
      .given([applied])
      .when(approve({ repayment: { frequency: 'quarterly', method: 'linear' } }))
      .thenEvents((events) =>
        expect(offerOf(events).repayment).toEqual({
          method: 'linear',
          frequency: 'quarterly',
          capitalHolidayMonths: 12,
        }),
      );
  });
});
