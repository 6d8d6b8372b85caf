import type { LoanView } from '../api/views';
import { hasRole, type Session } from '../auth/session';

/** Identities as the back office compares them (four eyes): case and Unicode width aside. */
export const sameUser = (a: string, b: string | undefined) =>
  b !== undefined && a.normalize('NFKC').toLowerCase() === b.normalize('NFKC').toLowerCase();

export type Action = 'approve' | 'second' | 'disburse' | 'repay';

/**
 * What the user may do to the loan as it is: the UI hides the rest (the API decides; a 403 or a
 * 422 it answers is shown all the same). `blocked` says why an officer cannot decide it.
 */
export function availableActions(
  session: Session,
  loan: Pick<LoanView, 'status' | 'registeredBy' | 'proposedApproval'>,
): { actions: Action[]; blocked?: 'registrar' | 'own-proposal' } {
  const actions: Action[] = [];
  let blocked: 'registrar' | 'own-proposal' | undefined;
  if (hasRole(session, 'credit-officer') && loan.status === 'applied') {
    if (sameUser(session.sub, loan.registeredBy)) blocked = 'registrar';
    else if (loan.proposedApproval && sameUser(session.sub, loan.proposedApproval.proposedBy)) {
      blocked = 'own-proposal';
    } else actions.push(loan.proposedApproval ? 'second' : 'approve');
  }
  if (hasRole(session, 'clerk') && loan.status === 'approved') actions.push('disburse');
  if (hasRole(session, 'clerk') && loan.status === 'active') actions.push('repay');
  return { actions, blocked };
}
