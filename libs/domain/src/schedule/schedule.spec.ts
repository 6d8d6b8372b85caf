import { LocalDate } from '@js-joda/core';
import fc from 'fast-check';
import { Dec, Money, Rate } from '../money';
import { REPAYMENT_FREQUENCIES, REPAYMENT_METHODS } from '../products';
import type { RepaymentFrequency, RepaymentMethod } from '../products';
import { computeSchedule, periodsPerYear } from './index';
import type { Schedule, ScheduleTerms } from './index';

// Expected figures in the examples were checked against an independent
// computation with Python's decimal module (40 digits, ROUND_HALF_UP).

const JAN_15 = LocalDate.parse('2024-01-15');

function terms(
  principal: string,
  rate: string,
  termMonths: number,
  method: RepaymentMethod,
  frequency: RepaymentFrequency = 'monthly',
  capitalHolidayMonths = 0,
  disbursedOn: LocalDate = JAN_15,
): ScheduleTerms {
  return {
    principal: Money.parse(principal),
    annualRate: Rate.parse(rate),
    termMonths,
    repayment: { method, frequency, capitalHolidayMonths },
    disbursedOn,
  };
}

/** [principal, interest, total, outstandingAfter] as text, for compact expectations. */
function row(schedule: Schedule, number: number): string[] {
  const i = schedule.instalments[number - 1];
  expect(i.number).toBe(number);
  return [i.principal, i.interest, i.total, i.outstandingAfter].map((m) => m.toString());
}

function totals(schedule: Schedule): string[] {
  const t = schedule.totals;
  return [t.principal, t.interest, t.total].map((m) => m.toString());
}

const texts = (amounts: Money[]): string[] => amounts.map((m) => m.toString());

