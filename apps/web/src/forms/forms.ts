/**
 * The forms' values and the bodies they become. Values are what the user typed, kept as typed
 * (a refused command loses nothing); an amount is turned into the API's decimal string as text
 * (format.ts), never through a number. Field paths are the API's, so that a 400 or 422 naming
 * `borrower.name` or `amount` lands beside that input.
 */
import type {
  ProductCode,
  ProductView,
  ApplyBody,
  ApproveBody,
  DisburseBody,
  RefuseBody,
  RepayBody,
  RepayEarlyBody,
  WithdrawBody,
  WrittenRefusalBody,
} from '../api/views';
import { parseAmountInput, type Language } from '../format/format';

export const PROVINCES = [
  'Antwerpen',
  'Limburg',
  'Oost-Vlaanderen',
  'West-Vlaanderen',
  'Vlaams-Brabant',
  'Brussel',
  'Henegouwen',
  'Luik',
  'Luxemburg',
  'Namen',
  'Waals-Brabant',
] as const;

/** What the client checks before sending: the message ids of fields it cannot send as they are. */
export type ClientErrors = Record<
  string,
  'input.required' | 'input.amountFormat' | 'input.reasons' | 'input.rateFormat' | 'input.oneItem'
>;

export type Built<Body> =
  { body: Body; errors?: undefined } | { body?: undefined; errors: ClientErrors };

export const present = (text: string) => text.trim() !== '';

export function amountField(
  errors: ClientErrors,
  field: string,
  input: string,
  language: Language,
): string | undefined {
  if (!present(input)) {
    errors[field] = 'input.required';
    return undefined;
  }
  const amount = parseAmountInput(input, language);
  if (amount === undefined) errors[field] = 'input.amountFormat';
  return amount;
}

export function wholeNumber(input: string | number): number | string {
  const text = String(input).trim();
  // A whole number goes as one; anything else goes as typed, for the server to name (integer).
  return /^\d{1,4}$/.test(text) ? Number(text) : text;
}

export const built = <Body>(body: Body, errors: ClientErrors): Built<Body> =>
  Object.keys(errors).length > 0 ? { errors } : { body };

// ---- a new application, for any product -----------------------------------------------------

/** The fields beside the Impulskrediet's that a product may take (GET /products, application). */
export type ProductField = ProductView['application']['requiredFields'][number];

export interface ApplyValues {
  productCode: ProductCode;
  borrower: { enterpriseNumber: string; name: string; province: string; naturalPerson: boolean };
  amount: string;
  termMonths: string;
  purpose: string;
  appliedOn: string;
  /** Win-win: the deed's signing day, the rate agreed in it (a percentage as typed), the lender. */
  signedOn: string;
  annualRate: string;
  lender: { id: string; name: string; relationToBorrower: string };
  /** Co-financing and Startlening. */
  investmentNeed: string;
  ownContribution: string;
  coFinancing: { amount: string; termMonths: string; partner: { kind: string; name: string } };
  selfEmployment: { mainOccupation: boolean; since: string };
  /** Co-financing and Startlening: what the own contribution is made of. */
  ownContributionItems: OwnContributionItemValues[];
  /** Startlening: the start attest (needed to combine it with a co-financing). */
  startAttest: { number: string; validUntil: string };
}

export interface OwnContributionItemValues {
  kind: string;
  amount: string;
  description: string;
}

type OwnContributionKind = NonNullable<ApplyBody['ownContributionItems']>[number]['kind'];
export const OWN_CONTRIBUTION_KINDS: readonly OwnContributionKind[] = [
  'own-funds',
  'winwin-loan',
  'subsidy-granted',
  'vipa-promise',
  'future-subsidy',
];
/** The API takes at most this many parts; the form offers no more. */
export const MAX_OWN_CONTRIBUTION_ITEMS = 20;

