import type { Role } from '../api/views';

/** Who is signed in: the bearer token and what the app shows of it. */
export interface Session {
  token: string;
  /** The token's sub: the actor the audit trail names. */
  sub: string;
  roles: Role[];
  approvalLimit?: string;
  /** ISO instant: the session ends then, whatever happens. */
  expiresAt: string;
}

const KEY = 'loanbook.session';

/**
 * The session in memory, mirrored in sessionStorage (this tab only, gone when it closes) so that
 * a reload does not sign the user out; never kept past the token's expiry: read back only while
 * it holds, and forgotten at that instant. Signing out forgets both copies.
 *
 * How the token is obtained is not this store's business: development sign-in today
 * (POST /api/v1/dev/sign-in); an OpenID Connect provider (oidc-client-ts, PKCE) later puts its
 * access token here the same way.
 */
export class SessionStore {
  private current: Session | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.current = this.read();
    this.schedule();
  }

  /** The session while its token holds (the timer forgets it at expiry; this never shows it late). */
  get(): Session | undefined {
    return this.current && this.holds(this.current) ? this.current : undefined;
  }

  set(session: Session): void {
    if (!this.holds(session)) return;
    this.current = session;
    this.storage?.setItem(KEY, JSON.stringify(session));
    this.schedule();
    this.notify();
  }

  clear(): void {
    const had = this.current !== undefined;
    this.current = undefined;
    this.storage?.removeItem(KEY);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (had) this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private holds(session: Session): boolean {
    const until = Date.parse(session.expiresAt);
    return Number.isFinite(until) && until > this.now();
  }

  private read(): Session | undefined {
    try {
      const text = this.storage?.getItem(KEY);
      if (!text) return undefined;
      const session = JSON.parse(text) as Session;
      if (typeof session.token !== 'string' || !this.holds(session)) {
        this.storage?.removeItem(KEY);
        return undefined;
      }
      return session;
    } catch {
      this.storage?.removeItem(KEY);
      return undefined;
    }
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.current) return;
    const left = Date.parse(this.current.expiresAt) - this.now();
    // setTimeout holds at most about 24.8 days; a token lives hours.
    this.timer = setTimeout(() => this.clear(), Math.max(0, Math.min(left, 2 ** 31 - 1)));
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

export function hasRole(session: Session | undefined, ...roles: Role[]): boolean {
  return session !== undefined && session.roles.some((r) => roles.includes(r));
}
