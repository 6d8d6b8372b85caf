import { LocalDate } from '@js-joda/core';
import Decimal from 'decimal.js';
import { Dec } from '../money/decimal';
import { MarketRate } from '../money/market-rate';
import { Rate } from '../money/rate';
import { FeeComputationError } from './errors';
import { FeeLine, line, showMonths, showPercent } from './lines';

/**
 * The reference rates of the standard reinvestment-fee scheme (DOMAIN.md 4.3):
 * "Euribor for cash flows up to 1 year, IRS beyond".
 *
 * A curve is recorded on a day and holds one point per tenor (in whole
 * months), sorted by tenor. A point's kind follows from its tenor: Euribor up
 * to and including 12 months, IRS beyond. A curve that says otherwise (an IRS
 * point at 6 months, a Euribor point at 24) is refused rather than silently
 * used or skipped, so nobody believes a rate was used that was not.
 *
 * Rates are `Rate`s or, when they may be negative (a Euribor below zero), `MarketRate`s.
 */
export type ReferenceRateKind = 'euribor' | 'irs';

export interface ReferenceCurvePoint {
  readonly tenorMonths: number;
  readonly kind: ReferenceRateKind;
  readonly rate: Rate | MarketRate;
}

export interface ReferenceCurve {
  readonly recordedOn: LocalDate;
  readonly points: readonly ReferenceCurvePoint[];
}

/** Euribor serves tenors up to and including this many months; IRS beyond. */
export const EURIBOR_MAX_TENOR_MONTHS = 12;

export function kindForTenor(tenorMonths: number): ReferenceRateKind {
  return tenorMonths <= EURIBOR_MAX_TENOR_MONTHS ? 'euribor' : 'irs';
}

/** Checks a curve and returns it frozen. Throws FeeComputationError naming every problem. */
export function referenceCurve(curve: ReferenceCurve): ReferenceCurve {
  const problems = curveProblems(curve);
  if (problems.length > 0) {
    throw new FeeComputationError(
      'reference-curve-invalid',
      `Invalid reference curve: ${problems.join('; ')}`,
    );
  }
  return Object.freeze({
    recordedOn: curve.recordedOn,
    points: Object.freeze(curve.points.map((p) => Object.freeze({ ...p }))),
  });
}

function curveProblems(curve: ReferenceCurve): string[] {
  const problems: string[] = [];
  if (!(curve?.recordedOn instanceof LocalDate)) problems.push('recordedOn must be a LocalDate');
  const points = curve?.points;
  if (!Array.isArray(points) || points.length === 0) {
    problems.push('the curve has no points');
    return problems;
  }
  points.forEach((p, i) => {
    const where = `point ${i + 1}`;
    if (!Number.isInteger(p.tenorMonths) || p.tenorMonths <= 0) {
      problems.push(
        `${where}: the tenor must be a whole number of months above 0, got ${p.tenorMonths}`,
      );
      return;
    }
    if (!(p.rate instanceof Rate) && !(p.rate instanceof MarketRate))
      problems.push(`${where} (${p.tenorMonths} months): the rate must be a Rate or a MarketRate`);
    const expected = kindForTenor(p.tenorMonths);
    if (p.kind !== expected) {
      problems.push(
        `${where} (${p.tenorMonths} months) is ${String(p.kind)}, but the reference rate at ` +
          `${p.tenorMonths} months is ${expected} (Euribor up to ${EURIBOR_MAX_TENOR_MONTHS} months, IRS beyond)`,
      );
    }
    if (i > 0) {
      const previous = points[i - 1].tenorMonths;
      if (p.tenorMonths === previous) {
        problems.push(`${where}: the tenor ${p.tenorMonths} months appears twice`);
      } else if (p.tenorMonths < previous) {
        problems.push(
          `${where}: tenors must be sorted, but ${p.tenorMonths} months comes after ${previous} months`,
        );
      }
    }
  });
  return problems;
}

export interface ReferenceRateAt {
  /** Unrounded decimal fraction (0.00545833… for 0.545833… %). */
  readonly rate: Dec;
  readonly lines: readonly FeeLine[];
}

/**
 * The reference rate at `months` (whole or fractional): the point itself,
 * linear interpolation between the two surrounding tenors (exact decimals,
 * no rounding), or the nearest point's rate when `months` lies outside the
 * curve (flat extrapolation, said so in the lines).
 */
export function rateAt(curve: ReferenceCurve, months: Decimal.Value): ReferenceRateAt {
  const checked = referenceCurve(curve);
  const m = new Dec(months);
  if (!m.isFinite() || m.lte(0)) {
    throw new FeeComputationError(
      'fee-period-invalid',
      `The reference rate is asked at ${m.toString()} months; it must be above 0`,
    );
  }
  const points = checked.points;
  const name = (p: ReferenceCurvePoint): string =>
    `${pointName(p)} (${showPercent(p.rate.toDecimal())})`;
  const heading = line(
    'reference curve recorded on',
    `${checked.recordedOn.toString()}, Euribor up to ${EURIBOR_MAX_TENOR_MONTHS} months, IRS beyond`,
  );
  const label = `reference rate at ${showMonths(m)}`;
  const first = points[0];
  const last = points[points.length - 1];

  // Outside the curve the nearest tenor's rate holds (flat extrapolation), and the lines say so.
  const edge = m.lt(first.tenorMonths)
    ? { point: first, where: "below the curve's shortest tenor" }
    : m.gt(last.tenorMonths)
      ? { point: last, where: "beyond the curve's longest tenor" }
      : undefined;
  if (edge) {
    const rate = edge.point.rate.toDecimal();
    return {
      rate,
      lines: [
        heading,
        line(label, `${showPercent(rate)}: flat extrapolation ${edge.where}, ${name(edge.point)}`),
      ],
    };
  }
  const exact = points.find((p) => m.eq(p.tenorMonths));
  if (exact) {
    const rate = exact.rate.toDecimal();
    return { rate, lines: [heading, line(label, `${showPercent(rate)}: ${pointName(exact)}`)] };
  }
  const upperIndex = points.findIndex((p) => m.lt(p.tenorMonths));
  const lower = points[upperIndex - 1];
  const upper = points[upperIndex];
  const r0 = lower.rate.toDecimal();
  const r1 = upper.rate.toDecimal();
  const weight = m.minus(lower.tenorMonths).dividedBy(upper.tenorMonths - lower.tenorMonths);
  const rate = r0.plus(r1.minus(r0).times(weight));
  return {
    rate,
    lines: [
      heading,
      line(
        label,
        `${showPercent(rate)}: interpolated linearly between ${name(lower)} and ${name(upper)}`,
      ),
    ],
  };
}

function pointName(p: ReferenceCurvePoint): string {
  return `${p.kind === 'euribor' ? 'Euribor' : 'IRS'} ${showMonths(p.tenorMonths)}`;
}
