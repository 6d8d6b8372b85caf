import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { ERASED, FIELD_ALG, type ErasableField } from '@loanbook/messaging/stored-event-types';

/**
 * Crypto-shredding of personal data (node:crypto only). Each natural person has a data key;
 * their fields are stored encrypted under it, and forgetting them destroys the key. The data
 * keys are kept wrapped under a key derived from the installation's master key
 * (PERSONAL_DATA_KEY), which never encrypts anything itself.
 */

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export { ERASED, FIELD_ALG, type ErasableField };

export function isErasable(value: unknown): value is ErasableField {
  if (typeof value !== 'object' || value === null || !('erasable' in value)) return false;
  const e = (value as { erasable: unknown }).erasable;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as Record<string, unknown>).person === 'string' &&
    typeof (e as Record<string, unknown>).iv === 'string' &&
    typeof (e as Record<string, unknown>).data === 'string'
  );
}

/** Raised when a ciphertext does not verify: the wrong key, or stored bytes that were altered. */
export class PersonalDataIntegrityError extends Error {
  constructor(what: string) {
    super(`${what} does not decrypt: the key is not the one it was sealed with, or it was altered`);
    this.name = 'PersonalDataIntegrityError';
  }
}

/** The keys derived from the master key: one per purpose, so no key serves two algorithms. */
export interface PersonalDataKeys {
  /** HMAC-SHA256 key of the people registry's lookup hashes. */
  lookup: Buffer;
  /** AES-256-GCM key that wraps the persons' data keys. */
  wrap: Buffer;
  /**
   * HMAC-SHA256 key of the request hashes that idempotent commands store: a plain hash of an
   * application would let whoever holds the database confirm a guessed name after forgetting.
   */
  request: Buffer;
}

const HKDF_SALT = Buffer.from('loanbook:personal-data', 'utf8');

export function derivePersonalDataKeys(master: Buffer): PersonalDataKeys {
  if (master.length !== KEY_BYTES) {
    throw new RangeError(`the master key must be ${KEY_BYTES} bytes, not ${master.length}`);
  }
  const derive = (info: string) =>
    Buffer.from(hkdfSync('sha256', master, HKDF_SALT, info, KEY_BYTES));
  return {
    lookup: derive('people lookup hash v1'),
    wrap: derive('people key wrap v1'),
    request: derive('idempotency request hash v1'),
  };
}

/** The kinds of identifier a person is found by; the kind is hashed in, so kinds never collide. */
/** A personal guarantor is found by `<loanId>/<guaranteeId>`: one person per guarantee. */
export type IdentifierKind = 'lender' | 'enterprise' | 'guarantor';

/**
 * One person, one spelling: case, Unicode forms and white space do not make another person.
 * An enterprise number keeps its digits only (0403.170.701 and 0403170701 are one number).
 */
export function normaliseIdentifier(kind: IdentifierKind, identifier: string): string {
  const text = identifier.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return kind === 'enterprise' ? text.replace(/\D/g, '') : text;
}

/**
 * The registry's key to a person, as hex: the same identifier gives the same hash, and the
 * identifier cannot be read back from it without the master key.
 */
export function lookupHash(keys: PersonalDataKeys, kind: IdentifierKind, identifier: string) {
  return createHmac('sha256', keys.lookup)
    .update(`${kind}:${normaliseIdentifier(kind, identifier)}`, 'utf8')
    .digest('hex');
}

export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

function seal(key: Buffer, plaintext: Buffer, aad: string): { iv: string; data: string } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { iv: iv.toString('base64url'), data: data.toString('base64url') };
}

function open(key: Buffer, sealed: { iv: string; data: string }, aad: string, what: string) {
  const iv = Buffer.from(sealed.iv, 'base64url');
  const data = Buffer.from(sealed.data, 'base64url');
  if (key.length !== KEY_BYTES || iv.length !== IV_BYTES || data.length < TAG_BYTES) {
    throw new PersonalDataIntegrityError(what);
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(data.subarray(0, data.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new PersonalDataIntegrityError(what);
  }
}

const fieldAad = (personId: string) => `loanbook:erasable:${personId}`;
const wrapAad = (personId: string) => `loanbook:people:data-key:${personId}`;

/** Encrypts one personal field under its person's data key, with a fresh IV. */
export function sealField(dataKey: Buffer, personId: string, value: string): ErasableField {
  const { iv, data } = seal(dataKey, Buffer.from(value, 'utf8'), fieldAad(personId));
  return { erasable: { person: personId, alg: FIELD_ALG, iv, data } };
}

export function openField(dataKey: Buffer, field: ErasableField): string {
  if (field.erasable.alg !== FIELD_ALG) {
    throw new Error(`personal data sealed with ${String(field.erasable.alg)}, not ${FIELD_ALG}`);
  }
  const person = field.erasable.person;
  return open(dataKey, field.erasable, fieldAad(person), `a field of person ${person}`).toString(
    'utf8',
  );
}

/** A data key as the registry keeps it: `v1.<iv>.<ciphertext and tag>`, bound to its person. */
export function wrapDataKey(keys: PersonalDataKeys, personId: string, dataKey: Buffer): string {
  const { iv, data } = seal(keys.wrap, dataKey, wrapAad(personId));
  return `v1.${iv}.${data}`;
}

export function unwrapDataKey(keys: PersonalDataKeys, personId: string, wrapped: string): Buffer {
  const what = `the data key of person ${personId}`;
  const [version, iv, data] = wrapped.split('.');
  if (version !== 'v1' || iv === undefined || data === undefined) {
    throw new PersonalDataIntegrityError(what);
  }
  return open(keys.wrap, { iv, data }, wrapAad(personId), what);
}
