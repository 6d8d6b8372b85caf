import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { derivePersonalDataKeys } from './field-crypto';
import { loadPersonalDataKeys } from './master-key';

describe('the personal data master key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loanbook-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the key from the environment as it is', async () => {
    const key = randomBytes(32);
    expect(await loadPersonalDataKeys({ source: 'environment', key })).toEqual(
      derivePersonalDataKeys(key),
    );
  });

  it('refuses a key of equal bytes from the environment, naming the command that makes one', async () => {
    for (const key of [Buffer.alloc(32), Buffer.alloc(32, 0x5a)]) {
      await expect(loadPersonalDataKeys({ source: 'environment', key })).rejects.toThrow(
        /PERSONAL_DATA_KEY is not a random key: its bytes are all the same.*openssl rand -base64 32/,
      );
    }
  });

  it('refuses a development key file of 32 zero bytes rather than replace it', async () => {
    const keyFile = join(dir, 'zero-key');
    const zeros = `${Buffer.alloc(32).toString('base64')}\n`;
    writeFileSync(keyFile, zeros);
    await expect(loadPersonalDataKeys({ source: 'development', keyFile })).rejects.toThrow(
      /zero-key does not hold a random key/,
    );
    expect(readFileSync(keyFile, 'utf8')).toBe(zeros);
  });

  it('makes a development key once, readable by its owner only, and keeps using it', async () => {
    const keyFile = join(dir, 'data', 'dev-personal-data-key');
    const first = await loadPersonalDataKeys({ source: 'development', keyFile });
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64')).toHaveLength(32);
    const again = await loadPersonalDataKeys({ source: 'development', keyFile });
    expect(again).toEqual(first);
  });

  it('refuses a development key file that holds no key rather than replace it', async () => {
    const keyFile = join(dir, 'broken-key');
    writeFileSync(keyFile, 'not a key\n');
    await expect(loadPersonalDataKeys({ source: 'development', keyFile })).rejects.toThrow(
      /broken-key does not hold base64 of 32 bytes/,
    );
    expect(readFileSync(keyFile, 'utf8')).toBe('not a key\n');
  });
});
