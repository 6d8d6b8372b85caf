/**
 * The standard reinvestment-fee scheme (DOMAIN.md 4.3), for credits above the
 * small-credit threshold: the interest the lender would have received on the
 * repaid funds under the contract (until the next contractual rate revision,
 * or else the final maturity) minus what it receives by reinvesting them at
 * the reference rate (Euribor up to 1 year, IRS beyond). Never negative.
 *
 * Two methods, both of the code of conduct:
 *
 * APPROXIMATE: capital × (contract rate − reference rate) × L / 12, with L the
 * average remaining life in months and the reference rate read on the curve at
 * L. The full capital times the average life is the area under the falling
 * outstanding-capital curve (for a bullet credit L is simply the time left),
 * so the formula counts the amortisation once, through L. DOMAIN.md's worked
 * example: 1,205,684.00 × (2.59 % − 0.54 %) × 25/12 = 51,492.75.
 *
 * EXACT: the same loss flow by flow, each discounted (time value of money).
 * The model, chosen so that the two methods are comparable:
 * - the remaining life is n equal periods of p months (p = 1 monthly,
 *   3 quarterly, 12 yearly), ending at the next rate revision or else maturity;
 * - the capital outstanding during period k (k = 1..n) is, for 'linear'
 *   amortisation (fixed capital repayments, a degressive credit), C × (n−k+1)/n
 *   (one repayment of C/n at the end of each period); for 'bullet', C;
 * - the lost interest of period k, paid at its end, is
 *   outstanding_k × (contract rate − reference rate) × p/12 (the period rate is
 *   rate / periods a year, DOMAIN.md §1);
 * - it is discounted to the repayment date at the reference rate, annually
 *   compounded: × (1 + ref)^(−k·p/12);
 * - one reference rate for every flow, read on the curve at the schedule's
 *   average remaining life (linear: p(n+1)/2 months; bullet: p·n), the same
 *   rate as the approximate method takes; not a rate per flow's tenor;
 * - the flows are summed unrounded and the sum is rounded half up once; a
 *   sum at or below zero is a fee of 0.00.
 * The undiscounted sum of this model is exactly the approximate figure when
 * the schedule's average life is the approximate method's L (the average of
 * the repayment times p, 2p, …, np is p(n+1)/2), so with a positive reference
 * rate the exact fee is lower, by the discounting alone. DOMAIN.md gives the
 * worked example's average life (25 months), not its schedule: the spec reads
 * it as 49 monthly fixed capital repayments ((49 + 1)/2 = 25 months).
 */
import Decimal from 'decimal.js';
import { Dec } from '../money/decimal';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import { FeeComputationError } from './errors';
import {
  FeeLine,
  line,
  requireNonNegative,
  requireRate,
  showDecimal,
  showMoney,
  showMonths,
  showPercent,
} from './lines';
import { ReferenceCurve, rateAt } from './reference-curve';

/** How the reference rate is found. Give a curve, an override, or both. */
export interface ReferenceRateChoice {
  /** The recorded curve; the rate is read at the average remaining life. */
  readonly curve?: ReferenceCurve;
  /**
   * The reference rate as stated (the code of conduct's example states
   * "about 0.54 %" where the curve gives 0.5458… %). Replaces the curve's
   * figure, which the lines still show.
   */
  readonly override?: Rate;
  /**
   * Round the curve's figure to `percentDecimals` decimals of a percent
   * (2: 0.5458 % → 0.55 % half up, 0.54 % down). Not with an override.
   */
  readonly rounding?: { readonly percentDecimals: number; readonly mode: 'half-up' | 'down' };
  /**
   * The lender's adjustment of the reference rate, told to the borrower at
   * signing (DOMAIN.md 4.3), as a signed decimal fraction ("0.0025" for
   * +0.25 %, "-0.001" for −0.1 %). Applied last.
   */
  readonly adjustment?: string;
}

export interface ReferenceRateUsed {
  readonly rate: Dec;
  /** What the curve gave at the tenor, unrounded, when a curve was given. */
  readonly fromCurve?: Dec;
  readonly lines: readonly FeeLine[];
}

const ADJUSTMENT_PATTERN = /^-?\d+(\.\d+)?$/;

