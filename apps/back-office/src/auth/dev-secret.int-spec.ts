import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateDevSecret } from './dev-secret';

// Security review (issue 17): an empty DATA_DIR/dev-auth-secret made the back office accept
// tokens signed with an empty key.
describe('the development token secret', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loanbook-dev-secret-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is made once, random, readable by its owner only, with no draft left behind', async () => {
    const file = join(dir, 'made', 'dev-auth-secret');
    const secret = await loadOrCreateDevSecret(file);
    expect(secret).toMatch(/^[\w-]{64}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateDevSecret(file)).toBe(secret);
    expect(readdirSync(join(dir, 'made'))).toEqual(['dev-auth-secret']);
  });

  it('gives every one of many processes starting at once the same whole secret', async () => {
    const file = join(dir, 'race', 'dev-auth-secret');
    const secrets = await Promise.all(
      Array.from({ length: 20 }, () => loadOrCreateDevSecret(file)),
    );
    expect(new Set(secrets).size).toBe(1);
    expect(secrets[0]).toHaveLength(64);
    expect(readFileSync(file, 'utf8').trim()).toBe(secrets[0]);
  });

  it.each([
    ['empty', ''],
    ['a newline only', '\n'],
    ['short', 'secret\n'],
    ['32 × a', `${'a'.repeat(32)}\n`],
  ])('refuses a file that is %s, says what to do, and leaves it as it is', async (_, content) => {
    const file = join(dir, `weak-${content.length}`);
    writeFileSync(file, content, { mode: 0o600 });
    await expect(loadOrCreateDevSecret(file)).rejects.toThrow(
      /holds no usable development token secret.*delete the file.*openssl rand -base64 48/,
    );
    expect(readFileSync(file, 'utf8')).toBe(content);
  });
});
