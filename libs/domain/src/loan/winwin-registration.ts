import type { Money } from '../money';
import type { ProductCatalogue, WinwinLenderLimit } from '../products';
import type { LoanState } from './state';

/**
 * Whether approving (registering) this loan needs ctx.winwinExposure: an
 * application for a win-win loan that is still open. Without the figures
 * decide throws a plain Error (a programming error, not a client's 422).
 */
export function needsWinwinExposure(state: LoanState): boolean {
  return state.status === 'applied' && state.application?.productCode === 'winwinlening';
}

/** The limits a registration of this loan is held to, for the application service's guard. */
export interface WinwinLimits {
  /** The version in force on the signing date, whose limits apply. */
  productVersion: string;
  /** The enterprise's registered win-win loans, this one included, stay within it. */
  maxPerBorrower: Money;
  maxPerLender: Money;
  /**
   * 'total': the lender's registered win-win loans, this one included, stay
   * within maxPerLender (lenderRegistered counts); 'per-loan': only this loan
   * (lenderRegistered is not used; zero will do).
   */
  lenderLimit: WinwinLenderLimit;
}

/**
 * The win-win limits for this loan, or undefined when it is no win-win loan
 * (or no version is in force on its signing date: decide reports that).
 */
export function winwinLimitsFor(
  state: LoanState,
  catalogue: ProductCatalogue,
): WinwinLimits | undefined {
  const app = state.application;
  if (!app || app.productCode !== 'winwinlening' || !app.signedOn) return undefined;
  const version = catalogue.versionOn(app.productCode, app.signedOn);
  const rules = version?.rules?.winwin;
  if (!version || !rules) return undefined;
  return {
    productVersion: version.version,
    maxPerBorrower: rules.maxPerBorrower,
    maxPerLender: rules.maxPerLender,
    lenderLimit: rules.lenderLimit,
  };
}