/** The reference rate at `tenorMonths` under `choice`, with its lines. */
export function referenceRateFor(
  choice: ReferenceRateChoice,
  tenorMonths: Decimal.Value,
): ReferenceRateUsed {
  if (!choice || (!choice.curve && !choice.override)) {
    throw new FeeComputationError(
      'fee-input-invalid',
      'The standard scheme needs a reference rate: give a reference curve or an override',
    );
  }
  if (choice.override && choice.rounding) {
    throw new FeeComputationError(
      'fee-input-invalid',
      'Give either an override of the reference rate or a rounding of the curve, not both',
    );
  }
  const lines: FeeLine[] = [];
  let fromCurve: Dec | undefined;
  if (choice.curve) {
    const read = rateAt(choice.curve, tenorMonths);
    fromCurve = read.rate;
    lines.push(...read.lines);
  }
  let rate: Dec;
  if (choice.override) {
    rate = requireRate(choice.override, 'override').toDecimal();
    lines.push(
      line(
        'reference rate used',
        fromCurve
          ? `${showPercent(rate)} (stated, in place of the curve's ${showPercent(fromCurve)})`
          : `${showPercent(rate)} (stated)`,
      ),
    );
  } else if (fromCurve && choice.rounding) {
    const { percentDecimals, mode } = choice.rounding;
    if (!Number.isInteger(percentDecimals) || percentDecimals < 0 || percentDecimals > 6) {
      throw new FeeComputationError(
        'fee-input-invalid',
        `The reference rate can be rounded to 0 to 6 decimals of a percent, not ${percentDecimals}`,
      );
    }
    rate = fromCurve.toDecimalPlaces(
      percentDecimals + 2,
      mode === 'down' ? Decimal.ROUND_DOWN : Decimal.ROUND_HALF_UP,
    );
    lines.push(
      line(
        'reference rate used',
        `${showPercent(rate)} (the curve's figure rounded ${mode === 'down' ? 'down' : 'half up'} to ${percentDecimals} decimals of a percent)`,
      ),
    );
  } else {
    rate = fromCurve as Dec;
    lines.push(line('reference rate used', `${showPercent(rate)} (the curve's figure, unrounded)`));
  }
  if (choice.adjustment !== undefined) {
    if (typeof choice.adjustment !== 'string' || !ADJUSTMENT_PATTERN.test(choice.adjustment)) {
      throw new FeeComputationError(
        'fee-input-invalid',
        `The reference rate adjustment must be a signed decimal fraction such as "-0.001", got ${String(choice.adjustment)}`,
      );
    }
    const adjustment = new Dec(choice.adjustment);
    rate = rate.plus(adjustment);
    lines.push(
      line(
        'reference rate after the adjustment agreed at signing',
        `${showPercent(rate)} (${adjustment.isNegative() ? '−' : '+'} ${showPercent(adjustment.abs())})`,
      ),
    );
  }
  return { rate, fromCurve, lines };
}

export interface StandardSchemeFee {
  readonly fee: Money;
  /** The reference rate used, unrounded. */
  readonly referenceRate: Dec;
  readonly lines: readonly FeeLine[];
}

/**
 * The approximate method: capital × (contract rate − reference rate) ×
 * averageRemainingLifeMonths / 12, rounded half up; 0.00 when the reference
 * rate is at or above the contract rate.
 */
export function approximateReinvestmentFee(input: {
  readonly capital: Money;
  readonly contractRate: Rate;
  readonly averageRemainingLifeMonths: Decimal.Value;
  readonly reference: ReferenceRateChoice;
}): StandardSchemeFee {
  const capital = requireNonNegative(input.capital, 'capital');
  const contractRate = requireRate(input.contractRate, 'contractRate');
  const life = positiveMonths(input.averageRemainingLifeMonths, 'averageRemainingLifeMonths');
  const reference = referenceRateFor(input.reference, life);
  const difference = contractRate.toDecimal().minus(reference.rate);
  const loss = capital.times(difference).times(life).dividedBy(12);
  const lines: FeeLine[] = [
    line('method', 'standard scheme, approximate (code of conduct)'),
    line('capital repaid early', showMoney(capital)),
    line('contract rate', showPercent(contractRate)),
    line('average remaining life', showMonths(life)),
    ...reference.lines,
    line(
      'rate difference',
      `${showPercent(contractRate)} − ${showPercent(reference.rate)} = ${showPercent(difference)}`,
    ),
  ];
  const formula = `${showMoney(capital)} × ${showPercent(difference)} × ${showDecimal(life)}/12`;
  if (loss.lte(0)) {
    lines.push(line(`approximate loss: ${formula}`, showDecimal(loss)));
    lines.push(
      line('reinvestment fee', `0.00 (the reference rate is not below the contract rate: no loss)`),
    );
    return { fee: Money.zero(), referenceRate: reference.rate, lines };
  }
  const fee = Money.fromDecimal(loss);
  lines.push(line(`approximate loss: ${formula}`, showMoney(fee)));
  lines.push(line('reinvestment fee', showMoney(fee)));
  return { fee, referenceRate: reference.rate, lines };
}