export const APPLY_FIELDS: readonly string[] = [
  'borrower.enterpriseNumber',
  'borrower.name',
  'borrower.province',
  'borrower.naturalPerson',
  'amount',
  'termMonths',
  'purpose',
  'appliedOn',
  'signedOn',
  'annualRate',
  'lender.id',
  'lender.name',
  'lender.relationToBorrower',
  'investmentNeed',
  'ownContribution',
  'coFinancing.amount',
  'coFinancing.termMonths',
  'coFinancing.partner.kind',
  'coFinancing.partner.name',
  'selfEmployment.mainOccupation',
  'selfEmployment.since',
  'ownContributionItems',
  ...Array.from({ length: MAX_OWN_CONTRIBUTION_ITEMS }, (_, i) =>
    ['kind', 'amount', 'description'].map((part) => `ownContributionItems.${i}.${part}`),
  ).flat(),
  'startAttest.number',
  'startAttest.validUntil',
];

export function emptyApplication(
  today: string,
  productCode: ProductCode = 'impulskrediet',
): ApplyValues {
  return {
    productCode,
    borrower: { enterpriseNumber: '', name: '', province: 'Antwerpen', naturalPerson: false },
    amount: '',
    termMonths: '60',
    purpose: '',
    appliedOn: today,
    signedOn: '',
    annualRate: '',
    lender: { id: '', name: '', relationToBorrower: 'none' },
    investmentNeed: '',
    ownContribution: '',
    coFinancing: { amount: '', termMonths: '', partner: { kind: 'bank', name: '' } },
    selfEmployment: { mainOccupation: true, since: '' },
    ownContributionItems: [],
    startAttest: { number: '', validUntil: '' },
  };
}

/**
 * A percentage as typed (`1,25` or `1.25`) as the API's decimal fraction (`0.0125`), moving the
 * decimal point as text; undefined when it is not a percentage with at most four decimals.
 */
