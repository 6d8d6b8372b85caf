import { LocalDate } from '@js-joda/core';
import { Money } from '../money/money';
import type {
  HouseholdType,
  IncomeKind,
  KnockOutCode,
  NormTenure,
  ObligationKind,
  Tenure,
} from './codes';
import type { CreditAssessment } from './assess';
import type { CreditAssessmentInput } from './input';

/** An assessment as plain JSON (money as "1234.56", dates "YYYY-MM-DD", fractions "0.7"). */
export interface CreditAssessmentJson {
  readonly rules: { readonly version: string; readonly validFrom: string };
  readonly householdType: HouseholdType;
  readonly incomes: readonly {
    readonly kind: IncomeKind;
    readonly description?: string;
    readonly monthlyNet: string;
    readonly weight: string;
    readonly counted: string;
    readonly reason: string;
  }[];
  readonly weightedIncome: string;
  readonly livingCostNorm: {
    readonly householdType: HouseholdType;
    readonly tenure: NormTenure;
    readonly base: string;
    readonly surcharge: string;
    readonly amount: string;
    readonly incomeBelowBase: boolean;
    readonly computation: string;
  };
  readonly housing: {
    readonly tenure: Tenure;
    readonly amount: string;
    readonly computation: string;
    readonly capped: boolean;
  };
  readonly obligations: readonly {
    readonly kind: ObligationKind;
    readonly description?: string;
    readonly amount: string;
    readonly computation: string;
  }[];
  readonly totalObligations: string;
  readonly monthlyCapacity: string;
  readonly creditMultiplier: number;
  readonly maximumCredit: string;
  readonly knockOuts: readonly { readonly code: KnockOutCode; readonly reason: string }[];
  readonly requestedAmount?: string;
  readonly withinMaximum?: boolean;
  readonly lines: readonly { readonly label: string; readonly amount: string }[];
}

/** For an event or a reply: everything the assessment holds, as plain JSON. */
export function serializeCreditAssessment(a: CreditAssessment): CreditAssessmentJson {
  const n = a.livingCostNorm;
  return {
    rules: { version: a.rules.version, validFrom: a.rules.validFrom.toString() },
    householdType: a.householdType,
    incomes: a.incomes.map((i) => ({
      kind: i.kind,
      ...(i.description ? { description: i.description } : {}),
      monthlyNet: i.monthlyNet.toString(),
      weight: i.weight.toFixed(),
      counted: i.counted.toString(),
      reason: i.reason,
    })),
    weightedIncome: a.weightedIncome.toString(),
    livingCostNorm: {
      householdType: n.householdType,
      tenure: n.tenure,
      base: n.base.toString(),
      surcharge: n.surcharge.toFixed(),
      amount: n.amount.toString(),
      incomeBelowBase: n.incomeBelowBase,
      computation: n.computation,
    },
    housing: {
      tenure: a.housing.tenure,
      amount: a.housing.amount.toString(),
      computation: a.housing.computation,
      capped: a.housing.capped,
    },
    obligations: a.obligations.map((o) => ({
      kind: o.kind,
      ...(o.description ? { description: o.description } : {}),
      amount: o.amount.toString(),
      computation: o.computation,
    })),
    totalObligations: a.totalObligations.toString(),
    monthlyCapacity: a.monthlyCapacity.toString(),
    creditMultiplier: a.creditMultiplier,
    maximumCredit: a.maximumCredit.toString(),
    knockOuts: a.knockOuts.map((k) => ({ code: k.code, reason: k.reason })),
    ...(a.requestedAmount
      ? { requestedAmount: a.requestedAmount.toString(), withinMaximum: a.withinMaximum }
      : {}),
    lines: a.lines.map((l) => ({ label: l.label, amount: l.amount.toString() })),
  };
}

/**
 * The input as the JSON parseCreditAssessmentInput reads (its inverse), e.g.
 * to keep what was assessed beside the result in an event.
 */
export function serializeCreditAssessmentInput(input: CreditAssessmentInput): unknown {
  return plain(input);
}

function plain(value: unknown): unknown {
  if (Money.isMoney(value)) return value.toString();
  if (value instanceof LocalDate) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = plain(v);
    return out;
  }
  return value;
}
