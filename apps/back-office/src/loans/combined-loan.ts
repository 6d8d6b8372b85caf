import {
  combinedLoanIdFor,
  combinedLoanOf,
  type CombinedLoan,
  type LoanCommand,
  type LoanState,
} from '@loanbook/domain';
import type { LoanRepository } from './loan-repository';

/**
 * A KMO-cofinanciering applied for together with a Startlening (DOMAIN.md 3.3) names the start
 * loan; its application and its approval are decided on what that loan is now (product, status,
 * borrower, attest, amount, own contribution). Read here, like the win-win exposure, so that the
 * decider stays pure. An id that names no loan is the decider's 422 combined-loan-unknown, not a
 * 404: the loan the request is about exists (or is being made).
 *
 * Nothing guards the start loan between this read and the append: a start loan changed at the
 * same moment is seen as it was, and its own rules are its own approval's.
 */
export async function readCombinedLoan(
  loans: Pick<LoanRepository, 'load'>,
  command: LoanCommand,
  state: LoanState,
): Promise<CombinedLoan | undefined> {
  const loanId = combinedLoanIdFor(command, state);
  if (loanId === undefined) return undefined;
  const combined = await loans.load(loanId);
  return combinedLoanOf(loanId, combined.state);
}
