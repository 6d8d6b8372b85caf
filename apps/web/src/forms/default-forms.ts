/**
 * The forms on guarantees and on a loan gone bad: release a guarantee or refuse to (DOMAIN.md
 * 4.5), declare a default, call a guarantee, claim the win-win government guarantee, record a
 * recovery, write off. As in forms.ts: values as typed, amounts to decimal strings as text, the
 * API's field names, so that its 400 or 422 lands beside the input.
 */
import type {
  CallBody,
  ClaimBody,
  DeclareDefaultBody,
  RecoveryBody,
  RefuseReleaseBody,
  ReleaseBody,
  WriteOffBody,
} from '../api/views';
import type { Language } from '../format/format';
import { amountField, built, present, type Built, type ClientErrors } from './forms';

/** An amount that may be left empty (the whole guarantee): undefined then, else as amountField. */
function optionalAmount(
  errors: ClientErrors,
  field: string,
  input: string,
  language: Language,
): string | undefined {
  return present(input) ? (amountField(errors, field, input, language) ?? input) : undefined;
}

function requireDate(errors: ClientErrors, field: string, value: string): void {
  if (!present(value)) errors[field] = 'input.required';
}

// ---- a guarantee released, or its release refused -------------------------------------------

export interface ReleaseValues {
  guaranteeId: string;
  releasedOn: string;
  /** Empty: all the guarantee still covers. */
  amount: string;
}

export const RELEASE_FIELDS = ['guaranteeId', 'releasedOn', 'amount'] as const;

export function releaseBody(values: ReleaseValues, language: Language): Built<ReleaseBody> {
  const errors: ClientErrors = {};
  if (!present(values.guaranteeId)) errors.guaranteeId = 'input.required';
  requireDate(errors, 'releasedOn', values.releasedOn);
  const amount = optionalAmount(errors, 'amount', values.amount, language);
  return built(
    { releasedOn: values.releasedOn, ...(amount !== undefined ? { amount } : {}) },
    errors,
  );
}

export interface RefuseReleaseValues {
  guaranteeId: string;
  refusedOn: string;
  /** Empty: the whole guarantee was asked for. */
  amountRequested: string;
  reasons: string[];
  explanation: string;
}

export const REFUSE_RELEASE_FIELDS = [
  'guaranteeId',
  'refusedOn',
  'amountRequested',
  'reasons',
  'explanation',
] as const;

/** At least one reason of the code of conduct, and the explanation sent in writing. */
export function refuseReleaseBody(
  values: RefuseReleaseValues,
  language: Language,
): Built<RefuseReleaseBody> {
  const errors: ClientErrors = {};
  if (!present(values.guaranteeId)) errors.guaranteeId = 'input.required';
  requireDate(errors, 'refusedOn', values.refusedOn);
  if (values.reasons.length === 0) errors.reasons = 'input.reasons';
  if (!present(values.explanation)) errors.explanation = 'input.required';
  const amountRequested = optionalAmount(
    errors,
    'amountRequested',
    values.amountRequested,
    language,
  );
  return built(
    {
      refusedOn: values.refusedOn,
      reasons: values.reasons as RefuseReleaseBody['reasons'],
      explanation: values.explanation.trim(),
      ...(amountRequested !== undefined ? { amountRequested } : {}),
    },
    errors,
  );
}

// ---- the default and after it ---------------------------------------------------------------

export interface DefaultValues {
  on: string;
  cause: string;
}

export const DEFAULT_FIELDS = ['on', 'cause'] as const;

export function defaultBody(values: DefaultValues): Built<DeclareDefaultBody> {
  const errors: ClientErrors = {};
  requireDate(errors, 'on', values.on);
  if (!present(values.cause)) errors.cause = 'input.required';
  return built({ on: values.on, cause: values.cause as DeclareDefaultBody['cause'] }, errors);
}

export interface CallValues {
  guaranteeId: string;
  calledOn: string;
  /** Empty: all the guarantee still covers. */
  amount: string;
}

export const CALL_FIELDS = ['guaranteeId', 'calledOn', 'amount'] as const;

export function callBody(values: CallValues, language: Language): Built<CallBody> {
  const errors: ClientErrors = {};
  if (!present(values.guaranteeId)) errors.guaranteeId = 'input.required';
  requireDate(errors, 'calledOn', values.calledOn);
  const amount = optionalAmount(errors, 'amount', values.amount, language);
  return built({ calledOn: values.calledOn, ...(amount !== undefined ? { amount } : {}) }, errors);
}

export interface ClaimValues {
  claimedOn: string;
  principalLost: string;
}

export const CLAIM_FIELDS = ['claimedOn', 'principalLost'] as const;

export function claimBody(values: ClaimValues, language: Language): Built<ClaimBody> {
  const errors: ClientErrors = {};
  requireDate(errors, 'claimedOn', values.claimedOn);
  const principalLost = amountField(errors, 'principalLost', values.principalLost, language);
  return built(
    { claimedOn: values.claimedOn, principalLost: principalLost ?? values.principalLost },
    errors,
  );
}

export interface RecoveryValues {
  receivedOn: string;
  amount: string;
  source: string;
}

export const RECOVERY_FIELDS = ['receivedOn', 'amount', 'source'] as const;

export function recoveryBody(values: RecoveryValues, language: Language): Built<RecoveryBody> {
  const errors: ClientErrors = {};
  requireDate(errors, 'receivedOn', values.receivedOn);
  if (!present(values.source)) errors.source = 'input.required';
  const amount = amountField(errors, 'amount', values.amount, language);
  return built(
    {
      receivedOn: values.receivedOn,
      amount: amount ?? values.amount,
      source: values.source as RecoveryBody['source'],
    },
    errors,
  );
}

export interface WriteOffValues {
  writtenOffOn: string;
  reason: string;
}

export const WRITE_OFF_FIELDS = ['writtenOffOn', 'reason'] as const;

export function writeOffBody(values: WriteOffValues): Built<WriteOffBody> {
  const errors: ClientErrors = {};
  requireDate(errors, 'writtenOffOn', values.writtenOffOn);
  if (!present(values.reason)) errors.reason = 'input.required';
  return built({ writtenOffOn: values.writtenOffOn, reason: values.reason.trim() }, errors);
}