describe('computeSchedule examples', () => {
  it('given 25,000.00 at 6 % over 60 months, annuity, monthly, then the instalment is 483.32 and the last takes the remainder', () => {
    // given / when
    const s = computeSchedule(terms('25000', '0.06', 60, 'annuity'));

    // then
    expect(s.instalments).toHaveLength(60);
    expect(row(s, 1)).toEqual(['358.32', '125.00', '483.32', '24641.68']);
    expect(row(s, 2)).toEqual(['360.11', '123.21', '483.32', '24281.57']);
    for (const i of s.instalments.slice(0, 59)) expect(i.total.toString()).toBe('483.32');
    expect(row(s, 60)).toEqual(['480.95', '2.40', '483.35', '0.00']);
    expect(totals(s)).toEqual(['25000.00', '3999.23', '28999.23']);
  });

  it('given 12,000.00 at 6 % over 12 months, linear, then 1,000.00 capital a month and interest 60.00, 55.00, ...', () => {
    const s = computeSchedule(terms('12000', '0.06', 12, 'linear'));

    expect(texts(s.instalments.map((i) => i.principal))).toEqual(Array(12).fill('1000.00'));
    expect(texts(s.instalments.map((i) => i.interest))).toEqual([
      '60.00',
      '55.00',
      '50.00',
      '45.00',
      '40.00',
      '35.00',
      '30.00',
      '25.00',
      '20.00',
      '15.00',
      '10.00',
      '5.00',
    ]);
    expect(row(s, 1)).toEqual(['1000.00', '60.00', '1060.00', '11000.00']);
    expect(row(s, 12)).toEqual(['1000.00', '5.00', '1005.00', '0.00']);
    expect(totals(s)).toEqual(['12000.00', '390.00', '12390.00']);
  });

  it('given a linear loan whose principal does not divide evenly, then the last capital part takes the remainder', () => {
    const s = computeSchedule(terms('1000', '0.06', 12, 'linear'));

    for (const i of s.instalments.slice(0, 11)) expect(i.principal.toString()).toBe('83.33');
    expect(row(s, 12)[0]).toBe('83.37');
    expect(s.totals.principal.toString()).toBe('1000.00');
  });

  it('given a bullet loan of 10,000.00 at 5 % over 12 months, then interest only and all capital at the end', () => {
    const s = computeSchedule(terms('10000', '0.05', 12, 'bullet'));

    for (let k = 1; k < 12; k++) expect(row(s, k)).toEqual(['0.00', '41.67', '41.67', '10000.00']);
    expect(row(s, 12)).toEqual(['10000.00', '41.67', '10041.67', '0.00']);
    expect(totals(s)).toEqual(['10000.00', '500.04', '10500.04']);
  });

  it('given a capital holiday of 12 months on a 60-month annuity, then 12 interest-only instalments and an annuity over 48', () => {
    const s = computeSchedule(terms('25000', '0.06', 60, 'annuity', 'monthly', 12));

    expect(s.instalments).toHaveLength(60);
    for (let k = 1; k <= 12; k++)
      expect(row(s, k)).toEqual(['0.00', '125.00', '125.00', '25000.00']);
    expect(row(s, 13)).toEqual(['462.13', '125.00', '587.13', '24537.87']);
    expect(row(s, 14)).toEqual(['464.44', '122.69', '587.13', '24073.43']);
    for (const i of s.instalments.slice(12, 59)) expect(i.total.toString()).toBe('587.13');
    expect(row(s, 60)).toEqual(['583.97', '2.92', '586.89', '0.00']);
    expect(totals(s)).toEqual(['25000.00', '4682.00', '29682.00']);
  });

  it('given a capital holiday on a linear loan, then the capital is spread over the remaining periods', () => {
    const s = computeSchedule(terms('12000', '0.06', 24, 'linear', 'quarterly', 12));

    expect(texts(s.instalments.map((i) => i.principal))).toEqual([
      ...Array(4).fill('0.00'),
      ...Array(4).fill('3000.00'),
    ]);
    expect(texts(s.instalments.map((i) => i.interest))).toEqual([
      ...Array(4).fill('180.00'),
      '180.00',
      '135.00',
      '90.00',
      '45.00',
    ]);
  });

  it('given 20,000.00 at 8 % over 24 months, quarterly, then 8 instalments of 2,730.20 at 2 % a quarter, due every 3 months', () => {
    const s = computeSchedule(terms('20000', '0.08', 24, 'annuity', 'quarterly'));

    expect(s.instalments).toHaveLength(8);
    expect(row(s, 1)).toEqual(['2330.20', '400.00', '2730.20', '17669.80']);
    expect(row(s, 2)).toEqual(['2376.80', '353.40', '2730.20', '15293.00']);
    expect(row(s, 8)).toEqual(['2676.64', '53.53', '2730.17', '0.00']);
    expect(totals(s)).toEqual(['20000.00', '1841.57', '21841.57']);
    expect(s.instalments.map((i) => i.dueOn.toString())).toEqual([
      '2024-04-15',
      '2024-07-15',
      '2024-10-15',
      '2025-01-15',
      '2025-04-15',
      '2025-07-15',
      '2025-10-15',
      '2026-01-15',
    ]);
  });

  it('given 30,000.00 at 4.5 % over 36 months, annual, then 3 yearly instalments of 10,913.20', () => {
    const s = computeSchedule(terms('30000', '0.045', 36, 'annuity', 'annual'));

    expect(s.instalments).toHaveLength(3);
    expect(row(s, 1)).toEqual(['9563.20', '1350.00', '10913.20', '20436.80']);
    expect(row(s, 2)).toEqual(['9993.54', '919.66', '10913.20', '10443.26']);
    expect(row(s, 3)).toEqual(['10443.26', '469.95', '10913.21', '0.00']);
    expect(totals(s)).toEqual(['30000.00', '2739.61', '32739.61']);
    expect(s.instalments.map((i) => i.dueOn.toString())).toEqual([
      '2025-01-15',
      '2026-01-15',
      '2027-01-15',
    ]);
  });

  it('given a semiannual loan, then 2 periods a year at half the annual rate', () => {
    const s = computeSchedule(terms('10000', '0.05', 24, 'linear', 'semiannual'));

    expect(s.instalments).toHaveLength(4);
    expect(row(s, 1)).toEqual(['2500.00', '250.00', '2750.00', '7500.00']);
    expect(s.instalments[0].dueOn.toString()).toBe('2024-07-15');
  });

  it('given a disbursement on 31 January, then February is clamped and March is back on the 31st', () => {
    const s = computeSchedule(
      terms('6000', '0.06', 6, 'annuity', 'monthly', 0, LocalDate.parse('2023-01-31')),
    );

    expect(s.instalments.map((i) => i.dueOn.toString())).toEqual([
      '2023-02-28',
      '2023-03-31',
      '2023-04-30',
      '2023-05-31',
      '2023-06-30',
      '2023-07-31',
    ]);
  });

  it('given a disbursement on 31 January of a leap year, then the first instalment falls on 29 February', () => {
    const s = computeSchedule(
      terms('6000', '0.06', 3, 'annuity', 'monthly', 0, LocalDate.parse('2024-01-31')),
    );

    expect(s.instalments.map((i) => i.dueOn.toString())).toEqual([
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
    ]);
  });

  it('given a disbursement on 29 February, then monthly dates keep the 29th and yearly ones fall on 28 February', () => {
    const on = LocalDate.parse('2024-02-29');
    const monthly = computeSchedule(terms('6000', '0.06', 3, 'linear', 'monthly', 0, on));
    const annual = computeSchedule(terms('6000', '0.06', 48, 'linear', 'annual', 0, on));

    expect(monthly.instalments.map((i) => i.dueOn.toString())).toEqual([
      '2024-03-29',
      '2024-04-29',
      '2024-05-29',
    ]);
    expect(annual.instalments.map((i) => i.dueOn.toString())).toEqual([
      '2025-02-28',
      '2026-02-28',
      '2027-02-28',
      '2028-02-29',
    ]);
  });

  it('given a zero rate, then the annuity is P / n rounded and there is no interest', () => {
    const s = computeSchedule(terms('1000', '0', 12, 'annuity'));

    for (let k = 1; k < 12; k++) expect(row(s, k).slice(0, 3)).toEqual(['83.33', '0.00', '83.33']);
    expect(row(s, 12)).toEqual(['83.37', '0.00', '83.37', '0.00']);
    expect(totals(s)).toEqual(['1000.00', '0.00', '1000.00']);
  });

  it('given a tiny principal whose rounded instalment would overshoot, then no principal part exceeds what is outstanding', () => {
    // 1.00 / 60 = 0.0167 → 0.02 a month repays everything after 50 months.
    const s = computeSchedule(terms('1', '0', 60, 'annuity'));

    expect(row(s, 50)).toEqual(['0.02', '0.00', '0.02', '0.00']);
    for (let k = 51; k <= 60; k++) expect(row(s, k)).toEqual(['0.00', '0.00', '0.00', '0.00']);
    expect(s.totals.principal.toString()).toBe('1.00');
  });

  it('given a single period, then it repays everything with one period of interest', () => {
    const s = computeSchedule(terms('5000', '0.06', 12, 'annuity', 'annual'));

    expect(s.instalments).toHaveLength(1);
    expect(row(s, 1)).toEqual(['5000.00', '300.00', '5300.00', '0.00']);
  });

  it.each<[number, RepaymentFrequency, number, RegExp]>([
    [
      13,
      'quarterly',
      0,
      /term of 13 months is not a whole number of quarterly periods of 3 months/,
    ],
    [18, 'annual', 0, /term of 18 months is not a whole number of annual periods of 12 months/],
    [27, 'semiannual', 0, /term of 27 months is not a whole number of semiannual periods/],
    [0, 'monthly', 0, /term of 0 months has no monthly period/],
    [12.5, 'monthly', 0, /term of 12.5 months is not a whole number of months/],
    [-12, 'monthly', 0, /term of -12 months is not a whole number of months/],
    [24, 'quarterly', 4, /capital holiday of 4 months is not a whole number of quarterly periods/],
    [24, 'monthly', 24, /capital holiday of 24 months leaves nothing of a 24-month term/],
    [24, 'monthly', -1, /capital holiday of -1 months is not a whole number of months/],
  ])(
    'given a term of %p months paid %s with a holiday of %p months, then RangeError',
    (termMonths, frequency, holiday, message) => {
      const bad = terms('10000', '0.05', termMonths, 'annuity', frequency, holiday);
      expect(() => computeSchedule(bad)).toThrow(RangeError);
      expect(() => computeSchedule(bad)).toThrow(message);
    },
  );

  it('given a principal of zero or less, then RangeError', () => {
    expect(() => computeSchedule(terms('0', '0.05', 12, 'annuity'))).toThrow(RangeError);
    expect(() => computeSchedule(terms('-1', '0.05', 12, 'annuity'))).toThrow(RangeError);
  });

  it('given an unknown method or frequency (unchecked data), then RangeError', () => {
    const method = terms('100', '0.05', 12, 'balloon' as RepaymentMethod);
    const frequency = terms('100', '0.05', 12, 'annuity', 'weekly' as RepaymentFrequency);
    expect(() => computeSchedule(method)).toThrow(/balloon is not a repayment method/);
    expect(() => computeSchedule(frequency)).toThrow(/weekly is not a repayment frequency/);
  });
});

