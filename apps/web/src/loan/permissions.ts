import { GOVERNMENT_GUARANTEE_CAUSES, type LoanView } from '../api/views';
import { hasRole, type Session } from '../auth/session';

/** Identities as the back office compares them (four eyes): case and Unicode width aside. */
export const sameUser = (a: string, b: string | undefined) =>
  b !== undefined && a.normalize('NFKC').toLowerCase() === b.normalize('NFKC').toLowerCase();

export type Action =
  | 'approve'
  | 'second'
  | 'refuse'
  | 'withdraw'
  | 'written-refusal'
  | 'disburse'
  | 'repay'
  | 'early-repayment'
  | 'release-guarantee'
  | 'refuse-release'
  | 'declare-default'
  | 'call-guarantee'
  | 'claim-government-guarantee'
  | 'record-recovery'
  | 'write-off'
  | 'record-information'
  | 'record-assessment';

/** A guarantee that still covers something: it can be released, refused release, or called. */
export const coversStill = (g: { remaining: string }) => /[1-9]/.test(g.remaining);

/**
 * What the user may do to the loan as it is: the UI hides the rest (the API decides; a 403 or a
 * 422 it answers is shown all the same). `blocked` says why an officer cannot decide it.
 */
export function availableActions(
  session: Session,
  loan: Pick<LoanView, 'status' | 'registeredBy' | 'proposedApproval'> &
    Partial<Pick<LoanView, 'guarantees' | 'productCode' | 'default' | 'governmentClaim'>>,
  /** The written refusal statement was asked for already (the audit trail says so). */
  writtenRefusalRequested = false,
): { actions: Action[]; blocked?: 'registrar' | 'own-proposal' } {
  const actions: Action[] = [];
  let blocked: 'registrar' | 'own-proposal' | undefined;
  if (hasRole(session, 'credit-officer') && loan.status === 'applied') {
    if (sameUser(session.sub, loan.registeredBy)) blocked = 'registrar';
    else if (loan.proposedApproval && sameUser(session.sub, loan.proposedApproval.proposedBy)) {
      blocked = 'own-proposal';
    } else actions.push(loan.proposedApproval ? 'second' : 'approve');
    // A refusal has no four-eyes rule: the registrar's officer may refuse (DOMAIN.md 4.4).
    actions.push('refuse');
  }
  const desk = hasRole(session, 'clerk') || hasRole(session, 'credit-officer');
  if (desk && (loan.status === 'applied' || loan.status === 'approved')) actions.push('withdraw');
  // What an undecided application gathers (DOMAIN.md 3.5, 4.1).
  if (desk && loan.status === 'applied') actions.push('record-information', 'record-assessment');
  if (desk && loan.status === 'refused' && !writtenRefusalRequested) {
    actions.push('written-refusal');
  }
  if (hasRole(session, 'clerk') && loan.status === 'approved') actions.push('disburse');
  if (hasRole(session, 'clerk') && loan.status === 'active') actions.push('repay');
  // Anyone at the desk may quote; recording it is the clerk's (the panel says which).
  if (desk && loan.status === 'active') actions.push('early-repayment');
  const officer = hasRole(session, 'credit-officer');
  // A guarantee is released (or its release refused) whatever became of the loan; called after a default.
  const covering = (loan.guarantees ?? []).some(coversStill);
  if (officer && covering) actions.push('release-guarantee', 'refuse-release');
  if (officer && loan.status === 'active') actions.push('declare-default');
  const afterDefault = loan.status === 'defaulted' || loan.status === 'written-off';
  if (officer && afterDefault && covering) actions.push('call-guarantee');
  if (
    officer &&
    afterDefault &&
    loan.productCode === 'winwinlening' &&
    !loan.governmentClaim &&
    loan.default &&
    GOVERNMENT_GUARANTEE_CAUSES.includes(loan.default.cause)
  ) {
    actions.push('claim-government-guarantee');
  }
  if (hasRole(session, 'clerk') && afterDefault) actions.push('record-recovery');
  if (officer && loan.status === 'defaulted') actions.push('write-off');
  return { actions, blocked };
}
