/**
 * The forms that record what an undecided application gathers: the code of conduct's
 * information items received (DOMAIN.md 4.1) and the household's responsible credit assessment
 * (3.5). As in forms.ts: values as typed, amounts to decimal strings as text (never a number),
 * the API's field names, so that its 400 or 422 lands beside the input.
 */
import type {
  HouseholdBody,
  IncomeBody,
  InformationItemBody,
  ObligationBody,
  RecordAssessmentBody,
  RecordInformationBody,
} from '../api/views';
import { parseSignedAmountInput, type Language } from '../format/format';
import { amountField, built, present, wholeNumber, type Built, type ClientErrors } from './forms';

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

type IncomeKind = IncomeBody['kind'];
type ObligationKind = ObligationBody['kind'];

/** The fields of an income beside its kind, description, probation and foreign nationality. */
export type IncomeField =
  | 'monthlyNet'
  | 'structural'
  | 'structuralMonths'
  | 'endsOn'
  | 'yearlyProfits'
  | 'documentedYears'
  | 'phase'
  | 'remainingContractMonths'
  | 'declarationOfIntent'
  | 'daysSick';

const NET = ['monthlyNet'] as const;

/**
 * Every income kind the API takes, with the fields of its own (DOMAIN.md 3.5; the domain's
 * parseCreditAssessmentInput refuses a field that does not belong to the kind). Typed over the
 * OpenAPI document's kinds: a kind added to the API does not compile here until it is offered.
 */
export const INCOME_FIELDS: Record<IncomeKind, readonly IncomeField[]> = {
  salary: NET,
  'thirteenth-month': NET,
  'year-end-bonus': NET,
  'shift-allowance': ['monthlyNet', 'structural'],
  'overtime-allowance': ['monthlyNet', 'structural'],
  commission: ['monthlyNet', 'structuralMonths'],
  'temporary-contract': ['monthlyNet', 'remainingContractMonths', 'declarationOfIntent'],
  // The remaining months and the declaration count in phase B only (incomeFields).
  'agency-work': ['monthlyNet', 'phase', 'remainingContractMonths', 'declarationOfIntent'],
  defence: ['monthlyNet', 'phase'],
  'sick-pay': ['monthlyNet', 'daysSick'],
  'sheltered-employment': NET,
  'zero-hour-contract': NET,
  'on-call': NET,
  'self-employed': ['yearlyProfits', 'documentedYears'],
  'alimony-received': ['monthlyNet', 'endsOn'],
  'wao-benefit': NET,
  'wga-benefit': NET,
  'wajong-benefit': NET,
  'iva-benefit': NET,
  'unemployment-benefit': NET,
  'social-assistance': NET,
  'personal-care-budget': NET,
};

export const INCOME_KINDS = Object.keys(INCOME_FIELDS) as IncomeKind[];

/** The select's groups, in the order a clerk goes through a household's income. */
export const INCOME_GROUPS: Record<'work' | 'own' | 'benefits', readonly IncomeKind[]> = {
  work: INCOME_KINDS.slice(0, 13),
  own: ['self-employed', 'alimony-received'],
  benefits: INCOME_KINDS.slice(15),
};

/** Income earned in employment: it may be in a probation period (then not counted). */
export const EMPLOYMENT_KINDS: readonly IncomeKind[] = [
  'salary',
  'thirteenth-month',
  'year-end-bonus',
  'sheltered-employment',
  'zero-hour-contract',
  'on-call',
  'shift-allowance',
  'overtime-allowance',
  'commission',
  'defence',
  'temporary-contract',
  'agency-work',
  'sick-pay',
];

export const PHASES: Partial<Record<IncomeKind, readonly NonNullable<IncomeBody['phase']>[]>> = {
  defence: ['I', 'II', 'III'],
  'agency-work': ['A', 'B', 'C'],
};

/** Fields a clerk may leave empty: the API takes the income without them. */
const OPTIONAL_INCOME_FIELDS: readonly IncomeField[] = ['endsOn', 'declarationOfIntent'];

export interface IncomeRow {
  kind: IncomeKind;
  description: string;
  monthlyNet: string;
  structural: boolean;
  structuralMonths: string;
  /** YYYY-MM-DD or '' (no end date). */
  endsOn: string;
  /** Oldest first, as typed. */
  yearlyProfits: string[];
  documentedYears: string;
  phase: string;
  remainingContractMonths: string;
  declarationOfIntent: boolean;
  daysSick: string;
  inProbation: boolean;
  foreignNational: boolean;
  monthsWorkedHere: string;
  monthsCreditRegistered: string;
}

