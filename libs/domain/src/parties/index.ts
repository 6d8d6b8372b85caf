export {
  EnterpriseNumberError,
  enterpriseNumberDigits,
  isValidEnterpriseNumber,
  parseEnterpriseNumber,
} from './enterprise-number';
export type { EnterpriseNumber, EnterpriseNumberProblem } from './enterprise-number';
export {
  LENDER_RELATIONS,
  LENDER_RELATION_DESCRIPTIONS,
  isLenderRelation,
} from './lender-relation';
export type { LenderRelation } from './lender-relation';
export {
  FLEMISH_PROVINCES,
  OTHER_PROVINCES,
  PROVINCES,
  ProvinceError,
  isFlemishProvince,
  isProvince,
  parseProvince,
} from './province';
export type { FlemishProvince, Province } from './province';
