/** Codes of the loan's life after the offer: guarantees, defaults, recoveries. */

/** personal: a surety (borgstelling); real: a pledge or mortgage; government: a public guarantee. */
export const GUARANTEE_KINDS = ['personal', 'real', 'government'] as const;
export type GuaranteeKind = (typeof GUARANTEE_KINDS)[number];

/** DOMAIN.md 2: why a loan is declared in default. */
export const DEFAULT_CAUSES = [
  'bankruptcy',
  'insolvency',
  'dissolution',
  'arrears',
  'death',
  'cessation',
] as const;
export type DefaultCause = (typeof DEFAULT_CAUSES)[number];

/**
 * The causes that open the win-win loan's government guarantee (DOMAIN.md 3.2): bankruptcy,
 * manifest insolvency, dissolution or liquidation.
 */
export const GOVERNMENT_GUARANTEE_CAUSES: readonly DefaultCause[] = [
  'bankruptcy',
  'insolvency',
  'dissolution',
];

/** Where money received on a defaulted loan came from. */
export const RECOVERY_SOURCES = [
  'borrower',
  'guarantor',
  'government-guarantee',
  'liquidation',
  'other',
] as const;
export type RecoverySource = (typeof RECOVERY_SOURCES)[number];

/** Statuses a loan reaches; 'none' is a loan that does not exist. */
export const LOAN_LIFECYCLE_STATUSES = [
  'applied',
  'approved',
  'refused',
  'withdrawn',
  'lapsed',
  'active',
  'repaid',
  'defaulted',
  'written-off',
] as const;
