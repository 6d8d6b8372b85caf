import { Money } from '@loanbook/domain';
import { loadOrCreateDevSecret } from '../../../back-office/src/auth/dev-secret';
import { mintToken } from '../../../back-office/src/auth/dev-token';
import { isRole, ROLES, type Role } from '../../../back-office/src/auth/roles';
import { loadConfig } from '../../../back-office/src/config/config';
import type { CliIo } from '../cli-context';

export interface TokenOptions {
  sub: string;
  roles: string;
  approvalLimit?: string;
  /** The display name (the `name` claim) the documents print under the lender's signature. */
  name?: string;
  ttl: string;
}

export class TokenOptionError extends Error {}

/**
 * Prints a bearer token signed with the back office's shared secret (AUTH_SHARED_SECRET, or the
 * embedded quick start's development secret). With an identity provider (AUTH_JWKS_URL) the
 * provider issues the tokens, so this refuses.
 */
export async function runToken(io: CliIo, options: TokenOptions): Promise<void> {
  const config = loadConfig(io.env);
  const auth = config.auth;
  if (auth.mode === 'jwks') {
    throw new TokenOptionError(
      `the back office checks tokens on ${auth.jwksUrl}: get one from that identity provider`,
    );
  }
  const roles = options.roles
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  const unknown = roles.filter((r) => !isRole(r));
  if (roles.length === 0 || unknown.length > 0) {
    throw new TokenOptionError(
      `--roles takes a comma-separated list of ${ROLES.join(', ')}${unknown.length > 0 ? `, not ${unknown.join(', ')}` : ''}`,
    );
  }
  if (!/^[\w.@:-]{1,128}$/.test(options.sub)) {
    throw new TokenOptionError('--sub is a user id of letters, digits and . @ : - _');
  }
  if (
    options.approvalLimit !== undefined &&
    !(Money.isValid(options.approvalLimit) && Money.parse(options.approvalLimit).isPositive())
  ) {
    throw new TokenOptionError('--approval-limit is an amount such as 50000.00');
  }
  if (options.name !== undefined && !/^[\p{L}\p{M}][\p{L}\p{M} .'’-]{0,99}$/u.test(options.name)) {
    throw new TokenOptionError(
      "--name is a display name of letters, spaces and . ' - (at most 100)",
    );
  }
  const ttlHours = Number(options.ttl);
  if (!/^\d{1,3}$/.test(options.ttl) || ttlHours < 1) {
    throw new TokenOptionError('--ttl is a whole number of hours, from 1');
  }
  // The back office refuses a token that lives longer than AUTH_MAX_TOKEN_AGE: never sign one.
  if (ttlHours * 3600 > config.maxTokenAgeSeconds) {
    throw new TokenOptionError(
      `--ttl ${ttlHours} is longer than the ${config.maxTokenAgeSeconds / 3600} hours a token may live (AUTH_MAX_TOKEN_AGE)`,
    );
  }
  const secret =
    auth.mode === 'shared-secret' ? auth.secret : await loadOrCreateDevSecret(auth.secretFile);
  const token = await mintToken({
    secret,
    sub: options.sub,
    roles: roles as Role[],
    approvalLimit: options.approvalLimit,
    ...(options.name !== undefined ? { name: options.name } : {}),
    ttlSeconds: ttlHours * 3600,
    issuer: auth.issuer,
    audience: auth.audience,
  });
  io.stdout.write(`${token}\n`);
}
