import { CreditAssessmentRuleBook, type CreditAssessmentRules } from './rules';

/**
 * The example figures of DOMAIN.md 3.5 (seed 004, the acceptance guidelines
 * of a Dutch credit intermediary). The source states no year; the set is
 * dated from 2016-01-01, the start of the product catalogue (the Impulskrediet
 * intake funnel), so that every application the back office holds has a set
 * in force. Replace or extend it by configuration: a later set from its own
 * validFrom.
 *
 * Readings of the source where it names no figure (configurable here):
 * - sick "a few days" is at most 7 days, "up to one month" at most 31 days;
 * - salary (permanent employment) is counted in full: the source lists only
 *   the exceptions to that.
 */
export const DEFAULT_CREDIT_ASSESSMENT_RULES: CreditAssessmentRules = {
  version: 'responsible-credit-2016',
  validFrom: '2016-01-01',
  source: 'DOMAIN.md 3.5 (seed 004, acceptance guidelines; example table, year not stated)',
  incomeWeights: {
    plain: {
      salary: '1',
      'thirteenth-month': '1',
      'year-end-bonus': '1',
      'sheltered-employment': '1',
      'wao-benefit': '1',
      'wga-benefit': '0.75',
      'wajong-benefit': '1',
      'iva-benefit': '1',
      'zero-hour-contract': '0',
      'on-call': '0',
      'personal-care-budget': '0',
      'unemployment-benefit': '0',
      'social-assistance': '0',
    },
    structuralAllowance: '1',
    commission: { weight: '1', structuralMonths: 12 },
    alimonyReceived: '1',
    selfEmployed: { weight: '1', profitYears: 2 },
    defence: { I: '0.70', II: '1', III: '1' },
    temporaryContract: {
      minRemainingMonths: 6,
      belowMinimum: '0.70',
      minimumOrMore: '1',
      withDeclarationOfIntent: '1',
    },
    agencyWork: {
      phases: { A: '0', B: '0.70', C: '1' },
      phaseBWithProspects: '1',
      minRemainingMonths: 6,
    },
    sick: {
      fewDaysMaxDays: 7,
      upToOneMonthMaxDays: 31,
      fewDays: '1',
      upToOneMonth: '0.70',
      longer: '0',
    },
    probation: '0',
  },
  foreignNational: {
    withOwnedHome: { monthsWorkedHere: 12, monthsCreditRegistered: 12 },
    withoutOwnedHome: { monthsWorkedHere: 36, monthsCreditRegistered: 36 },
  },
  housing: {
    mortgageShare: '0.90',
    livingWithOthersShare: '0.33',
    livingWithOthersCap: '750.00',
  },
  obligations: {
    revolvingCreditLimitShare: '0.02',
    secondMortgageLimitShare: '0.015',
    studentDebtShare: { old: '0.0065', new: '0.0035' },
  },
  knockOuts: { minAgeAtSigning: 21, maxAgeAtSigning: 80, repaidBeforeAge: 85 },
  livingCostNorms: {
    single: {
      owner: { base: '1412.00', surcharge: '0.10' },
      renter: { base: '1302.00', surcharge: '0.10' },
    },
    'single-with-children': {
      owner: { base: '2333.00', surcharge: '0.05' },
      renter: { base: '2122.00', surcharge: '0.05' },
    },
    couple: {
      owner: { base: '1987.00', surcharge: '0.10' },
      renter: { base: '1888.00', surcharge: '0.10' },
    },
    'couple-with-children': {
      owner: { base: '2640.00', surcharge: '0.10' },
      renter: { base: '2541.00', surcharge: '0.10' },
    },
  },
  creditMultiplier: 50,
};

/** A rule book holding only the default set. */
export function defaultCreditAssessmentRuleBook(): CreditAssessmentRuleBook {
  return new CreditAssessmentRuleBook([DEFAULT_CREDIT_ASSESSMENT_RULES]);
}
