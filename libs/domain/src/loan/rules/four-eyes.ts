/**
 * Whether two actors (tokens' `sub`) are one person, for four eyes. Compared as identity
 * providers compare user names — `Anna` and `anna` are one user in Keycloak, Entra ID and our
 * own development and shared-secret tokens — so case-insensitively, after Unicode compatibility
 * normalisation (full-width `ａｎｎａ` is `anna`) and full case folding (`ß` is `ss`). An OIDC
 * `sub` is case-sensitive by the specification, but two users whose ids differ only by case
 * are rare, and the cost of taking them for one is a second officer asked: the safe side for
 * a rule that keeps one person from deciding alone. Events record the id as the token gives it.
 */
export function sameActor(a: string, b: string): boolean {
  return actorKey(a) === actorKey(b);
}

/**
 * An actor's identity as four eyes compares it (sameActor): upper, then lower case, for full
 * folding (`ß` → `SS` → `ss`) independent of any locale. Read models keep it to filter by.
 */
export const actorKey = (id: string): string => id.normalize('NFKC').toUpperCase().toLowerCase();
