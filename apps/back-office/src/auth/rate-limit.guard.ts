import { Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { ExecutionContext } from '@nestjs/common';
import { TooManyRequestsProblem } from '../http/problem';
import type { AuthenticatedRequest } from './principal';

/**
 * Requests a minute per client: per user once AuthGuard (which runs first) has verified the
 * token, per address for the rest.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getTracker(request: Record<string, unknown>): Promise<string> {
    const req = request as unknown as AuthenticatedRequest;
    return Promise.resolve(req.principal ? `user:${req.principal.id}` : `ip:${req.ip ?? ''}`);
  }

  /**
   * One budget per client over all routes, as RATE_LIMIT_PER_MINUTE promises; the library's
   * default key adds the controller and handler, which gave a client the limit on every route.
   */
  protected override generateKey(
    _context: ExecutionContext,
    tracker: string,
    name: string,
  ): string {
    return `${name}:${tracker}`;
  }

  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new TooManyRequestsProblem(Math.max(1, detail.timeToBlockExpire));
  }
}
