import { LocalDate } from '@js-joda/core';
import { Money, Rate } from '../money';
import { defaultCatalogue } from '../products';
import { DeciderSpecification } from '../testing/decider-specification';
import { fixedClock } from '../time';
import type {
  ApplyForLoan,
  DisburseLoan,
  ApproveLoan,
  LoanCommand,
  RefuseLoan,
  WithdrawApplication,
} from './commands';
import type { DecisionContext } from './context';
import { decide } from './decide';
import { RuleViolationError } from './errors';
import type { LoanEvent } from './events';
import { evolve, initialLoanState, type LoanState } from './state';

const loanId = '6f1c1a52-2a53-4c39-9f77-6a2d0c0f7c11';
const ctx = (): DecisionContext => ({
  catalogue: defaultCatalogue(),
  clock: fixedClock('2026-11-21T10:00:00Z'),
});
const spec = new DeciderSpecification<LoanCommand, LoanEvent, LoanState, DecisionContext>(
  { decide, evolve, initialState: initialLoanState },
  ctx,
);
const date = (s: string) => LocalDate.parse(s);
const borrower = {
  enterpriseNumber: '0403.170.701',
  name: 'Bakkerij Peeters',
  province: 'Antwerpen',
};

const apply = (over: Partial<ApplyForLoan> = {}): ApplyForLoan => ({
  type: 'ApplyForLoan',
  loanId,
  productCode: 'impulskrediet',
  borrower,
  amount: Money.parse('25000.00'),
  termMonths: 60,
  purpose: 'oven and working capital',
  appliedOn: date('2018-03-01'),
  registeredBy: 'clerk-anna',
  ...over,
});
const approve = (over: Partial<ApproveLoan> = {}): ApproveLoan => ({
  type: 'ApproveLoan',
  loanId,
  approvedOn: date('2018-03-15'),
  officer: { id: 'officer-bart' },
  ...over,
});
const refuse = (over: Partial<RefuseLoan> = {}): RefuseLoan => ({
  type: 'RefuseLoan',
  loanId,
  refusedOn: date('2018-03-20'),
  reasons: ['known-payment-arrears'],
  explanation: 'arrears with two suppliers',
  ...over,
});
const withdraw = (over: Partial<WithdrawApplication> = {}): WithdrawApplication => ({
  type: 'WithdrawApplication',
  loanId,
  withdrawnOn: date('2018-03-25'),
  reason: 'found other financing',
  ...over,
});

const applied: LoanEvent = {
  type: 'LoanApplied',
  effectiveOn: '2018-03-01',
  data: {
    loanId,
    productCode: 'impulskrediet',
    productVersion: 'impulskrediet-2016-01',
    borrower,
    amount: '25000.00',
    termMonths: 60,
    purpose: 'oven and working capital',
    appliedOn: '2018-03-01',
    registeredBy: 'clerk-anna',
  },
};
const approved: LoanEvent = {
  type: 'LoanApproved',
  effectiveOn: '2018-03-15',
  data: {
    loanId,
    approvedOn: '2018-03-15',
    productVersion: 'impulskrediet-2016-01',
    offer: {
      amount: '25000.00',
      annualRate: '0.06',
      termMonths: 60,
      repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 0 },
      offerValidUntil: '2018-04-14',
    },
    approvedBy: ['officer-bart'],
  },
};
const disburse = (over: Partial<DisburseLoan> = {}): DisburseLoan => ({
  type: 'DisburseLoan',
  loanId,
  disbursedOn: date('2018-03-20'),
  ...over,
});
const disbursed: LoanEvent = {
  type: 'LoanDisbursed',
  effectiveOn: '2018-03-20',
  data: { loanId, disbursedOn: '2018-03-20', amount: '25000.00' },
};
const refused: LoanEvent = {
  type: 'LoanRefused',
  effectiveOn: '2018-03-20',
  data: {
    loanId,
    refusedOn: '2018-03-20',
    reasons: ['known-payment-arrears'],
    explanation: 'arrears with two suppliers',
  },
};
const withdrawnFrom = (from: 'applied' | 'approved'): LoanEvent => ({
  type: 'ApplicationWithdrawn',
  effectiveOn: '2018-03-25',
  data: { loanId, withdrawnOn: '2018-03-25', reason: 'found other financing', withdrawnFrom: from },
});

const rules = (e: RuleViolationError) => e.violations.map((v) => v.rule);

