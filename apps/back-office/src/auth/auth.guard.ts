import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectThrottlerStorage, type ThrottlerStorage } from '@nestjs/throttler';
import type { AppConfig } from '../config/config';
import { ForbiddenProblem, TooManyRequestsProblem, UnauthenticatedProblem } from '../http/problem';
import { APP_CONFIG } from '../infrastructure/tokens';
import { PUBLIC_KEY, ROLES_KEY } from './decorators';
import type { AuthenticatedRequest } from './principal';
import type { Role } from './roles';
import { TokenVerifier } from './token-verifier';

/**
 * Every route but the public ones needs a verified bearer token and one of the roles the route
 * names. Fails closed: a route that names no role is refused to everyone.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    @InjectThrottlerStorage() private readonly throttle: ThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    try {
      request.principal = await this.authenticate(request.header('authorization'));
    } catch (error) {
      if (error instanceof UnauthenticatedProblem) await this.countFailure(request.ip);
      throw error;
    }
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    const principal = request.principal;
    if (!principal.roles.some((role) => allowed.includes(role))) {
      throw new ForbiddenProblem(
        allowed.length === 0
          ? 'this endpoint is open to no role'
          : `${principal.id} (${principal.roles.join(', ') || 'no role'}) may not do this: it takes the role ${allowed.join(' or ')}`,
        allowed,
      );
    }
    return true;
  }

  /**
   * RateLimitGuard counts per user, after this guard: requests without a valid token are
   * counted here, per address, on the same budget, so guessing tokens is not free.
   */
  private async countFailure(ip: string | undefined): Promise<void> {
    const { isBlocked, timeToBlockExpire } = await this.throttle.increment(
      `unauthenticated:ip:${ip ?? ''}`,
      60_000,
      this.config.rateLimitPerMinute,
      60_000,
      'unauthenticated',
    );
    if (isBlocked) throw new TooManyRequestsProblem(Math.max(1, timeToBlockExpire));
  }

  async authenticate(header: string | undefined) {
    const match =
      header === undefined ? null : /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]*)\s*$/i.exec(header);
    if (!match) {
      throw new UnauthenticatedProblem(
        header === undefined
          ? 'send a bearer token: Authorization: Bearer <token>'
          : 'the Authorization header must be Bearer <token>',
      );
    }
    return this.verifier.verify(match[1]);
  }
}
