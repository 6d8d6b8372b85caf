import { LocalDate } from '@js-joda/core';
import fc from 'fast-check';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import { MONTHS_PER_PERIOD, REPAYMENT_FREQUENCIES, REPAYMENT_METHODS } from '../products/product';
import { computeSchedule, type ScheduleTerms } from './schedule';

// Properties of computeSchedule over the whole domain the API accepts: amounts from 1.00 to
// 10,000,000.00 (built from bigint cents), rates from 0 to 25 % with up to 6 decimals (parsed
// from strings, as they arrive), every method, frequency and capital holiday. schedule.spec.ts
// checks the same invariants up to 2,000,000.00 and 15 %; here the range is wider and the
// properties below it are new (holidays, independence of the disbursement date).

const RUNS = { numRuns: 200 };

/** "0.xxxxxx" from millionths: a rate as the API writes it, never through a JS number. */
const rateText = (millionths: number): string =>
  `0.${millionths.toString().padStart(6, '0')}`.replace(/0+$/, '').replace(/\.$/, '.0');

const terms: fc.Arbitrary<ScheduleTerms> = fc
  .record({
    cents: fc.oneof(
      fc.bigInt({ min: 100n, max: 10_000_000_00n }),
      fc.bigInt({ min: 100n, max: 1_000_00n }),
      fc.constantFrom(100n, 10_000_000_00n),
    ),
    rateMillionths: fc.oneof(
      fc.integer({ min: 0, max: 250_000 }),
      fc.constantFrom(0, 1, 60_000, 250_000),
    ),
    method: fc.constantFrom(...REPAYMENT_METHODS),
    frequency: fc.constantFrom(...REPAYMENT_FREQUENCIES),
    months: fc.integer({ min: 1, max: 360 }),
    holidayShare: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 99 })),
    disbursedOn: fc
      .integer({ min: 0, max: 365 * 40 })
      .map((days) => LocalDate.of(2000, 1, 1).plusDays(days)),
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

const periodsOf = (t: ScheduleTerms) => t.termMonths / MONTHS_PER_PERIOD[t.repayment.frequency];
const holidayOf = (t: ScheduleTerms) =>
  t.repayment.capitalHolidayMonths / MONTHS_PER_PERIOD[t.repayment.frequency];
const amounts = (t: ScheduleTerms) =>
  computeSchedule(t).instalments.map((i) => [
    i.principal.toString(),
    i.interest.toString(),
    i.total.toString(),
    i.outstandingAfter.toString(),
  ]);

describe('computeSchedule over amounts up to 10,000,000.00 and rates up to 25 %', () => {
  it('rateText writes millionths as the API writes rates', () => {
    expect(['0', '1', '60000', '250000', '8750'].map((m) => rateText(Number(m)))).toEqual([
      '0.0',
      '0.000001',
      '0.06',
      '0.25',
      '0.00875',
    ]);
  });

  it('the principal parts sum exactly to the principal; outstanding falls monotonically to 0.00, never below', () => {
    fc.assert(
      fc.property(terms, (t) => {
        const s = computeSchedule(t);
        expect(s.instalments).toHaveLength(periodsOf(t));
        expect(Money.sum(s.instalments.map((i) => i.principal))).toEqual(t.principal);
        // Plain checks collected per instalment: a jest expect per instalment is slow.
        const wrong: number[] = [];
        let before = t.principal;
        for (const i of s.instalments) {
          const fine =
            !i.outstandingAfter.isNegative() &&
            i.outstandingAfter.lte(before) &&
            i.outstandingAfter.equals(before.minus(i.principal));
          if (!fine) wrong.push(i.number);
          before = i.outstandingAfter;
        }
        expect(wrong).toEqual([]);
        expect(before.toString()).toBe('0.00');
      }),
      RUNS,
    );
  });

  it('annuity totals are equal except the last and the capital-holiday ones; holiday instalments are the interest on the whole principal', () => {
    fc.assert(
      fc.property(
        terms.filter((t) => t.repayment.method === 'annuity'),
        (t) => {
          const s = computeSchedule(t);
          const h = holidayOf(t);
          const r = t.annualRate.perPeriod(12 / MONTHS_PER_PERIOD[t.repayment.frequency]);
          const holidayInterest = Money.fromDecimal(t.principal.times(r));
          const holiday = s.instalments.slice(0, h);
          expect(
            holiday.filter((i) => !i.principal.isZero() || !i.total.equals(holidayInterest)),
          ).toEqual([]);
          // Amortising, all but the last: equal, unless a tiny principal was repaid before
          // the end (then the rest are 0.00; schedule.spec.ts shows when that happens).
          const amortising = s.instalments.slice(h, -1);
          const cut = amortising.findIndex((i) => i.outstandingAfter.isZero());
          const regular = cut < 0 ? amortising : amortising.slice(0, cut);
          expect(regular.filter((i) => !i.total.equals(regular[0].total))).toEqual([]);
          const after = cut < 0 ? [] : amortising.slice(cut + 1);
          expect(after.filter((i) => !i.total.isZero())).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it('a capital holiday of h periods is h interest-only periods followed by the schedule of the remaining periods', () => {
    fc.assert(
      fc.property(
        terms.filter((t) => holidayOf(t) > 0),
        (t) => {
          const h = holidayOf(t);
          const perPeriod = MONTHS_PER_PERIOD[t.repayment.frequency];
          const withHoliday = amounts(t);
          const without = amounts({
            ...t,
            termMonths: t.termMonths - h * perPeriod,
            repayment: { ...t.repayment, capitalHolidayMonths: 0 },
          });
          expect(withHoliday.slice(h)).toEqual(without);
        },
      ),
      RUNS,
    );
  });

  it('the amounts do not depend on the disbursement date, only the due dates do', () => {
    fc.assert(
      fc.property(terms, fc.integer({ min: 1, max: 3000 }), (t, shift) => {
        const moved = { ...t, disbursedOn: t.disbursedOn.plusDays(shift) };
        expect(amounts(moved)).toEqual(amounts(t));
      }),
      RUNS,
    );
  });
});
