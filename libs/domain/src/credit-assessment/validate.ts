import type { LocalDate } from '@js-joda/core';
import { Money } from '../money/money';
import type { CreditAssessmentInput } from './input';

/** One problem of an input, as the API's `errors[]` carries it (a 400). */
export interface FieldProblem {
  /** Path in the JSON body: "incomes.0.monthlyNet". */
  readonly field: string;
  /** Stable code: required, unknown-field, one-of, integer, out-of-range, money-format, ... */
  readonly code: string;
  readonly message: string;
}

/** The input cannot be assessed as written; `errors` lists every problem with its field. */
export class CreditAssessmentInputError extends Error {
  readonly code = 'credit-assessment-input' as const;

  constructor(readonly errors: readonly FieldProblem[]) {
    super(`Invalid credit assessment input: ${errors.map((e) => e.message).join('; ')}`);
    this.name = 'CreditAssessmentInputError';
  }
}

/** A term longer than this is a typing error, not a credit (100 years). */
export const MAX_TERM_MONTHS = 1200;

/**
 * The ranges and cross-field rules of an input (amounts 0 or more, whole
 * numbers of months and days, birth before signing). Written defensively: the
 * parser runs it on a draft whose unreadable fields are missing, so that a body
 * gets every problem at once; assessCreditMaximum runs it on typed input.
 */
export function inputProblems(input: CreditAssessmentInput): FieldProblem[] {
  const p: FieldProblem[] = [];
  const nonNegative = (value: unknown, field: string): void => {
    if (Money.isMoney(value) && value.isNegative())
      p.push({ field, code: 'out-of-range', message: `${field} must be 0.00 or more` });
  };
  const count = (value: unknown, field: string, min = 0, max = Number.MAX_SAFE_INTEGER): void => {
    if (value === undefined) return;
    if (typeof value !== 'number' || !Number.isInteger(value))
      p.push({ field, code: 'integer', message: `${field} must be a whole number` });
    else if (value < min || value > max)
      p.push({
        field,
        code: 'out-of-range',
        message: `${field} must be ${max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`}`,
      });
  };

  count(input.termMonths, 'termMonths', 1, MAX_TERM_MONTHS);
  const born: LocalDate | undefined = input.applicantBirthDate;
  const signing: LocalDate | undefined = input.signingDate;
  if (born && signing && !born.isBefore(signing))
    p.push({
      field: 'applicantBirthDate',
      code: 'out-of-range',
      message: `applicantBirthDate ${born.toString()} must be before signingDate ${signing.toString()}`,
    });

  const housing = input.housing as Record<string, unknown> | undefined;
  for (const k of ['rent', 'serviceCosts', 'rentAllowance', 'mortgageGrossCharge'])
    nonNegative(housing?.[k], `housing.${k}`);

  (input.incomes ?? []).forEach((item, i) => {
    const at = `incomes.${i}`;
    const fields = (item ?? {}) as unknown as Record<string, unknown>;
    // A self-employed loss is a negative profit: allowed.
    nonNegative(fields.monthlyNet, `${at}.monthlyNet`);
    for (const k of ['remainingContractMonths', 'structuralMonths', 'daysSick', 'documentedYears'])
      count(fields[k], `${at}.${k}`);
    const foreign = fields.foreignNational as Record<string, unknown> | undefined;
    count(foreign?.monthsWorkedHere, `${at}.foreignNational.monthsWorkedHere`);
    count(foreign?.monthsCreditRegistered, `${at}.foreignNational.monthsCreditRegistered`);
  });

  (input.obligations ?? []).forEach((item, i) => {
    const fields = (item ?? {}) as unknown as Record<string, unknown>;
    for (const k of ['limit', 'monthlyAmount', 'debt', 'allowance'])
      nonNegative(fields[k], `obligations.${i}.${k}`);
  });

  if (Money.isMoney(input.requestedAmount) && !input.requestedAmount.isPositive())
    p.push({
      field: 'requestedAmount',
      code: 'out-of-range',
      message: 'requestedAmount must be more than 0.00',
    });
  return p;
}
