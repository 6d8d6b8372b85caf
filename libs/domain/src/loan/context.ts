import type { ProductCatalogue } from '../products';
import type { Clock } from '../time';

/** What a decision may consult besides the loan's own events. */
export interface DecisionContext {
  catalogue: ProductCatalogue;
  clock: Clock;
}
