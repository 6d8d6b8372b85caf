export {
  MONTHS_PER_PERIOD,
  PERIODS_PER_YEAR,
  PRODUCT_CODES,
  REPAYMENT_FREQUENCIES,
  REPAYMENT_METHODS,
  isProductCode,
} from './product';
export type {
  ProductCode,
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
