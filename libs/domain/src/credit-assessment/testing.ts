import { LocalDate } from '@js-joda/core';
import { Money } from '../money/money';
import type { CreditAssessmentInput } from './input';

/** Test helpers (not exported from the module). */
export const d = (iso: string): LocalDate => LocalDate.parse(iso);
export const m = (text: string): Money => Money.parse(text);

/**
 * A household with nothing unusual: a single renter of 35 paying 700.00, a
 * salary of 3,000.00, no obligations, signing on 2025-03-01 for 60 months.
 */
export function household(overrides: Partial<CreditAssessmentInput> = {}): CreditAssessmentInput {
  return {
    householdType: 'single',
    housing: { tenure: 'renter', rent: m('700.00') },
    applicantBirthDate: d('1990-01-01'),
    signingDate: d('2025-03-01'),
    termMonths: 60,
    incomes: [{ kind: 'salary', monthlyNet: m('3000.00') }],
    obligations: [],
    wageGarnishment: false,
    divorceInProgress: false,
    ...overrides,
  };
}
