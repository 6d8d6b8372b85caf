import fc from 'fast-check';
import { Money } from '../../money';
import { date, eur, rules } from '../../testing/loan-spec';
import { RuleViolationError } from '../errors';
import { arrearsOf, ledgerOf } from '../ledger';
import { foldLoan } from '../state';
import * as activeLoan from '../../testing/active-loan';

describe('paying instalments (RepayInstalment)', () => {
  const { loanId, spec, recorded, active, shortLoan, pay, allocation, firstPaid } = activeLoan;

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
