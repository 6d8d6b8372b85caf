import { randomBytes } from 'node:crypto';
import { loadOrCreateDevFile } from '../auth/dev-secret';
import {
  parseBase64Key,
  PERSONAL_DATA_KEY_BYTES,
  type PersonalDataKeyConfig,
} from '../config/config';
import { derivePersonalDataKeys, type PersonalDataKeys } from './field-crypto';

/**
 * The keys of personal data, from PERSONAL_DATA_KEY or the embedded store's development key
 * file (made on first start). A development key that cannot be read as a key is an error:
 * replacing it would make every sealed field unreadable.
 */
export async function loadPersonalDataKeys(
  config: PersonalDataKeyConfig,
): Promise<PersonalDataKeys> {
  if (config.source === 'environment') return derivePersonalDataKeys(config.key);
  const text = await loadOrCreateDevFile(config.keyFile, () =>
    randomBytes(PERSONAL_DATA_KEY_BYTES).toString('base64'),
  );
  const key = parseBase64Key(text);
  if (key === undefined) {
    throw new Error(
      `${config.keyFile} does not hold base64 of ${PERSONAL_DATA_KEY_BYTES} bytes: restore it from a backup, or set PERSONAL_DATA_KEY`,
    );
  }
  return derivePersonalDataKeys(key);
}
