import Decimal from 'decimal.js';

/**
 * The domain's own Decimal constructor. A clone, so that nobody's global
 * Decimal.set(...) can change how the domain rounds.
 *
 * - precision 40 significant digits for intermediate results (interest,
 *   ratios); amounts themselves are held exactly as bigint cents by Money;
 * - ROUND_HALF_UP (decimal.js: ties away from zero) is the rounding DOMAIN.md
 *   prescribes at the defined points;
 * - toExpNeg/toExpPos pushed out so toString() never produces "1e-7" style
 *   output that the money/rate parsers (rightly) reject.
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** Instances of Dec are ordinary decimal.js Decimals. */
export type Dec = Decimal;
