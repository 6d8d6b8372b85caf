import type { LocalDate } from '@js-joda/core';
import { formatBusinessDate } from '../../time';
import type {
  CallGuarantee,
  GuaranteeInput,
  RefuseGuaranteeRelease,
  ReleaseGuarantee,
} from '../commands';
import type { DecisionContext } from '../context';
import { GuaranteeNotFoundError, Violations } from '../errors';
import type { GuaranteeData, LoanEvent } from '../events';
import { LOAN_LIFECYCLE_STATUSES } from '../lifecycle-codes';
import { isGuaranteeReleaseRefusalReasonCode } from '../reason-codes';
import type { Guarantee, LoanState } from '../state';
import { checkNotBefore, checkNotInFuture, formatAmount, requireStatus } from '../rules/common';

/** Every status but 'none': a guarantee can be released (or kept) whatever became of the loan. */
const ANY_STATUS = LOAN_LIFECYCLE_STATUSES;

/**
 * Securities given with an application or asked for by an offer get the loan's next ids (g1,
 * g2, ...): `existing` is how many the loan has already. Each amount must be more than 0.00.
 */
export function guaranteesToRecord(
  v: Violations,
  given: readonly GuaranteeInput[] | undefined,
  existing: number,
): GuaranteeData[] | undefined {
  if (!given || given.length === 0) return undefined;
  return given.map((g, i) => {
    v.check(
      !g.amount.isPositive(),
      'guarantee-amount-not-positive',
      () =>
        `guarantee ${i + 1} (${g.kind}, ${g.guarantor}) covers ${formatAmount(g.amount)}; it must cover more than 0.00`,
      `guarantees[${i}].amount`,
    );
    return {
      guaranteeId: `g${existing + i + 1}`,
      kind: g.kind,
      guarantor: g.guarantor,
      amount: g.amount.toString(),
    };
  });
}

function findGuarantee(state: LoanState, loanId: string, guaranteeId: string): Guarantee {
  const g = state.guarantees.find((x) => x.guaranteeId === guaranteeId);
  if (!g) throw new GuaranteeNotFoundError(loanId, guaranteeId);
  return g;
}

/** A decision on a guarantee is dated between the application and today. */
function checkDecisionDate(
  v: Violations,
  ctx: DecisionContext,
  state: LoanState,
  date: LocalDate,
  decision: 'release' | 'release-refusal',
  field: string,
): void {
  checkNotInFuture(v, ctx, date, field);
  checkNotBefore(
    v,
    date,
    state.application!.appliedOn,
    `${decision}-before-application`,
    decision === 'release' ? 'the release date' : 'the refusal date',
    field,
  );
}

function checkStillCovers(v: Violations, g: Guarantee): void {
  v.check(
    !g.remaining.isPositive(),
    'guarantee-already-released',
    () =>
      `guarantee ${g.guaranteeId} (${g.kind}, ${g.guarantor}) covers nothing any more: ${formatAmount(g.released)} released, ${formatAmount(g.called)} called`,
  );
}

/** Release wholly (no amount) or partly; what is left stays a guarantee. Any status. */
export function decideReleaseGuarantee(
  command: ReleaseGuarantee,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ANY_STATUS);
  const g = findGuarantee(state, command.loanId, command.guaranteeId);
  const v = new Violations();
  checkDecisionDate(v, ctx, state, command.releasedOn, 'release', 'releasedOn');
  checkStillCovers(v, g);
  const amount = command.amount ?? g.remaining;
  if (command.amount) {
    v.check(
      !command.amount.isPositive(),
      'amount-not-positive',
      () => `a release of ${formatAmount(command.amount!)} must be more than 0.00`,
      'amount',
    );
    v.check(
      g.remaining.isPositive() && command.amount.gt(g.remaining),
      'release-above-guarantee',
      () =>
        `guarantee ${g.guaranteeId} still covers ${formatAmount(g.remaining)}; ${formatAmount(command.amount!)} cannot be released`,
      'amount',
    );
  }
  v.throwIfAny();
  const releasedOn = formatBusinessDate(command.releasedOn);
  return [
    {
      type: 'GuaranteeReleased',
      effectiveOn: releasedOn,
      data: {
        loanId: command.loanId,
        guaranteeId: g.guaranteeId,
        releasedOn,
        amount: amount.toString(),
        remaining: g.remaining.minus(amount).toString(),
      },
    },
  ];
}

