/**
 * Checks that a secret looks random enough to be one (security review, issue 17): 32 × `a` is
 * 32 characters long and no secret at all. No check can prove a string random; these refuse
 * what is plainly not, and never what `openssl rand` makes.
 */

/** HS256 wants a key of at least 256 bits (RFC 7518, 3.2): 32 random characters at the very least. */
export const MIN_SHARED_SECRET_LENGTH = 32;

/**
 * `openssl rand -hex 32` uses 16 symbols and, over 64 characters, shows 13 or more of them
 * (20,000 samples); 10 leaves it room while refusing `aaaa…`, `abab…` and `0000…`.
 */
export const MIN_SHARED_SECRET_DISTINCT = 10;

/**
 * The estimate (below) counts the characters' frequencies, not their order, so it overrates
 * text: a sentence of 40 characters scores about 145 bits. The bar sits above that, and far
 * below what random secrets score: `openssl rand -base64 32` at least 191, `-hex 32` 218,
 * `-base64 48` 305 (20,000 samples each).
 */
export const MIN_SHARED_SECRET_BITS = 160;

/** 32 random bytes hold at least 23 different values (100,000 samples); a made-up key far fewer. */
export const MIN_KEY_DISTINCT_BYTES = 16;

/**
 * Shannon entropy of the characters' frequencies times the length, in bits: an upper bound of
 * what the secret holds when its characters are independent; 0 for a single repeated character.
 */
export function estimatedEntropyBits(text: string): number {
  const chars = [...text];
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  let perChar = 0;
  for (const n of counts.values()) {
    const p = n / chars.length;
    perChar -= p * Math.log2(p);
  }
  return perChar * chars.length;
}

/** A block repeated (`abcabcab…`): its entropy is the block's, whatever the frequencies say. */
function isRepetition(text: string): boolean {
  for (let period = 1; period <= text.length / 2; period++) {
    if (text.slice(period) === text.slice(0, -period)) return true;
  }
  return false;
}

/**
 * Why a shared secret (AUTH_SHARED_SECRET, the development token secret) is not good enough,
 * or undefined when it is. The reason never repeats the secret.
 */
export function sharedSecretWeakness(secret: string): string | undefined {
  if (secret.length === 0) return 'it is empty';
  if (secret.length < MIN_SHARED_SECRET_LENGTH)
    return `it is too short (${secret.length} characters; use at least ${MIN_SHARED_SECRET_LENGTH} random ones)`;
  const distinct = new Set(secret).size;
  if (distinct < MIN_SHARED_SECRET_DISTINCT)
    return `it has too few different characters (${distinct}) to be random`;
  if (isRepetition(secret)) return 'it repeats a shorter string';
  const bits = estimatedEntropyBits(secret);
  if (bits < MIN_SHARED_SECRET_BITS)
    return `it is too predictable (about ${Math.floor(bits)} bits by its characters; a random secret has more than ${MIN_SHARED_SECRET_BITS})`;
  return undefined;
}

/** Why a 32-byte master key (PERSONAL_DATA_KEY) is not random, or undefined when it may be. */
export function keyWeakness(key: Uint8Array): string | undefined {
  const distinct = new Set(key).size;
  if (distinct === 1) return 'its bytes are all the same';
  if (distinct < MIN_KEY_DISTINCT_BYTES)
    return `it has only ${distinct} different byte values of ${key.length}, which random keys never have`;
  return undefined;
}

/** What to run to make a shared secret. */
export const MAKE_SHARED_SECRET = 'openssl rand -base64 48';
/** What to run to make a PERSONAL_DATA_KEY. */
export const MAKE_PERSONAL_DATA_KEY = 'openssl rand -base64 32';
