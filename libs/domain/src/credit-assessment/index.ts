/** The responsible credit maximum of a household (DOMAIN.md 3.5). */
export {
  AGENCY_PHASES,
  AMOUNT_ABOVE_MAXIMUM_RULE,
  CONDITIONAL_INCOME_KINDS,
  DEFENCE_PHASES,
  EMPLOYMENT_INCOME_KINDS,
  HOUSEHOLD_TYPES,
  INCOME_KINDS,
  KNOCK_OUT_CODES,
  NORM_TENURES,
  OBLIGATION_KINDS,
  PLAIN_INCOME_KINDS,
  STUDENT_DEBT_SYSTEMS,
  TENURES,
} from './codes';
export type {
  AgencyPhase,
  ConditionalIncomeKind,
  DefencePhase,
  EmploymentIncomeKind,
  HouseholdType,
  IncomeKind,
  KnockOutCode,
  NormTenure,
  ObligationKind,
  PlainIncomeKind,
  StudentDebtSystem,
  Tenure,
} from './codes';
export type {
  AgencyWorkIncome,
  AlimonyReceivedIncome,
  CommissionIncome,
  CreditAssessmentInput,
  DefenceIncome,
  ForeignNational,
  Housing,
  IncomeItem,
  Obligation,
  PlainIncome,
  SelfEmployedIncome,
  SickPayIncome,
  StructuralAllowanceIncome,
  TemporaryContractIncome,
} from './input';
export {
  CreditAssessmentRuleBook,
  CreditAssessmentRulesError,
  checkCreditAssessmentRules,
} from './rules';
export type { CreditAssessmentRules, IncomeWeights, MonthsNeeded, NormCell } from './rules';
export { DEFAULT_CREDIT_ASSESSMENT_RULES, defaultCreditAssessmentRuleBook } from './default-rules';
export { assessCreditMaximum, checkAgainstMaximum } from './assess';
export type { AssessmentLine, CreditAssessment } from './assess';
export type { AssessedIncome } from './income';
export type { AssessedObligation, HousingCost, LivingCostNorm } from './deductions';
export type { KnockOut } from './knock-outs';
export { CreditAssessmentInputError, MAX_TERM_MONTHS } from './validate';
export type { FieldProblem } from './validate';
export { MAX_ASSESSMENT_ITEMS, parseCreditAssessmentInput } from './parse';
export { serializeCreditAssessment, serializeCreditAssessmentInput } from './serialize';
export type { CreditAssessmentJson } from './serialize';
