import type { Dec } from '../money/decimal';
import { Money } from '../money/money';
import type { HouseholdType, NormTenure, ObligationKind, Tenure } from './codes';
import { fraction, pct, shareOf, show } from './figures';
import type { Housing, Obligation } from './input';
import type { CreditAssessmentRules } from './rules';

export interface LivingCostNorm {
  readonly householdType: HouseholdType;
  /** The table column used: a household living with others uses the renter column. */
  readonly tenure: NormTenure;
  readonly base: Money;
  readonly surcharge: Dec;
  /** base + surcharge × (weighted net income − base); the base alone when the income is below it. */
  readonly amount: Money;
  /** The weighted net income is below the base: no credit. */
  readonly incomeBelowBase: boolean;
  readonly computation: string;
}

export interface HousingCost {
  readonly tenure: Tenure;
  readonly amount: Money;
  readonly computation: string;
  /** Living with others: the share of the income was above the cap. */
  readonly capped: boolean;
}

export interface AssessedObligation {
  readonly kind: ObligationKind;
  readonly description?: string;
  readonly amount: Money;
  readonly computation: string;
}

/**
 * The norm column of a tenure. The table has owner and renter columns only; a
 * household living with others owns no home and pays a housing charge like a
 * rent, so it takes the renter column.
 */
export function normTenure(tenure: Tenure): NormTenure {
  return tenure === 'owner' ? 'owner' : 'renter';
}

/**
 * The living-cost norm on the weighted net household income (the income as
 * counted, after the weights, the same income the capacity starts from):
 * base + surcharge × (income − base), the surcharge part half up to the cent.
 */
export function livingCostNorm(
  householdType: HouseholdType,
  tenure: Tenure,
  weightedIncome: Money,
  rules: CreditAssessmentRules,
): LivingCostNorm {
  const column = normTenure(tenure);
  const cell = rules.livingCostNorms[householdType][column];
  const base = Money.parse(cell.base);
  const surcharge = fraction(cell.surcharge);
  const incomeBelowBase = weightedIncome.lt(base);
  const amount = incomeBelowBase ? base : base.plus(shareOf(weightedIncome.minus(base), surcharge));
  const computation = incomeBelowBase
    ? `the base ${show(base)}: the weighted net income ${show(weightedIncome)} is below it`
    : `${show(base)} + ${pct(surcharge)} × (${show(weightedIncome)} − ${show(base)})`;
  return Object.freeze({
    householdType,
    tenure: column,
    base,
    surcharge,
    amount,
    incomeBelowBase,
    computation,
  });
}

/**
 * The monthly housing cost. A household is one of renter, owner or living
 * with others: the living-with-others charge replaces rent and mortgage, and
 * is a share of the weighted net household income (capped).
 */
export function housingCost(
  housing: Housing,
  weightedIncome: Money,
  rules: CreditAssessmentRules,
): HousingCost {
  const h = rules.housing;
  switch (housing.tenure) {
    case 'renter': {
      const service = housing.serviceCosts ?? Money.zero();
      const allowance = housing.rentAllowance ?? Money.zero();
      const net = housing.rent.plus(service).minus(allowance);
      let computation = `rent ${show(housing.rent)} + service costs ${show(service)} − rent allowance ${show(allowance)}`;
      // An allowance above the rent is no income.
      if (net.isNegative()) computation += `, not below 0.00`;
      return result(housing.tenure, Money.max(net, Money.zero()), computation, false);
    }
    case 'owner': {
      const share = fraction(h.mortgageShare);
      return result(
        housing.tenure,
        shareOf(housing.mortgageGrossCharge, share),
        `${pct(share)} of the gross mortgage charge ${show(housing.mortgageGrossCharge)}`,
        false,
      );
    }
    case 'living-with-others': {
      const share = fraction(h.livingWithOthersShare);
      const cap = Money.parse(h.livingWithOthersCap);
      // The cap is compared with the exact share, before rounding: 33 % of 2,272.73 is
      // 750.0009, capped; 33 % of 2,272.72 is 749.9976, rounded to 750.00 but not capped.
      const exact = weightedIncome.times(share);
      const of = `${pct(share)} of the weighted net income ${show(weightedIncome)}`;
      if (exact.gt(cap.toDecimal())) {
        const shown = exact.decimalPlaces() <= 2 ? show(Money.fromDecimal(exact)) : exact.toFixed();
        return result(housing.tenure, cap, `${of} = ${shown}, at most ${show(cap)}`, true);
      }
      return result(
        housing.tenure,
        shareOf(weightedIncome, share),
        `${of} (at most ${show(cap)})`,
        false,
      );
    }
  }
}

function result(tenure: Tenure, amount: Money, computation: string, capped: boolean): HousingCost {
  return Object.freeze({ tenure, amount, computation, capped });
}

export const OBLIGATION_KIND_TEXT: Readonly<Record<ObligationKind, string>> = {
  'revolving-credit': 'revolving credit',
  'personal-loan': 'personal loan',
  'second-mortgage': 'second mortgage credit',
  'student-debt-repaying': 'student debt in repayment',
  'student-debt-not-repaying': 'student debt not yet in repayment',
  'alimony-paid': 'alimony paid',
  'child-care': 'child care',
  'car-costs': 'car costs',
};

/** The monthly charge an obligation deducts; never below 0.00. */
export function assessObligation(
  obligation: Obligation,
  rules: CreditAssessmentRules,
): AssessedObligation {
  const o = rules.obligations;
  const of = (amount: Money, computation: string): AssessedObligation =>
    Object.freeze({
      kind: obligation.kind,
      ...(obligation.description ? { description: obligation.description } : {}),
      amount,
      computation,
    });
  const ofLimit = (limit: Money, shareText: string): AssessedObligation => {
    const share = fraction(shareText);
    return of(shareOf(limit, share), `${pct(share)} of the limit ${show(limit)}`);
  };

  switch (obligation.kind) {
    case 'revolving-credit':
      return ofLimit(obligation.limit, o.revolvingCreditLimitShare);
    case 'second-mortgage':
      return ofLimit(obligation.limit, o.secondMortgageLimitShare);
    case 'student-debt-not-repaying': {
      const share = fraction(o.studentDebtShare[obligation.system]);
      return of(
        shareOf(obligation.debt, share),
        `${pct(share)} of the debt ${show(obligation.debt)} (${obligation.system} system)`,
      );
    }
    case 'child-care': {
      const allowance = obligation.allowance ?? Money.zero();
      const net = obligation.monthlyAmount.minus(allowance);
      const computation = `costs ${show(obligation.monthlyAmount)} − allowance ${show(allowance)}`;
      // An allowance above the costs is no income.
      return net.isNegative()
        ? of(Money.zero(), `${computation}, not below 0.00`)
        : of(net, computation);
    }
    case 'personal-loan':
    case 'student-debt-repaying':
    case 'alimony-paid':
    case 'car-costs':
      return of(obligation.monthlyAmount, 'the actual monthly charge');
  }
}
