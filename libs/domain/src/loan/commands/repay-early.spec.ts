import { LocalDate } from '@js-joda/core';
import fc from 'fast-check';
import { exactReinvestmentFee, referenceCurve, type ReferenceCurve } from '../../fees';
import { Money, Rate } from '../../money';
import { defaultCatalogue, ProductCatalogue, type ProductVersion } from '../../products';
import { DeciderSpecification } from '../../testing/decider-specification';
import { recordedHistory } from '../../testing/loan-history';
import { fixedClock } from '../../time';
import type { LoanCommand, RepayEarly, RepayInstalment } from '../commands';
import type { DecisionContext } from '../context';
import { decide } from '../decide';
import { RuleViolationError } from '../errors';
import type { EarlyRepaymentMadeData, LoanEvent } from '../events';
import { arrearsOf, ledgerOf } from '../ledger';
import { evolve, foldLoan, initialLoanState, type LoanState } from '../state';

// The loan after its offer: the offer lapses, instalments are paid (in business-date order,
// oldest instalment first, interest before principal), capital is repaid early with its fee.

const loanId = '9e2d4c61-7a35-4b8f-9c1d-2e3f4a5b6c7d';
const date = (s: string) => LocalDate.parse(s);
const eur = (s: string) => Money.parse(s);
const rules = (e: RuleViolationError) => e.violations.map((v) => v.rule);

function specAt(instant = '2026-11-21T10:00:00Z', catalogue = defaultCatalogue()) {
  const clock = fixedClock(instant);
  return new DeciderSpecification<LoanCommand, LoanEvent, LoanState, DecisionContext>(
    { decide, evolve, initialState: initialLoanState },
    () => ({
      catalogue,
      clock,
      winwinExposure: { borrowerRegistered: Money.zero(), lenderRegistered: Money.zero() },
    }),
  );
}
const spec = specAt();

/** The decider's own events for commands on top of a history (for histories with payments). */
function recorded(
  given: LoanEvent[],
  commands: LoanCommand[],
  catalogue = defaultCatalogue(),
): LoanEvent[] {
  return recordedHistory(given, commands, {
    catalogue,
    clock: fixedClock('2026-11-21T10:00:00Z'),
  });
}

const borrower = {
  enterpriseNumber: '0403.170.701',
  name: 'Bakkerij Peeters',
  province: 'Antwerpen',
};

/** An Impulskrediet of 25,000.00 at 6 % over 60 months, instalments of 483.32 from 2018-04-20. */
const applied = (amount = '25000.00', termMonths = 60): LoanEvent => ({
  type: 'LoanApplied',
  effectiveOn: '2018-03-01',
  data: {
    loanId,
    productCode: 'impulskrediet',
    productVersion: 'impulskrediet-2016-01',
    borrower,
    amount,
    termMonths,
    purpose: 'oven and working capital',
    appliedOn: '2018-03-01',
    registeredBy: 'clerk-anna',
  },
});
const approved = (amount = '25000.00', termMonths = 60): LoanEvent => ({
  type: 'LoanApproved',
  effectiveOn: '2018-03-15',
  data: {
    loanId,
    approvedOn: '2018-03-15',
    productVersion: 'impulskrediet-2016-01',
    offer: {
      amount,
      annualRate: '0.06',
      termMonths,
      repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 0 },
      offerValidUntil: '2018-04-14',
    },
    approvedBy: ['officer-bart'],
  },
});
const disbursed = (amount = '25000.00'): LoanEvent => ({
  type: 'LoanDisbursed',
  effectiveOn: '2018-03-20',
  data: { loanId, disbursedOn: '2018-03-20', amount },
});
const active: LoanEvent[] = [applied(), approved(), disbursed()];
/** 3,000.00 over 3 months: 1,010.02 on 2018-04-20 and 2018-05-20, 1,010.00 on 2018-06-20. */
const shortLoan: LoanEvent[] = [
  applied('3000.00', 3),
  approved('3000.00', 3),
  disbursed('3000.00'),
];

