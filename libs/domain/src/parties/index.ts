export {
  EnterpriseNumberError,
  enterpriseNumberDigits,
  isValidEnterpriseNumber,
  parseEnterpriseNumber,
} from './enterprise-number';
export type { EnterpriseNumber, EnterpriseNumberProblem } from './enterprise-number';
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
