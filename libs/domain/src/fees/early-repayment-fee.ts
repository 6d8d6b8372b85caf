import { LocalDate } from '@js-joda/core';
import Decimal from 'decimal.js';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import { FeeComputationError } from './errors';
import { FeeLine, line, requireNonNegative, requireRate } from './lines';
import { FeeRegime, SmallCreditThreshold, feeRegime, smallCreditFeeCap } from './small-credit';
import {
  ReferenceRateChoice,
  RemainingSchedule,
  approximateReinvestmentFee,
  exactReinvestmentFee,
} from './standard-scheme';

/**
 * A product's rule for the reinvestment fee on early repayment:
 * - 'legal-maximum': the most the law allows: for a small credit the
 *   six-months cap, above the threshold the standard scheme;
 * - 'none': the product charges nothing.
 */
export type EarlyRepaymentFeeRule = 'legal-maximum' | 'none';

/** How to compute the standard scheme, when the credit falls under it. */
export type StandardSchemeInput =
  | {
      readonly method: 'approximate';
      readonly averageRemainingLifeMonths: Decimal.Value;
      readonly reference: ReferenceRateChoice;
    }
  | {
      readonly method: 'exact';
      readonly schedule: RemainingSchedule;
      readonly reference: ReferenceRateChoice;
    };

export interface EarlyRepaymentFeeInput {
  readonly rule: EarlyRepaymentFeeRule;
  /** The credit's amount under the contract: decides the scheme. */
  readonly creditAmount: Money;
  readonly contractDate: LocalDate;
  readonly capitalRepaid: Money;
  readonly contractRate: Rate;
  /** Needed only when the credit falls under the standard scheme. */
  readonly standard?: StandardSchemeInput;
  /** Defaults to SMALL_CREDIT_THRESHOLDS. */
  readonly thresholds?: readonly SmallCreditThreshold[];
}

export interface EarlyRepaymentFee {
  readonly fee: Money;
  /** The scheme applied; 'none' when the product charges nothing. */
  readonly regime: FeeRegime | 'none';
  readonly lines: readonly FeeLine[];
}

/** The reinvestment fee on an early repayment, with every step in its lines. */
export function earlyRepaymentFee(input: EarlyRepaymentFeeInput): EarlyRepaymentFee {
  const capitalRepaid = requireNonNegative(input.capitalRepaid, 'capitalRepaid');
  const contractRate = requireRate(input.contractRate, 'contractRate');
  if (input.rule === 'none') {
    return {
      fee: Money.zero(),
      regime: 'none',
      lines: [line('reinvestment fee', '0.00 (the product charges no fee on early repayment)')],
    };
  }
  if (input.rule !== 'legal-maximum') {
    throw new FeeComputationError(
      'fee-input-invalid',
      `Unknown early-repayment fee rule ${String(input.rule)}; expected 'legal-maximum' or 'none'`,
    );
  }
  const decision = feeRegime(input.creditAmount, input.contractDate, input.thresholds);
  const ruleLine = line('product rule', 'the legal maximum');
  if (decision.regime === 'six-months-cap') {
    const cap = smallCreditFeeCap({ capitalRepaid, annualRate: contractRate });
    return {
      fee: cap.fee,
      regime: 'six-months-cap',
      lines: [
        ruleLine,
        ...decision.lines,
        ...cap.lines,
        line('reinvestment fee', cap.fee.format('en')),
      ],
    };
  }
  const standard = input.standard;
  if (!standard) {
    throw new FeeComputationError(
      'fee-input-invalid',
      `The credit of ${input.creditAmount.format('en')} falls under the standard scheme; give its remaining life and reference rate`,
    );
  }
  const computed =
    standard.method === 'approximate'
      ? approximateReinvestmentFee({
          capital: capitalRepaid,
          contractRate,
          averageRemainingLifeMonths: standard.averageRemainingLifeMonths,
          reference: standard.reference,
        })
      : exactReinvestmentFee({
          capital: capitalRepaid,
          contractRate,
          schedule: standard.schedule,
          reference: standard.reference,
        });
  return {
    fee: computed.fee,
    regime: 'standard',
    lines: [ruleLine, ...decision.lines, ...computed.lines],
  };
}
