import { randomBytes } from 'node:crypto';
import { loadOrCreateDevFile } from '../auth/dev-secret';
import {
  parseBase64Key,
  PERSONAL_DATA_KEY_BYTES,
  type PersonalDataKeyConfig,
} from '../config/config';
import { keyWeakness, MAKE_PERSONAL_DATA_KEY } from '../config/secret-strength';
import { derivePersonalDataKeys, type PersonalDataKeys } from './field-crypto';

/**
 * The keys of personal data, from PERSONAL_DATA_KEY or the embedded store's development key
 * file (made on first start). A development key that cannot be read as a key is an error:
 * replacing it would make every sealed field unreadable.
 */
export async function loadPersonalDataKeys(
  config: PersonalDataKeyConfig,
): Promise<PersonalDataKeys> {
  if (config.source === 'environment') {
    // loadConfig refuses a weak PERSONAL_DATA_KEY; checked again for a configuration made
    // another way (a tool, a test).
    const weakness = keyWeakness(config.key);
    if (weakness !== undefined) {
      throw new Error(
        `PERSONAL_DATA_KEY is not a random key: ${weakness}. Set it to a key made with ${MAKE_PERSONAL_DATA_KEY}`,
      );
    }
    return derivePersonalDataKeys(config.key);
  }
  const text = await loadOrCreateDevFile(config.keyFile, () =>
    randomBytes(PERSONAL_DATA_KEY_BYTES).toString('base64'),
  );
  const key = parseBase64Key(text);
  if (key === undefined) {
    throw new Error(
      `${config.keyFile} does not hold base64 of ${PERSONAL_DATA_KEY_BYTES} bytes: restore it from a backup, or set PERSONAL_DATA_KEY`,
    );
  }
  // Refused, not replaced: what it sealed could not be read with another key.
  const weakness = keyWeakness(key);
  if (weakness !== undefined) {
    throw new Error(
      `${config.keyFile} does not hold a random key (${weakness}): restore it from a backup; if nothing was ever sealed with it (a new data directory), delete it to have a random one made; or set PERSONAL_DATA_KEY to a key made with ${MAKE_PERSONAL_DATA_KEY}`,
    );
  }
  return derivePersonalDataKeys(key);
}
