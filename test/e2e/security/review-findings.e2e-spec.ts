// The findings of the security review (issue 17), each over HTTP: idempotency under
// concurrency, 503 when PostgreSQL refuses connections, roles for the API documentation, case
// in identities, the documents' CSP, tokens in the request log.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Response } from 'supertest';
import { createEventStore } from '@loanbook/event-store';
import type { Role } from '../../../apps/back-office/src/auth/roles';
import { READ_LOANS } from '../../../apps/back-office/src/auth/decorators';
import { ROLES } from '../../../apps/back-office/src/auth/roles';
import { describePostgres, TEST_DATABASE_URL } from '../../support';
import {
  BackOfficeProcess,
  buildBackOffice,
  type BuiltBackOffice,
} from '../../support/back-office-process';
import { TEST_PERSONAL_DATA_KEY } from '../../support/personal-data-key';
import { impulskredietApplication } from '../fixtures';
import {
  startBackOffice,
  TEST_AUTH_SECRET,
  testToken,
  type RunningApp,
  type StoreKind,
  type UserClient,
} from '../harness';

jest.setTimeout(180_000);

const PROBLEM_JSON = /^application\/problem\+json/;

function expectKeyReused(res: Response): void {
  expect({ status: res.status, rule: res.body?.violations?.[0]?.rule }).toEqual({
    status: 422,
    rule: 'idempotency-key-reused',
  });
}

/**
 * Requests sent at once with one key: those with the recorded body get one reply, the same
 * for all of them, every other body a 422. `winner` names the body that was recorded.
 */
function expectOnlyTheRecordedBodyAnswered(
  replies: Response[],
  bodyOf: (i: number) => string,
  winner: string,
  success: number,
): void {
  const winners = replies.filter((_, i) => bodyOf(i) === winner);
  expect(winners.length).toBeGreaterThan(0);
  for (const r of winners) {
    expect(r.status).toBe(success);
    expect(r.body).toEqual(winners[0].body);
  }
  const others = replies.filter((_, i) => bodyOf(i) !== winner);
  expect(others.length).toBeGreaterThan(0);
  for (const r of others) expectKeyReused(r);
}

