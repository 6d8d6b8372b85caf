import { LocalDate } from '@js-joda/core';
import { computeSchedule, Money, Rate } from '@loanbook/domain';
import fc from 'fast-check';
import { accruedInterest } from './accrual';

// 25,000.00 at 6 % over 60 months from 2018-03-20: the first instalment (2018-04-20) has 125.00 interest.
const disbursedOn = LocalDate.parse('2018-03-20');
const { instalments } = computeSchedule({
  principal: Money.parse('25000.00'),
  annualRate: Rate.parse('0.06'),
  termMonths: 60,
  repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 0 },
  disbursedOn,
});

describe('interest accrued, not yet due, as of a day', () => {
  it('given the schedule, when a month ends within a period, then the days run of its interest', () => {
    expect(instalments[0].interest.toString()).toBe('125.00');
    // 2018-03-20 → 2018-03-31: 11 of 31 days of 125.00 = 44.354… → 44.35
    expect(accruedInterest(instalments, disbursedOn, LocalDate.parse('2018-03-31'))).toBe('44.35');
    expect(accruedInterest(instalments, disbursedOn, LocalDate.parse('2018-04-20'))).toBe('0.00');
    expect(accruedInterest(instalments, disbursedOn, LocalDate.parse('2018-03-19'))).toBe('0.00');
    expect(accruedInterest(instalments, disbursedOn, LocalDate.parse('2030-01-01'))).toBe('0.00');
  });

  it('property: never more than the interest of the instalment the day falls in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1900 }), (n) => {
        const asOf = disbursedOn.plusDays(n);
        const next = instalments.find((i) => asOf.isBefore(i.dueOn));
        const accrued = Money.parse(accruedInterest(instalments, disbursedOn, asOf));
        expect(accrued.gt(next ? next.interest : Money.zero())).toBe(false);
      }),
    );
  });
});
