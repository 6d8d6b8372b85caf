import type { LocalDate } from '@js-joda/core';
import { parseBusinessDate } from '../time/business-date';
import { RuleViolationError, type RuleViolation } from '../loan/errors';
import { Money } from '../money/money';
import { AMOUNT_ABOVE_MAXIMUM_RULE, type HouseholdType } from './codes';
import {
  OBLIGATION_KIND_TEXT,
  assessObligation,
  housingCost,
  livingCostNorm,
  type AssessedObligation,
  type HousingCost,
  type LivingCostNorm,
} from './deductions';
import { pct, show } from './figures';
import { INCOME_KIND_TEXT, assessIncome, type AssessedIncome } from './income';
import type { CreditAssessmentInput } from './input';
import { ageKnockOuts, situationKnockOuts, termEndsOn, type KnockOut } from './knock-outs';
import { CreditAssessmentRuleBook, type CreditAssessmentRules } from './rules';
import { CreditAssessmentInputError, inputProblems } from './validate';

/** One line of the computation a clerk can follow: "weighted net income", 3,240.00. */
export interface AssessmentLine {
  readonly label: string;
  readonly amount: Money;
}

export interface CreditAssessment {
  /** The rule set used: the one in force on the signing date. */
  readonly rules: { readonly version: string; readonly validFrom: LocalDate };
  readonly householdType: HouseholdType;
  readonly incomes: readonly AssessedIncome[];
  /** The sum of the counted incomes. */
  readonly weightedIncome: Money;
  readonly livingCostNorm: LivingCostNorm;
  readonly housing: HousingCost;
  readonly obligations: readonly AssessedObligation[];
  readonly totalObligations: Money;
  /** weightedIncome − norm − housing − obligations, a month; may be negative. */
  readonly monthlyCapacity: Money;
  readonly creditMultiplier: number;
  /** capacity × multiplier; 0.00 when the capacity is not positive or on any knock-out. */
  readonly maximumCredit: Money;
  readonly knockOuts: readonly KnockOut[];
  readonly requestedAmount?: Money;
  /** Present with requestedAmount: requested ≤ maximum. */
  readonly withinMaximum?: boolean;
  readonly lines: readonly AssessmentLine[];
}

/**
 * The responsible credit maximum of a household (DOMAIN.md 3.5):
 * capacity = weighted net income − living-cost norm − housing − other
 * obligations, a month; maximum = capacity × the multiplier (50), 0.00 when
 * the capacity is not positive or a knock-out applies.
 *
 * The rule set is the one in force on the signing date (a single set passed
 * alone must be in force then too). Amounts are rounded half up to the cent
 * only where a percentage is applied (see shareOf); sums and the multiplier
 * are exact. Throws CreditAssessmentInputError for input out of range,
 * RuleViolationError (`no-credit-assessment-rules`) when no set is in force.
 */
export function assessCreditMaximum(
  input: CreditAssessmentInput,
  rules: CreditAssessmentRuleBook | CreditAssessmentRules,
): CreditAssessment {
  const problems = inputProblems(input);
  if (problems.length > 0) throw new CreditAssessmentInputError(problems);
  const book =
    rules instanceof CreditAssessmentRuleBook ? rules : new CreditAssessmentRuleBook([rules]);
  const set = book.rulesOn(input.signingDate);
  if (set === undefined)
    throw new RuleViolationError([
      {
        rule: 'no-credit-assessment-rules',
        message: `no credit assessment rules are in force on ${input.signingDate.toString()}; the first set applies from ${book.sets()[0].validFrom}`,
        field: 'signingDate',
      },
    ]);
  return assess(input, set);
}

