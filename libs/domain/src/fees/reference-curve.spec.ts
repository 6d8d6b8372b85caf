import { LocalDate } from '@js-joda/core';
import { Dec } from '../money/decimal';
import { MarketRate } from '../money/market-rate';
import { Rate } from '../money/rate';
import { FeeComputationError, ReferenceCurvePoint, rateAt, referenceCurve } from './index';

const point = (
  tenorMonths: number,
  kind: 'euribor' | 'irs',
  rate: string,
): ReferenceCurvePoint => ({
  tenorMonths,
  kind,
  rate: Rate.parse(rate),
});

/** The worked example's IRS (DOMAIN.md 4.3) with an invented Euribor leg. */
const curve = referenceCurve({
  recordedOn: LocalDate.of(2013, 11, 8),
  points: [
    point(3, 'euribor', '0.00224'),
    point(6, 'euribor', '0.00326'),
    point(12, 'euribor', '0.00506'),
    point(24, 'irs', '0.00531'),
    point(36, 'irs', '0.00709'),
  ],
});

function expectCurveError(points: ReferenceCurvePoint[], message: RegExp): void {
  let caught: unknown;
  try {
    referenceCurve({ recordedOn: LocalDate.of(2013, 11, 8), points });
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(FeeComputationError);
  expect((caught as FeeComputationError).code).toBe('reference-curve-invalid');
  expect((caught as Error).message).toMatch(message);
}

describe('rateAt', () => {
  it('given 25 months between IRS 24 (0.531 %) and 36 (0.709 %) months then 0.531 + 0.178/12 %, exactly', () => {
    const at = rateAt(curve, 25);
    const expected = new Dec('0.00531').plus(new Dec('0.00709').minus('0.00531').dividedBy(12));
    expect(at.rate.eq(expected)).toBe(true);
    expect(at.rate.times(100).toFixed(6)).toBe('0.545833');
    expect(at.lines).toContainEqual({
      label: 'reference rate at 25 months',
      value:
        '≈ 0.54583333 %: interpolated linearly between IRS 24 months (0.531 %) and IRS 36 months (0.709 %)',
    });
  });

  it('given a tenor of the curve then its own point, no interpolation', () => {
    expect(rateAt(curve, 24).rate.toString()).toBe('0.00531');
    expect(rateAt(curve, 36).rate.toString()).toBe('0.00709');
  });

  it('given 12 months or less then the Euribor points are used; above 12 months IRS', () => {
    const twelve = rateAt(curve, 12);
    expect(twelve.rate.toString()).toBe('0.00506');
    expect(twelve.lines[1].value).toBe('0.506 %: Euribor 12 months');
    const nine = rateAt(curve, 9);
    expect(nine.rate.toString()).toBe('0.00416'); // halfway between 0.326 % and 0.506 %
    expect(nine.lines[1].value).toMatch(/between Euribor 6 months .* and Euribor 12 months/);
    const thirty = rateAt(curve, 30);
    expect(thirty.rate.toString()).toBe('0.0062');
    expect(thirty.lines[1].value).toMatch(/between IRS 24 months .* and IRS 36 months/);
  });

  it('given a tenor between the last Euribor and the first IRS point then both are named', () => {
    const at = rateAt(curve, 18);
    expect(at.rate.toString()).toBe('0.005185');
    expect(at.lines[1].value).toMatch(/between Euribor 12 months \(0\.506 %\) and IRS 24 months/);
  });

  it('given a fractional tenor (an average life of 25.5 months) then it interpolates exactly', () => {
    expect(
      rateAt(curve, '25.5').rate.eq(
        new Dec('0.00531').plus(new Dec('0.00178').times('1.5').dividedBy(12)),
      ),
    ).toBe(true);
  });

  it('given a tenor outside the curve then the rate is flat and the lines say so', () => {
    const short = rateAt(curve, 1);
    expect(short.rate.toString()).toBe('0.00224');
    expect(short.lines[1].value).toBe(
      "0.224 %: flat extrapolation below the curve's shortest tenor, Euribor 3 months (0.224 %)",
    );
    const long = rateAt(curve, 120);
    expect(long.rate.toString()).toBe('0.00709');
    expect(long.lines[1].value).toMatch(
      /flat extrapolation beyond the curve's longest tenor, IRS 36 months/,
    );
  });

  it('given a curve of one point then every tenor reads that point', () => {
    const single = referenceCurve({
      recordedOn: LocalDate.of(2020, 1, 1),
      points: [point(24, 'irs', '0.01')],
    });
    expect(rateAt(single, 6).rate.toString()).toBe('0.01');
    expect(rateAt(single, 24).rate.toString()).toBe('0.01');
    expect(rateAt(single, 60).rate.toString()).toBe('0.01');
  });

  it('given 0 or fewer months then it refuses', () => {
    expect(() => rateAt(curve, 0)).toThrow(/must be above 0/);
    expect(() => rateAt(curve, -3)).toThrow(FeeComputationError);
  });

  it('states the curve and its recording date', () => {
    expect(rateAt(curve, 25).lines[0]).toEqual({
      label: 'reference curve recorded on',
      value: '2013-11-08, Euribor up to 12 months, IRS beyond',
    });
  });
});

describe('referenceCurve validation', () => {
  it('given no points then it refuses', () => {
    expectCurveError([], /the curve has no points/);
  });

  it('given the same tenor twice then it refuses', () => {
    expectCurveError(
      [point(24, 'irs', '0.005'), point(24, 'irs', '0.006')],
      /tenor 24 months appears twice/,
    );
  });

  it('given unsorted tenors then it refuses', () => {
    expectCurveError(
      [point(36, 'irs', '0.007'), point(24, 'irs', '0.005')],
      /tenors must be sorted, but 24 months comes after 36 months/,
    );
  });

  it('given a kind that does not fit the tenor then it refuses', () => {
    expectCurveError(
      [point(6, 'irs', '0.003')],
      /6 months\) is irs, but the reference rate at 6 months is euribor/,
    );
    expectCurveError([point(24, 'euribor', '0.003')], /is euribor, but .* is irs/);
  });

  it('given a tenor that is not a whole number of months above 0 then it refuses', () => {
    expectCurveError([point(0, 'euribor', '0.003')], /whole number of months above 0, got 0/);
    expectCurveError([point(1.5, 'euribor', '0.003')], /got 1\.5/);
  });

  it('names every problem at once', () => {
    expectCurveError(
      [point(24, 'euribor', '0.003'), point(12, 'euribor', '0.003')],
      /is euribor.*; point 2: tenors must be sorted/,
    );
  });

  it('returns a frozen curve', () => {
    expect(Object.isFrozen(curve)).toBe(true);
    expect(Object.isFrozen(curve.points)).toBe(true);
  });
});

