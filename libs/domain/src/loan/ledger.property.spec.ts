import { ChronoUnit, LocalDate } from '@js-joda/core';
import fc from 'fast-check';
import { referenceCurve } from '../fees';
import { Money, Rate } from '../money';
import {
  defaultCatalogue,
  MONTHS_PER_PERIOD,
  REPAYMENT_FREQUENCIES,
  REPAYMENT_METHODS,
} from '../products';
import { computeSchedule, type ScheduleTerms } from '../schedule';
import { addMonthsClamped, fixedClock } from '../time';
import type { LoanCommand } from './commands';
import type { DecisionContext } from './context';
import { decide } from './decide';
import type { AllocationData, LoanEvent } from './events';
import { amountDue, ledgerOf, replayLedger, type Ledger } from './ledger';
import { foldLoan, type LoanState, type Movement } from './state';

// Properties of the ledger (DOMAIN.md §2: repay, repay early): payments are applied in
// business-date order whatever the order they were recorded in, and the money adds up to the
// cent. Amounts are built from bigint cents, rates from strings; nothing goes through a number.

const RUNS = { numRuns: 100 };
const loanId = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const ctx: DecisionContext = {
  catalogue: defaultCatalogue(),
  // Far ahead, so that no generated date lies in the future.
  clock: fixedClock('2100-01-01T12:00:00Z'),
};

const rateText = (millionths: number): string =>
  `0.${millionths.toString().padStart(6, '0')}`.replace(/0+$/, '').replace(/\.$/, '.0');

/** Any schedule terms of up to 10 years: 1.00 to 10,000,000.00, 0 to 25 %. */
const termsArb: fc.Arbitrary<ScheduleTerms> = fc
  .record({
    cents: fc.oneof(
      fc.bigInt({ min: 100n, max: 10_000_000_00n }),
      fc.bigInt({ min: 100n, max: 50_000_00n }),
    ),
    rateMillionths: fc.oneof(fc.integer({ min: 0, max: 250_000 }), fc.constantFrom(0, 60_000)),
    method: fc.constantFrom(...REPAYMENT_METHODS),
    frequency: fc.constantFrom(...REPAYMENT_FREQUENCIES),
    months: fc.integer({ min: 2, max: 120 }),
    holidayShare: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 99 })),
    disbursedOn: fc
      .integer({ min: 0, max: 365 * 30 })
      .map((days) => LocalDate.of(2000, 1, 31).plusDays(days)),
  })
  .map(({ cents, rateMillionths, method, frequency, months, holidayShare, disbursedOn }) => {
    const perPeriod = MONTHS_PER_PERIOD[frequency];
    const n = Math.max(1, Math.floor(months / perPeriod));
    const h = Math.floor(((n - 1) * holidayShare) / 100);
    return {
      principal: Money.ofCents(cents),
      annualRate: Rate.parse(rateText(rateMillionths)),
      termMonths: n * perPeriod,
      repayment: { method, frequency, capitalHolidayMonths: h * perPeriod },
      disbursedOn,
    };
  });

const maturityOf = (t: ScheduleTerms) => addMonthsClamped(t.disbursedOn, t.termMonths);
/** a / b rounded half up, for a ≥ 0 and b > 0: the oracle for Money.fromDecimal. */
const halfUp = (a: bigint, b: bigint): bigint => (2n * a + b) / (2n * b);
/** A rate as whole millionths (rates have at most 6 decimals). */
const millionthsOf = (r: Rate): bigint => BigInt(r.toDecimal().times(1_000_000).toFixed(0));
/** share‰ of an amount, rounded down to the cent (1000: all of it). */
const part = (m: Money, share: number): Money => Money.ofCents((m.cents * BigInt(share)) / 1000n);
const shareArb = fc.oneof(fc.constant(1000), fc.integer({ min: 1, max: 1000 }));

