import { ChronoUnit, LocalDate } from '@js-joda/core';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import { FeeComputationError } from './errors';
import { FeeLine, line, requireMoney, requireRate, showMoney, showPercent } from './lines';

/** Days in the year of the accrual convention (actual/365). */
export const ACCRUAL_DAYS_PER_YEAR = 365;

export interface AccruedInterest {
  readonly interest: Money;
  readonly days: number;
  readonly lines: readonly FeeLine[];
}

/**
 * Interest accrued on `outstanding` at the annual `annualRate` from `from`
 * (included) to `to` (excluded): outstanding × rate × days / 365, rounded
 * half up to the cent once, at the end. days = ChronoUnit.DAYS between the
 * two dates (actual days, leap days counted, the year always 365).
 * `to` before `from` is an error; the same day accrues 0.00.
 */
export function accruedInterest(
  outstanding: Money,
  annualRate: Rate,
  from: LocalDate,
  to: LocalDate,
): AccruedInterest {
  requireMoney(outstanding, 'outstanding');
  requireRate(annualRate, 'annualRate');
  if (to.isBefore(from)) {
    throw new FeeComputationError(
      'fee-period-invalid',
      `Interest cannot accrue from ${from.toString()} to ${to.toString()}: the end is before the start`,
    );
  }
  const days = from.until(to, ChronoUnit.DAYS);
  const interest = Money.fromDecimal(
    outstanding.times(annualRate.toDecimal()).times(days).dividedBy(ACCRUAL_DAYS_PER_YEAR),
  );
  return {
    interest,
    days,
    lines: [
      line('outstanding capital', showMoney(outstanding)),
      line('period', `${from.toString()} to ${to.toString()}: ${days} days`),
      line(
        `interest at ${showPercent(annualRate)} for ${days} days / ${ACCRUAL_DAYS_PER_YEAR}`,
        showMoney(interest),
      ),
    ],
  };
}
