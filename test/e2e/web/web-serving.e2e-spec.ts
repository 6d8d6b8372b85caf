import { describePostgres } from '@loanbook/testing';
import { loadConfig } from '../../../apps/back-office/src/config/config';
import { startBackOffice, type RunningApp } from '../harness';
import { ensureWebBuild } from './web-support';

jest.setTimeout(180_000);

/** Development mode: the embedded store with no token provider (the harness sets a secret). */
const DEVELOPMENT = { AUTH_SHARED_SECRET: '' };

describe('development sign-in on the embedded store without a provider', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite', undefined, undefined, { env: DEVELOPMENT });
  });
  afterAll(() => bo?.close());

  it('signs a token for a name and roles that the API then takes, approval limit and all', async () => {
    const info = await bo.http().get('/api/v1/dev/sign-in').expect(200);
    expect(info.body).toEqual({
      roles: ['clerk', 'credit-officer', 'analyst', 'admin', 'accountant'],
      defaultApprovalLimit: '25000.00',
      tokenLifetimeSeconds: 8 * 3600,
    });
    const res = await bo
      .http()
      .post('/api/v1/dev/sign-in')
      .send({ name: 'bart', roles: ['credit-officer'], approvalLimit: '50000.00' })
      .expect(200);
    expect(res.body).toMatchObject({
      sub: 'bart',
      roles: ['credit-officer'],
      approvalLimit: '50000.00',
    });
    const lifetime = Date.parse(res.body.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(8 * 3600_000 - 60_000);
    expect(lifetime).toBeLessThanOrEqual(8 * 3600_000);
    const officer = bo.withToken(res.body.token);
    await officer.get('/api/v1/loans?awaiting=second-approval').expect(200);
    // The roles are the token's: an officer may not register an application.
    await officer.post('/api/v1/loans').send({}).expect(403);
    const [, payload] = (res.body.token as string).split('.');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({
      sub: 'bart',
      roles: ['credit-officer'],
      approval_limit: '50000.00',
    });
  });

  it('refuses a body it cannot sign, field by field, in Dutch when asked', async () => {
    const res = await bo
      .http()
      .post('/api/v1/dev/sign-in')
      .set('Accept-Language', 'nl')
      .send({ name: ' ', roles: ['boss'], approvalLimit: 5 })
      .expect(400);
    expect(res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['name', 'required'],
      ['roles', 'one-of'],
      ['approvalLimit', 'money-format'],
    ]);
    expect(res.headers['content-language']).toBe('nl');
  });
});

describe('no development sign-in elsewhere', () => {
  it('is a 404 problem with a shared secret on the embedded store', async () => {
    const bo = await startBackOffice('pglite');
    try {
      const res = await bo
        .http()
        .post('/api/v1/dev/sign-in')
        .send({ name: 'x', roles: ['admin'] });
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      await bo.http().get('/api/v1/dev/sign-in').expect(404);
    } finally {
      await bo.close();
    }
  });

  it('is a 404 under NODE_ENV=production, which refuses development mode outright', async () => {
    expect(() =>
      loadConfig({ EVENT_STORE: 'pglite', DATA_DIR: '/tmp/x', NODE_ENV: 'production' }),
    ).toThrow(/NODE_ENV=production refuses development sign-in/);
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const bo = await startBackOffice('pglite', undefined, undefined, {
        env: { NODE_ENV: 'production' },
      });
      try {
        await bo
          .http()
          .post('/api/v1/dev/sign-in')
          .send({ name: 'x', roles: ['admin'] })
          .expect(404);
      } finally {
        await bo.close();
      }
    } finally {
      process.env.NODE_ENV = before;
    }
  });
});

describePostgres('no development sign-in on PostgreSQL', () => {
  it('is a 404: PostgreSQL needs a shared secret or a provider', async () => {
    expect(() =>
      loadConfig({
        EVENT_STORE: 'postgres',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      }),
    ).toThrow(/AUTH_JWKS_URL/);
    const bo = await startBackOffice('postgres');
    try {
      await bo
        .http()
        .post('/api/v1/dev/sign-in')
        .send({ name: 'x', roles: ['admin'] })
        .expect(404);
    } finally {
      await bo.close();
    }
  });
});

describe('the web app served by the back office', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    await ensureWebBuild();
    bo = await startBackOffice('pglite', undefined, undefined, { env: DEVELOPMENT });
  });
  afterAll(() => bo?.close());

  it('serves index.html at / and at the app’s routes, never cached, under a strict CSP', async () => {
    for (const path of ['/', '/loans', '/loans/3f1c0d7e-0000-4000-8000-000000000000', '/sign-in']) {
      const res = await bo.http().get(path).set('Accept', 'text/html').expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toContain('<div id="root"></div>');
      const csp = res.headers['content-security-policy'] as string;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("script-src-attr 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      // No inline script for the CSP to refuse.
      expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it('serves the hashed assets with a year’s immutable cache, and a missing one as a 404', async () => {
    const index = await bo.http().get('/').set('Accept', 'text/html');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index.text)![1];
    const res = await bo.http().get(script).expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toMatch(/javascript/);
    await bo.http().get('/assets/index-missing.js').expect(404);
  });

  it('leaves the API and the health check theirs: an unknown API path is a problem+json 404', async () => {
    const unknown = await bo.http().get('/api/v1/no-such-thing').set('Accept', 'text/html');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    await bo.http().get('/api/v1/loans').set('Accept', 'text/html').expect(401);
    const health = await bo.http().get('/health').set('Accept', 'text/html').expect(200);
    expect(health.body.status).toBe('ok');
    const docs = await bo.http().get('/api/docs-json').expect(200);
    expect(docs.body.paths).toHaveProperty(['/api/v1/dev/sign-in']);
  });
});

describe('the back office without a web build', () => {
  it('answers / with a 404 that says how to build the app', async () => {
    const bo = await startBackOffice('pglite', undefined, undefined, {
      env: { WEB_DIR: '/nonexistent/loanbook-web' },
    });
    try {
      const res = await bo.http().get('/').set('Accept', 'text/html').expect(404);
      expect(res.body.detail).toMatch(/npm run web:build/);
    } finally {
      await bo.close();
    }
  });
});