interface Payments {
  terms: ScheduleTerms;
  /** In business-date order, each at most what was due on its day after the ones before it. */
  byDate: Movement[];
  /** The same payments in the order they are recorded. */
  recorded: Movement[];
}

const paymentsArb: fc.Arbitrary<Payments> = fc
  .record({
    terms: termsArb,
    // Each payment near a due date: from 5 days before to 45 days after instalment k's.
    picks: fc.array(
      fc.record({
        k: fc.nat(),
        late: fc.oneof(fc.constant(0), fc.integer({ min: -5, max: 45 })),
        share: shareArb,
      }),
      { minLength: 2, maxLength: 10 },
    ),
    keys: fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
  })
  .map(({ terms, picks, keys }) => {
    const schedule = computeSchedule(terms).instalments;
    const dates = picks
      .map((p) => {
        const near = schedule[p.k % schedule.length].dueOn.plusDays(p.late);
        return {
          date: near.isBefore(terms.disbursedOn) ? terms.disbursedOn : near,
          share: p.share,
        };
      })
      .sort((a, b) => a.date.compareTo(b.date));
    const byDate: Movement[] = [];
    for (const { date, share } of dates) {
      const due = amountDue(replayLedger(terms, byDate), date).total;
      const amount = part(due, share);
      if (amount.isPositive()) {
        byDate.push({ kind: 'payment', paymentId: `q${byDate.length + 1}`, date, amount });
      }
    }
    const order = byDate.map((_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
    return { terms, byDate, recorded: order.map((i) => byDate[i]) };
  });

const paidOf = (l: Ledger) => ({
  interest: Money.sum(l.instalments.map((i) => i.paidInterest)),
  principal: Money.sum(l.instalments.map((i) => i.paidPrincipal)),
});
const allocated = (a: readonly AllocationData[]) =>
  Money.sum(a.map((x) => Money.parse(x.interest).plus(Money.parse(x.principal))));

/** The events of an active loan on these terms (the decider reads the offer and disbursement). */
function activeLoan(t: ScheduleTerms): LoanEvent[] {
  const disbursedOn = t.disbursedOn.toString();
  return [
    {
      type: 'LoanApplied',
      effectiveOn: disbursedOn,
      data: {
        loanId,
        productCode: 'impulskrediet',
        productVersion: 'impulskrediet-2016-01',
        borrower: {
          enterpriseNumber: '0403.170.701',
          name: 'Bakkerij Peeters',
          province: 'Antwerpen',
        },
        amount: t.principal.toString(),
        termMonths: t.termMonths,
        purpose: 'working capital',
        appliedOn: disbursedOn,
        registeredBy: 'clerk-anna',
      },
    },
    {
      type: 'LoanApproved',
      effectiveOn: disbursedOn,
      data: {
        loanId,
        approvedOn: disbursedOn,
        productVersion: 'impulskrediet-2016-01',
        offer: {
          amount: t.principal.toString(),
          annualRate: t.annualRate.toString(),
          termMonths: t.termMonths,
          repayment: { ...t.repayment },
          offerValidUntil: disbursedOn,
        },
        approvedBy: ['officer-bart'],
      },
    },
    {
      type: 'LoanDisbursed',
      effectiveOn: disbursedOn,
      data: { loanId, disbursedOn, amount: t.principal.toString() },
    },
  ];
}

function record(state: LoanState, command: LoanCommand): { state: LoanState; events: LoanEvent[] } {
  const events = decide(command, state, ctx);
  return { state: foldLoan(events, state), events };
}

describe('ledger properties', () => {
  it('payments recorded in any order give the same allocation as in business-date order; nothing negative; outstanding = principal − principal paid', () => {
    fc.assert(
      fc.property(paymentsArb, ({ terms, byDate, recorded }) => {
        const inOrder = replayLedger(terms, byDate);
        const shuffled = replayLedger(terms, recorded);
        expect(inOrder.overpayment).toBeUndefined();
        expect(shuffled.overpayment).toBeUndefined();
        // Per instalment, not only in total: every payment runs down the same waterfall.
        const perInstalment = (l: Ledger) =>
          l.instalments.map((i) => `${i.paidInterest.toString()}/${i.paidPrincipal.toString()}`);
        expect(perInstalment(shuffled)).toEqual(perInstalment(inOrder));
        expect(paidOf(shuffled)).toEqual(paidOf(inOrder));
        expect(paidOf(inOrder).interest.plus(paidOf(inOrder).principal)).toEqual(
          Money.sum(byDate.map((m) => (m.kind === 'payment' ? m.amount : Money.zero()))),
        );
        for (const m of byDate) {
          if (m.kind !== 'payment') continue;
          expect(allocated(inOrder.allocations.get(m.paymentId)!)).toEqual(m.amount);
        }
        const negative = inOrder.instalments.filter(
          (i) =>
            i.unpaid.isNegative() ||
            i.paidInterest.gt(i.interest) ||
            i.paidPrincipal.gt(i.principal) ||
            i.paidInterest.isNegative() ||
            i.paidPrincipal.isNegative(),
        );
        expect(negative).toEqual([]);
        expect(inOrder.outstandingPrincipal).toEqual(
          terms.principal.minus(paidOf(inOrder).principal),
        );
        expect(inOrder.outstandingPrincipal.isNegative()).toBe(false);
      }),
      RUNS,
    );
  });

  it('through the decider, every such payment is accepted in any recording order, and the allocations it keeps are the ledger’s in business-date order', () => {
    fc.assert(
      fc.property(paymentsArb, ({ terms, byDate, recorded }) => {
        let state = foldLoan(activeLoan(terms));
        for (const m of recorded) {
          if (m.kind !== 'payment') continue;
          ({ state } = record(state, {
            type: 'RepayInstalment',
            loanId,
            paidOn: m.date,
            amount: m.amount,
          }));
        }
        const expected = replayLedger(terms, byDate);
        // The decider numbers payments in recording order (p1, p2, ...): map them back.
        const idOf = new Map(
          recorded.map((m, i) => [`p${i + 1}`, (m as { paymentId: string }).paymentId]),
        );
        const kept = Object.fromEntries(
          Object.entries(state.allocations).map(([id, a]) => [idOf.get(id)!, a]),
        );
        const sameDay = new Set(
          byDate
            .filter((m, _, all) => all.filter((o) => o.date.equals(m.date)).length > 1)
            .map((m) => (m as { paymentId: string }).paymentId),
        );
        // Two payments of the same day are applied in recording order: only their sum is fixed.
        for (const [id, allocation] of expected.allocations) {
          if (!sameDay.has(id)) expect(kept[id]).toEqual(allocation);
        }
        const ledger = ledgerOf(state);
        expect(paidOf(ledger)).toEqual(paidOf(expected));
        expect(state.outstandingPrincipal).toEqual(expected.outstandingPrincipal);
        expect(state.status).toBe(expected.settled ? 'repaid' : 'active');
      }),
      { numRuns: 75 },
    );
  });

  /** Terms, a day before maturity, what is paid by then and the share of the rest repaid early. */
  const earlyArb = fc
    .record({
      terms: termsArb,
      day: fc.nat(),
      // Mostly part of the outstanding principal, sometimes all of it.
      capitalShare: fc.oneof(
        { arbitrary: fc.integer({ min: 1, max: 999 }), weight: 4 },
        { arbitrary: fc.constant(1000), weight: 1 },
      ),
    })
    .map(({ terms, day, capitalShare }) => {
      const span = terms.disbursedOn.until(maturityOf(terms), ChronoUnit.DAYS);
      return { terms, on: terms.disbursedOn.plusDays(day % span), capitalShare };
    });

  it('an early repayment keeps the term and the due dates, and the principal sums stay exact to the end', () => {
    const curve = referenceCurve({
      recordedOn: LocalDate.of(2000, 1, 1),
      points: [
        { tenorMonths: 12, kind: 'euribor', rate: Rate.parse('0.01') },
        { tenorMonths: 120, kind: 'irs', rate: Rate.parse('0.02') },
      ],
    });
    fc.assert(
      fc.property(earlyArb, ({ terms, on, capitalShare }) => {
        let state = foldLoan(activeLoan(terms));
        const before = computeSchedule(terms).instalments;
        const past = before.filter((i) => !i.dueOn.isAfter(on));
        const due = amountDue(ledgerOf(state), on).total;
        if (due.isPositive()) {
          ({ state } = record(state, { type: 'RepayInstalment', loanId, paidOn: on, amount: due }));
        }
        const outstanding = ledgerOf(state).outstandingPrincipal;
        const capital = part(outstanding, capitalShare);
        fc.pre(capital.isPositive());
        let events: LoanEvent[];
        // The curve is only read when the credit falls under the standard scheme (above 2 million).
        ({ state, events } = record(state, {
          type: 'RepayEarly',
          loanId,
          repaidOn: on,
          amount: capital,
          referenceCurve: curve,
        }));
        const full = capital.equals(outstanding);
        expect(events.map((e) => e.type)).toEqual(
          full ? ['EarlyRepaymentMade', 'LoanRepaid'] : ['EarlyRepaymentMade'],
        );
        expect(state.outstandingPrincipal).toEqual(outstanding.minus(capital));
        // What the borrower pays: the capital, its interest since the last due date (or the
        // disbursement), capital × rate × days / 365 half up, and a fee that is never negative.
        const made = events[0];
        if (made.type !== 'EarlyRepaymentMade') throw new Error(made.type);
        const from = past.length > 0 ? past[past.length - 1].dueOn : terms.disbursedOn;
        expect(made.data.interestFrom).toBe(from.toString());
        const days = BigInt(from.until(on, ChronoUnit.DAYS));
        expect(Money.parse(made.data.accruedInterest).cents).toBe(
          halfUp(capital.cents * millionthsOf(terms.annualRate) * days, 1_000_000n * 365n),
        );
        const fee = Money.parse(made.data.fee);
        expect(fee.isNegative()).toBe(false);
        expect(Money.parse(made.data.total)).toEqual(
          capital.plus(Money.parse(made.data.accruedInterest)).plus(fee),
        );
        const ledger = ledgerOf(state);
        expect(ledger.outstandingPrincipal).toEqual(outstanding.minus(capital));
        if (full) {
          expect(ledger.settled).toBe(true);
          return;
        }
        // The term is kept: as many instalments, on the same dates; those due by then unchanged.
        expect(ledger.instalments.map((i) => i.dueOn.toString())).toEqual(
          before.map((i) => i.dueOn.toString()),
        );
        expect(
          ledger.instalments.slice(0, past.length).map((i) => [i.principal, i.interest]),
        ).toEqual(past.map((i) => [i.principal, i.interest]));
        expect(Money.sum(ledger.instalments.map((i) => i.principal))).toEqual(
          terms.principal.minus(capital),
        );
        // Paying all that is due at maturity settles it: principal paid + capital repaid = principal.
        const maturity = before[before.length - 1].dueOn;
        ({ state, events } = record(state, {
          type: 'RepayInstalment',
          loanId,
          paidOn: maturity,
          amount: amountDue(ledger, maturity).total,
        }));
        expect(events.map((e) => e.type)).toContain('LoanRepaid');
        const principalPaid = Money.sum(
          Object.values(state.allocations).flatMap((a) => a.map((x) => Money.parse(x.principal))),
        );
        expect(principalPaid.plus(capital)).toEqual(terms.principal);
        expect(state.outstandingPrincipal.toString()).toBe('0.00');
      }),
      { numRuns: 100 },
    );
  });
});
