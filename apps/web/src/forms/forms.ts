/**
 * The forms' values and the bodies they become. Values are what the user typed, kept as typed
 * (a refused command loses nothing); an amount is turned into the API's decimal string as text
 * (format.ts), never through a number. Field paths are the API's, so that a 400 or 422 naming
 * `borrower.name` or `amount` lands beside that input.
 */
import type {
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
  'input.required' | 'input.amountFormat' | 'input.reasons'
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

function wholeNumber(input: string | number): number | string {
  const text = String(input).trim();
  // A whole number goes as one; anything else goes as typed, for the server to name (integer).
  return /^\d{1,4}$/.test(text) ? Number(text) : text;
}

export const built = <Body>(body: Body, errors: ClientErrors): Built<Body> =>
  Object.keys(errors).length > 0 ? { errors } : { body };

// ---- a new Impulskrediet application --------------------------------------------------------

export interface ApplyValues {
  borrower: { enterpriseNumber: string; name: string; province: string; naturalPerson: boolean };
  amount: string;
  termMonths: string;
  purpose: string;
  appliedOn: string;
}

export const APPLY_FIELDS = [
  'borrower.enterpriseNumber',
  'borrower.name',
  'borrower.province',
  'borrower.naturalPerson',
  'amount',
  'termMonths',
  'purpose',
  'appliedOn',
] as const;

export function emptyApplication(today: string): ApplyValues {
  return {
    borrower: { enterpriseNumber: '', name: '', province: 'Antwerpen', naturalPerson: false },
    amount: '',
    termMonths: '60',
    purpose: '',
    appliedOn: today,
  };
}

export function applicationBody(values: ApplyValues, language: Language): Built<ApplyBody> {
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
  return built(
    {
      productCode: 'impulskrediet',
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
