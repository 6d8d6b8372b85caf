export {
  APPLICATION_FIELDS,
  DEFAULT_EARLY_REPAYMENT_POLICY,
  DEFAULT_PRODUCT_INTAKE,
  MONTHS_PER_PERIOD,
  PERIODS_PER_YEAR,
  PRODUCT_CODES,
  REPAYMENT_FREQUENCIES,
  REPAYMENT_METHODS,
  isProductCode,
} from './product';
export type {
  ApplicationField,
  ContractDateSource,
  EarlyRepaymentPolicy,
  ProductCode,
  ProductIntake,
  ProductRate,
  ProductRules,
  ProductVersion,
  RepaymentChoice,
  RepaymentFrequency,
  RepaymentMethod,
} from './product';
export { ProductCatalogue, ProductCatalogueError } from './catalogue';
export { defaultCatalogue, defaultProductVersions } from './default-catalogue';
export type { DefaultCatalogueOptions } from './default-catalogue';
export { WINWIN_LENDER_LIMITS, WINWIN_RATE_BANDS, winwinRateBand } from './winwin';
export type { WinwinLenderLimit, WinwinRateBand, WinwinRules } from './winwin';
