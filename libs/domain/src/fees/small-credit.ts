import { LocalDate } from '@js-joda/core';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import { FeeComputationError } from './errors';
import {
  FeeLine,
  line,
  requireMoney,
  requireNonNegative,
  requireRate,
  showMoney,
  showPercent,
} from './lines';

/**
 * Which reinvestment-fee scheme a credit falls under (DOMAIN.md 4.3):
 * - 'six-months-cap': a small credit, the fee is at most 6 months of
 *   contractual interest on the capital repaid early;
 * - 'standard': the lender's loss on reinvesting at the reference rate.
 */
export type FeeRegime = 'six-months-cap' | 'standard';

/** Months of contractual interest the small-credit cap allows. */
export const SMALL_CREDIT_CAP_MONTHS = 6;

/**
 * One row of the dated table of small-credit thresholds: credits up to and
 * including `maxCreditAmount` of contracts dated on or after `validFrom`
 * (until the next row's validFrom) fall under the six-months cap.
 */
export interface SmallCreditThreshold {
  readonly validFrom: LocalDate;
  readonly maxCreditAmount: Money;
  readonly source: string;
}

/**
 * DOMAIN.md 4.3: "Credits up to EUR 2 million (contracts from 8 January 2018;
 * EUR 1 million for contracts from 10 January 2014)". Data, not code: pass
 * another table to feeRegime when the rule changes.
 *
 * DOMAIN.md says nothing about contracts before 10 January 2014; feeRegime
 * then answers 'standard' and says in its lines that no cap rule applies.
 */
export const SMALL_CREDIT_THRESHOLDS: readonly SmallCreditThreshold[] = Object.freeze([
  Object.freeze({
    validFrom: LocalDate.of(2014, 1, 10),
    maxCreditAmount: Money.parse('1000000.00'),
    source: 'code of conduct for SME credit, DOMAIN.md 4.3 (contracts from 10 January 2014)',
  }),
  Object.freeze({
    validFrom: LocalDate.of(2018, 1, 8),
    maxCreditAmount: Money.parse('2000000.00'),
    source: 'code of conduct for SME credit, DOMAIN.md 4.3 (contracts from 8 January 2018)',
  }),
]);

export interface FeeRegimeDecision {
  readonly regime: FeeRegime;
  /** The threshold row in force on the contract date, if any. */
  readonly threshold?: SmallCreditThreshold;
  readonly lines: readonly FeeLine[];
}

/**
 * The scheme for a credit of `creditAmount` (the credit's amount under the
 * contract, not the capital repaid) signed on `contractDate`: the row of
 * `thresholds` in force on that date decides; up to its amount (inclusive)
 * 'six-months-cap', above it 'standard'; before the first row 'standard'.
 */
export function feeRegime(
  creditAmount: Money,
  contractDate: LocalDate,
  thresholds: readonly SmallCreditThreshold[] = SMALL_CREDIT_THRESHOLDS,
): FeeRegimeDecision {
  requireMoney(creditAmount, 'creditAmount');
  checkThresholds(thresholds);
  const inForce = [...thresholds].reverse().find((t) => !contractDate.isBefore(t.validFrom));
  const facts = [
    line('credit amount', showMoney(creditAmount)),
    line('contract date', contractDate.toString()),
  ];
  if (!inForce) {
    return {
      regime: 'standard',
      lines: [
        ...facts,
        line(
          'fee scheme',
          `standard: no small-credit cap rule applies to contracts before ${thresholds[0]?.validFrom.toString() ?? 'any date'}`,
        ),
      ],
    };
  }
  const small = creditAmount.lte(inForce.maxCreditAmount);
  const rule = `credits up to ${showMoney(inForce.maxCreditAmount)} for contracts from ${inForce.validFrom.toString()}`;
  return {
    regime: small ? 'six-months-cap' : 'standard',
    threshold: inForce,
    lines: [
      ...facts,
      line('small-credit threshold', `${rule} (${inForce.source})`),
      line(
        'fee scheme',
        small
          ? `six-months cap: the credit is not above ${showMoney(inForce.maxCreditAmount)}`
          : `standard: the credit is above ${showMoney(inForce.maxCreditAmount)}`,
      ),
    ],
  };
}

function checkThresholds(thresholds: readonly SmallCreditThreshold[]): void {
  for (let i = 1; i < thresholds.length; i++) {
    if (!thresholds[i - 1].validFrom.isBefore(thresholds[i].validFrom)) {
      throw new FeeComputationError(
        'fee-threshold-table-invalid',
        `Small-credit thresholds must be sorted by validFrom without repeats: ${thresholds[i].validFrom.toString()} comes after ${thresholds[i - 1].validFrom.toString()}`,
      );
    }
  }
}

export interface SmallCreditFeeCap {
  readonly fee: Money;
  readonly lines: readonly FeeLine[];
}

/**
 * The most a small credit may charge: 6 months of contractual interest on
 * the capital repaid early, capitalRepaid × annualRate × 6/12, rounded half
 * up to the cent.
 */
export function smallCreditFeeCap(input: {
  readonly capitalRepaid: Money;
  readonly annualRate: Rate;
}): SmallCreditFeeCap {
  const capital = requireNonNegative(input.capitalRepaid, 'capitalRepaid');
  const rate = requireRate(input.annualRate, 'annualRate');
  const fee = Money.fromDecimal(
    capital.times(rate.toDecimal()).times(SMALL_CREDIT_CAP_MONTHS).dividedBy(12),
  );
  return {
    fee,
    lines: [
      line('capital repaid early', showMoney(capital)),
      line(`${SMALL_CREDIT_CAP_MONTHS} months of interest at ${showPercent(rate)}`, showMoney(fee)),
    ],
  };
}