/** What is left of the credit until the next rate revision or else maturity. */
export interface RemainingSchedule {
  /** 'linear': fixed capital repayments (degressive); 'bullet': all at the end. */
  readonly amortisation: 'linear' | 'bullet';
  /** Number of remaining periods, 1 or more. */
  readonly periods: number;
  /** Months per period: 1 monthly, 3 quarterly, 6, 12 yearly. */
  readonly periodMonths: number;
}

export interface AverageRemainingLife {
  readonly months: Dec;
  readonly lines: readonly FeeLine[];
}

/**
 * The average remaining life, in months, of a linearly amortising credit
 * (fixed capital repayments) with `remainingMonths` left, one equal capital
 * repayment at the end of every `repaymentIntervalMonths` (default monthly):
 * the mean of the repayment times, p(n+1)/2 with n = remainingMonths / p.
 * Monthly: (remainingMonths + 1)/2, about half the time left (49 months →
 * 25). `remainingMonths` must be a whole number of intervals.
 */
export function averageRemainingLifeMonths(
  remainingMonths: number,
  repaymentIntervalMonths = 1,
): AverageRemainingLife {
  const schedule = linearSchedule(remainingMonths, repaymentIntervalMonths);
  const months = averageLifeOf(schedule);
  return {
    months,
    lines: [
      line(
        'remaining time',
        `${showMonths(remainingMonths)}, ${schedule.periods} equal capital repayments every ${showMonths(repaymentIntervalMonths)}`,
      ),
      line(
        'average remaining life',
        `${showMonths(months)} (${repaymentIntervalMonths} × (${schedule.periods} + 1) / 2)`,
      ),
    ],
  };
}

function linearSchedule(remainingMonths: number, intervalMonths: number): RemainingSchedule {
  if (!Number.isInteger(intervalMonths) || intervalMonths <= 0) {
    throw new FeeComputationError(
      'fee-period-invalid',
      `The repayment interval must be a whole number of months above 0, got ${intervalMonths}`,
    );
  }
  if (
    !Number.isInteger(remainingMonths) ||
    remainingMonths <= 0 ||
    remainingMonths % intervalMonths !== 0
  ) {
    throw new FeeComputationError(
      'fee-period-invalid',
      `The remaining time must be a whole number of ${intervalMonths}-month intervals above 0, got ${remainingMonths} months`,
    );
  }
  return {
    amortisation: 'linear',
    periods: remainingMonths / intervalMonths,
    periodMonths: intervalMonths,
  };
}

/** Linear: p(n+1)/2; bullet: p·n. */
export function averageLifeOf(schedule: RemainingSchedule): Dec {
  checkSchedule(schedule);
  const { periods: n, periodMonths: p } = schedule;
  return schedule.amortisation === 'linear'
    ? new Dec(p).times(n + 1).dividedBy(2)
    : new Dec(p).times(n);
}

function checkSchedule(schedule: RemainingSchedule): void {
  const problems: string[] = [];
  if (schedule?.amortisation !== 'linear' && schedule?.amortisation !== 'bullet') {
    problems.push(
      `amortisation must be 'linear' or 'bullet', got ${String(schedule?.amortisation)}`,
    );
  }
  if (!Number.isInteger(schedule?.periods) || schedule.periods < 1) {
    problems.push(`periods must be a whole number of at least 1, got ${String(schedule?.periods)}`);
  }
  if (!Number.isInteger(schedule?.periodMonths) || schedule.periodMonths < 1) {
    problems.push(
      `periodMonths must be a whole number of at least 1, got ${String(schedule?.periodMonths)}`,
    );
  }
  if (problems.length > 0) {
    throw new FeeComputationError(
      'fee-period-invalid',
      `Invalid remaining schedule: ${problems.join('; ')}`,
    );
  }
}

