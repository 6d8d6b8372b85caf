export {
  APPLICATION_FIELDS,
  DEFAULT_EARLY_REPAYMENT_POLICY,
  DEFAULT_OFFER_VALIDITY_MAX_DAYS,
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
export { WINWIN_LENDER_LIMITS, WINWIN_RATE_BANDS, winwinRateBand } from './winwin-rules';
export type { WinwinLenderLimit, WinwinRateBand, WinwinRules } from './winwin-rules';
export type { ReferenceRatePricing } from './product';
export {
  COFINANCING_PARTNER_DESCRIPTIONS,
  COFINANCING_PARTNER_KINDS,
  isCofinancingPartnerKind,
} from './cofinancing-rules';
export type {
  CofinancingCombinationRules,
  CofinancingPartnerKind,
  CofinancingRules,
} from './cofinancing-rules';
export type { StartleningExtendedHoliday, StartleningRules } from './startlening-rules';
export {
  OWN_CONTRIBUTION_COUNTS,
  OWN_CONTRIBUTION_DESCRIPTIONS,
  OWN_CONTRIBUTION_KINDS,
  isOwnContributionKind,
} from './own-contribution';
export type { OwnContributionKind } from './own-contribution';
export { ReferencePricingError, priceFromReferenceCurve, showRate } from './reference-pricing';
export type { ReferenceRatePrice } from './reference-pricing';
export {
  HEFBOOM,
  PMV_COFINANCING_DESK,
  PMV_START_LOAN_DESK,
  PMV_WINWIN_REGISTRAR,
} from './lenders';
export type { LenderContactField, LenderIdentity } from './lenders';
export {
  FINANCING_AID_LINK,
  OMBUDSMAN,
  PRODUCT_SHEETS,
  SHEET_LANGUAGES,
  isSheetLanguage,
  productSheet,
  versionPeriodText,
} from './product-sheet';
export type { Localized, ProductSheet, ProductSheetText, SheetLanguage } from './product-sheet';
export { COFINANCING_MARGINS, STARTLENING_START } from './default-catalogue';
export type { CofinancingMargin } from './default-catalogue';
