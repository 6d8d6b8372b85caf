import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Money } from '@loanbook/domain';
import type { Role } from './roles';

/** The user behind a request, from a verified bearer token. */
export interface Principal {
  /** The token's `sub`: what every event's metadata names as the actor. */
  id: string;
  /** The token's `name` claim (OpenID Connect's display name), when it has a usable one. */
  name?: string;
  roles: Role[];
  /** The credit officer's approval limit; undefined: no limit. */
  approvalLimit?: Money;
}

export type AuthenticatedRequest = Request & { principal?: Principal };

/** The request's principal; AuthGuard has set it on every route that is not public. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal => {
    const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (!principal) throw new Error('no principal on an authenticated route: is AuthGuard on?');
    return principal;
  },
);