const pay = (paidOn: string, amount: string): RepayInstalment => ({
  type: 'RepayInstalment',
  loanId,
  paidOn: date(paidOn),
  amount: eur(amount),
});
const repayEarly = (repaidOn: string, over: Partial<RepayEarly> = {}): RepayEarly => ({
  type: 'RepayEarly',
  loanId,
  repaidOn: date(repaidOn),
  ...over,
});
const allocation = (instalment: number, dueOn: string, interest: string, principal: string) => ({
  instalment,
  dueOn,
  interest,
  principal,
});
const firstPaid = recorded(active, [pay('2018-04-20', '483.32')]);

describe('the offer lapses (LapseOffer)', () => {
  const offer = [applied(), approved()]; // valid until 2018-04-14

  it('given an offer valid until 2018-04-14, when the lapse is asked on that day, then offer-still-valid', () => {
    specAt('2018-04-14T10:00:00Z')
      .given(offer)
      .when({ type: 'LapseOffer', loanId })
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['offer-still-valid']);
        expect(e.violations[0].message).toContain('2018-04-14');
      });
  });

  it('given the same offer, when the lapse is asked the day after (in Brussels), then OfferLapsed on that day', () => {
    // 22:30 UTC on 14 April is 00:30 on 15 April in Brussels: the business day has turned.
    specAt('2018-04-14T22:30:00Z')
      .given(offer)
      .when({ type: 'LapseOffer', loanId })
      .then([
        {
          type: 'OfferLapsed',
          effectiveOn: '2018-04-15',
          data: { loanId, lapsedOn: '2018-04-15', offerValidUntil: '2018-04-14' },
        },
      ]);
  });

  it('given the same offer, when the lapse is recorded years late, then it is dated the day after the validity', () => {
    spec
      .given(offer)
      .when({ type: 'LapseOffer', loanId })
      .thenEvents(([e]) => {
        expect(e).toMatchObject({ type: 'OfferLapsed', effectiveOn: '2018-04-15' });
        expect(foldLoan([...offer, e]).lapse?.lapsedOn.toString()).toBe('2018-04-15');
      });
  });
});

