import { LocalDate } from '@js-joda/core';
import fc from 'fast-check';
import { Dec } from '../money/decimal';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import {
  FeeComputationError,
  ReferenceCurve,
  approximateReinvestmentFee,
  averageLifeOf,
  averageRemainingLifeMonths,
  exactReinvestmentFee,
  referenceCurve,
} from './index';

// DOMAIN.md 4.3, the worked example: outstanding 1,205,684.00; rate 2.59 %;
// repaid 8 November 2013; degressive credit; average remaining life 2 years
// and 1 month; IRS 2 years 0.531 %, 3 years 0.709 %, "about 0.54 %" at 25 months.
const capital = Money.parse('1205684.00');
const contractRate = Rate.parse('0.0259');
const stated = Rate.parse('0.0054');
const curve: ReferenceCurve = referenceCurve({
  recordedOn: LocalDate.of(2013, 11, 8),
  points: [
    { tenorMonths: 24, kind: 'irs', rate: Rate.parse('0.00531') },
    { tenorMonths: 36, kind: 'irs', rate: Rate.parse('0.00709') },
  ],
});
/** Fixed capital repayments whose average life is the example's 25 months: (49 + 1)/2. */
const workedSchedule = { amortisation: 'linear', periods: 49, periodMonths: 1 } as const;

describe('the worked example (DOMAIN.md 4.3)', () => {
  it('given 0.54 % and 25/12 years then the approximate fee is exactly 51,492.75', () => {
    const result = approximateReinvestmentFee({
      capital,
      contractRate,
      averageRemainingLifeMonths: 25,
      reference: { curve, override: stated },
    });
    expect(result.fee.toString()).toBe('51492.75');
    expect(result.referenceRate.toString()).toBe('0.0054');
    expect(result.lines).toEqual([
      { label: 'method', value: 'standard scheme, approximate (code of conduct)' },
      { label: 'capital repaid early', value: '1,205,684.00' },
      { label: 'contract rate', value: '2.59 %' },
      { label: 'average remaining life', value: '25 months' },
      {
        label: 'reference curve recorded on',
        value: '2013-11-08, Euribor up to 12 months, IRS beyond',
      },
      {
        label: 'reference rate at 25 months',
        value:
          '≈ 0.54583333 %: interpolated linearly between IRS 24 months (0.531 %) and IRS 36 months (0.709 %)',
      },
      {
        label: 'reference rate used',
        value: "0.54 % (stated, in place of the curve's ≈ 0.54583333 %)",
      },
      { label: 'rate difference', value: '2.59 % − 0.54 % = 2.05 %' },
      { label: 'approximate loss: 1,205,684.00 × 2.05 % × 25/12', value: '51,492.75' },
      { label: 'reinvestment fee', value: '51,492.75' },
    ]);
  });

  it('given the stated 0.54 % without a curve then the same 51,492.75', () => {
    const result = approximateReinvestmentFee({
      capital,
      contractRate,
      averageRemainingLifeMonths: 25,
      reference: { override: stated },
    });
    expect(result.fee.toString()).toBe('51492.75');
    expect(result.lines).toContainEqual({ label: 'reference rate used', value: '0.54 % (stated)' });
  });

  it('given the curve rounded down to 2 decimals of a percent then 0.54 % and 51,492.75', () => {
    const result = approximateReinvestmentFee({
      capital,
      contractRate,
      averageRemainingLifeMonths: 25,
      reference: { curve, rounding: { percentDecimals: 2, mode: 'down' } },
    });
    expect(result.referenceRate.toString()).toBe('0.0054');
    expect(result.fee.toString()).toBe('51492.75');
  });

  it('given the curve rounded half up then 0.55 % (0.5458… rounds up), so not the example', () => {
    const result = approximateReinvestmentFee({
      capital,
      contractRate,
      averageRemainingLifeMonths: 25,
      reference: { curve, rounding: { percentDecimals: 2, mode: 'half-up' } },
    });
    expect(result.referenceRate.toString()).toBe('0.0055');
    expect(result.fee.toString()).toBe('51241.57');
  });

  it('given the unrounded curve then 0.5458333… % and 51,346.23', () => {
    const result = approximateReinvestmentFee({
      capital,
      contractRate,
      averageRemainingLifeMonths: 25,
      reference: { curve },
    });
    // 1,205,684 × (0.0259 − 0.005458333…) × 25/12 = 51,346.2300…
    expect(result.fee.toString()).toBe('51346.23');
  });

  it('given the exact method then lower than 51,492.75 and above 0', () => {
    const exact = exactReinvestmentFee({
      capital,
      contractRate,
      schedule: workedSchedule,
      reference: { curve, override: stated },
    });
    expect(exact.fee.gt(Money.zero())).toBe(true);
    expect(exact.fee.lt(Money.parse('51492.75'))).toBe(true);
    expect(exact.fee.toString()).toBe('51102.09');
    // Undiscounted, the model gives back the approximate figure: the gap is discounting alone.
    expect(Money.fromDecimal(exact.undiscounted).toString()).toBe('51492.75');
    expect(exact.lines).toContainEqual({ label: 'average remaining life', value: '25 months' });
    expect(exact.lines.filter((l) => l.label.startsWith('period '))).toHaveLength(49);
    expect(exact.lines[exact.lines.length - 1]).toEqual({
      label: 'reinvestment fee',
      value: '51,102.09',
    });
  });

  it('given the actual time left (about 38 months, linear monthly) then lower still', () => {
    // 8 November 2013 to 1 January 2017, read as 38 monthly repayments: average life 19.5 months.
    const exact = exactReinvestmentFee({
      capital,
      contractRate,
      schedule: { amortisation: 'linear', periods: 38, periodMonths: 1 },
      reference: { override: stated },
    });
    expect(exact.fee.lt(Money.parse('51102.09'))).toBe(true);
    expect(exact.fee.gt(Money.zero())).toBe(true);
  });
});