describe('a curve with negative rates (Euribor below zero, 2015–2022)', () => {
  const negative = referenceCurve({
    recordedOn: LocalDate.of(2020, 6, 30),
    points: [
      { tenorMonths: 3, kind: 'euribor', rate: MarketRate.parse('-0.00422') },
      { tenorMonths: 12, kind: 'euribor', rate: MarketRate.parse('-0.00227') },
      { tenorMonths: 24, kind: 'irs', rate: MarketRate.parse('-0.0032') },
    ],
  });

  it('given a negative Euribor, when the rate is read between tenors, then it is interpolated exactly', () => {
    // -0.422 % + (-0.227 % - -0.422 %) × 3/9 = -0.357 %
    expect(rateAt(negative, 6).rate.toString()).toBe('-0.00357');
  });

  it('given a reference rate as text, MarketRate reads negatives and refuses what is not a rate', () => {
    expect(MarketRate.parse('-0.0045').toString()).toBe('-0.0045');
    expect(MarketRate.parse('0.00531').toDecimal().toString()).toBe('0.00531');
    for (const bad of ['-1', '1.5', '0.1234567', '1e-3', '-', '', '0,5', 0.01]) {
      expect(() => MarketRate.parse(bad)).toThrow(/reference rate|100 %/);
    }
  });
});