describe('paying instalments (RepayInstalment)', () => {
  it('given an active loan, when the first instalment is paid on its due date, then InstalmentPaid: interest first, then principal', () => {
    spec
      .given(active)
      .when(pay('2018-04-20', '483.32'))
      .then([
        {
          type: 'InstalmentPaid',
          effectiveOn: '2018-04-20',
          data: {
            loanId,
            paymentId: 'p1',
            paidOn: '2018-04-20',
            amount: '483.32',
            allocation: [allocation(1, '2018-04-20', '125.00', '358.32')],
            interestPaid: '125.00',
            principalPaid: '358.32',
            outstandingPrincipal: '24641.68',
          },
        },
      ]);
  });

  it('given two instalments due, when 600.00 is paid, then the oldest is settled first and the rest pays interest of the next', () => {
    spec
      .given(active)
      .when(pay('2018-05-25', '600.00'))
      .thenEvents(([e]) => {
        if (e.type !== 'InstalmentPaid') throw new Error(e.type);
        expect(e.data.allocation).toEqual([
          allocation(1, '2018-04-20', '125.00', '358.32'),
          allocation(2, '2018-05-20', '116.68', '0.00'),
        ]);
        expect(e.data).toMatchObject({ interestPaid: '241.68', principalPaid: '358.32' });
        expect(e.data.outstandingPrincipal).toBe('24641.68');
      });
    // The rest of instalment 2: its 6.53 of interest left, then its 360.11 of principal.
    spec
      .given(recorded(active, [pay('2018-05-25', '600.00')]))
      .when(pay('2018-05-26', '366.64'))
      .thenEvents(([e]) => {
        if (e.type !== 'InstalmentPaid') throw new Error(e.type);
        expect(e.data.paymentId).toBe('p2');
        expect(e.data.allocation).toEqual([allocation(2, '2018-05-20', '6.53', '360.11')]);
        expect(e.data.outstandingPrincipal).toBe('24281.57');
      });
  });

  it('given 483.32 due, when 483.33 is paid, then payment-above-amount-due (483.32 is accepted above)', () => {
    spec
      .given(active)
      .when(pay('2018-04-20', '483.33'))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['payment-above-amount-due']);
        expect(e.violations[0].field).toBe('amount');
        expect(e.violations[0].message).toContain('EUR 483.33');
        expect(e.violations[0].message).toContain('EUR 483.32 payable up to the next instalment');
        expect(e.violations[0].message).toContain('early-repayment-quote?on=2018-04-20');
      });
  });

  it('given nothing due yet, when the first instalment is paid the day before its due date, then it is paid in advance', () => {
    spec
      .given(active)
      .when(pay('2018-04-19', '483.32'))
      .thenEvents((events) => {
        const [paid] = events;
        if (paid.type !== 'InstalmentPaid') throw new Error(paid.type);
        expect(paid.data.allocation).toEqual([allocation(1, '2018-04-20', '125.00', '358.32')]);
        expect(paid.data.outstandingPrincipal).toBe('24641.68');
      });
  });

  it('given nothing due yet, when more than the next instalment is paid ahead, then payment-above-amount-due says nothing is due now and to quote an early repayment', () => {
    spec
      .given(active)
      .when(pay('2018-04-19', '483.33'))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['payment-above-amount-due']);
        expect(e.violations[0].message).toContain(
          'more than the EUR 483.32 payable up to the next instalment (due 2018-04-20); nothing is due now',
        );
        expect(e.violations[0].message).toContain('early repayment');
      });
  });

  it('given the first instalment paid in advance, when an early repayment is dated before its due date, then instalment-paid-in-advance', () => {
    spec
      .given(recorded(active, [pay('2018-04-10', '483.32')]))
      .when({ type: 'RepayEarly', loanId, repaidOn: date('2018-04-12'), full: true })
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['instalment-paid-in-advance']),
      );
  });

  it('payments around each due date: exactly what is payable up to the next instalment is accepted, a cent more is refused (property)', () => {
    const schedule = ledgerOf(foldLoan(active)).instalments;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11 }), fc.integer({ min: -5, max: 5 }), (k, offset) => {
        // The first k instalments paid on time, then a payment `offset` days from the next due date.
        const history = recorded(
          active,
          schedule.slice(0, k).map((i) => pay(i.dueOn.toString(), i.unpaid.toString())),
        );
        const on = schedule[k].dueOn.plusDays(offset);
        if (k > 0 && !on.isAfter(schedule[k - 1].dueOn)) return; // not after the last payment
        const next = schedule.find((i) => !i.dueOn.isBefore(on))!;
        const payable = Money.sum(
          schedule
            .filter((i) => !i.dueOn.isAfter(next.dueOn))
            .slice(k)
            .map((i) => i.unpaid),
        );
        spec
          .given(history)
          .when(pay(on.toString(), payable.toString()))
          .thenEvents((events) => {
            const [paid] = events;
            if (paid.type !== 'InstalmentPaid') throw new Error(paid.type);
            expect(paid.data.allocation.at(-1)!.dueOn).toBe(next.dueOn.toString());
          });
        spec
          .given(history)
          .when(pay(on.toString(), payable.plus(eur('0.01')).toString()))
          .thenThrows(RuleViolationError, (e) =>
            expect(rules(e)).toEqual(['payment-above-amount-due']),
          );
      }),
    );
  });

  it('then a payment of 0.00, dated before the disbursement or after today is refused', () => {
    spec
      .given(active)
      .when(pay('2018-03-19', '0.00'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['payment-before-disbursement', 'amount-not-positive']),
      );
    spec
      .given(active)
      .when(pay('2026-11-22', '100.00'))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['date-in-future']));
  });

  it('given a payment on 2018-05-22 that paid instalment 1, when a payment dated 2018-04-20 is recorded, then it takes instalment 1 and RepaymentsReallocated moves the first to instalment 2', () => {
    const given = recorded(active, [pay('2018-05-22', '483.32')]);
    spec
      .given(given)
      .when(pay('2018-04-20', '483.32'))
      .then([
        {
          type: 'InstalmentPaid',
          effectiveOn: '2018-04-20',
          data: {
            loanId,
            paymentId: 'p2',
            paidOn: '2018-04-20',
            amount: '483.32',
            allocation: [allocation(1, '2018-04-20', '125.00', '358.32')],
            interestPaid: '125.00',
            principalPaid: '358.32',
            outstandingPrincipal: '24281.57',
          },
        },
        {
          type: 'RepaymentsReallocated',
          effectiveOn: '2018-04-20',
          data: {
            loanId,
            causedBy: 'p2',
            payments: [
              {
                paymentId: 'p1',
                allocation: [allocation(2, '2018-05-20', '123.21', '360.11')],
                interestPaid: '123.21',
                principalPaid: '360.11',
              },
            ],
          },
        },
      ]);
  });

  it('then the state keeps each payment allocation as reallocated', () => {
    const events = recorded(active, [pay('2018-05-22', '483.32'), pay('2018-04-20', '483.32')]);
    const state = foldLoan(events);
    expect(state.allocations).toEqual({
      p1: [allocation(2, '2018-05-20', '123.21', '360.11')],
      p2: [allocation(1, '2018-04-20', '125.00', '358.32')],
    });
    expect(state.outstandingPrincipal.toString()).toBe('24281.57');
  });

  it('given 1449.30 paid on 2018-05-22, when 0.67 is back-dated to 2018-04-25, then the later payment would be above what it could pay: 422 naming it', () => {
    // On 2018-05-22 a payment could pay up to the next instalment (2018-06-20): three of 483.32,
    // 1449.96. Before the back-dated payment, 1449.30 fits; after one of 0.67 only 1449.29 is
    // left payable on that day. 0.66 leaves exactly 1449.30.
    const given = recorded(active, [pay('2018-05-22', '1449.30')]);
    spec
      .given(given)
      .when(pay('2018-04-25', '0.67'))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['payment-above-amount-due']);
        expect(e.violations[0].field).toBe('paidOn');
        expect(e.violations[0].message).toContain('payment p1 of EUR 1,449.30 on 2018-05-22');
        expect(e.violations[0].message).toContain('could then pay only EUR 1,449.29');
      });
    spec
      .given(given)
      .when(pay('2018-04-25', '0.66'))
      .thenEvents((events) =>
        expect(events.map((e) => e.type)).toEqual(['InstalmentPaid', 'RepaymentsReallocated']),
      );
  });

  it('given a short loan with two instalments paid, when the last is paid, then InstalmentPaid and LoanRepaid', () => {
    const given = recorded(shortLoan, [pay('2018-04-20', '1010.02'), pay('2018-05-20', '1010.02')]);
    spec
      .given(given)
      .when(pay('2018-06-20', '1010.00'))
      .then([
        {
          type: 'InstalmentPaid',
          effectiveOn: '2018-06-20',
          data: {
            loanId,
            paymentId: 'p3',
            paidOn: '2018-06-20',
            amount: '1010.00',
            allocation: [allocation(3, '2018-06-20', '5.02', '1004.98')],
            interestPaid: '5.02',
            principalPaid: '1004.98',
            outstandingPrincipal: '0.00',
          },
        },
        { type: 'LoanRepaid', effectiveOn: '2018-06-20', data: { loanId, repaidOn: '2018-06-20' } },
      ]);
    spec
      .given(given)
      .when(pay('2018-06-20', '1009.99'))
      .thenEvents((events) => {
        expect(events.map((e) => e.type)).toEqual(['InstalmentPaid']);
        expect(foldLoan(events, foldLoan(given)).status).toBe('active');
      });
  });

  it('given the last two instalments paid late, when the first is back-dated, then LoanRepaid is dated by the latest payment', () => {
    const given = recorded(shortLoan, [pay('2018-06-25', '2020.02')]);
    spec
      .given(given)
      .when(pay('2018-04-20', '1010.02'))
      .thenEvents((events) => {
        expect(events.map((e) => e.type)).toEqual([
          'InstalmentPaid',
          'RepaymentsReallocated',
          'LoanRepaid',
        ]);
        expect(events[1].data).toMatchObject({
          payments: [
            {
              paymentId: 'p1',
              allocation: [
                allocation(2, '2018-05-20', '10.02', '1000.00'),
                allocation(3, '2018-06-20', '5.02', '1004.98'),
              ],
            },
          ],
        });
        expect(events[2]).toEqual({
          type: 'LoanRepaid',
          effectiveOn: '2018-06-25',
          data: { loanId, repaidOn: '2018-06-25' },
        });
      });
  });

  it('given instalments 2 to 4 unpaid, then the ledger shows them in arrears from the oldest due date', () => {
    const state = foldLoan(firstPaid);
    const asOf = date('2018-07-25');
    const arrears = arrearsOf(ledgerOf(state, asOf), asOf);
    expect(arrears).toMatchObject({ instalments: 3, daysPastDue: 66 });
    expect(arrears.oldestDueOn?.toString()).toBe('2018-05-20');
    expect(arrears.total.toString()).toBe('1449.96');
    // An instalment due on the day itself is due, not yet in arrears.
    expect(arrearsOf(ledgerOf(state, date('2018-05-20')), date('2018-05-20')).total.isZero()).toBe(
      true,
    );
  });
});