describe('averageRemainingLifeMonths (linear amortisation)', () => {
  it.each([
    [49, 1, '25'],
    [48, 1, '24.5'],
    [1, 1, '1'],
    [36, 12, '24'],
    [36, 3, '19.5'],
  ])('given %i months repaid every %i months then %s months', (remaining, every, expected) => {
    expect(averageRemainingLifeMonths(remaining, every).months.toString()).toBe(expected);
  });

  it('gives its lines', () => {
    expect(averageRemainingLifeMonths(49).lines).toEqual([
      { label: 'remaining time', value: '49 months, 49 equal capital repayments every 1 month' },
      { label: 'average remaining life', value: '25 months (1 × (49 + 1) / 2)' },
    ]);
  });

  it('given a time that is not a whole number of intervals then it refuses', () => {
    expect(() => averageRemainingLifeMonths(37, 12)).toThrow(FeeComputationError);
    expect(() => averageRemainingLifeMonths(0)).toThrow(FeeComputationError);
  });

  it('a bullet credit lives its whole remaining time', () => {
    expect(averageLifeOf({ amortisation: 'bullet', periods: 25, periodMonths: 1 }).toString()).toBe(
      '25',
    );
  });
});

describe('the standard scheme, other cases', () => {
  it('given a bullet credit then the exact fee is below the approximate one over the same months', () => {
    const approximate = approximateReinvestmentFee({
      capital,
      contractRate,
      averageRemainingLifeMonths: 25,
      reference: { override: stated },
    });
    const exact = exactReinvestmentFee({
      capital,
      contractRate,
      schedule: { amortisation: 'bullet', periods: 25, periodMonths: 1 },
      reference: { override: stated },
    });
    expect(Money.fromDecimal(exact.undiscounted)).toEqual(approximate.fee);
    expect(exact.fee.lt(approximate.fee)).toBe(true);
  });

  it('given a reference rate of 0 then there is nothing to discount: exact = approximate', () => {
    const zero = { override: Rate.parse('0') };
    const approximate = approximateReinvestmentFee({
      capital,
      contractRate,
      averageRemainingLifeMonths: 25,
      reference: zero,
    });
    const exact = exactReinvestmentFee({
      capital,
      contractRate,
      schedule: workedSchedule,
      reference: zero,
    });
    expect(exact.fee).toEqual(approximate.fee);
  });

  it('given a reference rate above the contract rate then 0.00 with a line saying why', () => {
    const high = { override: Rate.parse('0.03') };
    const approximate = approximateReinvestmentFee({
      capital,
      contractRate,
      averageRemainingLifeMonths: 25,
      reference: high,
    });
    expect(approximate.fee).toEqual(Money.zero());
    expect(approximate.lines[approximate.lines.length - 1]).toEqual({
      label: 'reinvestment fee',
      value: '0.00 (the reference rate is not below the contract rate: no loss)',
    });
    const exact = exactReinvestmentFee({
      capital,
      contractRate,
      schedule: workedSchedule,
      reference: high,
    });
    expect(exact.fee).toEqual(Money.zero());
    expect(exact.discounted.isNegative()).toBe(true);
  });

  it('given an adjustment agreed at signing then it moves the reference rate', () => {
    const result = approximateReinvestmentFee({
      capital,
      contractRate,
      averageRemainingLifeMonths: 25,
      reference: { override: stated, adjustment: '-0.0004' },
    });
    expect(result.referenceRate.toString()).toBe('0.005');
    // 1,205,684 × 2.09 % × 25/12 = 52,497.49…
    expect(result.fee.toString()).toBe('52497.49');
    expect(result.lines).toContainEqual({
      label: 'reference rate after the adjustment agreed at signing',
      value: '0.5 % (− 0.04 %)',
    });
  });

  it('refuses what it cannot compute', () => {
    const base = { capital, contractRate, averageRemainingLifeMonths: 25 };
    expect(() => approximateReinvestmentFee({ ...base, reference: {} })).toThrow(
      /needs a reference rate/,
    );
    expect(() =>
      approximateReinvestmentFee({
        ...base,
        reference: { curve, override: stated, rounding: { percentDecimals: 2, mode: 'down' } },
      }),
    ).toThrow(/not both/);
    expect(() =>
      approximateReinvestmentFee({ ...base, averageRemainingLifeMonths: 0, reference: { curve } }),
    ).toThrow(/above 0 months/);
    expect(() =>
      approximateReinvestmentFee({ ...base, reference: { override: stated, adjustment: '1e-3' } }),
    ).toThrow(/signed decimal fraction/);
    expect(() =>
      exactReinvestmentFee({
        capital,
        contractRate,
        schedule: { amortisation: 'linear', periods: 0, periodMonths: 1 },
        reference: { curve },
      }),
    ).toThrow(/periods must be a whole number of at least 1/);
  });
});