export function percentAsRate(input: string): string | undefined {
  const match = /^(\d{1,3})(?:[.,](\d{1,4}))?$/.exec(input.trim().replace(/\s*%$/, ''));
  if (!match) return undefined;
  const whole = match[1]!;
  const fraction = match[2] ?? '';
  const scale = fraction.length + 2;
  const digits = `${whole}${fraction}`.replace(/^0+/, '').padStart(scale + 1, '0');
  const int = digits.slice(0, -scale);
  const frac = digits.slice(-scale).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/**
 * The application's body: the Impulskrediet's fields, and those of `takes` (the product's
 * required and optional fields) that the form has and the user filled in. A required field left
 * empty is the client's own error; the server checks the rest and names the field.
 */
export function applicationBody(
  values: ApplyValues,
  language: Language,
  required: readonly ProductField[] = [],
  optional: readonly ProductField[] = [],
): Built<ApplyBody> {
  const errors: ClientErrors = {};
  const amount = amountField(errors, 'amount', values.amount, language);
  for (const [field, value] of [
    ['borrower.enterpriseNumber', values.borrower.enterpriseNumber],
    ['borrower.name', values.borrower.name],
    ['purpose', values.purpose],
    ['appliedOn', values.appliedOn],
    ['termMonths', values.termMonths],
  ] as const) {
    if (!present(value)) errors[field] = 'input.required';
  }
  const needs = (field: ProductField) => required.includes(field);
  const takes = (field: ProductField) => needs(field) || optional.includes(field);
  const extra: Partial<ApplyBody> = {};
  if (takes('signedOn') && (needs('signedOn') || present(values.signedOn))) {
    if (!present(values.signedOn)) errors.signedOn = 'input.required';
    extra.signedOn = values.signedOn;
  }
  if (takes('annualRate') && (needs('annualRate') || present(values.annualRate))) {
    if (!present(values.annualRate)) errors.annualRate = 'input.required';
    else if (percentAsRate(values.annualRate) === undefined) errors.annualRate = 'input.rateFormat';
    extra.annualRate = percentAsRate(values.annualRate) ?? values.annualRate;
  }
  if (takes('lender') && (needs('lender') || present(values.lender.name))) {
    if (!present(values.lender.id)) errors['lender.id'] = 'input.required';
    if (!present(values.lender.name)) errors['lender.name'] = 'input.required';
    extra.lender = {
      id: values.lender.id.trim(),
      name: values.lender.name.trim(),
      relationToBorrower: values.lender.relationToBorrower as NonNullable<
        ApplyBody['lender']
      >['relationToBorrower'],
    };
  }
  for (const field of ['investmentNeed', 'ownContribution'] as const) {
    if (takes(field) && (needs(field) || present(values[field]))) {
      extra[field] = amountField(errors, field, values[field], language) ?? values[field];
    }
  }
  if (takes('coFinancing') && (needs('coFinancing') || present(values.coFinancing.amount))) {
    const c = values.coFinancing;
    const coAmount = amountField(errors, 'coFinancing.amount', c.amount, language);
    if (!present(c.termMonths)) errors['coFinancing.termMonths'] = 'input.required';
    if (!present(c.partner.name)) errors['coFinancing.partner.name'] = 'input.required';
    extra.coFinancing = {
      amount: coAmount ?? c.amount,
      termMonths: wholeNumber(c.termMonths) as number,
      partner: {
        kind: c.partner.kind as NonNullable<ApplyBody['coFinancing']>['partner']['kind'],
        name: c.partner.name.trim(),
      },
    };
  }
  if (
    takes('ownContributionItems') &&
    (needs('ownContributionItems') || values.ownContributionItems.length > 0)
  ) {
    if (values.ownContributionItems.length === 0) errors.ownContributionItems = 'input.required';
    extra.ownContributionItems = values.ownContributionItems.map((item, i) => ({
      kind: item.kind as OwnContributionKind,
      amount:
        amountField(errors, `ownContributionItems.${i}.amount`, item.amount, language) ??
        item.amount,
      ...(present(item.description) ? { description: item.description.trim() } : {}),
    }));
  }
  const attest = values.startAttest;
  if (
    takes('startAttest') &&
    (needs('startAttest') || present(attest.number) || present(attest.validUntil))
  ) {
    if (!present(attest.number)) errors['startAttest.number'] = 'input.required';
    if (!present(attest.validUntil)) errors['startAttest.validUntil'] = 'input.required';
    extra.startAttest = { number: attest.number.trim(), validUntil: attest.validUntil };
  }
  // Co-financing asks it of a natural person only; the Startlening of everyone.
  const selfEmployed =
    needs('selfEmployment') || (takes('selfEmployment') && values.borrower.naturalPerson);
  if (selfEmployed) {
    extra.selfEmployment = {
      mainOccupation: values.selfEmployment.mainOccupation,
      ...(present(values.selfEmployment.since) ? { since: values.selfEmployment.since } : {}),
    };
  }
  return built(
    {
      productCode: values.productCode,
      borrower: {
        enterpriseNumber: values.borrower.enterpriseNumber.trim(),
        name: values.borrower.name,
        province: values.borrower.province as ApplyBody['borrower']['province'],
        naturalPerson: values.borrower.naturalPerson,
      },
      amount: amount ?? values.amount,
      termMonths: wholeNumber(values.termMonths) as number,
      purpose: values.purpose,
      appliedOn: values.appliedOn,
      ...extra,
    },
    errors,
  );
}

// ---- approval -------------------------------------------------------------------------------

export interface ApproveValues {
  approvedOn: string;
  amount: string;
  termMonths: string;
  offerValidUntil: string;
}

export const APPROVE_FIELDS = ['approvedOn', 'amount', 'termMonths', 'offerValidUntil'] as const;

/**
 * The officer's approval: the terms only where they differ from the application's (the API's
 * defaults), so that the body says what the officer changed. A second approval sends the date
 * alone: it approves the proposal's terms.
 */
export function approvalBody(
  values: ApproveValues,
  applied: { amount: string; termMonths: number },
  language: Language,
  second: boolean,
): Built<ApproveBody> {
  const errors: ClientErrors = {};
  if (!present(values.approvedOn)) errors.approvedOn = 'input.required';
  if (second) return built({ approvedOn: values.approvedOn }, errors);
  const amount = present(values.amount)
    ? amountField(errors, 'amount', values.amount, language)
    : undefined;
  const term = present(values.termMonths) ? wholeNumber(values.termMonths) : undefined;
  return built(
    {
      approvedOn: values.approvedOn,
      ...(amount !== undefined && amount !== applied.amount ? { amount } : {}),
      ...(term !== undefined && term !== applied.termMonths ? { termMonths: term as number } : {}),
      ...(present(values.offerValidUntil) ? { offerValidUntil: values.offerValidUntil } : {}),
    },
    errors,
  );
}

// ---- disbursement and repayment -------------------------------------------------------------

export function disbursementBody(values: { disbursedOn: string }): Built<DisburseBody> {
  const errors: ClientErrors = {};
  if (!present(values.disbursedOn)) errors.disbursedOn = 'input.required';
  return built({ disbursedOn: values.disbursedOn }, errors);
}

export interface RepayValues {
  paidOn: string;
  amount: string;
}

export const REPAY_FIELDS = ['paidOn', 'amount'] as const;

export function repaymentBody(values: RepayValues, language: Language): Built<RepayBody> {
  const errors: ClientErrors = {};
  if (!present(values.paidOn)) errors.paidOn = 'input.required';
  const amount = amountField(errors, 'amount', values.amount, language);
  return built({ paidOn: values.paidOn, amount: amount ?? values.amount }, errors);
}

// ---- refusal, withdrawal, the written refusal statement --------------------------------------

export interface RefuseValues {
  refusedOn: string;
  reasons: string[];
  explanation: string;
}

export const REFUSE_FIELDS = ['refusedOn', 'reasons', 'explanation'] as const;

/** A refusal names at least one of the code of conduct's reasons (DOMAIN.md 4.4). */
export function refusalBody(values: RefuseValues): Built<RefuseBody> {
  const errors: ClientErrors = {};
  if (!present(values.refusedOn)) errors.refusedOn = 'input.required';
  if (values.reasons.length === 0) errors.reasons = 'input.reasons';
  return built(
    {
      refusedOn: values.refusedOn,
      reasons: values.reasons as RefuseBody['reasons'],
      ...(present(values.explanation) ? { explanation: values.explanation.trim() } : {}),
    },
    errors,
  );
}

export interface WithdrawValues {
  withdrawnOn: string;
  reason: string;
}

export const WITHDRAW_FIELDS = ['withdrawnOn', 'reason'] as const;

export function withdrawalBody(values: WithdrawValues): Built<WithdrawBody> {
  const errors: ClientErrors = {};
  if (!present(values.withdrawnOn)) errors.withdrawnOn = 'input.required';
  return built(
    {
      withdrawnOn: values.withdrawnOn,
      ...(present(values.reason) ? { reason: values.reason.trim() } : {}),
    },
    errors,
  );
}

export function writtenRefusalBody(values: { requestedOn: string }): Built<WrittenRefusalBody> {
  const errors: ClientErrors = {};
  if (!present(values.requestedOn)) errors.requestedOn = 'input.required';
  return built({ requestedOn: values.requestedOn }, errors);
}

// ---- early repayment ------------------------------------------------------------------------

export interface EarlyValues {
  repaidOn: string;
  amount: string;
  full: boolean;
}

export const EARLY_FIELDS = ['repaidOn', 'amount', 'full'] as const;

/**
 * The early repayment's body, which is also the quote's query: the capital repaid early, or
 * `full` for all the principal outstanding (then the amount is not sent).
 */
export function earlyRepaymentBody(values: EarlyValues, language: Language): Built<RepayEarlyBody> {
  const errors: ClientErrors = {};
  if (!present(values.repaidOn)) errors.repaidOn = 'input.required';
  if (values.full) return built({ repaidOn: values.repaidOn, full: true }, errors);
  const amount = amountField(errors, 'amount', values.amount, language);
  return built({ repaidOn: values.repaidOn, amount: amount ?? values.amount }, errors);
}

/** An amount from the API as the user would type it in their language: `25000,00` in Dutch. */
export function amountAsInput(amount: string, language: Language): string {
  return language === 'en' ? amount : amount.replace('.', ',');
}

/** Today in Brussels, as YYYY-MM-DD: the business date a form starts with. */
export function todayInBrussels(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