/** The expected event of an early repayment: the figures, and the lines checked apart. */
const earlyRepaymentMade = (data: Omit<EarlyRepaymentMadeData, 'loanId' | 'lines'>) => ({
  type: 'EarlyRepaymentMade',
  effectiveOn: data.repaidOn,
  data: { loanId, ...data },
});

describe('early repayment of an Impulskrediet (RepayEarly: the six months’ interest cap)', () => {
  it('given instalment 1 paid, when 10,000.00 is repaid on 2018-05-01, then 11 days of interest on it and six months’ interest as fee (10,000.00 × 6 % / 2 = 300.00)', () => {
    spec
      .given(firstPaid)
      .when(repayEarly('2018-05-01', { amount: eur('10000.00') }))
      .then([
        {
          type: 'EarlyRepaymentMade',
          effectiveOn: '2018-05-01',
          data: {
            loanId,
            repaidOn: '2018-05-01',
            full: false,
            capitalRepaid: '10000.00',
            // 10,000.00 × 6 % × 11 / 365 = 18.0821…
            accruedInterest: '18.08',
            interestFrom: '2018-04-20',
            fee: '300.00',
            feeRegime: 'six-months-cap',
            total: '10318.08',
            outstandingPrincipal: '14641.68',
            lines: [
              { label: 'capital repaid early', value: '10,000.00' },
              { label: 'accrued interest: outstanding capital', value: '10,000.00' },
              { label: 'accrued interest: period', value: '2018-04-20 to 2018-05-01: 11 days' },
              { label: 'accrued interest: interest at 6 % for 11 days / 365', value: '18.08' },
              { label: 'product rule', value: 'the legal maximum' },
              { label: 'credit amount', value: '25,000.00' },
              { label: 'contract date', value: '2018-03-15' },
              {
                label: 'small-credit threshold',
                value:
                  'credits up to 2,000,000.00 for contracts from 2018-01-08 (code of conduct for SME credit, DOMAIN.md 4.3 (contracts from 8 January 2018))',
              },
              {
                label: 'fee scheme',
                value: 'six-months cap: the credit is not above 2,000,000.00',
              },
              { label: 'capital repaid early', value: '10,000.00' },
              { label: '6 months of interest at 6 %', value: '300.00' },
              { label: 'reinvestment fee', value: '300.00' },
              { label: 'total to pay', value: '10,318.08' },
            ],
          },
        },
      ]);
  });

  it('then the term is kept: the later instalments are computed again on 14,641.68', () => {
    const state = foldLoan(
      recorded(firstPaid, [repayEarly('2018-05-01', { amount: eur('10000.00') })]),
    );
    const ledger = ledgerOf(state);
    expect(state.status).toBe('active');
    expect(ledger.instalments).toHaveLength(60);
    expect(ledger.instalments[59].dueOn.toString()).toBe('2023-03-20');
    // Instalment 2's interest falls on the lower principal for its whole period.
    expect(ledger.instalments[1].interest.toString()).toBe('73.21');
    expect(ledger.outstandingPrincipal.toString()).toBe('14641.68');
  });

  it('given 25 days since the last due date, when 9,997.35 is repaid, then the accrued 41.085 is rounded half up to 41.09', () => {
    spec
      .given(firstPaid)
      .when(repayEarly('2018-05-15', { amount: eur('9997.35') }))
      .thenEvents(([e]) => {
        expect(e).toMatchObject(
          earlyRepaymentMade({
            repaidOn: '2018-05-15',
            full: false,
            capitalRepaid: '9997.35',
            accruedInterest: '41.09',
            interestFrom: '2018-04-20',
            // 9,997.35 × 3 % = 299.9205
            fee: '299.92',
            feeRegime: 'six-months-cap',
            total: '10338.36',
            outstandingPrincipal: '14644.33',
          }),
        );
      });
  });

  it('given instalment 1 paid, when all is repaid (full), then EarlyRepaymentMade of the 24,641.68 outstanding and LoanRepaid', () => {
    const expected = [
      earlyRepaymentMade({
        repaidOn: '2018-05-01',
        full: true,
        capitalRepaid: '24641.68',
        // 24,641.68 × 6 % × 11 / 365 = 44.558…
        accruedInterest: '44.56',
        interestFrom: '2018-04-20',
        // 24,641.68 × 3 % = 739.2504
        fee: '739.25',
        feeRegime: 'six-months-cap',
        total: '25425.49',
        outstandingPrincipal: '0.00',
      }),
      { type: 'LoanRepaid', effectiveOn: '2018-05-01', data: { loanId, repaidOn: '2018-05-01' } },
    ];
    spec
      .given(firstPaid)
      .when(repayEarly('2018-05-01', { full: true }))
      .thenEvents((events) => expect(events).toMatchObject(expected));
    // The whole outstanding given as an amount is a full repayment too.
    spec
      .given(firstPaid)
      .when(repayEarly('2018-05-01', { amount: eur('24641.68') }))
      .thenEvents((events) => expect(events).toMatchObject(expected));
  });

  it('given no due date passed yet, when repaid early, then interest runs from the disbursement', () => {
    spec
      .given(active)
      .when(repayEarly('2018-04-01', { amount: eur('5000.00') }))
      .thenEvents(([e]) =>
        // 5,000.00 × 6 % × 12 / 365 = 9.863…
        expect(e.data).toMatchObject({ interestFrom: '2018-03-20', accruedInterest: '9.86' }),
      );
  });

  it('given instalment 1 unpaid, when repaid early on its due date, then amount-due-unpaid; the day before, nothing is due yet', () => {
    spec
      .given(active)
      .when(repayEarly('2018-04-20', { amount: eur('5000.00') }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['amount-due-unpaid']);
        expect(e.violations[0].message).toContain('483.32');
      });
    spec
      .given(active)
      .when(repayEarly('2018-04-19', { amount: eur('5000.00') }))
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['EarlyRepaymentMade']));
  });

  it('given a payment on 2018-04-20, when repaid early the day before, then early-repayment-before-last-payment; on the day itself no interest has accrued', () => {
    spec
      .given(firstPaid)
      .when(repayEarly('2018-04-19', { amount: eur('5000.00') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['early-repayment-before-last-payment']),
      );
    spec
      .given(firstPaid)
      .when(repayEarly('2018-04-20', { amount: eur('5000.00') }))
      .thenEvents(([e]) =>
        expect(e.data).toMatchObject({
          interestFrom: '2018-04-20',
          accruedInterest: '0.00',
          fee: '150.00',
          total: '5150.00',
        }),
      );
  });

  it('given 24,641.68 outstanding, when 24,641.69 is repaid early, then early-repayment-above-outstanding', () => {
    spec
      .given(firstPaid)
      .when(repayEarly('2018-05-01', { amount: eur('24641.69') }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['early-repayment-above-outstanding']);
        expect(e.violations[0].message).toContain('24,641.68');
      });
  });

  it('then an amount and full together, neither, 0.00, a date before the disbursement or after today are refused', () => {
    spec
      .given(firstPaid)
      .when(repayEarly('2018-05-01', { amount: eur('100.00'), full: true }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['early-repayment-amount-or-full']),
      );
    spec
      .given(firstPaid)
      .when(repayEarly('2018-05-01'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['early-repayment-amount-or-full']),
      );
    spec
      .given(firstPaid)
      .when(repayEarly('2018-05-01', { amount: eur('0.00') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['amount-not-positive']));
    spec
      .given(active)
      .when(repayEarly('2018-03-19', { amount: eur('100.00') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['early-repayment-before-disbursement']),
      );
    spec
      .given(firstPaid)
      .when(repayEarly('2026-11-22', { full: true }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toContain('date-in-future'));
  });
});

describe('early repayment of a win-win loan (only in full, no fee)', () => {
  const registered: LoanEvent[] = [
    {
      type: 'LoanApplied',
      effectiveOn: '2021-03-10',
      data: {
        loanId,
        productCode: 'winwinlening',
        productVersion: 'winwinlening-2020-10-07',
        borrower,
        amount: '60000.00',
        termMonths: 60,
        purpose: 'brewing kettle',
        appliedOn: '2021-03-10',
        signedOn: '2021-03-01',
        lender: { id: 'lender-17', name: 'An Janssens', relationToBorrower: 'friend' },
        annualRate: '0.01',
        registeredBy: 'clerk-anna',
      },
    },
    {
      type: 'LoanApproved',
      effectiveOn: '2021-03-15',
      data: {
        loanId,
        approvedOn: '2021-03-15',
        productVersion: 'winwinlening-2020-10-07',
        offer: {
          amount: '60000.00',
          annualRate: '0.01',
          termMonths: 60,
          repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 0 },
          offerValidUntil: '2021-04-14',
        },
        approvedBy: ['officer-bart'],
      },
    },
    {
      type: 'LoanDisbursed',
      effectiveOn: '2021-03-20',
      data: { loanId, disbursedOn: '2021-03-20', amount: '60000.00' },
    },
  ];

  it('given an active win-win loan, when 10,000.00 is repaid early, then partial-early-repayment-not-allowed', () => {
    spec
      .given(registered)
      .when(repayEarly('2021-04-01', { amount: eur('10000.00') }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['partial-early-repayment-not-allowed']);
        expect(e.violations[0].message).toContain('60,000.00');
      });
  });

  it('given the same loan, when more than all of it or 0.00 is asked, then only that rule is named, not partial-early-repayment-not-allowed', () => {
    spec
      .given(registered)
      .when(repayEarly('2021-04-01', { amount: eur('60000.01') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['early-repayment-above-outstanding']),
      );
    spec
      .given(registered)
      .when(repayEarly('2021-04-01', { amount: eur('0.00') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['amount-not-positive']));
  });

  it('given the same loan, when all of it is repaid early, then no fee and LoanRepaid', () => {
    const expected = [
      earlyRepaymentMade({
        repaidOn: '2021-04-01',
        full: true,
        capitalRepaid: '60000.00',
        // 60,000.00 × 1 % × 12 / 365 = 19.726…
        accruedInterest: '19.73',
        interestFrom: '2021-03-20',
        fee: '0.00',
        feeRegime: 'none',
        total: '60019.73',
        outstandingPrincipal: '0.00',
      }),
      { type: 'LoanRepaid', effectiveOn: '2021-04-01', data: { loanId, repaidOn: '2021-04-01' } },
    ];
    spec
      .given(registered)
      .when(repayEarly('2021-04-01', { full: true }))
      .thenEvents((events) => {
        expect(events).toMatchObject(expected);
        if (events[0].type !== 'EarlyRepaymentMade') throw new Error(events[0].type);
        expect(events[0].data.lines).toContainEqual({
          label: 'reinvestment fee',
          value: '0.00 (the product charges no fee on early repayment)',
        });
      });
    spec
      .given(registered)
      .when(repayEarly('2021-04-01', { amount: eur('60000.00') }))
      .thenEvents((events) => expect(events).toMatchObject(expected));
  });
});

describe('early repayment of a credit above EUR 2 million (the standard scheme, DOMAIN.md 4.3)', () => {
  // A lender's product for large credits, linear (fixed capital repayments), at a fixed 4 %:
  // configured under a product code of its own catalogue, alone.
  const large: ProductVersion = {
    productCode: 'impulskrediet',
    version: 'large-credit-2018',
    validFrom: date('2018-01-01'),
    name: 'Large credit',
    lender: 'a bank',
    minAmount: eur('100000.00'),
    maxAmount: eur('5000000.00'),
    minTermMonths: 12,
    maxTermMonths: 120,
    rate: { kind: 'fixed', annualRate: Rate.parse('0.04') },
    repaymentMethods: ['linear'],
    repaymentFrequencies: ['monthly'],
    defaultRepayment: { method: 'linear', frequency: 'monthly' },
    offerValidityDays: 30,
    maxCapitalHolidayMonths: 0,
  };
  const catalogue = new ProductCatalogue([large]);
  const largeSpec = specAt('2026-11-21T10:00:00Z', catalogue);
  /** Applied 2019-01-02, approved 2019-01-10 (after 2018-01-08: the EUR 2 million threshold), paid out 2019-01-15. */
  const credit = (amount: string) =>
    recorded(
      [],
      [
        {
          type: 'ApplyForLoan',
          loanId,
          productCode: 'impulskrediet',
          borrower,
          amount: eur(amount),
          termMonths: 60,
          purpose: 'new production hall',
          appliedOn: date('2019-01-02'),
          registeredBy: 'clerk-anna',
        },
        {
          type: 'ApproveLoan',
          loanId,
          approvedOn: date('2019-01-10'),
          officer: { id: 'officer-bart' },
        },
        { type: 'DisburseLoan', loanId, disbursedOn: date('2019-01-15') },
      ],
      catalogue,
    );
  const curve: ReferenceCurve = referenceCurve({
    recordedOn: date('2019-02-01'),
    points: [
      { tenorMonths: 3, kind: 'euribor', rate: Rate.parse('0.003') },
      { tenorMonths: 12, kind: 'euribor', rate: Rate.parse('0.005') },
      { tenorMonths: 24, kind: 'irs', rate: Rate.parse('0.008') },
      { tenorMonths: 36, kind: 'irs', rate: Rate.parse('0.011') },
      { tenorMonths: 60, kind: 'irs', rate: Rate.parse('0.015') },
    ],
  });
  const repay = (over: Partial<RepayEarly> = {}) =>
    repayEarly('2019-02-01', { amount: eur('1000000.00'), ...over });

  it('given a credit of 2,000,000.00, when 1,000,000.00 is repaid early, then the six months’ cap still applies: 20,000.00, no curve needed', () => {
    largeSpec
      .given(credit('2000000.00'))
      .when(repay())
      .thenEvents(([e]) =>
        expect(e.data).toMatchObject({ feeRegime: 'six-months-cap', fee: '20000.00' }),
      );
  });

  it('given a credit of 2,000,000.01, when repaid early without a reference curve, then reference-curve-missing', () => {
    largeSpec
      .given(credit('2000000.01'))
      .when(repay())
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['reference-curve-missing']));
  });

  it('given a credit of 3,000,000.00, when repaid early with the curve, then the exact fee is charged, lower than the approximate figure in the lines', () => {
    // 60 monthly capital repayments remain: average life (60 + 1) / 2 = 30.5 months, IRS
    // interpolated between 24 (0.8 %) and 36 months (1.1 %): 0.9625 %.
    const expected = exactReinvestmentFee({
      capital: eur('1000000.00'),
      contractRate: Rate.parse('0.04'),
      schedule: { amortisation: 'linear', periods: 60, periodMonths: 1 },
      reference: { curve },
    });
    largeSpec
      .given(credit('3000000.00'))
      .when(repay({ referenceCurve: curve }))
      .thenEvents(([e]) => {
        if (e.type !== 'EarlyRepaymentMade') throw new Error(e.type);
        expect(e.data).toMatchObject({
          full: false,
          capitalRepaid: '1000000.00',
          // 1,000,000.00 × 4 % × 17 / 365 = 1,863.013…
          accruedInterest: '1863.01',
          interestFrom: '2019-01-15',
          feeRegime: 'standard',
          fee: expected.fee.toString(),
          outstandingPrincipal: '2000000.00',
        });
        // Approximate: 1,000,000.00 × (4 % − 0.9625 %) × 30.5 / 12 = 77,203.125; the exact method
        // discounts each month's lost interest at 0.9625 % a year.
        expect(e.data.fee).toBe('75944.85');
        expect(e.data.lines).toContainEqual({
          label: 'for comparison, the approximate method gives',
          value: '77,203.13',
        });
        expect(eur(e.data.fee).lt(eur('77203.13'))).toBe(true);
        expect(e.data.total).toBe(
          eur('1000000.00').plus(eur('1863.01')).plus(eur(e.data.fee)).toString(),
        );
      });
  });
});