function concurrentKeySuite(kind: StoreKind) {
  describe(`one Idempotency-Key, 20 requests at once with different bodies, on ${kind}`, () => {
    let bo: RunningApp;
    beforeAll(async () => {
      bo = await startBackOffice(kind);
    });
    afterAll(async () => {
      await bo?.close();
    });

    const PARALLEL = 20;
    const days = ['2018-03-10', '2018-03-11', '2018-03-12', '2018-03-13'];

    it('approvals: the recorded body gets the first reply, every other body 422, one LoanApproved', async () => {
      for (let round = 0; round < 5; round++) {
        const registered = await bo
          .as('clerk')
          .post('/api/v1/loans')
          .send(impulskredietApplication());
        expect(registered.status).toBe(201);
        const loanId = registered.body.loanId as string;
        const key = `approve-${randomUUID()}`;
        const dayOf = (i: number) => days[i % days.length];
        const replies = await Promise.all(
          Array.from({ length: PARALLEL }, (_, i) =>
            bo
              .as('officer')
              .post(`/api/v1/loans/${loanId}/approval`)
              .set('Idempotency-Key', key)
              .send({ approvedOn: dayOf(i) }),
          ),
        );
        const events = (await bo.as('analyst').get(`/api/v1/loans/${loanId}/events`)).body
          .events as { type: string; data: { approvedOn?: string } }[];
        const approved = events.filter((e) => e.type === 'LoanApproved');
        expect(approved).toHaveLength(1);
        expectOnlyTheRecordedBodyAnswered(replies, dayOf, approved[0].data.approvedOn!, 200);
      }
    });

    it('applications with a given loanId: the recorded body gets the first reply, every other body 422', async () => {
      const loanId = randomUUID();
      const key = `apply-${randomUUID()}`;
      const purposeOf = (i: number) => `purpose ${i % 4}`;
      const replies = await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          bo
            .as('clerk')
            .post('/api/v1/loans')
            .set('Idempotency-Key', key)
            .send(impulskredietApplication({ loanId, purpose: purposeOf(i) })),
        ),
      );
      const events = (await bo.as('analyst').get(`/api/v1/loans/${loanId}/events`)).body.events as {
        type: string;
        data: { purpose?: string };
      }[];
      expect(events.map((e) => e.type)).toEqual(['LoanApplied']);
      expectOnlyTheRecordedBodyAnswered(replies, purposeOf, events[0].data.purpose!, 201);
    });

    it('inquiries with a given inquiryId: the recorded body gets the first reply, every other body 422', async () => {
      const inquiryId = randomUUID();
      const key = `inquiry-${randomUUID()}`;
      const dayOf = (i: number) => `2022-02-1${i % 4}`;
      const replies = await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          bo
            .as('clerk')
            .post('/api/v1/inquiries')
            .set('Idempotency-Key', key)
            .send({
              inquiryId,
              productCode: 'impulskrediet',
              contactedOn: dayOf(i),
              channel: 'phone',
            }),
        ),
      );
      const succeeded = replies.filter((r) => r.status === 201);
      expect(succeeded.length).toBeGreaterThan(0);
      // Which body was recorded: the one whose requests succeeded (all alike, checked below).
      const winner = dayOf(replies.indexOf(succeeded[0]));
      expectOnlyTheRecordedBodyAnswered(replies, dayOf, winner, 201);
    });

    it('reference curves: the recorded body gets the first reply, every other body 422', async () => {
      const key = `curve-${randomUUID()}`;
      const rateOf = (i: number) => `0.0${i % 4}1`;
      const replies = await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          bo
            .as('officer')
            .post('/api/v1/reference-curves')
            .set('Idempotency-Key', key)
            .send({
              recordedOn: '2020-06-30',
              points: [
                { tenorMonths: 12, rate: rateOf(i) },
                { tenorMonths: 24, rate: '0.02' },
              ],
            }),
        ),
      );
      const succeeded = replies.filter((r) => r.status === 201);
      expect(succeeded.length).toBeGreaterThan(0);
      const winner = rateOf(replies.indexOf(succeeded[0]));
      expectOnlyTheRecordedBodyAnswered(replies, rateOf, winner, 201);
    });
  });
}

concurrentKeySuite('pglite');
describePostgres('on PostgreSQL', () => concurrentKeySuite('postgres'));