describe('periodsPerYear', () => {
  it.each<[RepaymentFrequency, number]>([
    ['monthly', 12],
    ['quarterly', 4],
    ['semiannual', 2],
    ['annual', 1],
  ])('%s has %p periods a year', (frequency, expected) => {
    expect(periodsPerYear(frequency)).toBe(expected);
  });
});

describe('schedule conventions as options', () => {
  it('given another periodic rate convention, then interest follows it', () => {
    // e.g. a product that charges the whole annual rate / 10 a month (only to show the hook).
    const s = computeSchedule(terms('12000', '0.06', 12, 'linear'), {
      periodicRate: (rate) => rate.toDecimal().dividedBy(10),
    });
    expect(row(s, 1)).toEqual(['1000.00', '72.00', '1072.00', '11000.00']);
  });

  it('given another due-date rule, then the dates follow it', () => {
    const s = computeSchedule(terms('300', '0', 3, 'linear'), {
      dueDate: (disbursedOn, months) => disbursedOn.plusMonths(months).withDayOfMonth(1),
    });
    expect(s.instalments.map((i) => i.dueOn.toString())).toEqual([
      '2024-02-01',
      '2024-03-01',
      '2024-04-01',
    ]);
  });

  it('given periods per year that do not divide the year into whole months, then RangeError', () => {
    expect(() =>
      computeSchedule(terms('300', '0', 12, 'linear'), {
        periodsPerYear: { monthly: 5, quarterly: 4, semiannual: 2, annual: 1 },
      }),
    ).toThrow(/5 periods a year \(monthly\) do not divide the year into whole months/);
  });
});

