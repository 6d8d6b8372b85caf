import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import type { Response } from 'supertest';
import { hasSqlDatabase, type EventStore } from '@loanbook/event-store';
import { EVENT_STORE } from '../../../apps/back-office/src/infrastructure/tokens';
import { startBackOffice, testToken, type RunningApp } from '../harness';
import { impulskredietApplication } from '../fixtures';

jest.setTimeout(60_000);

const application = impulskredietApplication;

async function logSize(bo: RunningApp): Promise<{ count: number; last: number }> {
  const store = bo.app.get<EventStore>(EVENT_STORE);
  if (!hasSqlDatabase(store)) throw new Error('the tests count events with SQL');
  const [row] = await store.database().query<{
    count: number | string;
    last: number | string;
  }>('select count(*)::int as count, coalesce(max(global_position), 0)::bigint as last from events');
  return { count: Number(row.count), last: Number(row.last) };
}

function expectProblem(res: Response, status: number, type?: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, title: expect.any(String) });
  if (type) expect(res.body.type).toBe(`https://loanbook.dev/problems/${type}`);
  expectNoStackTrace(res);
}

function expectNoStackTrace(res: Response) {
  expect(res.text).not.toMatch(/\bat [\w.<>]+ \(|\.(ts|js):\d+:\d+|node_modules|\/work\/|Error:/);
  expect(res.body).not.toHaveProperty('stack');
}

function expectSecurityHeaders(res: Response) {
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
  expect(res.headers['x-frame-options']).toMatch(/^(DENY|SAMEORIGIN)$/);
  expect(res.headers).not.toHaveProperty('x-powered-by');
}

describe('hardening', () => {
  describe('with the default configuration', () => {
    let bo: RunningApp;
    beforeAll(async () => {
      bo = await startBackOffice('pglite');
    });
    afterAll(async () => {
      await bo?.close();
    });

    it('sends the security headers, and no X-Powered-By, on every kind of answer', async () => {
      const answers = [
        await bo.http().get('/health'),
        await bo.as('analyst').get('/api/v1/loans'),
        await bo.as('clerk').post('/api/v1/loans').send(application()),
        await bo.http().get('/api/v1/loans'),
        await bo.as('analyst').post('/api/v1/loans').send(application()),
        await bo.as('analyst').get('/api/v1/no-such-thing'),
        await bo.http().get('/api/docs-json'),
        await bo.http().get('/api/docs'),
        await bo.http().get('/api/docs/swagger-ui-bundle.js'),
      ];
      expect(answers.map((r) => r.status)).toEqual([200, 200, 201, 401, 403, 404, 200, 200, 200]);
      for (const res of answers) expectSecurityHeaders(res);
    });

    it('is closed to other origins: a preflight from https://evil.example gets no CORS headers', async () => {
      const preflight = await bo
        .http()
        .options('/api/v1/loans')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type');
      expect(preflight.status).toBeLessThan(500);
      expect(preflight.headers).not.toHaveProperty('access-control-allow-origin');
      expect(preflight.headers).not.toHaveProperty('access-control-allow-credentials');
      const simple = await bo
        .as('analyst')
        .get('/api/v1/loans')
        .set('Origin', 'https://evil.example');
      expect(simple.status).toBe(200);
      expect(simple.headers).not.toHaveProperty('access-control-allow-origin');
    });

    it('answers 413 problem+json to a body over 64 kB, and records nothing', async () => {
      const before = await logSize(bo);
      const loanId = randomUUID();
      const body = JSON.stringify(application({ loanId, purpose: 'x'.repeat(65 * 1024) }));
      expect(Buffer.byteLength(body)).toBeGreaterThan(64 * 1024);
      const res = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .set('Content-Type', 'application/json')
        .send(body);
      expectProblem(res, 413, 'payload-too-large');
      expect(await logSize(bo)).toEqual(before);
      expect((await bo.as('analyst').get(`/api/v1/loans/${loanId}`)).status).toBe(404);
    });

    it('refuses an oversized body from an anonymous client too (413 or 401), and records nothing', async () => {
      // The body is parsed before the guards run: whichever answers first, nothing is recorded.
      const before = await logSize(bo);
      const res = await bo
        .http()
        .post('/api/v1/loans')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ purpose: 'x'.repeat(200 * 1024) }));
      expect([401, 413]).toContain(res.status);
      expectProblem(res, res.status);
      expect(await logSize(bo)).toEqual(before);
    });

    it('accepts a body just under the limit as far as the size goes', async () => {
      const res = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(application({ purpose: 'x'.repeat(60 * 1024) }));
      // The purpose is too long for the application (1000 characters), not for the parser.
      expectProblem(res, 400, 'validation');
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'purpose', code: 'too-long' }),
      ]);
    });

    it.each<[string, (bo: RunningApp) => Promise<Response>, number]>([
      [
        'malformed JSON',
        (b) =>
          b.as('clerk').post('/api/v1/loans').set('Content-Type', 'application/json').send('{"a":'),
        400,
      ],
      [
        'an invalid field',
        (b) =>
          b
            .as('clerk')
            .post('/api/v1/loans')
            .send(application({ amount: 1 })),
        400,
      ],
      ['no token', (b) => b.http().get('/api/v1/loans'), 401],
      [
        'a bad token',
        (b) => b.http().get('/api/v1/loans').set('Authorization', 'Bearer a.b.c'),
        401,
      ],
      ['a forbidden role', (b) => b.as('analyst').post('/api/v1/loans').send(application()), 403],
      ['an unknown route', (b) => b.as('analyst').get('/api/v1/secrets'), 404],
      ['an unknown loan', (b) => b.as('analyst').get(`/api/v1/loans/${randomUUID()}`), 404],
      [
        'a broken rule',
        (b) =>
          b
            .as('clerk')
            .post('/api/v1/loans')
            .send(application({ amount: '30000.00' })),
        422,
      ],
      ['an unknown method', (b) => b.as('analyst').delete(`/api/v1/loans/${randomUUID()}`), 404],
    ])('answers %s with problem+json and no stack trace', async (_, call, status) => {
      const res = await call(bo);
      expectProblem(res, status);
      expectSecurityHeaders(res);
    });

    it.each([
      ['an unsupported charset', { 'Content-Type': 'application/json; charset=iso-8859-1' }],
      [
        'an unsupported content encoding',
        { 'Content-Type': 'application/json', 'Content-Encoding': 'compress' },
      ],
      [
        'a gzip body that is not gzip',
        { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      ],
    ])('answers %s with a 4xx problem, not a 500', async (_, headers) => {
      const before = await logSize(bo);
      let test = bo.as('clerk').post('/api/v1/loans');
      for (const [name, value] of Object.entries(headers)) test = test.set(name, value);
      const res = await test.send(JSON.stringify(application()));
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expectProblem(res, res.status);
      expect(await logSize(bo)).toEqual(before);
    });
    it.each([
      ['arrays', (d: number) => `{"purpose":${'['.repeat(d)}1${']'.repeat(d)}}`],
      ['objects', (d: number) => `{"borrower":${'{"a":'.repeat(d)}1${'}'.repeat(d)}}`],
    ])(
      'answers a body of %s nested thousands deep with 400, not a stack overflow (500)',
      async (_, nest) => {
        const before = await logSize(bo);
        for (const key of [undefined, `deep-${randomUUID()}`]) {
          let test = bo.as('clerk').post('/api/v1/loans').set('Content-Type', 'application/json');
          if (key) test = test.set('Idempotency-Key', key);
          const res = await test.send(nest(5000));
          expectProblem(res, 400, 'validation');
        }
        expect(await logSize(bo)).toEqual(before);
      },
    );

    it.each([
      ['a NUL character', 'oven\u0000and working capital'],
      ['an unpaired high surrogate', 'oven \ud800'],
      ['an unpaired low surrogate', '\udc00 oven'],
    ])(
      'answers text with %s (which PostgreSQL cannot store) with 400, not 500',
      async (_, purpose) => {
        const before = await logSize(bo);
        const res = await bo
          .as('clerk')
          .post('/api/v1/loans')
          .set('Content-Type', 'application/json')
          .send(JSON.stringify(application({ purpose })));
        expectProblem(res, 400, 'validation');
        expect(res.body.errors).toEqual([
          expect.objectContaining({ field: 'purpose', code: 'invalid-character' }),
        ]);
        expect(await logSize(bo)).toEqual(before);
        // A paired surrogate (an emoji) is text like any other.
        const emoji = await bo
          .as('clerk')
          .post('/api/v1/loans')
          .send(application({ purpose: 'oven 🥐 and working capital' }));
        expect(emoji.status).toBe(201);
      },
    );

    it('answers null for an optional field with 400 null-value, not 500, and records nothing', async () => {
      const loanId = (await bo.as('clerk').post('/api/v1/loans').send(application())).body
        .loanId as string;
      const before = await logSize(bo);
      const attempts: [string, () => Promise<Response>][] = [
        [
          'signedOn',
          () =>
            bo
              .as('clerk')
              .post('/api/v1/loans')
              .send(application({ signedOn: null })),
        ],
        [
          'annualRate',
          () =>
            bo
              .as('clerk')
              .post('/api/v1/loans')
              .send(application({ annualRate: null })),
        ],
        [
          'amount',
          () =>
            bo
              .as('officer')
              .post(`/api/v1/loans/${loanId}/approval`)
              .send({ approvedOn: '2018-03-15', amount: null }),
        ],
        [
          'offerValidUntil',
          () =>
            bo
              .as('officer')
              .post(`/api/v1/loans/${loanId}/approval`)
              .send({ approvedOn: '2018-03-15', offerValidUntil: null }),
        ],
        [
          'enterpriseNumber',
          () =>
            bo.as('clerk').post('/api/v1/inquiries').send({
              productCode: 'impulskrediet',
              contactedOn: '2022-02-14',
              channel: 'phone',
              enterpriseNumber: null,
            }),
        ],
      ];
      for (const [field, attempt] of attempts) {
        const res = await attempt();
        expectProblem(res, 400, 'validation');
        expect(res.body.errors).toEqual([expect.objectContaining({ field, code: 'null-value' })]);
      }
      expect(await logSize(bo)).toEqual(before);
    });

    it('answers a path with a malformed percent-encoding with a 4xx problem, not a 500', async () => {
      const before = await logSize(bo);
      for (const path of [
        '/api/v1/loans/%E0%A4%A/approval',
        '/api/v1/loans/%/events',
        '/api/v1/loans/%zz',
      ]) {
        const res = await (path.endsWith('approval')
          ? bo.as('officer').post(path).send({ approvedOn: '2018-03-15' })
          : bo.as('analyst').get(path));
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expectProblem(res, res.status);
      }
      expect(await logSize(bo)).toEqual(before);
    });
  });

  describe('CORS_ORIGINS', () => {
    let bo: RunningApp;
    beforeAll(async () => {
      bo = await startBackOffice('pglite', undefined, undefined, {
        env: { CORS_ORIGINS: 'https://backoffice.example.be' },
      });
    });
    afterAll(async () => {
      await bo?.close();
    });

    const preflight = (origin: string) =>
      bo
        .http()
        .options('/api/v1/loans')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST')
        .set(
          'Access-Control-Request-Headers',
          'authorization,content-type,idempotency-key,if-match',
        );

    it('opens the API to the configured origin, with the headers a client needs', async () => {
      const res = await preflight('https://backoffice.example.be');
      expect(res.status).toBeLessThan(300);
      expect(res.headers['access-control-allow-origin']).toBe('https://backoffice.example.be');
      const allowed = String(res.headers['access-control-allow-headers']).toLowerCase();
      for (const h of ['authorization', 'content-type', 'idempotency-key', 'if-match']) {
        expect(allowed).toContain(h);
      }
      const get = await bo
        .as('analyst')
        .get('/api/v1/loans')
        .set('Origin', 'https://backoffice.example.be');
      expect(get.headers['access-control-allow-origin']).toBe('https://backoffice.example.be');
      expect(String(get.headers['access-control-expose-headers'])).toMatch(/ETag/i);
    });

    it('stays closed to every other origin, lookalikes included', async () => {
      for (const origin of [
        'https://evil.example',
        'https://backoffice.example.be.evil.example',
        'http://backoffice.example.be',
        'https://backoffice.example.be:8443',
        'null',
      ]) {
        const res = await preflight(origin);
        expect(res.headers['access-control-allow-origin']).toBeUndefined();
      }
    });
  });

  describe('rate limit', () => {
    let bo: RunningApp;
    beforeAll(async () => {
      bo = await startBackOffice('pglite', undefined, undefined, {
        env: { RATE_LIMIT_PER_MINUTE: '5' },
      });
    });
    afterAll(async () => {
      await bo?.close();
    });

    it('answers the 6th request of a user in a minute with 429 and Retry-After; another user goes on', async () => {
      for (let i = 0; i < 5; i++) {
        expect((await bo.as('clerk').get('/api/v1/loans')).status).toBe(200);
      }
      const before = await logSize(bo);
      const sixth = await bo.as('clerk').post('/api/v1/loans').send(application());
      expectProblem(sixth, 429, 'too-many-requests');
      const retryAfter = Number(sixth.headers['retry-after']);
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(await logSize(bo)).toEqual(before);

      expect((await bo.as('analyst').get('/api/v1/loans')).status).toBe(200);
    });

    it('counts per user, not per token: a fresh token of the same user is limited too', async () => {
      for (let i = 0; i < 5; i++) {
        expect((await bo.as('officer2').get('/api/v1/loans')).status).toBe(200);
      }
      const fresh = await testToken({ sub: 'officer-chloe', roles: ['credit-officer'] }, 120);
      expectProblem(await bo.withToken(fresh).get('/api/v1/loans'), 429, 'too-many-requests');
    });

    it('counts requests without a valid token per address: guessing tokens is limited too, /health never', async () => {
      for (let i = 0; i < 5; i++) {
        expectProblem(
          await bo.http().get('/api/v1/loans').set('Authorization', 'Bearer a.b.c'),
          401,
          'unauthenticated',
        );
      }
      const sixth = await bo.http().get('/api/v1/loans');
      expectProblem(sixth, 429, 'too-many-requests');
      expect(Number(sixth.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      for (let i = 0; i < 8; i++) expect((await bo.http().get('/health')).status).toBe(200);
    });
  });

  describe('JWKS (an OpenID Connect provider, Keycloak style)', () => {
    const ISSUER = 'https://idp.example.be/realms/lender';
    const AUDIENCE = 'loanbook-back-office';
    let server: Server;
    let bo: RunningApp;
    let key: { privateKey: KeyLike; publicKey: KeyLike };
    let jwksFetches = 0;

    beforeAll(async () => {
      key = await generateKeyPair('RS256');
      const jwk = {
        ...(await exportJWK(key.publicKey)),
        kid: 'provider-key-1',
        alg: 'RS256',
        use: 'sig',
      };
      server = createServer((req, res) => {
        if (req.url === '/realms/lender/protocol/openid-connect/certs') {
          jwksFetches++;
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ keys: [jwk] }));
        } else {
          res.writeHead(404).end();
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      bo = await startBackOffice('pglite', undefined, undefined, {
        env: {
          AUTH_SHARED_SECRET: '',
          AUTH_JWKS_URL: `http://127.0.0.1:${port}/realms/lender/protocol/openid-connect/certs`,
          AUTH_ISSUER: ISSUER,
          AUTH_AUDIENCE: AUDIENCE,
          AUTH_ROLES_CLAIM: 'realm_access.roles',
        },
      });
    });
    afterAll(async () => {
      await bo?.close();
      await new Promise((resolve) => server?.close(resolve));
    });

    const token = (
      roles: string[],
      {
        signWith = key.privateKey,
        kid = 'provider-key-1',
        issuer = ISSUER,
        audience = AUDIENCE,
        sub = 'f3c1a7e2-keycloak-user',
      }: {
        signWith?: KeyLike;
        kid?: string;
        issuer?: string;
        audience?: string;
        sub?: string;
      } = {},
    ) =>
      new SignJWT({ realm_access: { roles: [...roles, 'offline_access', 'uma_authorization'] } })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setSubject(sub)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(signWith);

    it("accepts the provider's tokens with the roles under realm_access.roles", async () => {
      const clerk = bo.withToken(await token(['clerk'], { sub: 'kc-clerk' }));
      const applied = await clerk.post('/api/v1/loans').send(application());
      expect(applied.status).toBe(201);
      const events = await bo
        .withToken(await token(['analyst']))
        .get(`/api/v1/loans/${applied.body.loanId}/events`);
      expect(events.status).toBe(200);
      expect(events.body.events[0].metadata.actor).toBe('kc-clerk');
      expect(jwksFetches).toBeGreaterThanOrEqual(1);
    });

    it('takes the roles from that claim only', async () => {
      const analyst = bo.withToken(await token(['analyst']));
      expectProblem(await analyst.post('/api/v1/loans').send(application()), 403, 'forbidden');
      // A top-level roles claim means nothing here.
      const topLevel = await new SignJWT({ roles: ['clerk'] })
        .setProtectedHeader({ alg: 'RS256', kid: 'provider-key-1' })
        .setSubject('kc-someone')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime('5m')
        .sign(key.privateKey);
      expectProblem(
        await bo.withToken(topLevel).post('/api/v1/loans').send(application()),
        403,
        'forbidden',
      );
    });

    it('refuses a token from another key pair, under the same kid or another one', async () => {
      const other = await generateKeyPair('RS256');
      for (const kid of ['provider-key-1', 'attacker-key']) {
        const res = await bo
          .http()
          .get('/api/v1/loans')
          .set(
            'Authorization',
            `Bearer ${await token(['analyst'], { signWith: other.privateKey, kid })}`,
          );
        expectProblem(res, 401, 'unauthenticated');
        expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
      }
    });

    it('refuses a token with the wrong issuer or audience', async () => {
      for (const options of [
        { issuer: 'https://idp.example.be/realms/other' },
        { issuer: 'https://evil.example/realms/lender' },
        { audience: 'another-client' },
      ]) {
        const res = await bo
          .http()
          .get('/api/v1/loans')
          .set('Authorization', `Bearer ${await token(['analyst'], options)}`);
        expectProblem(res, 401, 'unauthenticated');
      }
    });

    it('refuses HS256 tokens: neither the shared secret of the tests nor the public key as a secret', async () => {
      const shared = await testToken({ sub: 'clerk-anna', roles: ['clerk'] });
      expectProblem(
        await bo.http().get('/api/v1/loans').set('Authorization', `Bearer ${shared}`),
        401,
        'unauthenticated',
      );
      // Algorithm confusion: the provider's public key (which anyone can fetch) used as an HMAC key.
      const pem = await exportSPKI(key.publicKey);
      const confused = await new SignJWT({ realm_access: { roles: ['admin', 'clerk'] } })
        .setProtectedHeader({ alg: 'HS256', kid: 'provider-key-1' })
        .setSubject('mallory')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(pem));
      expectProblem(
        await bo.http().get('/api/v1/loans').set('Authorization', `Bearer ${confused}`),
        401,
        'unauthenticated',
      );
    });
  });
});
