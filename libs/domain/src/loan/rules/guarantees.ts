import type { LocalDate } from '@js-joda/core';
import type { GuaranteeInput } from '../commands';
import type { DecisionContext } from '../context';
import { GuaranteeNotFoundError, type Violations } from '../errors';
import type { GuaranteeData } from '../events';
import { LOAN_LIFECYCLE_STATUSES } from '../lifecycle-codes';
import type { Guarantee, LoanState } from '../state';
import { checkNotBefore, checkNotInFuture, formatAmount } from './common';

/** Every status but 'none': a guarantee can be released (or kept) whatever became of the loan. */
export const ANY_STATUS = LOAN_LIFECYCLE_STATUSES;

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

export function findGuarantee(state: LoanState, loanId: string, guaranteeId: string): Guarantee {
  const g = state.guarantees.find((x) => x.guaranteeId === guaranteeId);
  if (!g) throw new GuaranteeNotFoundError(loanId, guaranteeId);
  return g;
}

/** A decision on a guarantee is dated between the application and today. */
export function checkDecisionDate(
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

export function checkStillCovers(v: Violations, g: Guarantee): void {
  v.check(
    !g.remaining.isPositive(),
    'guarantee-already-released',
    () =>
      `guarantee ${g.guaranteeId} (${g.kind}, ${g.guarantor}) covers nothing any more: ${formatAmount(g.released)} released, ${formatAmount(g.called)} called`,
  );
}