/** A new income row; a self-employed one starts with the two years the rules average. */
export function newIncome(kind: IncomeKind = 'salary'): IncomeRow {
  return {
    kind,
    description: '',
    monthlyNet: '',
    structural: false,
    structuralMonths: '',
    endsOn: '',
    yearlyProfits: ['', ''],
    documentedYears: '',
    phase: '',
    remainingContractMonths: '',
    declarationOfIntent: false,
    daysSick: '',
    inProbation: false,
    foreignNational: false,
    monthsWorkedHere: '',
    monthsCreditRegistered: '',
  };
}

/** The fields the row shows and sends, beside kind and description. */
export function incomeFields(row: Pick<IncomeRow, 'kind' | 'phase'>): readonly IncomeField[] {
  const fields = INCOME_FIELDS[row.kind] ?? NET;
  return row.kind === 'agency-work' && row.phase !== 'B'
    ? fields.filter((f) => f !== 'remainingContractMonths' && f !== 'declarationOfIntent')
    : fields;
}

export const isEmployment = (kind: string) =>
  (EMPLOYMENT_KINDS as readonly string[]).includes(kind);

export type ObligationField = 'monthlyAmount' | 'limit' | 'debt' | 'system' | 'allowance';

/** Every obligation kind the API takes, with its fields (the first is its amount). */
export const OBLIGATION_FIELDS: Record<ObligationKind, readonly ObligationField[]> = {
  'personal-loan': ['monthlyAmount'],
  'revolving-credit': ['limit'],
  'second-mortgage': ['limit'],
  'student-debt-repaying': ['monthlyAmount'],
  'student-debt-not-repaying': ['debt', 'system'],
  'alimony-paid': ['monthlyAmount'],
  'child-care': ['monthlyAmount', 'allowance'],
  'car-costs': ['monthlyAmount'],
};
export const OBLIGATION_KINDS = Object.keys(OBLIGATION_FIELDS) as ObligationKind[];
export const STUDENT_DEBT_SYSTEMS = ['old', 'new'] as const;

export interface ObligationRow {
  kind: ObligationKind;
  description: string;
  /** The monthly charge, the limit or the debt: the kind's first field. */
  amount: string;
  /** child-care: the allowance received. */
  allowance: string;
  /** student-debt-not-repaying. */
  system: string;
}

export function newObligation(kind: ObligationKind = 'personal-loan'): ObligationRow {
  return { kind, description: '', amount: '', allowance: '', system: '' };
}

/** The API field the row's amount goes to. */
export function obligationAmountField(kind: ObligationKind): 'monthlyAmount' | 'limit' | 'debt' {
  return OBLIGATION_FIELDS[kind][0] as 'monthlyAmount' | 'limit' | 'debt';
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

/** The API paths of one income row's inputs, as shown now. */
function incomePaths(row: IncomeRow, i: number): string[] {
  const at = `household.incomes.${i}`;
  return [
    at,
    `${at}.kind`,
    `${at}.description`,
    ...incomeFields(row).flatMap((f) =>
      f === 'yearlyProfits'
        ? [`${at}.yearlyProfits`, ...row.yearlyProfits.map((_, y) => `${at}.yearlyProfits.${y}`)]
        : [`${at}.${f}`],
    ),
    ...(isEmployment(row.kind) ? [`${at}.inProbation`] : []),
    ...(row.foreignNational
      ? [`${at}.foreignNational.monthsWorkedHere`, `${at}.foreignNational.monthsCreditRegistered`]
      : []),
  ];
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
    ...values.incomes.flatMap(incomePaths),
    ...values.obligations.flatMap((o, i) => [
      h(`obligations.${i}.kind`),
      h(`obligations.${i}.description`),
      ...OBLIGATION_FIELDS[o.kind].map((f) => h(`obligations.${i}.${f}`)),
    ]),
  ];
}

function optionalAmount(
  errors: ClientErrors,
  field: string,
  input: string,
  language: Language,
): string | undefined {
  return present(input) ? (amountField(errors, field, input, language) ?? input) : undefined;
}

