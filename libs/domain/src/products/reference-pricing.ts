import Decimal from 'decimal.js';
import type { LocalDate } from '@js-joda/core';
import { Dec } from '../money/decimal';
import type { MarketRate } from '../money/market-rate';
import { Rate } from '../money/rate';
import {
  type ReferenceCurve,
  type ReferenceCurvePoint,
  rateAt,
  referenceCurve,
} from '../fees/reference-curve';
import type { ReferenceRatePricing } from './product';

/**
 * Pricing from a reference curve (KMO-cofinanciering, seed 003): "de IRS-rentevoet voor de
 * betrokken looptijd, verhoogd met 0,53% (de dato 2018), met een minimum van 3%".
 *
 * - IRS for the term: the curve's IRS points only (a Euribor point never prices a loan of
 *   years); the point at the loan's term, or the linear interpolation between the IRS points
 *   just below and just above it, exact (no rounding).
 * - rate = IRS + margin, rounded half up to `decimals` decimals (4: a hundredth of a percent),
 *   then at least the floor. The floor has at most that many decimals, so the order of the two
 *   steps does not matter.
 * - No extrapolation: a curve whose IRS points do not reach the term on both sides cannot price
 *   the loan (ReferencePricingError 'reference-curve-tenor-missing'); a flat guess would be a
 *   rate nobody recorded.
 */
export interface ReferenceRatePrice {
  readonly curveRecordedOn: LocalDate;
  /** The tenor priced: the loan's term in months. */
  readonly irsTenorMonths: number;
  /** The IRS points used: the one at the term, or the two around it. */
  readonly irsPoints: readonly { readonly tenorMonths: number; readonly rate: Rate | MarketRate }[];
  /** IRS at the term, unrounded. */
  readonly irsRate: Dec;
  readonly margin: Rate;
  readonly floor: Rate;
  readonly decimals: number;
  /** IRS + margin rounded, before the floor. */
  readonly priced: Dec;
  readonly floorApplied: boolean;
  /** max(floor, priced). */
  readonly rate: Rate;
}

export class ReferencePricingError extends Error {
  constructor(
    readonly code: 'reference-curve-tenor-missing',
    message: string,
  ) {
    super(message);
    this.name = 'ReferencePricingError';
  }
}

/** Most decimals a Rate holds: the rounding may not ask for more. */
const MAX_RATE_DECIMALS = 6;

export function priceFromReferenceCurve(
  pricing: ReferenceRatePricing,
  curve: ReferenceCurve,
  termMonths: number,
): ReferenceRatePrice {
  if (!Number.isInteger(termMonths) || termMonths <= 0) {
    throw new RangeError(`a term of ${termMonths} months cannot be priced`);
  }
  if (
    !Number.isInteger(pricing.decimals) ||
    pricing.decimals < 0 ||
    pricing.decimals > MAX_RATE_DECIMALS
  ) {
    throw new RangeError(`a rate cannot be rounded to ${pricing.decimals} decimals`);
  }
  const checked = referenceCurve(curve);
  const irs = checked.points.filter((p) => p.kind === 'irs');
  const below = irs.filter((p) => p.tenorMonths <= termMonths).at(-1);
  const above = irs.find((p) => p.tenorMonths >= termMonths);
  if (!below || !above) {
    const tenors = irs.map((p) => p.tenorMonths);
    throw new ReferencePricingError(
      'reference-curve-tenor-missing',
      tenors.length === 0
        ? `the reference curve recorded on ${checked.recordedOn.toString()} has no IRS points, so a term of ${termMonths} months cannot be priced; record a curve with IRS rates around that term`
        : `the reference curve recorded on ${checked.recordedOn.toString()} has IRS rates from ${tenors[0]} to ${tenors[tenors.length - 1]} months, so a term of ${termMonths} months cannot be priced; record a curve with IRS rates around that term`,
    );
  }
  const used: ReferenceCurvePoint[] = below === above ? [below] : [below, above];
  const irsRate = rateAt({ recordedOn: checked.recordedOn, points: used }, termMonths).rate;
  const rounded = irsRate
    .plus(pricing.margin.toDecimal())
    .toDecimalPlaces(pricing.decimals, Decimal.ROUND_HALF_UP);
  // A slightly negative sum rounds to -0, which is no rate; it is simply zero.
  const priced = rounded.isZero() ? new Dec(0) : rounded;
  const floorApplied = priced.lt(pricing.floor.toDecimal());
  return Object.freeze({
    curveRecordedOn: checked.recordedOn,
    irsTenorMonths: termMonths,
    irsPoints: Object.freeze(
      used.map((p) => Object.freeze({ tenorMonths: p.tenorMonths, rate: p.rate })),
    ),
    irsRate,
    margin: pricing.margin,
    floor: pricing.floor,
    decimals: pricing.decimals,
    priced,
    floorApplied,
    rate: floorApplied ? pricing.floor : Rate.of(priced),
  });
}

/** An unrounded rate for a record or a message: exact when short, else to 10 decimals. */
export function showRate(rate: Dec): string {
  const d = new Dec(rate);
  return d.decimalPlaces() <= 10 ? d.toFixed() : d.toFixed(10, Decimal.ROUND_HALF_UP);
}
