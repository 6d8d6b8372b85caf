import { LocalDate } from '@js-joda/core';
import fc from 'fast-check';
import {
  loanOfCommunication,
  structuredCommunicationForLoan,
  isValidStructuredCommunication,
} from '@loanbook/banking';
import { foldLoan, Money, type LoanEvent } from '@loanbook/domain';
import * as activeLoan from '../../../../libs/domain/src/testing/active-loan';
import { payableOn, planLine } from './matching';
import type { StatementLineData } from '@loanbook/banking';

// Given/when/then over the loan of libs/domain's testing: 25,000.00 paid out on 2018-03-20,
// instalments of 483.32 due on the 20th from 2018-04-20.
const given = (events: LoanEvent[]) => ({ loanId: activeLoan.loanId, state: foldLoan(events) });
const line = (over: Partial<StatementLineData> = {}): StatementLineData => ({
  position: '0001/0000',
  valueDate: '2018-04-15',
  bookingDate: '2018-04-16',
  amount: '483.32',
  currency: 'EUR',
  counterpartyName: 'Bakkerij Jansens',
  counterpartyIban: 'BE68539007547034',
  communication: structuredCommunicationForLoan(activeLoan.loanId),
  structured: true,
  bankReference: null,
  ...over,
});
const paid = (paidOn: string, amount: string): LoanEvent => ({
  type: 'InstalmentPaid',
  effectiveOn: paidOn,
  data: {
    loanId: activeLoan.loanId,
    paymentId: 'p1',
    paidOn,
    amount,
    allocation: [{ instalment: 1, dueOn: '2018-04-20', interest: '125.00', principal: '358.32' }],
    interestPaid: '125.00',
    principalPaid: '358.32',
    outstandingPrincipal: '24641.68',
  },
});

describe('planLine', () => {
  it('given an active loan, when its instalment comes in, then it is booked as a repayment of that amount', () => {
    expect(planLine(line(), given(activeLoan.active))).toEqual({
      kind: 'book',
      loanId: activeLoan.loanId,
      paidOn: LocalDate.parse('2018-04-15'),
      repay: Money.parse('483.32'),
      unappliedCredit: Money.parse('0.00'),
    });
  });

  it('given an active loan, when more than is payable comes in, then the payable part is repaid and the rest held', () => {
    const plan = planLine(line({ amount: '1000.00' }), given(activeLoan.active));
    expect(plan).toMatchObject({ kind: 'book' });
    if (plan.kind !== 'book') return;
    expect(plan.repay.toString()).toBe('483.32');
    expect(plan.unappliedCredit.toString()).toBe('516.68');
  });

  it('given the instalment of the day paid, when a payment comes in that day, then all of it is held', () => {
    const plan = planLine(
      line({ valueDate: '2018-04-20', amount: '50.00' }),
      given([...activeLoan.active, paid('2018-04-20', '483.32')]),
    );
    expect(plan).toMatchObject({ kind: 'book' });
    if (plan.kind !== 'book') return;
    expect(plan.repay.toString()).toBe('0.00');
    expect(plan.unappliedCredit.toString()).toBe('50.00');
  });

  it('given no loan, when the line has no communication, free text or an unknown one, then it goes to suspense with its reason', () => {
    expect(planLine(line({ communication: null, structured: false }), undefined)).toMatchObject({
      kind: 'suspense',
      reason: 'no-communication',
    });
    expect(planLine(line({ communication: 'lening', structured: false }), undefined)).toMatchObject(
      { kind: 'suspense', reason: 'not-structured' },
    );
    expect(planLine(line(), undefined)).toMatchObject({
      kind: 'suspense',
      reason: 'unknown-communication',
    });
  });

  it('given a loan not active (an offer), when a payment names it, then it goes to suspense', () => {
    expect(planLine(line(), given(activeLoan.active.slice(0, 2)))).toMatchObject({
      kind: 'suspense',
      reason: 'loan-not-active',
    });
  });

  it('given a line in another currency, then it goes to suspense', () => {
    expect(planLine(line({ currency: 'USD' }), given(activeLoan.active))).toMatchObject({
      kind: 'suspense',
      reason: 'not-euro',
    });
  });

  it('repays never more than the amount nor than is payable, and splits the amount exactly (property)', () => {
    const state = foldLoan(activeLoan.active);
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 500_000_00n }),
        fc.integer({ min: 0, max: 2000 }),
        (cents, days) => {
          const amount = Money.ofCents(cents);
          const valueDate = LocalDate.parse('2018-03-20').plusDays(days);
          const plan = planLine(
            line({ amount: amount.toString(), valueDate: valueDate.toString() }),
            { loanId: activeLoan.loanId, state },
          );
          if (plan.kind !== 'book') return false;
          return (
            plan.repay.plus(plan.unappliedCredit).equals(amount) &&
            plan.repay.lte(payableOn(state, valueDate)) &&
            !plan.unappliedCredit.isNegative()
          );
        },
      ),
    );
  });
});

describe('structured communications of loans (property)', () => {
  it('every generated communication validates and maps back to its loan', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 30 }), async (ids) => {
        // The communications as the reservation streams would hold them: each loan's first free one.
        const given = new Map<string, string>();
        for (const id of ids) {
          let attempt = 0;
          while (given.has(structuredCommunicationForLoan(id, attempt))) attempt++;
          given.set(structuredCommunicationForLoan(id, attempt), id);
        }
        for (const [communication, id] of given) {
          if (!isValidStructuredCommunication(communication)) return false;
          if ((await loanOfCommunication(communication, (c) => given.get(c))) !== id) return false;
        }
        return given.size === ids.length;
      }),
    );
  });
});
