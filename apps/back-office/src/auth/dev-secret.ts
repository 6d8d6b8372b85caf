import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The embedded quick start's signing secret: made on first start, readable only by its owner,
 * kept beside the embedded store so that `npm run token` signs with the same one. Never used
 * with PostgreSQL: there the secret or the identity provider comes from the environment.
 */
export function loadOrCreateDevSecret(file: string): Promise<string> {
  return loadOrCreateDevFile(file, () => randomBytes(48).toString('base64url'));
}

/**
 * A development secret kept in a file of the embedded store's data directory: read when it
 * exists, otherwise made by `generate` and written readable by its owner only. The token
 * secret and the personal data master key both live this way when the environment sets none.
 */
export async function loadOrCreateDevFile(file: string, generate: () => string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dirname(file), { recursive: true });
  const secret = generate();
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    // Another process (the token command, a second start) made it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return (await readFile(file, 'utf8')).trim();
    }
    throw error;
  }
}
