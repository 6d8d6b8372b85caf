export * from './commands';
export * from './context';
export * from './decide';
export * from './decider';
export * from './errors';
export * from './events';
export * from './reason-codes';
export * from './state';
export * from './winwin-registration';
export * from './ledger';
export * from './lifecycle-codes';
export { quoteEarlyRepayment } from './commands/repay-early';
export { actorKey, sameActor } from './rules/four-eyes';
export type { EarlyRepaymentQuote, EarlyRepaymentRequest } from './commands/repay-early';
export { DEFAULT_ARREARS_MONTHS } from './commands/declare-default';
export { GOVERNMENT_GUARANTEE_MONTHS_AFTER_TERM } from './commands/claim-government-guarantee';
export * from './information-items';
export * from './file-number';
export * from './application-completeness';
export { WRITTEN_REFUSAL_REQUEST_MONTHS } from './commands/written-refusal';
export { MAX_INFORMATION_NOTE_LENGTH } from './commands/application-information';
export {
  MAX_OVERRIDE_JUSTIFICATION_LENGTH,
  MIN_OVERRIDE_JUSTIFICATION_LENGTH,
} from './rules/responsible-maximum';
export * from './rules/reminders';