describePostgres('a PostgreSQL database that refuses connections (ALLOW_CONNECTIONS false)', () => {
  const database = `loanbook_refuses_${randomBytes(4).toString('hex')}`;
  const url = (() => {
    const u = new URL(TEST_DATABASE_URL);
    u.pathname = `/${database}`;
    return u.toString();
  })();
  const admin = () => {
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    client.on('error', () => undefined);
    return client;
  };
  const sql = async (text: string) => {
    const client = admin();
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  let bo: RunningApp | undefined;

  beforeAll(async () => {
    await sql(`CREATE DATABASE "${database}"`);
    bo = await startBackOffice('postgres', undefined, 'loanbook', {
      env: { DATABASE_URL: url },
      eventStore: createEventStore({ kind: 'postgres', connectionString: url, schema: 'loanbook' }),
    });
  });
  afterAll(async () => {
    await bo?.close().catch(() => undefined);
    await sql(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });

  it('answers every command and read 503 with Retry-After, never 500, as /health does', async () => {
    const app = bo!;
    const registered = await app.as('clerk').post('/api/v1/loans').send(impulskredietApplication());
    expect(registered.status).toBe(201);
    const loanId = registered.body.loanId as string;

    // New connections are refused (55000); the open ones are ended (57P01), so that the pool
    // has to connect again.
    await sql(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
    await sql(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()`,
    );

    const answers: Response[] = [];
    for (let i = 0; i < 3; i++) {
      answers.push(
        ...(await Promise.all([
          app.as('clerk').post('/api/v1/loans').send(impulskredietApplication()),
          app
            .as('officer')
            .post(`/api/v1/loans/${loanId}/approval`)
            .send({ approvedOn: '2018-03-15' }),
          app.as('analyst').get(`/api/v1/loans/${loanId}`),
          app.as('analyst').get(`/api/v1/loans/${loanId}/events`),
          app
            .as('clerk')
            .post('/api/v1/inquiries')
            .send({ productCode: 'impulskrediet', contactedOn: '2022-02-14', channel: 'phone' }),
        ])),
      );
    }
    for (const res of answers) {
      expect({ status: res.status, type: res.body?.type }).toEqual({
        status: 503,
        type: expect.stringMatching(/unavailable$/),
      });
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(res.headers['retry-after']).toBe('5');
    }
    const health = await app.http().get('/health');
    expect(health.status).toBe(503);
  });
});

describe('the API documentation is public, the routes it lists are not (issue 18)', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(async () => {
    await bo?.close();
  });

  it('answers a valid token with no role 200 on /api/docs and /api/docs-json, and 403 on a route', async () => {
    for (const roles of [[], ['auditor' as Role]]) {
      const token = await testToken({ sub: 'visitor-zoe', roles });
      for (const url of ['/api/docs', '/api/docs-json']) {
        expect((await bo.withToken(token).get(url)).status).toBe(200);
      }
      const route = await bo.withToken(token).get('/api/v1/loans');
      expect(route.status).toBe(403);
      expect(route.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(route.body).toMatchObject({
        status: 403,
        type: expect.stringMatching(/forbidden$/),
        requiredRoles: [...READ_LOANS],
      });
    }
  });

  it.each(ROLES)('answers a token with the role %s 200, as it answers no token', async (role) => {
    const token = await testToken({ sub: `reader-${role}`, roles: [role] });
    for (const client of [bo.withToken(token), { get: (url: string) => bo.http().get(url) }]) {
      const json = await client.get('/api/docs-json');
      expect(json.status).toBe(200);
      expect(json.body.openapi).toMatch(/^3\./);
      expect((await client.get('/api/docs/')).status).toBe(200);
    }
  });
});

describe('four eyes compares identities without regard to case', () => {
  let bo: RunningApp;
  let client: (sub: string, roles: Role[], approvalLimit?: string) => Promise<UserClient>;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
    client = async (sub, roles, approvalLimit) =>
      bo.withToken(await testToken({ sub, roles, approvalLimit }));
  });
  afterAll(async () => {
    await bo?.close();
  });

  it('refuses KIM the approval of what Kim registered, and records Kim as the registrar', async () => {
    const kim = await client('Kim', ['clerk', 'credit-officer']);
    const registered = await kim.post('/api/v1/loans').send(impulskredietApplication());
    expect(registered.status).toBe(201);
    const loanId = registered.body.loanId as string;
    for (const sub of ['KIM', 'kim']) {
      const other = await client(sub, ['credit-officer']);
      const res = await other
        .post(`/api/v1/loans/${loanId}/approval`)
        .send({ approvedOn: '2018-03-15' });
      expect(res.status).toBe(422);
      expect(res.body.violations.map((v: { rule: string }) => v.rule)).toEqual([
        'four-eyes-registrar',
      ]);
    }
    const events = (await bo.as('analyst').get(`/api/v1/loans/${loanId}/events`)).body.events;
    expect(events[0]).toMatchObject({ type: 'LoanApplied', data: { registeredBy: 'Kim' } });
  });

  it('refuses Officer-Gert the second approval of what officer-gert proposed', async () => {
    const registered = await bo.as('clerk').post('/api/v1/loans').send(impulskredietApplication());
    const loanId = registered.body.loanId as string;
    const gert = await client('officer-gert', ['credit-officer'], '10000.00');
    const proposed = await gert
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({ approvedOn: '2018-03-15' });
    expect(proposed.status).toBe(200);
    const again = await client('Officer-Gert', ['credit-officer'], '1000000.00');
    const res = await again
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({ approvedOn: '2018-03-16' });
    expect(res.status).toBe(422);
    expect(res.body.violations.map((v: { rule: string }) => v.rule)).toEqual([
      'four-eyes-second-approval',
    ]);
  });
});

describe("the documents' HTML renditions carry a strict Content-Security-Policy", () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite', undefined, undefined, {
      env: { DOCUMENTS: 'on', DOCUMENTS_POLL_MS: '50' },
    });
  });
  afterAll(async () => {
    await bo?.close();
  });

  it("answers ?format=html with default-src 'none' and only inline style besides", async () => {
    const registered = await bo.as('clerk').post('/api/v1/loans').send(impulskredietApplication());
    const loanId = registered.body.loanId as string;
    const approved = await bo
      .as('officer')
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({ approvedOn: '2021-03-15' })
      .expect(200);
    const list = await bo
      .as('analyst')
      .get(`/api/v1/loans/${loanId}/documents?minPosition=${approved.body.position}`)
      .expect(200);
    const [document] = list.body.documents as { documentId: string }[];
    const html = await bo
      .as('analyst')
      .get(`/api/v1/loans/${loanId}/documents/${document.documentId}?format=html`)
      .expect(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    const csp = (html.headers['content-security-policy'] as string).split(';').map((d) => d.trim());
    expect(csp).toEqual(
      expect.arrayContaining([
        "default-src 'none'",
        "style-src 'unsafe-inline'",
        "frame-ancestors 'none'",
      ]),
    );
    expect(csp.filter((d) => /^(script|img|connect|font)-src/.test(d))).toEqual([]);
    // The rendition needs nothing the policy forbids: inline style only, no script, no image.
    expect(html.text).not.toMatch(/<script|<img|<link|src=|url\(/i);
  });
});

describe('tokens in the request log', () => {
  let build: BuiltBackOffice;
  let server: BackOfficeProcess | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'loanbook-log-'));
  beforeAll(async () => {
    build = await buildBackOffice();
    server = await BackOfficeProcess.start(build, {
      env: {
        EVENT_STORE: 'pglite',
        DATA_DIR: dataDir,
        AUTH_SHARED_SECRET: TEST_AUTH_SECRET,
        PERSONAL_DATA_KEY: TEST_PERSONAL_DATA_KEY,
        LOG_LEVEL: 'info',
      },
    });
  });
  afterAll(async () => {
    await server?.stop().catch(() => undefined);
    build?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs neither a token sent in the query string, nor the Authorization header, nor cookies', async () => {
    const s = server!;
    const token = await testToken({ sub: 'analyst-eva', roles: ['analyst'] });
    const signature = token.split('.')[2];
    const requestId = `log-check-${randomUUID()}`;
    const refused = await fetch(`${s.url}/api/v1/loans?access_token=${token}&status=applied`, {
      headers: { 'X-Request-Id': `${requestId}-1` },
    });
    expect(refused.status).toBe(401);
    const others = await fetch(
      `${s.url}/api/v1/loans?token=${token}&id_token=${token}&code=oauth-code-${signature}`,
      { headers: { 'X-Request-Id': `${requestId}-2` } },
    );
    expect(others.status).toBe(401);
    const answered = await fetch(`${s.url}/api/v1/loans`, {
      headers: {
        Authorization: `Bearer ${token}`,
        Cookie: `session=cookie-${signature}`,
        'X-Request-Id': `${requestId}-3`,
      },
    });
    expect(answered.status).toBe(200);
    await s.explainFailure(async () => {
      const deadline = Date.now() + 10_000;
      while (!s.output().includes(`${requestId}-3`) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      const log = s.output();
      expect(log).toContain(`${requestId}-1`);
      expect(log).toContain('access_token=[redacted]&status=applied');
      expect(log).toContain('token=[redacted]&id_token=[redacted]&code=[redacted]');
      expect(log).not.toContain(signature);
      expect(log).not.toContain(token);
      expect(log).not.toMatch(/Bearer\s+ey/);
    });
  });
});
