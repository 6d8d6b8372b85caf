import { SignJWT } from 'jose';
import type { Role } from './roles';

/** Issuer and audience of the tokens signed with the shared secret, unless configured otherwise. */
export const SHARED_SECRET_ISSUER = 'loanbook';
export const SHARED_SECRET_AUDIENCE = 'loanbook-back-office';
/** The claims Loanbook reads besides `sub`. */
export const ROLES_CLAIM = 'roles';
export const APPROVAL_LIMIT_CLAIM = 'approval_limit';

export interface TokenRequest {
  secret: string;
  sub: string;
  roles: readonly Role[];
  /** A decimal string such as "50000.00"; without it the back office's default limit applies. */
  approvalLimit?: string;
  name?: string;
  ttlSeconds?: number;
  issuer?: string;
  audience?: string;
}

/**
 * A token signed with the shared secret (HS256): what `npm run token` prints, and what tests use.
 * In production the identity provider issues tokens and the back office checks them on its JWKS.
 */
export async function mintToken(request: TokenRequest): Promise<string> {
  const claims: Record<string, unknown> = { [ROLES_CLAIM]: [...request.roles] };
  if (request.approvalLimit !== undefined) claims[APPROVAL_LIMIT_CLAIM] = request.approvalLimit;
  if (request.name !== undefined) claims.name = request.name;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.sub)
    .setIssuer(request.issuer ?? SHARED_SECRET_ISSUER)
    .setAudience(request.audience ?? SHARED_SECRET_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${request.ttlSeconds ?? 8 * 3600}s`)
    .sign(new TextEncoder().encode(request.secret));
}
