import type { LocalDate } from '@js-joda/core';
import type { ReferenceCurve } from '../../fees';
import { showPercent } from '../../fees/lines';
import type { Rate } from '../../money';
import {
  type ProductVersion,
  priceFromReferenceCurve,
  type ReferenceRatePrice,
  type ReferenceRatePricing,
  ReferencePricingError,
  showRate,
} from '../../products';
import { formatBusinessDate } from '../../time';
import type { Violations } from '../errors';
import type { OfferPricingData } from '../events';
import { startleningRate } from './startlening-terms';

/** What the offered rate depends on. */
export interface RateRequest {
  asked: Rate | undefined;
  approvedOn: LocalDate;
  termMonths: number;
  capitalHolidayMonths: number;
  referenceCurve: ReferenceCurve | undefined;
  justification: string | undefined;
}

export interface OfferedRate {
  annualRate: Rate;
  pricing?: OfferPricingData;
}

/**
 * The rate an offer carries, and how it was set (`pricing`): the product version's fixed rate
 * (the Startlening's follows its capital holiday), the rate agreed within the version's range,
 * or, for the KMO-cofinanciering, the price from the reference curve. An officer's rate is
 * checked against it.
 */
export function offeredRate(v: Violations, version: ProductVersion, r: RateRequest): OfferedRate {
  const rate = version.rate;
  const start = version.rules?.startlening;
  v.check(
    r.justification !== undefined &&
      !(start && r.capitalHolidayMonths === start.extendedHoliday.months),
    'capital-holiday-justification-not-needed',
    () =>
      `a capital holiday of ${r.capitalHolidayMonths} months of the ${version.name} needs no justification; leave capitalHolidayJustification out`,
    'capitalHolidayJustification',
  );
  if (rate.kind === 'reference-rate') return referenceRate(v, version, rate, r);
  if (rate.kind === 'fixed') {
    const offered = start
      ? startleningRate(v, version, start, r.capitalHolidayMonths, r.justification)
      : undefined;
    const productRate = offered?.annualRate ?? rate.annualRate;
    v.check(
      r.asked !== undefined && !r.asked.equals(productRate),
      'rate-not-product-rate',
      () =>
        start && offered
          ? `the ${version.name} carries a fixed rate of ${productRate.toPercentString()} with a capital holiday of ${r.capitalHolidayMonths} months, not ${r.asked!.toPercentString()}`
          : `the ${version.name} carries a fixed rate of ${rate.annualRate.toPercentString()}, not ${r.asked!.toPercentString()}`,
      'annualRate',
    );
    return offered ?? { annualRate: rate.annualRate };
  }
  const asked = r.asked;
  if (asked === undefined) {
    v.add(
      'rate-required',
      `the ${version.name} has no standard rate: give the agreed annual rate`,
      'annualRate',
    );
    return { annualRate: rate.min ?? rate.max! };
  }
  v.check(
    rate.min !== undefined && asked.toDecimal().lt(rate.min.toDecimal()),
    'rate-below-minimum',
    () =>
      `a rate of ${asked.toPercentString()} is below the ${version.name} minimum of ${rate.min!.toPercentString()}`,
    'annualRate',
  );
  v.check(
    rate.max !== undefined && asked.toDecimal().gt(rate.max.toDecimal()),
    'rate-above-maximum',
    () =>
      `a rate of ${asked.toPercentString()} is above the ${version.name} maximum of ${rate.max!.toPercentString()}`,
    'annualRate',
  );
  return { annualRate: asked };
}

/**
 * The KMO-cofinanciering's rate: priced from the curve in force on the approval date (the
 * application service passes it in the command), fixed for the whole term. An officer's rate is
 * accepted only when it is that rate.
 */
function referenceRate(
  v: Violations,
  version: ProductVersion,
  pricing: ReferenceRatePricing,
  r: RateRequest,
): OfferedRate {
  // Stands in for the rate when the offer cannot be made: never recorded (violations throw).
  const unpriced = { annualRate: pricing.floor };
  if (!r.referenceCurve) {
    v.add(
      'reference-curve-missing',
      `no reference curve is recorded on or before the approval date ${formatBusinessDate(r.approvedOn)}: the ${version.name} is priced from the IRS rate for its term, so record that day's curve (POST /reference-curves) before approving`,
      'approvedOn',
    );
    return unpriced;
  }
  if (r.referenceCurve.recordedOn.isAfter(r.approvedOn)) {
    throw new Error(
      `the reference curve of ${formatBusinessDate(r.referenceCurve.recordedOn)} is not in force on ${formatBusinessDate(r.approvedOn)}`,
    );
  }
  let price: ReferenceRatePrice;
  try {
    price = priceFromReferenceCurve(pricing, r.referenceCurve, r.termMonths);
  } catch (error) {
    if (error instanceof ReferencePricingError) {
      v.add(error.code, error.message, 'termMonths');
      return unpriced;
    }
    throw error;
  }
  const asked = r.asked;
  v.check(
    asked !== undefined && !asked.equals(price.rate),
    'rate-not-product-rate',
    () =>
      `the ${version.name} approved on ${formatBusinessDate(r.approvedOn)} carries ${price.rate.toPercentString()}, not ${asked!.toPercentString()}: ${explainPrice(price)}`,
    'annualRate',
  );
  return {
    annualRate: price.rate,
    pricing: {
      kind: 'reference-rate',
      curveRecordedOn: formatBusinessDate(price.curveRecordedOn),
      irsTenorMonths: price.irsTenorMonths,
      irsPoints: price.irsPoints.map((p) => ({
        tenorMonths: p.tenorMonths,
        rate: p.rate.toString(),
      })),
      irsRate: showRate(price.irsRate),
      margin: price.margin.toString(),
      floor: price.floor.toString(),
      decimals: price.decimals,
      floorApplied: price.floorApplied,
      rate: price.rate.toString(),
    },
  };
}

/**
 * "IRS 84 months 0.412 % (curve recorded on 2021-03-10) + margin 0.53 % = 0.942 %, rounded
 * 0.94 %, below the floor of 3 %, so the floor applies"
 */
function explainPrice(p: ReferenceRatePrice): string {
  const irs = `IRS ${p.irsTenorMonths} months ${showPercent(p.irsRate)} (curve recorded on ${formatBusinessDate(p.curveRecordedOn)})`;
  const exact = p.irsRate.plus(p.margin.toDecimal());
  const rounded = exact.eq(p.priced) ? '' : `, rounded ${showPercent(p.priced)}`;
  const sum = `${irs} + margin ${p.margin.toPercentString()} = ${showPercent(exact)}${rounded}`;
  return p.floorApplied
    ? `${sum}, below the floor of ${p.floor.toPercentString()}, so the floor applies`
    : `${sum}, above the floor of ${p.floor.toPercentString()}`;
}
