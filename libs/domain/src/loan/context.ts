import type { Money } from '../money';
import type { ProductCatalogue } from '../products';
import type { Clock } from '../time';

/**
 * The win-win loans already registered (approved), other than the one being
 * registered: the sum of their principal for the borrowing enterprise and for
 * the lender. The application service reads them; the decider checks the limits.
 */
export interface WinwinExposure {
  borrowerRegistered: Money;
  lenderRegistered: Money;
}

/** What a decision may consult besides the loan's own events. */
export interface DecisionContext {
  catalogue: ProductCatalogue;
  clock: Clock;
  /** Required to approve (register) a win-win loan: see needsWinwinExposure. */
  winwinExposure?: WinwinExposure;
}