/** One income as the API takes it: its kind's fields only, whole numbers as numbers. */
function incomeBody(
  row: IncomeRow,
  at: string,
  errors: ClientErrors,
  language: Language,
): IncomeBody {
  const body: IncomeBody = { kind: row.kind };
  const description = row.description.trim();
  if (description) body.description = description;
  const count = (field: string, input: string): number => {
    if (!present(input)) errors[`${at}.${field}`] = 'input.required';
    // As typed when it is no whole number, for the server to name (integer).
    return wholeNumber(input) as number;
  };
  for (const field of incomeFields(row)) {
    const path = `${at}.${field}`;
    switch (field) {
      case 'monthlyNet':
        body.monthlyNet = amountField(errors, path, row.monthlyNet, language) ?? row.monthlyNet;
        break;
      case 'structural':
        body.structural = row.structural;
        break;
      case 'declarationOfIntent':
        if (row.declarationOfIntent) body.declarationOfIntent = true;
        break;
      case 'endsOn':
        if (present(row.endsOn)) body.endsOn = row.endsOn;
        break;
      case 'phase':
        if (!present(row.phase)) errors[path] = 'input.required';
        body.phase = row.phase as NonNullable<IncomeBody['phase']>;
        break;
      case 'yearlyProfits':
        if (row.yearlyProfits.length === 0) errors[path] = 'input.oneItem';
        body.yearlyProfits = row.yearlyProfits.map((profit, y) => {
          if (!present(profit)) {
            errors[`${path}.${y}`] = 'input.required';
            return profit;
          }
          const amount = parseSignedAmountInput(profit, language);
          if (amount === undefined) errors[`${path}.${y}`] = 'input.amountFormat';
          return amount ?? profit;
        });
        break;
      case 'remainingContractMonths':
        // In agency work's phase B the remaining months may be unknown (a declaration suffices).
        if (row.kind === 'agency-work' && !present(row.remainingContractMonths)) break;
        body.remainingContractMonths = count(field, row.remainingContractMonths);
        break;
      default:
        body[field] = count(field, row[field]);
    }
  }
  if (isEmployment(row.kind) && row.inProbation) body.inProbation = true;
  if (row.foreignNational) {
    body.foreignNational = {
      monthsWorkedHere: count('foreignNational.monthsWorkedHere', row.monthsWorkedHere),
      monthsCreditRegistered: count(
        'foreignNational.monthsCreditRegistered',
        row.monthsCreditRegistered,
      ),
    };
  }
  return body;
}

function obligationBody(
  row: ObligationRow,
  at: string,
  errors: ClientErrors,
  language: Language,
): ObligationBody {
  const body: ObligationBody = { kind: row.kind };
  const description = row.description.trim();
  if (description) body.description = description;
  const main = obligationAmountField(row.kind);
  body[main] = amountField(errors, `${at}.${main}`, row.amount, language) ?? row.amount;
  if (OBLIGATION_FIELDS[row.kind].includes('allowance')) {
    const allowance = optionalAmount(errors, `${at}.allowance`, row.allowance, language);
    if (allowance !== undefined) body.allowance = allowance;
  }
  if (OBLIGATION_FIELDS[row.kind].includes('system')) {
    if (!present(row.system)) errors[`${at}.system`] = 'input.required';
    body.system = row.system as NonNullable<ObligationBody['system']>;
  }
  return body;
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
  const incomes = values.incomes.map((row, i) =>
    incomeBody(row, h(`incomes.${i}`), errors, language),
  );
  const obligations = values.obligations.map((row, i) =>
    obligationBody(row, h(`obligations.${i}`), errors, language),
  );
  const requestedAmount = optionalAmount(
    errors,
    h('requestedAmount'),
    values.requestedAmount,
    language,
  );
  const household: HouseholdBody = {
    householdType: values.householdType as HouseholdBody['householdType'],
    housing,
    applicantBirthDate: values.applicantBirthDate,
    signingDate: values.signingDate,
    termMonths: wholeNumber(values.termMonths) as number,
    incomes,
    obligations,
    wageGarnishment: values.wageGarnishment,
    divorceInProgress: values.divorceInProgress,
    ...(requestedAmount !== undefined ? { requestedAmount } : {}),
  };
  return built({ assessedOn: values.assessedOn, household }, errors);
}

/** Optional fields are said so on the form (the others are marked required). */
export const isOptionalIncomeField = (field: IncomeField, kind: IncomeKind) =>
  OPTIONAL_INCOME_FIELDS.includes(field) ||
  (kind === 'agency-work' && field === 'remainingContractMonths');
