/**
 * What an own contribution (eigen inbreng) is made of, and which parts count (seed 003, FAQ):
 * only subsidies definitively and irrevocably granted count, VIPA subsidies promised (a VIPA
 * subsidy promise or agreement in principle) included; future subsidies not yet certain do not;
 * a win-win loan always counts.
 */
export const OWN_CONTRIBUTION_KINDS = [
  'own-funds',
  'winwin-loan',
  'subsidy-granted',
  'vipa-promise',
  'future-subsidy',
] as const;
export type OwnContributionKind = (typeof OWN_CONTRIBUTION_KINDS)[number];

export function isOwnContributionKind(value: unknown): value is OwnContributionKind {
  return typeof value === 'string' && (OWN_CONTRIBUTION_KINDS as readonly string[]).includes(value);
}

/** Whether each kind counts as own contribution. */
export const OWN_CONTRIBUTION_COUNTS: Readonly<Record<OwnContributionKind, boolean>> =
  Object.freeze({
    'own-funds': true,
    'winwin-loan': true,
    'subsidy-granted': true,
    'vipa-promise': true,
    'future-subsidy': false,
  });

/** For messages: what each kind is, in a clerk's words. */
export const OWN_CONTRIBUTION_DESCRIPTIONS: Readonly<Record<OwnContributionKind, string>> =
  Object.freeze({
    'own-funds': 'own funds',
    'winwin-loan': 'a win-win loan',
    'subsidy-granted': 'a subsidy definitively and irrevocably granted',
    'vipa-promise': 'a VIPA subsidy promise or agreement in principle',
    'future-subsidy': 'a future subsidy not yet certain',
  });
