import { SignJWT } from 'jose';
import { PassThrough } from 'node:stream';
import { ConfigError, loadConfig } from '../../../apps/back-office/src/config/config';
import { main } from '../../../apps/cli/src/main';
import { startBackOffice, TEST_AUTH_SECRET, type RunningApp } from '../harness';

jest.setTimeout(60_000);

// Issue 18's security finding: a correctly signed token without exp, or with an exp ten years
// ahead, was accepted. A token must expire, within AUTH_MAX_TOKEN_AGE (default a working day,
// 10 h) of when it was issued; `npm run token` never signs a longer one.

const now = () => Math.floor(Date.now() / 1000);
const token = (times: { iat?: number; exp?: number }) => {
  let jwt = new SignJWT({ roles: ['analyst'] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('eva')
    .setIssuer('loanbook')
    .setAudience('loanbook-back-office');
  if (times.iat !== undefined) jwt = jwt.setIssuedAt(times.iat);
  if (times.exp !== undefined) jwt = jwt.setExpirationTime(times.exp);
  return jwt.sign(new TextEncoder().encode(TEST_AUTH_SECRET));
};

let bo: RunningApp;
beforeAll(async () => {
  bo = await startBackOffice('pglite');
});
afterAll(() => bo?.close());

const status = async (jwt: string) => bo.withToken(jwt).get('/api/v1/loans?limit=1');

it('a token without exp is refused (401), and says why', async () => {
  const res = await status(await token({ iat: now() }));
  expect(res.status).toBe(401);
  expect(res.body.detail).toContain('no expiry');
});

it('a token with an exp ten years ahead is refused, issued now or without iat', async () => {
  const tenYears = now() + 10 * 365 * 24 * 3600;
  for (const jwt of [await token({ iat: now(), exp: tenYears }), await token({ exp: tenYears })]) {
    const res = await status(jwt);
    expect(res.status).toBe(401);
    expect(res.body.detail).toContain('longer than the 10 h');
  }
});

it('a token of a working day is accepted; AUTH_MAX_TOKEN_AGE sets another limit', async () => {
  expect((await status(await token({ iat: now(), exp: now() + 10 * 3600 }))).status).toBe(200);
  const short = await startBackOffice('pglite', undefined, undefined, {
    env: { AUTH_MAX_TOKEN_AGE: '90m' },
  });
  try {
    const jwt = await token({ iat: now(), exp: now() + 2 * 3600 });
    const res = await short.withToken(jwt).get('/api/v1/loans?limit=1');
    expect(res.status).toBe(401);
    expect(res.body.detail).toContain('90 min');
  } finally {
    await short.close();
  }
});

it('AUTH_MAX_TOKEN_AGE that is no lifetime stops the start with what to set', () => {
  expect(() =>
    loadConfig({ AUTH_SHARED_SECRET: TEST_AUTH_SECRET, AUTH_MAX_TOKEN_AGE: 'forever' }),
  ).toThrow(ConfigError);
  expect(() =>
    loadConfig({ AUTH_SHARED_SECRET: TEST_AUTH_SECRET, AUTH_MAX_TOKEN_AGE: '30d' }),
  ).toThrow(/AUTH_MAX_TOKEN_AGE=30d is not a token lifetime/);
});

it('npm run token signs no token longer than the limit', async () => {
  let err = '';
  const stderr = new PassThrough();
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const io = {
    env: { AUTH_SHARED_SECRET: TEST_AUTH_SECRET, AUTH_MAX_TOKEN_AGE: '8h' },
    stdout: new PassThrough().resume(),
    stderr,
  };
  expect(
    await main(
      ['node', 'main.js', 'token', '--sub', 'eva', '--roles', 'analyst', '--ttl', '9'],
      io,
    ),
  ).toBe(2);
  expect(err).toContain('longer than the 8 hours');
});
