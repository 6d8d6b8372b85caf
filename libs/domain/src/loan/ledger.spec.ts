import { LocalDate } from '@js-joda/core';
import { Money, Rate } from '../money';
import {
  amountDue,
  arrearsOf,
  lastDueOnOrBefore,
  ledgerAsOf,
  replayLedger,
  scheduleTermsOf,
} from './ledger';
import { initialLoanState } from './state';
import type { Movement } from './state';

const date = (s: string) => LocalDate.parse(s);
const eur = (s: string) => Money.parse(s);
const terms = {
  principal: eur('25000.00'),
  annualRate: Rate.parse('0.06'),
  termMonths: 60,
  repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 0 } as const,
  disbursedOn: date('2018-03-20'),
};
const pay = (paymentId: string, on: string, amount: string): Movement => ({
  kind: 'payment',
  paymentId,
  date: date(on),
  amount: eur(amount),
});

describe('the ledger of a loan', () => {
  it('given no payment, when asked on the first due date, then the first instalment is due', () => {
    const ledger = replayLedger(terms, []);
    expect(amountDue(ledger, date('2018-04-20')).total.toString()).toBe('483.32');
    expect(amountDue(ledger, date('2018-04-19')).total.toString()).toBe('0.00');
    expect(ledger.outstandingPrincipal.toString()).toBe('25000.00');
  });

  it('given a payment of the first instalment, it pays interest first, then principal', () => {
    const ledger = replayLedger(terms, [pay('p1', '2018-04-20', '483.32')]);
    expect(ledger.allocations.get('p1')).toEqual([
      { instalment: 1, dueOn: '2018-04-20', interest: '125.00', principal: '358.32' },
    ]);
    expect(ledger.outstandingPrincipal.toString()).toBe('24641.68');
  });

  it('given unpaid instalments, arrears and days past due are counted as of a date', () => {
    const ledger = ledgerAsOf(terms, [pay('p1', '2018-04-20', '483.32')], date('2018-06-25'));
    const arrears = arrearsOf(ledger, date('2018-06-25'));
    expect(arrears.total.toString()).toBe('966.64');
    expect(arrears.instalments).toBe(2);
    expect(arrears.daysPastDue).toBe(36);
  });

  it('given a payment recorded late but dated earlier, payments are applied in business-date order', () => {
    const later = pay('p1', '2018-05-22', '483.32');
    const earlier = pay('p2', '2018-04-20', '483.32');
    const ledger = replayLedger(terms, [later, earlier]);
    expect(ledger.allocations.get('p2')![0].instalment).toBe(1);
    expect(ledger.allocations.get('p1')![0].instalment).toBe(2);
    expect(ledger.overpayment).toBeUndefined();
  });

  it('given a payment above what is due on its day, the ledger names it', () => {
    const ledger = replayLedger(terms, [pay('p1', '2018-04-20', '500.00')]);
    expect(ledger.overpayment).toMatchObject({ paymentId: 'p1', due: eur('483.32') });
  });

  it('given an early repayment, the later instalments are computed again on the lower principal', () => {
    const ledger = replayLedger(terms, [
      pay('p1', '2018-04-20', '483.32'),
      { kind: 'early', date: date('2018-05-01'), capital: eur('10000.00'), full: false },
    ]);
    expect(ledger.instalments).toHaveLength(60);
    expect(ledger.outstandingPrincipal.toString()).toBe('14641.68');
    expect(Money.sum(ledger.instalments.map((i) => i.principal)).toString()).toBe('15000.00');
    expect(ledger.instalments[1].dueOn.toString()).toBe('2018-05-20');
    expect(ledger.instalments[1].interest.toString()).toBe('73.21');
  });

  it('given a partial payment, what is due is the rest of the instalment, interest first', () => {
    const ledger = replayLedger(terms, [pay('p1', '2018-04-20', '100.00')]);
    const due = amountDue(ledger, date('2018-04-20'));
    expect([due.interest.toString(), due.principal.toString(), due.total.toString()]).toEqual([
      '25.00',
      '358.32',
      '383.32',
    ]);
    expect(due.oldestDueOn?.toString()).toBe('2018-04-20');
    expect(ledger.instalments[0].settledOn).toBeUndefined();
  });

  it('given a payment settling an instalment, the ledger says when', () => {
    const ledger = replayLedger(terms, [
      pay('p1', '2018-04-20', '100.00'),
      pay('p2', '2018-04-25', '383.32'),
    ]);
    expect(ledger.instalments[0].settledOn?.toString()).toBe('2018-04-25');
    expect(ledger.instalments[0].unpaid.toString()).toBe('0.00');
  });

  it('given movements after a date, the ledger as of that date leaves them out', () => {
    const movements = [pay('p1', '2018-04-20', '483.32'), pay('p2', '2018-05-20', '483.32')];
    const asOf = ledgerAsOf(terms, movements, date('2018-05-19'));
    expect(asOf.allocations.has('p2')).toBe(false);
    expect(asOf.outstandingPrincipal.toString()).toBe('24641.68');
    expect(replayLedger(terms, movements).outstandingPrincipal.toString()).toBe('24281.57');
  });

  it('given one payment of two instalments, its allocation spans both, oldest first', () => {
    const ledger = replayLedger(terms, [pay('p1', '2018-05-20', '966.64')]);
    expect(ledger.allocations.get('p1')).toEqual([
      { instalment: 1, dueOn: '2018-04-20', interest: '125.00', principal: '358.32' },
      { instalment: 2, dueOn: '2018-05-20', interest: '123.21', principal: '360.11' },
    ]);
  });

  it('the last due date on or before a day, and none before the first', () => {
    const ledger = replayLedger(terms, []);
    expect(lastDueOnOrBefore(ledger, date('2018-05-19'))?.toString()).toBe('2018-04-20');
    expect(lastDueOnOrBefore(ledger, date('2018-05-20'))?.toString()).toBe('2018-05-20');
    expect(lastDueOnOrBefore(ledger, date('2018-04-19'))).toBeUndefined();
  });

  it('given a full early repayment, the later instalments are gone and the ledger is settled', () => {
    const ledger = replayLedger(terms, [
      pay('p1', '2018-04-20', '483.32'),
      { kind: 'early', date: date('2018-05-01'), capital: eur('24641.68'), full: true },
    ]);
    expect(ledger.instalments).toHaveLength(1);
    expect(ledger.settled).toBe(true);
    expect(ledger.outstandingPrincipal.toString()).toBe('0.00');
  });

  it('given an early repayment of more than is not yet due, the ledger refuses to compute', () => {
    expect(() =>
      replayLedger(terms, [
        { kind: 'early', date: date('2018-04-01'), capital: eur('25000.01'), full: false },
      ]),
    ).toThrow(RangeError);
  });

  it('given a quarterly loan with a capital holiday, an early repayment during the holiday keeps the rest of it', () => {
    const quarterly = {
      ...terms,
      principal: eur('40000.00'),
      termMonths: 24,
      repayment: { method: 'linear', frequency: 'quarterly', capitalHolidayMonths: 6 } as const,
    };
    const ledger = replayLedger(quarterly, [
      pay('p1', '2018-06-20', '600.00'),
      { kind: 'early', date: date('2018-07-01'), capital: eur('10000.00'), full: false },
    ]);
    // 8 quarters: 1 paid, the 2nd still interest only (the holiday's rest), then 6 of 5,000.00.
    expect(ledger.instalments.map((i) => i.principal.toString())).toEqual([
      '0.00',
      '0.00',
      '5000.00',
      '5000.00',
      '5000.00',
      '5000.00',
      '5000.00',
      '5000.00',
    ]);
    expect(ledger.instalments[1].interest.toString()).toBe('450.00');
    expect(ledger.instalments.map((i) => i.dueOn.toString()).at(-1)).toBe('2020-03-20');
  });

  it('a loan not disbursed has no ledger', () => {
    expect(() => scheduleTermsOf(initialLoanState)).toThrow(/has not been disbursed/);
  });
});