// ---- properties ---------------------------------------------------------------

/** Rates with up to 6 decimals below 20 %, as text (never a JavaScript number). */
const rate = fc
  .bigInt({ min: 0n, max: 200_000n })
  .map((millionths) => Rate.of(new Dec(millionths.toString()).dividedBy(1_000_000)));
const amount = fc.bigInt({ min: 0n, max: 10_000_000_000n }).map((c) => Money.ofCents(c));
const schedule = fc.record({
  amortisation: fc.constantFrom('linear' as const, 'bullet' as const),
  periods: fc.integer({ min: 1, max: 60 }),
  periodMonths: fc.constantFrom(1, 3, 6, 12),
});

describe('standard scheme properties', () => {
  it('the fee is never negative', () => {
    fc.assert(
      fc.property(amount, rate, rate, schedule, (c, contract, reference, s) => {
        const life = averageLifeOf(s);
        const approximate = approximateReinvestmentFee({
          capital: c,
          contractRate: contract,
          averageRemainingLifeMonths: life,
          reference: { override: reference },
        });
        const exact = exactReinvestmentFee({
          capital: c,
          contractRate: contract,
          schedule: s,
          reference: { override: reference },
        });
        expect(approximate.fee.isNegative()).toBe(false);
        expect(exact.fee.isNegative()).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('the approximate fee is 0 when the reference rate is at or above the contract rate', () => {
    fc.assert(
      fc.property(amount, rate, rate, fc.integer({ min: 1, max: 360 }), (c, a, b, months) => {
        const [contract, reference] = a.lte(b) ? [a, b] : [b, a];
        const result = approximateReinvestmentFee({
          capital: c,
          contractRate: contract,
          averageRemainingLifeMonths: months,
          reference: { override: reference },
        });
        expect(result.fee).toEqual(Money.zero());
      }),
    );
  });

  it('with a positive reference rate below the contract rate the exact fee never exceeds the approximate one over the same average life', () => {
    fc.assert(
      fc.property(amount, rate, rate, schedule, (c, a, b, s) => {
        fc.pre(!a.equals(b) && !a.isZero() && !b.isZero());
        const [reference, contract] = a.lt(b) ? [a, b] : [b, a];
        const approximate = approximateReinvestmentFee({
          capital: c,
          contractRate: contract,
          averageRemainingLifeMonths: averageLifeOf(s),
          reference: { override: reference },
        });
        const exact = exactReinvestmentFee({
          capital: c,
          contractRate: contract,
          schedule: s,
          reference: { override: reference },
        });
        expect(exact.fee.lte(approximate.fee)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