function assess(input: CreditAssessmentInput, rules: CreditAssessmentRules): CreditAssessment {
  const termEnd = termEndsOn(input);
  const incomes = input.incomes.map((item) =>
    assessIncome(item, { rules, termEndsOn: termEnd, ownsHome: input.housing.tenure === 'owner' }),
  );
  const weightedIncome = Money.sum(incomes.map((i) => i.counted));
  const norm = livingCostNorm(input.householdType, input.housing.tenure, weightedIncome, rules);
  const housing = housingCost(input.housing, weightedIncome, rules);
  const obligations = input.obligations.map((o) => assessObligation(o, rules));
  const totalObligations = Money.sum(obligations.map((o) => o.amount));
  const monthlyCapacity = weightedIncome
    .minus(norm.amount)
    .minus(housing.amount)
    .minus(totalObligations);

  const knockOuts = [...ageKnockOuts(input, rules), ...situationKnockOuts(input)];
  if (norm.incomeBelowBase)
    knockOuts.push({
      code: 'income-below-living-cost-norm',
      reason: `the weighted net income ${show(weightedIncome)} is below the living-cost norm's base of ${show(norm.base)} (${input.householdType}, ${norm.tenure} column)`,
    });

  const multiplier = rules.creditMultiplier;
  const maximumCredit =
    knockOuts.length > 0 || !monthlyCapacity.isPositive()
      ? Money.zero()
      : Money.fromDecimal(monthlyCapacity.times(multiplier)); // exact: a whole multiplier

  const requested = input.requestedAmount;
  const withinMaximum = requested ? requested.lte(maximumCredit) : undefined;

  const lines: AssessmentLine[] = [
    ...incomes.map((i) => ({
      label: `income, ${INCOME_KIND_TEXT[i.kind]}${i.description ? ` (${i.description})` : ''}: ${pct(i.weight)} of ${show(i.monthlyNet)}; ${i.reason}`,
      amount: i.counted,
    })),
    { label: 'weighted net income', amount: weightedIncome },
    {
      label: `living-cost norm, ${input.householdType}, ${norm.tenure} column: ${norm.computation}`,
      amount: norm.amount,
    },
    { label: `housing, ${housing.tenure}: ${housing.computation}`, amount: housing.amount },
    ...obligations.map((o) => ({
      label: `obligation, ${OBLIGATION_KIND_TEXT[o.kind]}${o.description ? ` (${o.description})` : ''}: ${o.computation}`,
      amount: o.amount,
    })),
    { label: 'other obligations', amount: totalObligations },
    {
      label: `monthly capacity: ${show(weightedIncome)} − ${show(norm.amount)} − ${show(housing.amount)} − ${show(totalObligations)}`,
      amount: monthlyCapacity,
    },
    { label: maximumLabel(knockOuts, monthlyCapacity, multiplier), amount: maximumCredit },
    ...(requested
      ? [
          {
            label: `requested amount: ${withinMaximum ? 'within' : 'above'} the maximum`,
            amount: requested,
          },
        ]
      : []),
  ];

  return Object.freeze({
    rules: Object.freeze({ version: rules.version, validFrom: parseBusinessDate(rules.validFrom) }),
    householdType: input.householdType,
    incomes: Object.freeze(incomes),
    weightedIncome,
    livingCostNorm: norm,
    housing,
    obligations: Object.freeze(obligations),
    totalObligations,
    monthlyCapacity,
    creditMultiplier: multiplier,
    maximumCredit,
    knockOuts: Object.freeze(knockOuts.map((k) => Object.freeze(k))),
    ...(requested ? { requestedAmount: requested, withinMaximum } : {}),
    lines: Object.freeze(lines.map((l) => Object.freeze(l))),
  });
}

function maximumLabel(knockOuts: readonly KnockOut[], capacity: Money, multiplier: number): string {
  if (knockOuts.length > 0)
    return `maximum credit: none, ${knockOuts.map((k) => k.code).join(', ')}`;
  if (!capacity.isPositive()) return 'maximum credit: none, the monthly capacity is not positive';
  return `maximum credit: capacity × ${multiplier}`;
}

/**
 * The requested amount against an assessment's maximum: undefined when
 * within, else the violation to report (with the knock-outs that made the
 * maximum 0.00, if any).
 */
export function checkAgainstMaximum(
  assessment: CreditAssessment,
  requested: Money,
  field?: string,
): RuleViolation | undefined {
  if (requested.lte(assessment.maximumCredit)) return undefined;
  const why =
    assessment.knockOuts.length > 0
      ? ` (${assessment.knockOuts.map((k) => k.reason).join('; ')})`
      : '';
  const message = `the requested ${show(requested)} is more than the responsible credit maximum of ${show(assessment.maximumCredit)}${why}`;
  return field === undefined
    ? { rule: AMOUNT_ABOVE_MAXIMUM_RULE, message }
    : { rule: AMOUNT_ABOVE_MAXIMUM_RULE, message, field };
}
