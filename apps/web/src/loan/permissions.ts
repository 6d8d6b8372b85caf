import type { LoanView } from '../api/views';
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
  | 'early-repayment';

/**
 * What the user may do to the loan as it is: the UI hides the rest (the API decides; a 403 or a
 * 422 it answers is shown all the same). `blocked` says why an officer cannot decide it.
 */
export function availableActions(
  session: Session,
  loan: Pick<LoanView, 'status' | 'registeredBy' | 'proposedApproval'>,
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
  if (desk && loan.status === 'refused' && !writtenRefusalRequested) {
    actions.push('written-refusal');
  }
  if (hasRole(session, 'clerk') && loan.status === 'approved') actions.push('disburse');
  if (hasRole(session, 'clerk') && loan.status === 'active') actions.push('repay');
  // Anyone at the desk may quote; recording it is the clerk's (the panel says which).
  if (desk && loan.status === 'active') actions.push('early-repayment');
  return { actions, blocked };
}