describe('loan decider', () => {
  // Every command in every state, for every product: lifecycle.spec.ts.

  describe('apply', () => {
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

  describe('approve', () => {
    it('given an application, when approved in 2018, then the offer carries the 2016 rate of 6 %', () => {
      spec.given([applied]).when(approve()).then([approved]);
    });

    it('given an application, when approved in 2022, then the offer carries 7 %', () => {
      spec
        .given([applied])
        .when(approve({ approvedOn: date('2022-05-02') }))
        .thenEvents(([e]) => {
          expect(e.type).toBe('LoanApproved');
          if (e.type !== 'LoanApproved') return;
          expect(e.data.offer.annualRate).toBe('0.07');
          expect(e.data.productVersion).toBe('impulskrediet-2021-02');
          expect(e.data.offer.offerValidUntil).toBe('2022-06-01');
        });
    });

    it('then the offer may lower the amount and shorten the term within the product limits', () => {
      spec
        .given([applied])
        .when(approve({ amount: Money.parse('20000.00'), termMonths: 48 }))
        .thenEvents(([e]) => {
          if (e.type !== 'LoanApproved') throw new Error(e.type);
          expect(e.data.offer).toMatchObject({ amount: '20000.00', termMonths: 48 });
        });
    });

    it('then a rate other than the fixed product rate is refused', () => {
      spec
        .given([applied])
        .when(approve({ annualRate: Rate.parse('0.05') }))
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['rate-not-product-rate']));
      spec
        .given([applied])
        .when(approve({ annualRate: Rate.parse('0.060') }))
        .thenEvents((ev) => expect(ev).toHaveLength(1));
    });

    it('then repayment terms the product does not offer are refused', () => {
      spec
        .given([applied])
        .when(
          approve({
            repayment: { method: 'bullet', frequency: 'annual', capitalHolidayMonths: 6 },
          }),
        )
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual([
            'repayment-method-not-offered',
            'repayment-frequency-not-offered',
            'capital-holiday-too-long',
          ]),
        );
    });

    it('then an offer may hold at most the product’s longest validity (92 days): 9999-12-31 is offer-validity-too-long, day 92 is an offer', () => {
      spec
        .given([applied])
        .when(approve({ approvedOn: date('2018-03-15'), offerValidUntil: date('9999-12-31') }))
        .thenThrows(RuleViolationError, (e) => {
          expect(rules(e)).toEqual(['out-of-range']);
        });
      spec
        .given([applied])
        .when(approve({ approvedOn: date('2018-03-15'), offerValidUntil: date('2018-06-16') }))
        .thenThrows(RuleViolationError, (e) => {
          expect(rules(e)).toEqual(['offer-validity-too-long']);
          expect(e.violations[0].message).toContain('until 2018-06-15 at the latest (92 days');
        });
      spec
        .given([applied])
        .when(approve({ approvedOn: date('2018-03-15'), offerValidUntil: date('2018-06-15') }))
        .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['LoanApproved']));
    });

    it('then an approval dated before the application, or an offer validity before the approval, is refused', () => {
      spec
        .given([applied])
        .when(approve({ approvedOn: date('2018-02-28'), offerValidUntil: date('2018-02-01') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual([
            'approval-before-application',
            'offer-validity-before-approval',
          ]),
        );
    });

    it('then an offer above the maximum is refused', () => {
      spec
        .given([applied])
        .when(approve({ amount: Money.parse('30000.00') }))
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['amount-above-maximum']));
    });
  });

  describe('refuse', () => {
    it('given an application, when refused with reasons, then LoanRefused with the reasons once each', () => {
      spec
        .given([applied])
        .when(refuse({ reasons: ['known-payment-arrears', 'known-payment-arrears'] }))
        .then([refused]);
    });

    it('then a refusal without a reason, or with an unknown one, is refused', () => {
      spec
        .given([applied])
        .when(refuse({ reasons: [] }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['refusal-reason-required']),
        );
      spec
        .given([applied])
        .when(refuse({ reasons: ['bad-weather' as never] }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['unknown-refusal-reason']),
        );
    });

    it('then a refusal dated before the application is refused', () => {
      spec
        .given([applied])
        .when(refuse({ refusedOn: date('2018-01-01') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['refusal-before-application']),
        );
    });
  });

  describe('withdraw', () => {
    it('given an application, when withdrawn, then ApplicationWithdrawn from applied', () => {
      spec
        .given([applied])
        .when(withdraw())
        .then([withdrawnFrom('applied')]);
    });

    it('given an offer, when withdrawn, then ApplicationWithdrawn from approved', () => {
      spec
        .given([applied, approved])
        .when(withdraw())
        .then([withdrawnFrom('approved')]);
    });

    it('given an offer, when withdrawn before its approval date, then refused', () => {
      spec
        .given([applied, approved])
        .when(withdraw({ withdrawnOn: date('2018-03-10') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['withdrawal-before-approval']),
        );
    });
  });

  describe('disburse', () => {
    it('given an offer, when disbursed within its validity, then LoanDisbursed of the offered amount', () => {
      spec.given([applied, approved]).when(disburse()).then([disbursed]);
    });

    it('given an offer, when disbursed on its last valid day, then it is active', () => {
      spec
        .given([applied, approved])
        .when(disburse({ disbursedOn: date('2018-04-14') }))
        .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['LoanDisbursed']));
    });

    it('given an offer, when disbursed the day after its validity, then offer-lapsed', () => {
      spec
        .given([applied, approved])
        .when(disburse({ disbursedOn: date('2018-04-15') }))
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['offer-lapsed']));
    });

    it('given an offer, when disbursed before its approval or in the future, then both are named', () => {
      spec
        .given([applied, approved])
        .when(disburse({ disbursedOn: date('2018-03-14') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['disbursement-before-approval']),
        );
      spec
        .given([applied, approved])
        .when(disburse({ disbursedOn: date('2026-11-22') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['date-in-future', 'offer-lapsed']),
        );
    });

    it('evolves to active with the disbursement date and amount', () => {
      const state = evolveAll([applied, approved, disbursed]);
      expect(state.status).toBe('active');
      expect(state.disbursement?.disbursedOn.toString()).toBe('2018-03-20');
      expect(state.disbursement?.amount.toString()).toBe('25000.00');
    });
  });

  describe('evolve', () => {
    it('folds the offer into the state with exact money and rate', () => {
      const state = evolveAll([applied, approved]);
      expect(state.status).toBe('approved');
      expect(state.offer?.amount.toString()).toBe('25000.00');
      expect(state.offer?.annualRate.toString()).toBe('0.06');
      expect(state.application?.appliedOn.toString()).toBe('2018-03-01');
    });
  });
});

function evolveAll(events: LoanEvent[]): LoanState {
  return events.reduce(evolve, initialLoanState);
}
