import { LocalDate } from '@js-joda/core';
import fc from 'fast-check';
import { BOUNDS, amountInBounds, boundViolations, dateInBounds } from './bounds';
import { decideInquiry } from './inquiry/decide';
import { initialInquiryState } from './inquiry/state';
import type { ApplyForLoan, ApproveLoan } from './loan/commands';
import { RuleViolationError } from './loan/errors';
import { Money } from './money';
import {
  NOTHING_REGISTERED,
  eur,
  loanSpec,
  recordedHistory,
  specContext,
} from './testing/loan-spec';
import { fixedClock } from './time';

// The one set of bounds (bounds.ts): the deciders refuse a command carrying a value outside them
// before any rule, whoever built the command, so that nothing recorded can overflow a read model.

const loanId = '7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const clock = fixedClock('2022-06-01T10:00:00Z');
const ctx = () => specContext({ clock, winwinExposure: NOTHING_REGISTERED });
const spec = loanSpec({ clock, winwinExposure: NOTHING_REGISTERED });
const fields = (e: RuleViolationError) => e.violations.map((v) => [v.rule, v.field]);

const apply = (over: Partial<ApplyForLoan> = {}): ApplyForLoan => ({
  type: 'ApplyForLoan',
  loanId,
  productCode: 'impulskrediet',
  borrower: { enterpriseNumber: '0403.170.701', name: 'Bakkerij Peeters', province: 'Antwerpen' },
  amount: eur('25000.00'),
  termMonths: 60,
  purpose: 'oven',
  appliedOn: LocalDate.parse('2022-03-01'),
  registeredBy: 'clerk-anna',
  ...over,
});
const approve = (over: Partial<ApproveLoan> = {}): ApproveLoan => ({
  type: 'ApproveLoan',
  loanId,
  approvedOn: LocalDate.parse('2022-03-15'),
  officer: { id: 'officer-bart', approvalLimit: eur('99999999999999.99') },
  ...over,
});

describe('the bounds every accepted value stays within', () => {
  it('given no loan, when a guarantee of 99999999999999999999999999.99 comes with the application, then out-of-range names the guarantee and nothing is decided', () => {
    spec
      .given([])
      .when(
        apply({
          guarantees: [
            { kind: 'real', guarantor: 'mortgage', amount: eur('99999999999999999999999999.99') },
          ],
        }),
      )
      .thenThrows(RuleViolationError, (e) =>
        expect(fields(e)).toEqual([['out-of-range', 'guarantees.0.amount']]),
      );
  });

  it('given an application, when the offer asks for a guarantee of 1000000000000.00, then out-of-range', () => {
    spec
      .given(recordedHistory([], [apply()], ctx()))
      .when(
        approve({
          guarantees: [{ kind: 'real', guarantor: 'pledge', amount: eur('1000000000000.00') }],
        }),
      )
      .thenThrows(RuleViolationError, (e) =>
        expect(fields(e)).toEqual([['out-of-range', 'guarantees.0.amount']]),
      );
  });

  it('given an application, when the offer asks for a guarantee of exactly the largest amount, then the offer is made', () => {
    spec
      .given(recordedHistory([], [apply()], ctx()))
      .when(
        approve({
          guarantees: [{ kind: 'real', guarantor: 'pledge', amount: BOUNDS.amountMax }],
        }),
      )
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['LoanApproved']));
  });

  it('given no loan, when every field is out of range at once, then each is named (every broken bound at once)', () => {
    spec
      .given([])
      .when(
        apply({
          appliedOn: LocalDate.parse('9999-12-31'),
          termMonths: 2 ** 40,
          ownContributionItems: [{ kind: 'own-funds', amount: eur('-1000000000.00') }],
        }),
      )
      .thenThrows(RuleViolationError, (e) =>
        expect(fields(e)).toEqual([
          ['out-of-range', 'termMonths'],
          ['out-of-range', 'appliedOn'],
          ['out-of-range', 'ownContributionItems.0.amount'],
        ]),
      );
  });

  it("an officer's approval limit comes from the identity provider, not the request: it is not bounded", () => {
    expect(boundViolations(approve(), ['officer'])).toEqual([]);
    expect(boundViolations(approve()).map((v) => v.field)).toEqual(['officer.approvalLimit']);
  });

  it('given no inquiry, when its contact date is 0001-01-01, then out-of-range', () => {
    expect(() =>
      decideInquiry(
        {
          type: 'RegisterInquiry',
          inquiryId: loanId,
          productCode: 'impulskrediet',
          contactedOn: LocalDate.parse('0001-01-01'),
          channel: 'phone',
        },
        initialInquiryState,
        ctx(),
      ),
    ).toThrow(RuleViolationError);
  });

  it('amounts: in bounds exactly when at most the largest amount either way', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (cents) => {
        const amount = Money.ofCents(cents);
        const max = BOUNDS.amountMax.cents;
        expect(amountInBounds(amount)).toBe(cents <= max && cents >= -max);
        expect(boundViolations({ amount }).length).toBe(amountInBounds(amount) ? 0 : 1);
      }),
    );
  });

  it('dates: in bounds exactly from the first to the last day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (epochDay) => {
        const day = LocalDate.ofEpochDay(epochDay);
        expect(dateInBounds(day)).toBe(
          day.compareTo(BOUNDS.firstDate) >= 0 && day.compareTo(BOUNDS.lastDate) <= 0,
        );
      }),
    );
  });
});
