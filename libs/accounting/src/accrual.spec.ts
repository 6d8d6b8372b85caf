import { LocalDate } from '@js-joda/core';
import { computeSchedule, Money, Rate, type ScheduleTerms } from '@loanbook/domain';
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

  describe('with due dates moved to working days', () => {
    // From 2022-04-21 the first contractual date is Saturday 2022-05-21: due Monday 2022-05-23.
    const from = LocalDate.parse('2022-04-21');
    const terms: ScheduleTerms = {
      principal: Money.parse('25000.00'),
      annualRate: Rate.parse('0.06'),
      termMonths: 60,
      repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 0 },
      disbursedOn: from,
    };
    const moved = computeSchedule({
      ...terms,
      dueDateShift: { convention: 'following', holidays: new Set() },
    }).instalments;
    const unmoved = computeSchedule(terms).instalments;
    const at = (day: string) => accruedInterest(moved, from, LocalDate.parse(day));

    it('given a first due date moved off a Saturday, when the day is before it, then the contractual period runs', () => {
      expect(moved[0].dueOn.toString()).toBe('2022-05-23');
      expect(moved[0].contractualDueOn?.toString()).toBe('2022-05-21');
      // 29 of the 30 days from 2022-04-21 to 2022-05-21 of 125.00 = 120.83
      expect(at('2022-05-20')).toBe('120.83');
    });

    it('given the contractual date passed, when the moved due date has not come, then the whole interest stays accrued beside the next period', () => {
      expect(moved[1].interest.toString()).toBe('123.21');
      expect(at('2022-05-21')).toBe('125.00');
      // 125.00 + 1 of the 31 days to 2022-06-21 of 123.21 (3.97)
      expect(at('2022-05-22')).toBe('128.97');
    });

    it('given the moved due date, when it comes, then that instalment is due and only the next period is accrued', () => {
      // 2 of 31 days of 123.21 = 7.95, as without the move
      expect(at('2022-05-23')).toBe('7.95');
      expect(accruedInterest(unmoved, from, LocalDate.parse('2022-05-23'))).toBe('7.95');
    });

    it('property: outside the days between a contractual and its moved due date, the accrual is the unmoved one', () => {
      const windows = moved
        .filter((i) => i.contractualDueOn)
        .map((i) => [i.contractualDueOn!, i.dueOn] as const);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1900 }), (n) => {
          const asOf = from.plusDays(n);
          fc.pre(!windows.some(([c, d]) => !asOf.isBefore(c) && asOf.isBefore(d)));
          expect(accruedInterest(moved, from, asOf)).toBe(accruedInterest(unmoved, from, asOf));
        }),
      );
    });
  });
});