export interface ExactSchemeFee extends StandardSchemeFee {
  /** The same flows undiscounted, unrounded: the approximate figure of this schedule. */
  readonly undiscounted: Dec;
  /** The discounted sum, unrounded (negative when there is no loss). */
  readonly discounted: Dec;
}

/** The exact method: see the model in this file's header. */
export function exactReinvestmentFee(input: {
  readonly capital: Money;
  readonly contractRate: Rate;
  readonly schedule: RemainingSchedule;
  readonly reference: ReferenceRateChoice;
}): ExactSchemeFee {
  const capital = requireNonNegative(input.capital, 'capital');
  const contractRate = requireRate(input.contractRate, 'contractRate');
  const schedule = input.schedule;
  const life = averageLifeOf(schedule);
  const reference = referenceRateFor(input.reference, life);
  const ref = reference.rate;
  if (ref.lte(-1)) {
    throw new FeeComputationError(
      'fee-input-invalid',
      `A reference rate of ${showPercent(ref)} cannot discount anything`,
    );
  }
  const difference = contractRate.toDecimal().minus(ref);
  const { periods: n, periodMonths: p } = schedule;
  const lines: FeeLine[] = [
    line('method', 'standard scheme, exact (discounted flows)'),
    line('capital repaid early', showMoney(capital)),
    line('contract rate', showPercent(contractRate)),
    line(
      'remaining schedule',
      `${n} periods of ${showMonths(p)}, ${
        schedule.amortisation === 'linear'
          ? `fixed capital repayments of ${showMoney(capital)} / ${n} at the end of each period`
          : 'the whole capital repaid at the end'
      }`,
    ),
    line('average remaining life', showMonths(life)),
    ...reference.lines,
    line(
      'rate difference',
      `${showPercent(contractRate)} − ${showPercent(ref)} = ${showPercent(difference)}`,
    ),
  ];
  const growth = new Dec(1).plus(ref);
  let undiscounted = new Dec(0);
  let discounted = new Dec(0);
  for (let k = 1; k <= n; k++) {
    const outstanding =
      schedule.amortisation === 'linear'
        ? capital
            .toDecimal()
            .times(n - k + 1)
            .dividedBy(n)
        : capital.toDecimal();
    const flow = outstanding.times(difference).times(p).dividedBy(12);
    const years = new Dec(k * p).dividedBy(12);
    const factor = growth.pow(years.negated());
    const present = flow.times(factor);
    undiscounted = undiscounted.plus(flow);
    discounted = discounted.plus(present);
    lines.push(
      line(
        `period ${k} (months ${(k - 1) * p}–${k * p}): outstanding ${showDecimal(outstanding)} × ${showPercent(difference)} × ${p}/12, × (1 + ${showPercent(ref)})^−(${k * p}/12)`,
        `${showDecimal(flow)} × ${showDecimal(factor)} = ${showDecimal(present)}`,
      ),
    );
  }
  lines.push(line('lost interest, undiscounted', showDecimal(undiscounted)));
  lines.push(line('lost interest, discounted', showDecimal(discounted)));
  if (discounted.lte(0)) {
    lines.push(
      line('reinvestment fee', '0.00 (the reference rate is not below the contract rate: no loss)'),
    );
    return { fee: Money.zero(), referenceRate: ref, undiscounted, discounted, lines };
  }
  const fee = Money.fromDecimal(discounted);
  lines.push(line('reinvestment fee', showMoney(fee)));
  return { fee, referenceRate: ref, undiscounted, discounted, lines };
}

function positiveMonths(value: Decimal.Value, name: string): Dec {
  let months: Dec;
  try {
    months = new Dec(value);
  } catch {
    throw new FeeComputationError('fee-period-invalid', `${name} is not a number of months`);
  }
  if (!months.isFinite() || months.lte(0)) {
    throw new FeeComputationError(
      'fee-period-invalid',
      `${name} must be above 0 months, got ${months.toString()}`,
    );
  }
  return months;
}
