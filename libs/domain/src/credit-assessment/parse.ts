import type { LocalDate } from '@js-joda/core';
import {
  AMOUNT_BOUND_MESSAGE,
  amountInBounds,
  DATE_BOUND_MESSAGE,
  dateInBounds,
  INTEGER_BOUND_MESSAGE,
  integerInBounds,
  OUT_OF_RANGE,
} from '../bounds';
import { FormatError } from '../money/format-error';
import { Money } from '../money/money';
import { parseBusinessDate } from '../time/business-date';
import {
  AGENCY_PHASES,
  DEFENCE_PHASES,
  EMPLOYMENT_INCOME_KINDS,
  HOUSEHOLD_TYPES,
  INCOME_KINDS,
  OBLIGATION_KINDS,
  PLAIN_INCOME_KINDS,
  STUDENT_DEBT_SYSTEMS,
  TENURES,
  isOneOf,
  type IncomeKind,
  type ObligationKind,
  type Tenure,
} from './codes';
import type { CreditAssessmentInput } from './input';
import { CreditAssessmentInputError, inputProblems, type FieldProblem } from './validate';

/** More items than this is not a household's budget but a mistake (or an attack). */
export const MAX_ASSESSMENT_ITEMS = 50;
const MAX_DESCRIPTION = 200;
const MAX_PROFIT_YEARS = 10;

/**
 * Reads the JSON body of an assessment: money as strings ("1234.56"), dates as
 * "YYYY-MM-DD", whole numbers as JSON numbers, kinds by their codes. Unknown
 * fields, and fields that do not belong to an item's kind, are refused (a
 * misspelt "rentAlowance" must not silently count as no allowance).
 *
 * Throws CreditAssessmentInputError listing every problem with its field path
 * ("incomes.0.monthlyNet"), in the shape of the API's 400 `errors[]`.
 *
 * Example:
 * { "householdType": "single", "housing": { "tenure": "renter", "rent": "750.00" },
 *   "applicantBirthDate": "1990-05-01", "signingDate": "2025-03-01", "termMonths": 60,
 *   "incomes": [{ "kind": "salary", "monthlyNet": "2400.00" }], "obligations": [],
 *   "wageGarnishment": false, "divorceInProgress": false, "requestedAmount": "15000.00" }
 */
export function parseCreditAssessmentInput(json: unknown): CreditAssessmentInput {
  const errors: FieldProblem[] = [];
  const body = readObject(json, '', TOP_LEVEL, errors);
  if (!body) throw new CreditAssessmentInputError(errors);
  const draft = {
    ...body,
    incomes: body.incomes ?? [],
    obligations: body.obligations ?? [],
  } as unknown as CreditAssessmentInput;
  errors.push(...inputProblems(draft));
  if (errors.length > 0) throw new CreditAssessmentInputError(errors);
  return draft;
}

// ---- readers ----------------------------------------------------------------

/** Reads one field; pushes its problems and returns undefined when it cannot. */
type Reader = (value: unknown, field: string, errors: FieldProblem[]) => unknown;

interface FieldSpec {
  readonly read: Reader;
  readonly required: boolean;
}

type Spec = Readonly<Record<string, FieldSpec>>;

const required = (read: Reader): FieldSpec => ({ read, required: true });
const optional = (read: Reader): FieldSpec => ({ read, required: false });

const problem = (
  errors: FieldProblem[],
  field: string,
  code: string,
  message: string,
): undefined => {
  errors.push({ field, code, message });
  return undefined;
};

const money: Reader = (value, field, errors) => {
  const amount = fromFormat(() => Money.parse(value), field, errors);
  return amount === undefined || amountInBounds(amount)
    ? amount
    : problem(errors, field, OUT_OF_RANGE, `${field} must be ${AMOUNT_BOUND_MESSAGE}`);
};

const date: Reader = (value, field, errors): LocalDate | undefined => {
  const day = fromFormat(() => parseBusinessDate(value), field, errors);
  return day === undefined || dateInBounds(day)
    ? day
    : problem(errors, field, OUT_OF_RANGE, `${field} must be ${DATE_BOUND_MESSAGE}`);
};

function fromFormat<T>(read: () => T, field: string, errors: FieldProblem[]): T | undefined {
  try {
    return read();
  } catch (e) {
    if (e instanceof FormatError) return problem(errors, field, e.code, `${field}: ${e.message}`);
    throw e;
  }
}

const integer: Reader = (value, field, errors) => {
  if (typeof value !== 'number' || !Number.isInteger(value))
    return problem(errors, field, 'integer', `${field} must be a whole number (a JSON number)`);
  return integerInBounds(value)
    ? value
    : problem(errors, field, OUT_OF_RANGE, `${field} must be ${INTEGER_BOUND_MESSAGE}`);
};

const boolean: Reader = (value, field, errors) =>
  typeof value === 'boolean'
    ? value
    : problem(errors, field, 'boolean', `${field} must be true or false`);

const text: Reader = (value, field, errors) => {
  if (typeof value !== 'string') return problem(errors, field, 'string', `${field} must be text`);
  if (value.length > MAX_DESCRIPTION)
    return problem(
      errors,
      field,
      'too-long',
      `${field} must be at most ${MAX_DESCRIPTION} characters`,
    );
  return value;
};

const oneOf =
  (list: readonly string[]): Reader =>
  (value, field, errors) =>
    isOneOf(list, value)
      ? value
      : problem(errors, field, 'one-of', `${field} must be one of ${list.join(', ')}`);

