import { SetMetadata } from '@nestjs/common';
import type { Role } from './roles';

export const PUBLIC_KEY = 'loanbook:public';
export const ROLES_KEY = 'loanbook:roles';

/** Open without a token: only the health check. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The roles that may call a route; a route without any is closed to everyone. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Reading loans: every role of the back office. */
export const READ_LOANS: Role[] = ['clerk', 'credit-officer', 'analyst', 'admin'];
/** Portfolio reports: analysts, and the credit officers who answer for the portfolio. */
export const READ_REPORTS: Role[] = ['analyst', 'credit-officer'];
/** The reminders' work queue (issue 22): who follows up arrears, and who reads the portfolio. */
export const READ_REMINDERS: Role[] = ['clerk', 'credit-officer', 'analyst'];
/** The books (issue 23): the lender's accountant, and the analysts. */
export const READ_BOOKS: Role[] = ['analyst', 'accountant'];