// ---- properties ----------------------------------------------------------------

const MONTHS_PER_PERIOD: Record<RepaymentFrequency, number> = {
  monthly: 1,
  quarterly: 3,
  semiannual: 6,
  annual: 12,
};

/** Any valid set of terms: 1.00 to 2,000,000.00, 0 to 15 % with up to 4 decimals, up to 30 years. */
const validTerms: fc.Arbitrary<ScheduleTerms> = fc
  .record({
    cents: fc.oneof(
      fc.bigInt({ min: 100n, max: 2_000_000_00n }),
      fc.bigInt({ min: 100n, max: 100_00n }), // small amounts, where rounding matters most
    ),
    rateMillionths: fc.oneof(
      fc.integer({ min: 0, max: 1500_00 }), // millionths: ten-thousandths of a per cent
      fc.constantFrom(0, 600_00, 1500_00),
    ),
    method: fc.constantFrom(...REPAYMENT_METHODS),
    frequency: fc.constantFrom(...REPAYMENT_FREQUENCIES),
    periods: fc.integer({ min: 1, max: 360 }),
    holidayShare: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 99 })),
    disbursedOn: fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2040-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => LocalDate.parse(d.toISOString().slice(0, 10))),
  })
  .map(({ cents, rateMillionths, method, frequency, periods, holidayShare, disbursedOn }) => {
    const monthsPerPeriod = MONTHS_PER_PERIOD[frequency];
    const n = Math.max(1, Math.floor(periods / monthsPerPeriod)); // at most 360 months
    const h = Math.floor(((n - 1) * holidayShare) / 100); // 0 .. n − 1 periods
    return {
      principal: Money.ofCents(cents),
      // millionths / 10^6 as a fraction: at most 0.15, at most 6 decimals (4 in per cent).
      annualRate: Rate.of(new Dec(rateMillionths).dividedBy(1_000_000)),
      termMonths: n * monthsPerPeriod,
      repayment: { method, frequency, capitalHolidayMonths: h * monthsPerPeriod },
      disbursedOn,
    };
  });