const listOf =
  (item: Reader, max: number): Reader =>
  (value, field, errors) => {
    if (!Array.isArray(value)) return problem(errors, field, 'array', `${field} must be a list`);
    if (value.length > max)
      return problem(errors, field, 'too-many', `${field} must have at most ${max} items`);
    // Unreadable items stay as holes, so that later checks keep their indexes.
    return value.map((v, i) => item(v, `${field}.${i}`, errors));
  };

const object =
  (spec: Spec): Reader =>
  (value, field, errors) =>
    readObject(value, field, spec, errors);

function readObject(
  value: unknown,
  field: string,
  spec: Spec,
  errors: FieldProblem[],
  unknownField: (name: string) => string = (name) => `${name} is not a known field`,
): Record<string, unknown> | undefined {
  const name = (k: string): string => (field ? `${field}.${k}` : k);
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return problem(errors, field, 'object', `${field || 'the body'} must be a JSON object`);
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(source))
    if (!Object.hasOwn(spec, k)) problem(errors, name(k), 'unknown-field', unknownField(name(k)));
  for (const [k, s] of Object.entries(spec)) {
    // null is taken as absent, as many clients write an empty optional field.
    if (source[k] === undefined || source[k] === null) {
      if (s.required) problem(errors, name(k), 'required', `${name(k)} is required`);
      continue;
    }
    const v = s.read(source[k], name(k), errors);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** An object whose other fields depend on its `tag` field (kind, tenure). */
const tagged =
  (tag: string, tags: readonly string[], specOf: (value: string) => Spec, noun: string): Reader =>
  (value, field, errors) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return problem(errors, field, 'object', `${field} must be a JSON object`);
    const current = (value as Record<string, unknown>)[tag];
    if (!isOneOf(tags, current))
      return problem(
        errors,
        `${field}.${tag}`,
        current === undefined || current === null ? 'required' : 'one-of',
        `${field}.${tag} must be one of ${tags.join(', ')}`,
      );
    return readObject(
      value,
      field,
      { [tag]: required(oneOf(tags)), ...specOf(current) },
      errors,
      (name) => `${name} does not apply to ${noun} with ${tag} ${current}`,
    );
  };

// ---- the body -----------------------------------------------------------------

const HOUSING_SPECS: Readonly<Record<Tenure, Spec>> = {
  renter: {
    rent: required(money),
    serviceCosts: optional(money),
    rentAllowance: optional(money),
  },
  owner: { mortgageGrossCharge: required(money) },
  'living-with-others': {},
};

const FOREIGN_NATIONAL: Spec = {
  monthsWorkedHere: required(integer),
  monthsCreditRegistered: required(integer),
};

function incomeSpec(kind: string): Spec {
  const common: Spec = {
    description: optional(text),
    foreignNational: optional(object(FOREIGN_NATIONAL)),
    ...(isOneOf(EMPLOYMENT_INCOME_KINDS, kind) ? { inProbation: optional(boolean) } : {}),
  };
  const net = { monthlyNet: required(money) };
  const own: Record<Exclude<IncomeKind, (typeof PLAIN_INCOME_KINDS)[number]>, Spec> = {
    'shift-allowance': { ...net, structural: required(boolean) },
    'overtime-allowance': { ...net, structural: required(boolean) },
    commission: { ...net, structuralMonths: required(integer) },
    'alimony-received': { ...net, endsOn: optional(date) },
    'self-employed': {
      yearlyProfits: required(listOf(money, MAX_PROFIT_YEARS)),
      documentedYears: required(integer),
    },
    defence: { ...net, phase: required(oneOf(DEFENCE_PHASES)) },
    'temporary-contract': {
      ...net,
      remainingContractMonths: required(integer),
      declarationOfIntent: optional(boolean),
    },
    'agency-work': {
      ...net,
      phase: required(oneOf(AGENCY_PHASES)),
      remainingContractMonths: optional(integer),
      declarationOfIntent: optional(boolean),
    },
    'sick-pay': { ...net, daysSick: required(integer) },
  };
  return { ...common, ...(own[kind as keyof typeof own] ?? net) };
}

function obligationSpec(kind: string): Spec {
  const specs: Record<ObligationKind, Spec> = {
    'revolving-credit': { limit: required(money) },
    'second-mortgage': { limit: required(money) },
    'personal-loan': { monthlyAmount: required(money) },
    'student-debt-repaying': { monthlyAmount: required(money) },
    'alimony-paid': { monthlyAmount: required(money) },
    'car-costs': { monthlyAmount: required(money) },
    'student-debt-not-repaying': {
      debt: required(money),
      system: required(oneOf(STUDENT_DEBT_SYSTEMS)),
    },
    'child-care': { monthlyAmount: required(money), allowance: optional(money) },
  };
  return { description: optional(text), ...specs[kind as ObligationKind] };
}

const TOP_LEVEL: Spec = {
  householdType: required(oneOf(HOUSEHOLD_TYPES)),
  housing: required(tagged('tenure', TENURES, (t) => HOUSING_SPECS[t as Tenure], 'housing')),
  applicantBirthDate: required(date),
  signingDate: required(date),
  termMonths: required(integer),
  incomes: required(
    listOf(tagged('kind', INCOME_KINDS, incomeSpec, 'an income'), MAX_ASSESSMENT_ITEMS),
  ),
  obligations: optional(
    listOf(tagged('kind', OBLIGATION_KINDS, obligationSpec, 'an obligation'), MAX_ASSESSMENT_ITEMS),
  ),
  wageGarnishment: required(boolean),
  divorceInProgress: required(boolean),
  requestedAmount: optional(money),
};
