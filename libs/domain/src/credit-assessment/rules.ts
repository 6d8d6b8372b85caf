import { LocalDate } from '@js-joda/core';
import { Dec } from '../money/decimal';
import { Money } from '../money/money';
import { isBusinessDate, parseBusinessDate } from '../time/business-date';
import {
  AGENCY_PHASES,
  DEFENCE_PHASES,
  HOUSEHOLD_TYPES,
  NORM_TENURES,
  PLAIN_INCOME_KINDS,
  STUDENT_DEBT_SYSTEMS,
  type AgencyPhase,
  type DefencePhase,
  type HouseholdType,
  type NormTenure,
  type PlainIncomeKind,
  type StudentDebtSystem,
} from './codes';

/**
 * One dated set of the figures of the responsible credit maximum (DOMAIN.md
 * 3.5), as plain data: fractions and amounts are decimal strings ("0.70",
 * "1412.00"), dates YYYY-MM-DD, month and day thresholds whole numbers. So a
 * set can come from a configuration file as it is; CreditAssessmentRuleBook
 * checks it and lists every problem.
 *
 * A fraction is a weight or share between 0 and 1: "0.70" counts 70 %. Where
 * the source names a weight only for a condition that holds (a structural
 * allowance, commission structural over 12 months, alimony for the whole term,
 * two documented years of profit, a foreign national's months here), an
 * income whose condition fails is not counted at all: no figure to configure.
 */
export interface CreditAssessmentRules {
  /** Id recorded with every assessment, e.g. "responsible-credit-2016". */
  readonly version: string;
  /** In force from this day (inclusive) until the next set's validFrom. */
  readonly validFrom: string;
  /** Where the figures come from. */
  readonly source: string;
  readonly incomeWeights: IncomeWeights;
  readonly foreignNational: {
    /** Months of work here and of credit registered here when the household owns its home. */
    readonly withOwnedHome: MonthsNeeded;
    /** ... when it does not (renting, living with others). */
    readonly withoutOwnedHome: MonthsNeeded;
  };
  readonly housing: {
    /** Share of the gross mortgage charge counted: "0.90". */
    readonly mortgageShare: string;
    /** Share of the weighted net income charged for living with others: "0.33"... */
    readonly livingWithOthersShare: string;
    /** ... at most this amount: "750.00". */
    readonly livingWithOthersCap: string;
  };
  readonly obligations: {
    /** Monthly charge counted for a revolving credit, a share of its limit: "0.02". */
    readonly revolvingCreditLimitShare: string;
    /** Of a second mortgage credit's limit: "0.015". */
    readonly secondMortgageLimitShare: string;
    /** Monthly charge of a student debt not yet being repaid, a share of the debt. */
    readonly studentDebtShare: Readonly<Record<StudentDebtSystem, string>>;
  };
  readonly knockOuts: {
    /** Age in whole years at signing: at least this. */
    readonly minAgeAtSigning: number;
    /** Signing at the latest on this birthday ("at most 80": not a day past it). */
    readonly maxAgeAtSigning: number;
    /** The loan must be repaid before this birthday. */
    readonly repaidBeforeAge: number;
  };
  /** norm = base + surcharge × (weighted net income − base). */
  readonly livingCostNorms: Readonly<Record<HouseholdType, Readonly<Record<NormTenure, NormCell>>>>;
  /** Maximum credit = monthly capacity × this (50: a monthly charge of 2 % of the credit). */
  readonly creditMultiplier: number;
}

export interface IncomeWeights {
  /** Kinds without conditions. */
  readonly plain: Readonly<Record<PlainIncomeKind, string>>;
  /** Shift and overtime allowances of a structural character. */
  readonly structuralAllowance: string;
  /** Commission structural over at least `structuralMonths` of the last months. */
  readonly commission: { readonly weight: string; readonly structuralMonths: number };
  /** Alimony received that lasts the whole term. */
  readonly alimonyReceived: string;
  /** The average profit of the last `profitYears` years, all documented. */
  readonly selfEmployed: { readonly weight: string; readonly profitYears: number };
  readonly defence: Readonly<Record<DefencePhase, string>>;
  readonly temporaryContract: {
    readonly minRemainingMonths: number;
    readonly belowMinimum: string;
    readonly minimumOrMore: string;
    readonly withDeclarationOfIntent: string;
  };
  readonly agencyWork: {
    readonly phases: Readonly<Record<AgencyPhase, string>>;
    /** Phase B with at least `minRemainingMonths` remaining or a declaration of intent. */
    readonly phaseBWithProspects: string;
    readonly minRemainingMonths: number;
  };
  readonly sick: {
    /** "A few days": at most this many days sick. */
    readonly fewDaysMaxDays: number;
    /** "Up to one month": at most this many days sick. */
    readonly upToOneMonthMaxDays: number;
    readonly fewDays: string;
    readonly upToOneMonth: string;
    readonly longer: string;
  };
  /** Any employment income during a probation period. */
  readonly probation: string;
}