describe('computeSchedule properties', () => {
  it('the principal parts sum exactly to the principal, and the totals are the sums of the instalments', () => {
    fc.assert(
      fc.property(validTerms, (t) => {
        const s = computeSchedule(t);
        expect(s.instalments).toHaveLength(t.termMonths / MONTHS_PER_PERIOD[t.repayment.frequency]);
        expect(Money.sum(s.instalments.map((i) => i.principal))).toEqual(t.principal);
        expect(s.totals.principal).toEqual(t.principal);
        expect(s.totals.interest).toEqual(Money.sum(s.instalments.map((i) => i.interest)));
        expect(s.totals.total).toEqual(s.totals.principal.plus(s.totals.interest));
      }),
    );
  });

  it('outstanding never goes negative, never increases, and ends at 0.00; every total is principal + interest', () => {
    fc.assert(
      fc.property(validTerms, (t) => {
        const s = computeSchedule(t);
        let before = t.principal;
        for (const i of s.instalments) {
          expect(i.outstandingAfter.isNegative()).toBe(false);
          expect(i.outstandingAfter.lte(before)).toBe(true);
          expect(i.outstandingAfter).toEqual(before.minus(i.principal));
          expect(i.principal.isNegative()).toBe(false);
          expect(i.total).toEqual(i.principal.plus(i.interest));
          before = i.outstandingAfter;
        }
        expect(s.instalments[s.instalments.length - 1].outstandingAfter.toString()).toBe('0.00');
      }),
    );
  });

  it('each interest is the outstanding before it × rate / periods per year, rounded half up', () => {
    fc.assert(
      fc.property(validTerms, (t) => {
        const s = computeSchedule(t);
        const r = t.annualRate.toDecimal().dividedBy(periodsPerYear(t.repayment.frequency));
        let before = t.principal;
        for (const i of s.instalments) {
          const exact = before.toDecimal().times(r);
          // −0.005 < interest − exact ≤ 0.005: ties go up.
          const diff = i.interest.toDecimal().minus(exact);
          expect(diff.gt('-0.005') && diff.lte('0.005')).toBe(true);
          before = i.outstandingAfter;
        }
      }),
    );
  });

  it('holiday instalments are interest only; annuity instalments are equal except the last; linear capital parts are equal except the last', () => {
    fc.assert(
      fc.property(validTerms, (t) => {
        const s = computeSchedule(t);
        const h = t.repayment.capitalHolidayMonths / MONTHS_PER_PERIOD[t.repayment.frequency];
        const holiday = s.instalments.slice(0, h);
        const amortising = s.instalments.slice(h, -1); // all but the holiday and the last
        for (const i of holiday) expect(i.principal.isZero()).toBe(true);

        // A principal part may be cut to what is outstanding (a tiny principal whose rounded
        // part overshoots); every later instalment is then 0.00. Only the uncut ones are equal.
        const cut = amortising.findIndex((i) => i.outstandingAfter.isZero());
        const uncut = cut < 0 ? amortising : amortising.slice(0, cut);
        for (const i of cut < 0 ? [] : amortising.slice(cut + 1))
          expect(i.total.isZero()).toBe(true);

        if (t.repayment.method === 'annuity') {
          for (const i of uncut) expect(i.total).toEqual(uncut[0].total);
        }
        if (t.repayment.method === 'linear') {
          for (const i of uncut) expect(i.principal).toEqual(uncut[0].principal);
        }
        if (t.repayment.method === 'bullet') {
          for (const i of amortising) expect(i.principal.isZero()).toBe(true);
        }
      }),
    );
  });

  it('a cut principal part only happens for amounts of cents per period (never for 1,000.00 or more over up to 10 years)', () => {
    const ordinary = validTerms.filter(
      (t) => t.principal.gte(Money.parse('1000')) && t.termMonths <= 120,
    );
    fc.assert(
      fc.property(ordinary, (t) => {
        const s = computeSchedule(t);
        for (const i of s.instalments.slice(0, -1))
          expect(i.outstandingAfter.isPositive()).toBe(true);
        expect(s.instalments[s.instalments.length - 1].principal.isPositive()).toBe(true);
      }),
    );
  });

  it('due dates strictly increase, k periods after disbursement, on its day of month or the month end', () => {
    fc.assert(
      fc.property(validTerms, (t) => {
        const s = computeSchedule(t);
        const monthsPerPeriod = MONTHS_PER_PERIOD[t.repayment.frequency];
        let previous = t.disbursedOn;
        s.instalments.forEach((i, index) => {
          expect(i.dueOn.isAfter(previous)).toBe(true);
          const expected = t.disbursedOn.plusMonths((index + 1) * monthsPerPeriod);
          expect(i.dueOn.equals(expected)).toBe(true);
          const day = Math.min(t.disbursedOn.dayOfMonth(), i.dueOn.lengthOfMonth());
          expect(i.dueOn.dayOfMonth()).toBe(day);
          previous = i.dueOn;
        });
      }),
    );
  });
});
