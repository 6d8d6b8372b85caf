import { LocalDate } from '@js-joda/core';
import {
  decide,
  Dec,
  defaultCatalogue,
  fixedClock,
  foldLoan,
  Money,
  type DecisionContext,
  type LoanCommand,
  type LoanEvent,
} from '@loanbook/domain';
import { active, loanId } from '@loanbook/domain/testing/active-loan';
import fc from 'fast-check';
import { defaultChartOfAccounts } from './chart';
import { isBalanced, postLoanHistory } from './posting';

// Over loan histories the decider itself records (an Impulskrediet of 25,000.00 paid out on
// 2018-03-20, instalments of 483.32 from 2018-04-20), payments recorded out of business-date
// order (back-dated: the decider reallocates the later ones), then perhaps a default, a
// recovery and a write-off: every entry balances, and on every day the loan's principal on the
// books (loans receivable, doubtful loans, guarantors) is its principal outstanding as the
// portfolio report counts it: disbursed less principal repaid and recovered up to that day (the
// payments' current split), nothing once written off; on loans receivable alone while not in
// default.

const chart = defaultChartOfAccounts();
const ctx: DecisionContext = {
  catalogue: defaultCatalogue(),
  clock: fixedClock('2100-01-01T12:00:00Z'),
};
const START = LocalDate.parse('2018-03-20');

function record(history: LoanEvent[], command: LoanCommand): LoanEvent[] {
  try {
    return [...history, ...decide(command, foldLoan(history), ctx)];
  } catch {
    return history; // a command the loan refuses records nothing
  }
}

const historyArb = fc
  .record({
    payments: fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 900 }),
        cents: fc.bigInt({ min: 1n, max: 150_000n }),
      }),
      { maxLength: 12 },
    ),
    defaultDay: fc.option(fc.integer({ min: 0, max: 1200 })),
    recoveryCents: fc.option(fc.bigInt({ min: 1n, max: 3_000_000n })),
    writeOff: fc.boolean(),
  })
  .map(({ payments, defaultDay, recoveryCents, writeOff }) => {
    let h = [...active];
    for (const p of payments) {
      h = record(h, {
        type: 'RepayInstalment',
        loanId,
        paidOn: START.plusDays(p.day + 1),
        amount: Money.ofCents(p.cents),
      });
    }
    if (defaultDay !== null) {
      const on = START.plusDays(defaultDay + 1);
      h = record(h, { type: 'DeclareDefault', loanId, defaultedOn: on, cause: 'bankruptcy' });
      if (recoveryCents !== null) {
        h = record(h, {
          type: 'RecordRecovery',
          loanId,
          receivedOn: on.plusDays(30),
          amount: Money.ofCents(recoveryCents),
          source: 'borrower',
        });
      }
      if (writeOff)
        h = record(h, {
          type: 'WriteOffLoan',
          loanId,
          writtenOffOn: on.plusDays(60),
          reason: 'lost',
        });
    }
    return h;
  });

/** The portfolio report's principal outstanding at the end of `day`, from the final history. */
function outstandingOn(history: LoanEvent[], day: string): Dec {
  const split = new Map<string, { paidOn: string; principal: string }>();
  let disbursed = new Dec(0);
  let recovered = new Dec(0);
  let writtenOff = false;
  for (const e of history) {
    if (e.type === 'LoanDisbursed' && e.data.disbursedOn <= day) disbursed = new Dec(e.data.amount);
    if (e.type === 'InstalmentPaid')
      split.set(e.data.paymentId, { paidOn: e.data.paidOn, principal: e.data.principalPaid });
    if (e.type === 'RepaymentsReallocated')
      for (const p of e.data.payments)
        split.set(p.paymentId, { ...split.get(p.paymentId)!, principal: p.principalPaid });
    if (e.type === 'RecoveryRecorded' && e.data.receivedOn <= day)
      recovered = recovered.plus(e.data.amount);
    if (e.type === 'LoanWrittenOff' && e.data.writtenOffOn <= day) writtenOff = true;
  }
  if (writtenOff) return new Dec(0);
  const repaid = [...split.values()]
    .filter((p) => p.paidOn <= day)
    .reduce((a, p) => a.plus(p.principal), new Dec(0));
  return disbursed.minus(repaid).minus(recovered);
}

describe('posting rules over generated loan histories', () => {
  it('every entry balances, and the principal on the books is the principal outstanding on every day', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const { entries } = postLoanHistory(history, chart);
        for (const e of entries) expect(isBalanced(e)).toBe(true);
        const defaultedOn = history.find((e) => e.type === 'LoanDefaulted')?.effectiveOn;
        const days = [
          ...new Set([...history.map((e) => e.effectiveOn), ...entries.map((e) => e.businessDate)]),
        ];
        days.push('2017-01-01', '2030-01-01');
        for (const day of days.flatMap((d) => [d, LocalDate.parse(d).minusDays(1).toString()])) {
          const balance = (roles: string[]) =>
            entries
              .filter((e) => e.businessDate <= day)
              .flatMap((e) => e.lines)
              .filter((l) => roles.includes(l.role))
              .reduce((a, l) => a.plus(l.debit).minus(l.credit), new Dec(0));
          const expected = outstandingOn(history, day);
          expect(
            balance([
              'loans-receivable',
              'doubtful-loans-receivable',
              'guarantee-receivable',
            ]).toFixed(2),
          ).toBe(expected.toFixed(2));
          if (defaultedOn === undefined || day < defaultedOn) {
            expect(balance(['loans-receivable']).toFixed(2)).toBe(expected.toFixed(2));
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('the generated histories include back-dated payments that moved others', () => {
    const samples = fc.sample(historyArb, { numRuns: 200, seed: 23 });
    expect(samples.some((h) => h.some((e) => e.type === 'RepaymentsReallocated'))).toBe(true);
    expect(samples.some((h) => h.some((e) => e.type === 'LoanWrittenOff'))).toBe(true);
  });
});