export interface MonthsNeeded {
  readonly monthsWorkedHere: number;
  readonly monthsCreditRegistered: number;
}

export interface NormCell {
  readonly base: string;
  readonly surcharge: string;
}

/**
 * A rule set is inconsistent: a configuration error found at start-up (like
 * ProductCatalogueError), not a client's 400.
 */
export class CreditAssessmentRulesError extends Error {
  readonly code = 'credit-assessment-rules' as const;

  constructor(readonly problems: readonly string[]) {
    super(`Invalid credit assessment rules: ${problems.join('; ')}`);
    this.name = 'CreditAssessmentRulesError';
  }
}

/**
 * The dated rule sets. Sets must be sorted by validFrom, no two starting the
 * same day; each is in force from its validFrom until the next one's.
 */
export class CreditAssessmentRuleBook {
  private readonly dated: readonly {
    readonly from: LocalDate;
    readonly rules: CreditAssessmentRules;
  }[];

  constructor(sets: readonly CreditAssessmentRules[]) {
    const problems: string[] = [];
    if (sets.length === 0) problems.push('there is no rule set');
    sets.forEach((set, i) => {
      const id = typeof set?.version === 'string' && set.version ? set.version : `set ${i + 1}`;
      problems.push(...checkCreditAssessmentRules(set).map((p) => `${id}: ${p}`));
    });
    const ids = new Set<string>();
    for (const set of sets) {
      if (ids.has(set?.version)) problems.push(`version ${set.version} is used twice`);
      ids.add(set?.version);
    }
    for (let i = 1; i < sets.length; i++) {
      const [a, b] = [sets[i - 1], sets[i]];
      // YYYY-MM-DD strings sort as the dates do.
      if (
        isBusinessDate(a?.validFrom) &&
        isBusinessDate(b?.validFrom) &&
        a.validFrom >= b.validFrom
      )
        problems.push(
          `sets must be sorted by validFrom without two starting the same day (${a.version} from ${a.validFrom}, then ${b.version} from ${b.validFrom})`,
        );
    }
    if (problems.length > 0) throw new CreditAssessmentRulesError(problems);
    this.dated = Object.freeze(
      sets.map((s) =>
        Object.freeze({ from: parseBusinessDate(s.validFrom), rules: frozenCopy(s) }),
      ),
    );
  }

  /** All sets, oldest first. */
  sets(): readonly CreditAssessmentRules[] {
    return this.dated.map((d) => d.rules);
  }

  /** The set in force on that day: the last one whose validFrom is on or before it. */
  rulesOn(date: LocalDate): CreditAssessmentRules | undefined {
    return [...this.dated].reverse().find((d) => !date.isBefore(d.from))?.rules;
  }
}

// ---- checking ---------------------------------------------------------------

const FRACTION_PATTERN = /^\d+(\.\d+)?$/;

