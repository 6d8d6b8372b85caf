export { FeeComputationError } from './errors';
export type { FeeLine } from './lines';
export { EURIBOR_MAX_TENOR_MONTHS, kindForTenor, rateAt, referenceCurve } from './reference-curve';
export type {
  ReferenceCurve,
  ReferenceCurvePoint,
  ReferenceRateAt,
  ReferenceRateKind,
} from './reference-curve';
export { ACCRUAL_DAYS_PER_YEAR, accruedInterest } from './accrued-interest';
export type { AccruedInterest } from './accrued-interest';
export {
  SMALL_CREDIT_CAP_MONTHS,
  SMALL_CREDIT_THRESHOLDS,
  feeRegime,
  smallCreditFeeCap,
} from './small-credit';
export type {
  FeeRegime,
  FeeRegimeDecision,
  SmallCreditFeeCap,
  SmallCreditThreshold,
} from './small-credit';
export {
  approximateReinvestmentFee,
  averageLifeOf,
  averageRemainingLifeMonths,
  exactReinvestmentFee,
  referenceRateFor,
} from './standard-scheme';
export type {
  AverageRemainingLife,
  ExactSchemeFee,
  ReferenceRateChoice,
  ReferenceRateUsed,
  RemainingSchedule,
  StandardSchemeFee,
} from './standard-scheme';
export { earlyRepaymentFee } from './early-repayment-fee';
export type {
  EarlyRepaymentFee,
  EarlyRepaymentFeeInput,
  EarlyRepaymentFeeRule,
  StandardSchemeInput,
} from './early-repayment-fee';
