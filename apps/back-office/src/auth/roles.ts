/**
 * The back office's roles (issue 4). A token may carry several; a route names the roles that may
 * call it, and a route that names none is closed to everyone (see AuthGuard).
 */
export const ROLES = ['clerk', 'credit-officer', 'analyst', 'admin', 'accountant'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** What each role is for, in the words of the Security section of the README. */
export const ROLE_DUTIES: Record<Role, string> = {
  clerk: 'applications, inquiries and payments',
  'credit-officer': 'approvals, refusals, guarantee releases and defaults',
  analyst: 'reading loans and reports',
  admin: 'reference data and forgetting people',
  accountant: 'the books: journal, trial balance and ledgers',
};