/** Every problem of one set, each naming its field path. */
export function checkCreditAssessmentRules(rules: CreditAssessmentRules): string[] {
  const p: string[] = [];
  if (rules === null || typeof rules !== 'object') return ['a rule set must be an object'];
  const r = rules as unknown as Record<string, unknown>;
  const at = (path: string): unknown =>
    path.split('.').reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), r);

  const fraction = (path: string, { belowOne = false } = {}): void => {
    const v = at(path);
    if (typeof v !== 'string' || !FRACTION_PATTERN.test(v))
      p.push(`${path} must be a fraction written as text, e.g. "0.70"`);
    else if (new Dec(v).gt(1) || (belowOne && new Dec(v).gte(1)))
      p.push(`${path} is ${v}; it must be ${belowOne ? 'below' : 'at most'} 1`);
  };
  const amount = (path: string): void => {
    const v = at(path);
    if (!Money.isValid(v) || Money.parse(v).isNegative())
      p.push(`${path} must be an amount of 0 or more written as text, e.g. "750.00"`);
  };
  const count = (path: string, min = 0): void => {
    const v = at(path);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
      p.push(`${path} must be a whole number of at least ${min}`);
  };
  const text = (path: string): void => {
    const v = at(path);
    if (typeof v !== 'string' || v.trim() === '') p.push(`${path} must be a non-empty text`);
  };
  // An object keyed by codes: every code present, no other key, each entry checked.
  const record = (path: string, codes: readonly string[], entry: (path: string) => void): void => {
    const v = at(path);
    if (!isObject(v)) {
      p.push(`${path} must be an object with ${codes.join(', ')}`);
      return;
    }
    for (const k of codes) {
      if (k in v) entry(`${path}.${k}`);
      else p.push(`${path}.${k} is missing`);
    }
    for (const k of Object.keys(v))
      if (!codes.includes(k)) p.push(`${path}.${k} is not a known code`);
  };

  text('version');
  text('source');
  if (!isBusinessDate(r.validFrom)) p.push('validFrom must be a date written YYYY-MM-DD');

  record('incomeWeights.plain', PLAIN_INCOME_KINDS, fraction);
  fraction('incomeWeights.structuralAllowance');
  fraction('incomeWeights.commission.weight');
  count('incomeWeights.commission.structuralMonths', 1);
  fraction('incomeWeights.alimonyReceived');
  fraction('incomeWeights.selfEmployed.weight');
  count('incomeWeights.selfEmployed.profitYears', 1);
  record('incomeWeights.defence', DEFENCE_PHASES, fraction);
  count('incomeWeights.temporaryContract.minRemainingMonths', 1);
  fraction('incomeWeights.temporaryContract.belowMinimum');
  fraction('incomeWeights.temporaryContract.minimumOrMore');
  fraction('incomeWeights.temporaryContract.withDeclarationOfIntent');
  record('incomeWeights.agencyWork.phases', AGENCY_PHASES, fraction);
  fraction('incomeWeights.agencyWork.phaseBWithProspects');
  count('incomeWeights.agencyWork.minRemainingMonths', 1);
  count('incomeWeights.sick.fewDaysMaxDays', 1);
  count('incomeWeights.sick.upToOneMonthMaxDays', 1);
  const sick = at('incomeWeights.sick');
  if (isObject(sick) && Number(sick.upToOneMonthMaxDays) < Number(sick.fewDaysMaxDays))
    p.push('incomeWeights.sick.upToOneMonthMaxDays is below fewDaysMaxDays');
  fraction('incomeWeights.sick.fewDays');
  fraction('incomeWeights.sick.upToOneMonth');
  fraction('incomeWeights.sick.longer');
  fraction('incomeWeights.probation');

  for (const home of ['withOwnedHome', 'withoutOwnedHome']) {
    count(`foreignNational.${home}.monthsWorkedHere`);
    count(`foreignNational.${home}.monthsCreditRegistered`);
  }

  fraction('housing.mortgageShare');
  fraction('housing.livingWithOthersShare');
  amount('housing.livingWithOthersCap');

  fraction('obligations.revolvingCreditLimitShare');
  fraction('obligations.secondMortgageLimitShare');
  record('obligations.studentDebtShare', STUDENT_DEBT_SYSTEMS, fraction);

  count('knockOuts.minAgeAtSigning', 1);
  count('knockOuts.maxAgeAtSigning', 1);
  count('knockOuts.repaidBeforeAge', 1);
  const ko = at('knockOuts');
  if (isObject(ko) && Number(ko.maxAgeAtSigning) < Number(ko.minAgeAtSigning))
    p.push('knockOuts.maxAgeAtSigning is below minAgeAtSigning');
  if (isObject(ko) && Number(ko.repaidBeforeAge) <= Number(ko.minAgeAtSigning))
    p.push('knockOuts.repaidBeforeAge must be above minAgeAtSigning');

  record('livingCostNorms', HOUSEHOLD_TYPES, (household) =>
    record(household, NORM_TENURES, (cell) => {
      amount(`${cell}.base`);
      // Below 1, or a raise in income could raise the norm by more than the raise.
      fraction(`${cell}.surcharge`, { belowOne: true });
    }),
  );

  count('creditMultiplier', 1);
  return p;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Rule sets are shared by every assessment: make the book's copies unchangeable. */
function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  if (isObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = frozenCopy(v);
    return Object.freeze(copy) as T;
  }
  return value;
}
