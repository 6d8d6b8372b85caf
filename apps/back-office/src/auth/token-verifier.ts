import { Inject, Injectable } from '@nestjs/common';
import {
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { Money } from '@loanbook/domain';
import type { AppConfig, AuthConfig } from '../config/config';
import { MAKE_SHARED_SECRET, sharedSecretWeakness } from '../config/secret-strength';
import { UnauthenticatedProblem } from '../http/problem';
import { APP_CONFIG } from '../infrastructure/tokens';
import { loadOrCreateDevSecret } from './dev-secret';
import { APPROVAL_LIMIT_CLAIM } from './dev-token';
import type { Principal } from './principal';
import { isRole } from './roles';

/** Checks bearer tokens: signature (JWKS or shared secret), issuer, audience, expiry. */
@Injectable()
export class TokenVerifier {
  private key?: Promise<Uint8Array | JWTVerifyGetKey>;
  private readonly auth: AuthConfig;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.auth = config.auth;
  }

  /**
   * Loads the key now, so that a server whose secret is unusable (an empty development secret
   * file) does not start; createApp calls it. Without it the key is made on first use: a
   * back-office context without HTTP (the CLI) never touches the secret.
   */
  async ready(): Promise<void> {
    await this.verificationKey();
  }

  private verificationKey(): Promise<Uint8Array | JWTVerifyGetKey> {
    const auth = this.auth;
    this.key ??=
      auth.mode === 'jwks'
        ? // jose caches the provider's keys and refetches them when a token names an unknown kid.
          Promise.resolve(createRemoteJWKSet(new URL(auth.jwksUrl), { cooldownDuration: 30_000 }))
        : (auth.mode === 'shared-secret'
            ? Promise.resolve(auth.secret).then(checkedSecret)
            : loadOrCreateDevSecret(auth.secretFile)
          ).then((secret) => new TextEncoder().encode(secret));
    return this.key;
  }

  async verify(token: string): Promise<Principal> {
    const auth = this.auth;
    let payload: JWTPayload;
    try {
      const options = {
        issuer: auth.issuer,
        audience: auth.audience,
        algorithms: auth.mode === 'jwks' ? ['RS256', 'PS256', 'ES256', 'EdDSA'] : ['HS256'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      };
      const key = await this.verificationKey();
      payload =
        typeof key === 'function'
          ? (await jwtVerify(token, key, options)).payload
          : (await jwtVerify(token, key, options)).payload;
    } catch (error) {
      throw new UnauthenticatedProblem(reason(error));
    }
    // jose checks exp only when there is one: a token must have one, and not live too long (a
    // token with an exp ten years ahead is a password that cannot be changed).
    if (typeof payload.exp !== 'number') {
      throw new UnauthenticatedProblem('the token has no expiry (exp)');
    }
    const issuedAt = typeof payload.iat === 'number' ? payload.iat : Math.floor(Date.now() / 1000);
    const maxAge = this.config.maxTokenAgeSeconds;
    if (payload.exp - issuedAt > maxAge + CLOCK_TOLERANCE_SECONDS) {
      throw new UnauthenticatedProblem(
        `the token lives longer than the ${formatAge(maxAge)} a token may (AUTH_MAX_TOKEN_AGE): ask for a shorter one`,
      );
    }
    if (typeof payload.sub !== 'string' || payload.sub === '') {
      throw new UnauthenticatedProblem('the token names no subject (sub)');
    }
    const roles = claimAt(payload, auth.rolesClaim);
    const list = Array.isArray(roles)
      ? roles
      : typeof roles === 'string'
        ? roles.split(/[\s,]+/)
        : [];
    const limit = payload[APPROVAL_LIMIT_CLAIM];
    let approvalLimit = this.config.defaultApprovalLimit;
    if (limit !== undefined) {
      if (!Money.isValid(limit) || !Money.parse(limit).isPositive()) {
        throw new UnauthenticatedProblem(
          `the token's ${APPROVAL_LIMIT_CLAIM} claim is not an amount such as "50000.00"`,
        );
      }
      approvalLimit = Money.parse(limit);
    }
    const name = displayName(payload.name);
    return {
      id: payload.sub,
      ...(name !== undefined ? { name } : {}),
      roles: [...new Set(list.filter(isRole))],
      approvalLimit,
    };
  }
}

const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * The `name` claim as the documents print it under the lender's signature: one line of text, no
 * control characters or bidirectional overrides, at most 100 characters; anything else is
 * ignored (the actor id stands in for it).
 */
// Control characters and bidirectional overrides (a name that prints as another).
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function displayName(claim: unknown): string | undefined {
  if (typeof claim !== 'string') return undefined;
  const name = claim.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name === '' || name.length > 100 || UNPRINTABLE.test(name)) return undefined;
  return name;
}

const formatAge = (seconds: number) =>
  seconds % 3600 === 0
    ? `${seconds / 3600} h`
    : seconds % 60 === 0
      ? `${seconds / 60} min`
      : `${seconds} s`;

/**
 * loadConfig refuses a weak AUTH_SHARED_SECRET; this keeps a configuration made another way
 * (a test, a tool) from verifying tokens on an empty or predictable key: jose would take one.
 */
function checkedSecret(secret: string): string {
  const weakness = sharedSecretWeakness(secret);
  if (weakness !== undefined) {
    throw new Error(
      `AUTH_SHARED_SECRET is refused: ${weakness}. Set it to a random secret made with ${MAKE_SHARED_SECRET}`,
    );
  }
  return secret;
}

function claimAt(payload: JWTPayload, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined,
      payload,
    );
}

/** Why a token was refused, without echoing the token. */
function reason(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'the token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return `the token's ${error.claim} claim is not accepted here`;
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
    return 'the token signature does not verify';
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey) {
    return "the token was signed with a key the identity provider's JWKS does not hold";
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) {
    return 'the token is signed with an algorithm that is not accepted';
  }
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JOSEError) {
    return error instanceof joseErrors.JWKSTimeout
      ? 'the identity provider did not answer in time'
      : 'the token is not a valid JWT';
  }
  return 'the token could not be verified';
}
