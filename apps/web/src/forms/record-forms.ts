/**
 * The forms that record what an undecided application gathers: the code of conduct's
 * information items received (DOMAIN.md 4.1) and the household's responsible credit assessment
 * (3.5). As in forms.ts: values as typed, amounts to decimal strings as text (never a number),
 * the API's field names, so that its 400 or 422 lands beside the input.
 */
import type {
  HouseholdBody,
  InformationItemBody,
  RecordAssessmentBody,
  RecordInformationBody,
} from '../api/views';
import type { Language } from '../format/format';
import { amountField, built, present, type Built, type ClientErrors } from './forms';

// ---- the information items received ---------------------------------------------------------

export const INFORMATION_STATUSES = ['provided', 'already-known', 'not-applicable'] as const;

export interface InformationRow {
  item: InformationItemBody['item'];
  guaranteeId?: string;
  /** Empty: nothing to record for this item now. */
  status: '' | InformationItemBody['status'];
  note: string;
}

export interface InformationValues {
  recordedOn: string;
  rows: InformationRow[];
}

export interface BuiltInformation {
  built: Built<RecordInformationBody>;
  /** The row of each item sent (items.<i> in the API's errors is rows.<sentRows[i]>). */
  sentRows: number[];
}

/** The rows with a status chosen, in their order; at least one. */
export function informationBody(values: InformationValues): BuiltInformation {
  const errors: ClientErrors = {};
  if (!present(values.recordedOn)) errors.recordedOn = 'input.required';
  const sentRows = values.rows.flatMap((row, i) => (row.status === '' ? [] : [i]));
  if (sentRows.length === 0) errors.items = 'input.oneItem';
  const items = sentRows.map((i): InformationItemBody => {
    const row = values.rows[i]!;
    const note = row.note.trim();
    return {
      item: row.item,
      status: row.status as InformationItemBody['status'],
      ...(row.guaranteeId ? { guaranteeId: row.guaranteeId } : {}),
      ...(note ? { note } : {}),
    };
  });
  return { built: built({ recordedOn: values.recordedOn, items }, errors), sentRows };
}

/** The form's field of an API error path: items.2.note is the note of the third row sent. */
export function informationField(path: string, sentRows: readonly number[]): string {
  const m = /^items\.(\d+)(\..+)?$/.exec(path);
  if (!m) return path;
  const row = sentRows[Number(m[1])];
  return row === undefined ? 'items' : `rows.${row}${m[2] ?? '.status'}`;
}

// ---- the responsible credit assessment ------------------------------------------------------

export const HOUSEHOLD_TYPES = [
  'single',
  'single-with-children',
  'couple',
  'couple-with-children',
] as const;
export const TENURES = ['renter', 'owner', 'living-with-others'] as const;

/**
 * The income kinds the form offers: those weighed without conditions of their own (a monthly
 * net amount). The conditional kinds (self-employed profits, agency-work phases, ...) the API
 * takes; the form does not yet.
 */
export const FORM_INCOME_KINDS = [
  'salary',
  'thirteenth-month',
  'year-end-bonus',
  'sheltered-employment',
  'wao-benefit',
  'wga-benefit',
  'wajong-benefit',
  'iva-benefit',
  'zero-hour-contract',
  'on-call',
  'personal-care-budget',
  'unemployment-benefit',
  'social-assistance',
] as const;

/** Obligations by the amount they are weighed on: a monthly charge, or a credit limit. */
export const MONTHLY_OBLIGATIONS = [
  'personal-loan',
  'student-debt-repaying',
  'alimony-paid',
  'child-care',
  'car-costs',
] as const;
export const LIMIT_OBLIGATIONS = ['revolving-credit', 'second-mortgage'] as const;
export const FORM_OBLIGATION_KINDS = [...MONTHLY_OBLIGATIONS, ...LIMIT_OBLIGATIONS] as const;

export interface IncomeRow {
  kind: string;
  monthlyNet: string;
}

export interface ObligationRow {
  kind: string;
  /** The monthly charge, or the limit for a revolving credit or a second mortgage. */
  amount: string;
}

export interface AssessmentValues {
  assessedOn: string;
  householdType: string;
  tenure: string;
  rent: string;
  serviceCosts: string;
  rentAllowance: string;
  mortgageGrossCharge: string;
  applicantBirthDate: string;
  signingDate: string;
  termMonths: string;
  incomes: IncomeRow[];
  obligations: ObligationRow[];
  wageGarnishment: boolean;
  divorceInProgress: boolean;
  /** Empty: the amount applied for. */
  requestedAmount: string;
}

