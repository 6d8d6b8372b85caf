import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { RateLimitGuard } from './rate-limit.guard';
import { TokenVerifier } from './token-verifier';

/** Bearer tokens and roles on every route; then the per-user rate limit. */
@Module({
  providers: [
    TokenVerifier,
    AuthGuard,
    // Guards run in this order: who is it (401/403), then how often (429).
    { provide: APP_GUARD, useExisting: AuthGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [TokenVerifier, AuthGuard],
})
export class AuthModule {}