/**
 * DOMAIN.md 4.5: a refused release, with its coded reasons and an explanation, which the
 * enterprise and the guarantor receive in writing. Nothing about the guarantee changes.
 */
export function decideRefuseGuaranteeRelease(
  command: RefuseGuaranteeRelease,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ANY_STATUS);
  const g = findGuarantee(state, command.loanId, command.guaranteeId);
  const v = new Violations();
  checkDecisionDate(v, ctx, state, command.refusedOn, 'release-refusal', 'refusedOn');
  checkStillCovers(v, g);
  v.check(
    command.reasons.length === 0,
    'release-refusal-reason-required',
    () => 'a refused release needs at least one reason of the code of conduct (DOMAIN.md 4.5)',
    'reasons',
  );
  // Events are facts: a code the letter cannot word (DOMAIN.md 4.5) is never recorded.
  const unknown = command.reasons.filter((r) => !isGuaranteeReleaseRefusalReasonCode(r));
  v.check(
    unknown.length > 0,
    'unknown-release-refusal-reason',
    () => `unknown reason for refusing a release: ${unknown.join(', ')}`,
    'reasons',
  );
  v.check(
    command.explanation.trim() === '',
    'release-refusal-explanation-required',
    () =>
      'a refused release is explained in writing to the enterprise and the guarantor: give the explanation',
    'explanation',
  );
  if (command.amountRequested) {
    v.check(
      !command.amountRequested.isPositive() || command.amountRequested.gt(g.remaining),
      'release-above-guarantee',
      () =>
        `guarantee ${g.guaranteeId} covers ${formatAmount(g.remaining)}; a release of ${formatAmount(command.amountRequested!)} cannot have been asked for`,
      'amountRequested',
    );
  }
  v.throwIfAny();
  const refusedOn = formatBusinessDate(command.refusedOn);
  return [
    {
      type: 'GuaranteeReleaseRefused',
      effectiveOn: refusedOn,
      data: {
        loanId: command.loanId,
        guaranteeId: g.guaranteeId,
        refusedOn,
        ...(command.amountRequested ? { amountRequested: command.amountRequested.toString() } : {}),
        reasons: [...new Set(command.reasons)],
        explanation: command.explanation.trim(),
      },
    },
  ];
}

/** A defaulted loan's guarantor is called upon, for at most what the guarantee still covers. */
export function decideCallGuarantee(
  command: CallGuarantee,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['defaulted', 'written-off']);
  const g = findGuarantee(state, command.loanId, command.guaranteeId);
  const v = new Violations();
  checkNotInFuture(v, ctx, command.calledOn, 'calledOn');
  checkNotBefore(
    v,
    command.calledOn,
    state.default!.defaultedOn,
    'call-before-default',
    'the call date',
    'calledOn',
  );
  checkStillCovers(v, g);
  const amount = command.amount ?? g.remaining;
  v.check(
    command.amount !== undefined && !command.amount.isPositive(),
    'amount-not-positive',
    () => `a call of ${formatAmount(amount)} must be more than 0.00`,
    'amount',
  );
  v.check(
    g.remaining.isPositive() && amount.gt(g.remaining),
    'call-above-guarantee',
    () =>
      `guarantee ${g.guaranteeId} covers ${formatAmount(g.remaining)}; ${formatAmount(amount)} cannot be called`,
    'amount',
  );
  v.throwIfAny();
  const calledOn = formatBusinessDate(command.calledOn);
  return [
    {
      type: 'GuaranteeCalled',
      effectiveOn: calledOn,
      data: {
        loanId: command.loanId,
        guaranteeId: g.guaranteeId,
        calledOn,
        amount: amount.toString(),
      },
    },
  ];
}