/** Every field the form shows, under the API's names (household.<path>). */
export function assessmentFields(values: Pick<AssessmentValues, 'incomes' | 'obligations'>) {
  const h = (p: string) => `household.${p}`;
  return [
    'assessedOn',
    ...[
      'householdType',
      'housing.tenure',
      'housing.rent',
      'housing.serviceCosts',
      'housing.rentAllowance',
      'housing.mortgageGrossCharge',
      'applicantBirthDate',
      'signingDate',
      'termMonths',
      'incomes',
      'obligations',
      'requestedAmount',
    ].map(h),
    ...values.incomes.flatMap((_, i) => [h(`incomes.${i}.kind`), h(`incomes.${i}.monthlyNet`)]),
    ...values.obligations.flatMap((o, i) => [
      h(`obligations.${i}.kind`),
      h(`obligations.${i}.${obligationAmountField(o.kind)}`),
    ]),
  ];
}

export function obligationAmountField(kind: string): 'limit' | 'monthlyAmount' {
  return (LIMIT_OBLIGATIONS as readonly string[]).includes(kind) ? 'limit' : 'monthlyAmount';
}

function optionalAmount(
  errors: ClientErrors,
  field: string,
  input: string,
  language: Language,
): string | undefined {
  return present(input) ? (amountField(errors, field, input, language) ?? input) : undefined;
}

/** The household as the assessment takes it; the rules themselves are the server's. */
export function assessmentBody(
  values: AssessmentValues,
  language: Language,
): Built<RecordAssessmentBody> {
  const errors: ClientErrors = {};
  const h = (p: string) => `household.${p}`;
  const required = (field: string, value: string) => {
    if (!present(value)) errors[field] = 'input.required';
  };
  required('assessedOn', values.assessedOn);
  required(h('householdType'), values.householdType);
  required(h('housing.tenure'), values.tenure);
  required(h('applicantBirthDate'), values.applicantBirthDate);
  required(h('signingDate'), values.signingDate);
  required(h('termMonths'), values.termMonths);
  if (values.incomes.length === 0) errors[h('incomes')] = 'input.oneItem';

  const housing: HouseholdBody['housing'] = {
    tenure: values.tenure as HouseholdBody['housing']['tenure'],
  };
  if (values.tenure === 'renter') {
    housing.rent = amountField(errors, h('housing.rent'), values.rent, language) ?? values.rent;
    const service = optionalAmount(
      errors,
      h('housing.serviceCosts'),
      values.serviceCosts,
      language,
    );
    if (service !== undefined) housing.serviceCosts = service;
    const allowance = optionalAmount(
      errors,
      h('housing.rentAllowance'),
      values.rentAllowance,
      language,
    );
    if (allowance !== undefined) housing.rentAllowance = allowance;
  } else if (values.tenure === 'owner') {
    housing.mortgageGrossCharge =
      amountField(errors, h('housing.mortgageGrossCharge'), values.mortgageGrossCharge, language) ??
      values.mortgageGrossCharge;
  }
  const incomes = values.incomes.map((row, i) => {
    required(h(`incomes.${i}.kind`), row.kind);
    const monthlyNet =
      amountField(errors, h(`incomes.${i}.monthlyNet`), row.monthlyNet, language) ?? row.monthlyNet;
    return { kind: row.kind, monthlyNet };
  });
  const obligations = values.obligations.map((row, i) => {
    required(h(`obligations.${i}.kind`), row.kind);
    const field = obligationAmountField(row.kind);
    const amount =
      amountField(errors, h(`obligations.${i}.${field}`), row.amount, language) ?? row.amount;
    return { kind: row.kind, [field]: amount };
  });
  const requestedAmount = optionalAmount(
    errors,
    h('requestedAmount'),
    values.requestedAmount,
    language,
  );
  const term = values.termMonths.trim();
  const household: HouseholdBody = {
    householdType: values.householdType as HouseholdBody['householdType'],
    housing,
    applicantBirthDate: values.applicantBirthDate,
    signingDate: values.signingDate,
    // A whole number goes as one; anything else as typed, for the server to name.
    termMonths: (/^\d{1,4}$/.test(term) ? Number(term) : term) as number,
    incomes: incomes as HouseholdBody['incomes'],
    obligations: obligations as HouseholdBody['obligations'],
    wageGarnishment: values.wageGarnishment,
    divorceInProgress: values.divorceInProgress,
    ...(requestedAmount !== undefined ? { requestedAmount } : {}),
  };
  return built({ assessedOn: values.assessedOn, household }, errors);
}
