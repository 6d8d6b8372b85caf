import { LocalDate } from '@js-joda/core';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { type ReferenceCurve, referenceCurve } from '../fees/reference-curve';
import { Dec } from '../money/decimal';
import { MarketRate } from '../money/market-rate';
import { Rate } from '../money/rate';
import type { ReferenceRatePricing } from './product';
import { ReferencePricingError, priceFromReferenceCurve, showRate } from './reference-pricing';

const pricing2018: ReferenceRatePricing = {
  kind: 'reference-rate',
  margin: Rate.parse('0.0053'),
  floor: Rate.parse('0.03'),
  decimals: 4,
};

const curveOf = (points: Array<[number, string]>): ReferenceCurve =>
  referenceCurve({
    recordedOn: LocalDate.parse('2021-03-10'),
    points: points.map(([tenorMonths, rate]) => ({
      tenorMonths,
      kind: tenorMonths <= 12 ? ('euribor' as const) : ('irs' as const),
      rate: MarketRate.parse(rate),
    })),
  });

describe('priceFromReferenceCurve: IRS for the term + margin, at least the floor', () => {
  it('given IRS 7 years 0.412 % then 0.942 % rounds to 0.94 %, below 3 %: the floor', () => {
    const price = priceFromReferenceCurve(pricing2018, curveOf([[84, '0.00412']]), 84);
    expect(price.irsRate.toString()).toBe('0.00412');
    expect(price.priced.toString()).toBe('0.0094');
    expect(price.floorApplied).toBe(true);
    expect(price.rate.toString()).toBe('0.03');
    expect(price.irsPoints.map((p) => p.tenorMonths)).toEqual([84]);
  });

  it('given 84 months between IRS 60 and 120 months then the interpolation uses only those two IRS points', () => {
    const price = priceFromReferenceCurve(
      pricing2018,
      curveOf([
        [12, '0.09'],
        [24, '0.001'],
        [60, '0.025'],
        [120, '0.031'],
        [240, '0.5'],
      ]),
      84,
    );
    // 2.5 % + 0.6 % × 24/60 = 2.74 %; + 0.53 % = 3.27 %.
    expect(price.irsRate.toString()).toBe('0.0274');
    expect(price.rate.toString()).toBe('0.0327');
    expect(price.irsPoints.map((p) => [p.tenorMonths, p.rate.toString()])).toEqual([
      [60, '0.025'],
      [120, '0.031'],
    ]);
  });

  it('given a weight that does not end (1/3) then the IRS is kept exact and only the sum is rounded', () => {
    // 40 months between 36 (2 %) and 48 (2.1 %): 2 % + 0.1 % / 3.
    const price = priceFromReferenceCurve(
      pricing2018,
      curveOf([
        [36, '0.02'],
        [48, '0.021'],
      ]),
      40,
    );
    expect(showRate(price.irsRate)).toBe('0.0203333333');
    expect(price.priced.toString()).toBe('0.0256');
    expect(price.floorApplied).toBe(true);
    expect(price.rate.toString()).toBe('0.03');
  });

  it('given a negative IRS then the floor applies', () => {
    const price = priceFromReferenceCurve(pricing2018, curveOf([[36, '-0.004']]), 36);
    expect(price.priced.toString()).toBe('0.0013');
    expect(price.rate.toString()).toBe('0.03');
  });

  it('given an IRS just below zero, no margin and no floor then the price is zero, not minus zero', () => {
    const noFloor: ReferenceRatePricing = {
      ...pricing2018,
      margin: Rate.parse('0'),
      floor: Rate.parse('0'),
    };
    const price = priceFromReferenceCurve(noFloor, curveOf([[250, '-0.000001']]), 250);
    expect(price.priced.isNegative()).toBe(false);
    expect(price.rate.toString()).toBe('0.00');
    expect(price.floorApplied).toBe(false);
  });

  it.each([
    [
      [
        [12, '-0.005'],
        [24, '0.001'],
        [60, '0.002'],
      ] as Array<[number, string]>,
      84,
      /IRS rates from 24 to 60 months/,
    ],
    [
      [
        [60, '0.002'],
        [120, '0.003'],
      ] as Array<[number, string]>,
      36,
      /IRS rates from 60 to 120 months/,
    ],
    [
      [
        [3, '-0.005'],
        [12, '-0.004'],
      ] as Array<[number, string]>,
      36,
      /has no IRS points/,
    ],
  ])(
    'given a curve that does not reach the term then reference-curve-tenor-missing',
    (points, term, message) => {
      let thrown: unknown;
      try {
        priceFromReferenceCurve(pricing2018, curveOf(points), term);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(ReferencePricingError);
      expect((thrown as ReferencePricingError).code).toBe('reference-curve-tenor-missing');
      expect((thrown as ReferencePricingError).message).toMatch(message);
    },
  );

  it('given a term that is not a whole number of months then it is a programming error', () => {
    expect(() => priceFromReferenceCurve(pricing2018, curveOf([[84, '0.004']]), 0)).toThrow(
      RangeError,
    );
  });
});

describe('priceFromReferenceCurve: properties', () => {
  /** A rate with up to 6 decimals, from −1 % to 8 %, as a market rate is recorded. */
  const marketRate = fc
    .integer({ min: -10_000, max: 80_000 })
    .map((millionths) => new Dec(millionths).dividedBy(1_000_000).toFixed());
  const curveAndTerm = fc
    .uniqueArray(fc.integer({ min: 13, max: 360 }), { minLength: 1, maxLength: 8 })
    .chain((tenors) => {
      const sorted = [...tenors].sort((a, b) => a - b);
      return fc.record({
        points: fc.tuple(...sorted.map((t) => marketRate.map((r) => [t, r] as [number, string]))),
        term: fc.integer({ min: sorted[0], max: sorted[sorted.length - 1] }),
      });
    });
  const pricing = fc.record({
    marginTenThousandths: fc.integer({ min: 0, max: 300 }),
    floorHundredths: fc.integer({ min: 0, max: 6 }),
  });

  /** The IRS at the term, computed here on its own: the points around it, weighted linearly. */
  function expectedIrs(points: Array<[number, string]>, term: number): Decimal {
    const exact = points.find(([t]) => t === term);
    if (exact) return new Dec(exact[1]);
    const i = points.findIndex(([t]) => t > term);
    const [t0, r0] = points[i - 1];
    const [t1, r1] = points[i];
    return new Dec(r0).plus(
      new Dec(r1)
        .minus(r0)
        .times(term - t0)
        .dividedBy(t1 - t0),
    );
  }

  it('is never below the floor, and is max(floor, IRS + margin rounded half up to 4 decimals)', () => {
    fc.assert(
      fc.property(
        curveAndTerm,
        pricing,
        ({ points, term }, { marginTenThousandths, floorHundredths }) => {
          const p: ReferenceRatePricing = {
            kind: 'reference-rate',
            margin: Rate.of(new Dec(marginTenThousandths).dividedBy(10_000)),
            floor: Rate.of(new Dec(floorHundredths).dividedBy(100)),
            decimals: 4,
          };
          const price = priceFromReferenceCurve(p, curveOf(points), term);
          const rounded = expectedIrs(points, term)
            .plus(p.margin.toDecimal())
            .toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
          const expected = Decimal.max(rounded, p.floor.toDecimal());
          expect(price.rate.gte(p.floor)).toBe(true);
          expect(price.rate.toDecimal().eq(expected)).toBe(true);
          expect(price.rate.toDecimal().decimalPlaces()).toBeLessThanOrEqual(4);
          expect(price.floorApplied).toBe(rounded.lt(p.floor.toDecimal()));
        },
      ),
      { numRuns: 500 },
    );
    // 500 runs take a few seconds on a busy machine: more than jest's default of five.
  }, 30_000);
});
