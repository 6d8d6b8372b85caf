/**
 * How a win-win lender is related to the borrowing enterprise (API.md "Codes").
 * Which relations exclude a lender depends on the contract date: that is
 * product data (the win-win rules of a product version), not this list.
 */
export const LENDER_RELATIONS = [
  'none',
  'friend',
  'family',
  'employee',
  'spouse-or-cohabitant',
  'director-or-manager',
  'shareholder-over-5-percent',
] as const;
export type LenderRelation = (typeof LENDER_RELATIONS)[number];

export function isLenderRelation(value: unknown): value is LenderRelation {
  return typeof value === 'string' && (LENDER_RELATIONS as readonly string[]).includes(value);
}

/** For messages: "an employee of the borrower". */
export const LENDER_RELATION_DESCRIPTIONS: Readonly<Record<LenderRelation, string>> = Object.freeze(
  {
    none: 'not related to the borrower',
    friend: 'a friend of the borrower',
    family: 'family of the borrower',
    employee: 'an employee of the borrower',
    'spouse-or-cohabitant': 'the spouse or legal cohabitant of the borrower',
    'director-or-manager':
      'a director or manager of the borrowing company (or the spouse or cohabitant of one)',
    'shareholder-over-5-percent':
      "a holder of more than 5 % of the borrowing company's shares or voting rights (or the spouse or cohabitant of one)",
  },
);
