import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MAKE_SHARED_SECRET, sharedSecretWeakness } from '../config/secret-strength';

/**
 * The embedded quick start's signing secret: made on first start, readable only by its owner,
 * kept beside the embedded store so that `npm run token` signs with the same one. Never used
 * with PostgreSQL: there the secret or the identity provider comes from the environment.
 *
 * A file that holds no usable secret (empty, short, predictable) is refused, never replaced:
 * this process cannot tell a file it made from one someone wrote or cut short, and a file made
 * here is never seen empty (see loadOrCreateDevFile). Deleting it makes a new one.
 */
export async function loadOrCreateDevSecret(file: string): Promise<string> {
  const secret = await loadOrCreateDevFile(file, () => randomBytes(48).toString('base64url'));
  const weakness = sharedSecretWeakness(secret);
  if (weakness !== undefined) {
    throw new Error(
      `${file} holds no usable development token secret (${weakness}): delete the file and start again to have a random one made (tokens signed with the old one stop working), or set AUTH_SHARED_SECRET to a secret made with ${MAKE_SHARED_SECRET}`,
    );
  }
  return secret;
}

/**
 * A development secret kept in a file of the embedded store's data directory: read when it
 * exists, otherwise made by `generate` and written readable by its owner only. The token
 * secret and the personal data master key both live this way when the environment sets none.
 *
 * The file appears whole or not at all: written under a name of its own, then linked into
 * place (which fails if another process made it first). With a plain exclusive create, a
 * second process starting at the same moment could read the file between its creation and
 * its write, and take an empty secret.
 */
export async function loadOrCreateDevFile(file: string, generate: () => string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dirname(file), { recursive: true });
  const secret = generate();
  const draft = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(draft, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(draft, file);
    return secret;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Another process (the token command, a second start) made it first: use theirs.
    if (code === 'EEXIST') return (await readFile(file, 'utf8')).trim();
    // A file system without hard links: an exclusive create, as before.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
      return createExclusively(file, secret);
    }
    throw error;
  } finally {
    await unlink(draft).catch(() => undefined);
  }
}

async function createExclusively(file: string, secret: string): Promise<string> {
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return (await readFile(file, 'utf8')).trim();
    }
    throw error;
  }
}
