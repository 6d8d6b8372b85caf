import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Response } from 'supertest';
import { hasSqlDatabase, type EventStore } from '@loanbook/event-store';
import type { Role } from '../../../apps/back-office/src/auth/roles';
import { EVENT_STORE } from '../../../apps/back-office/src/infrastructure/tokens';
import {
  startBackOffice,
  TEST_AUTH_SECRET,
  testToken,
  type RunningApp,
  type TestUser,
  type UserClient,
} from '../harness';
import {
  activeLoan,
  LENDER_IBAN,
  statementFile,
  suspenseItem,
  uploadStatement,
  approvedOffer,
  assessedLoan,
  defaultedLoan,
  household,
  defaultedWinwin,
  guaranteedLoan,
  impulskredietApplication,
  lenderPersonId,
  offerDocumentPath,
  refusedLoan,
  registeredLoan,
} from '../fixtures';

jest.setTimeout(120_000);

// Every endpoint of the OpenAPI document against every role. The table below is the
// expectation; an endpoint the document lists and the table does not fails the suite, so a new
// endpoint cannot go out without its roles being checked here.

const ROLE_USERS: Record<Role, TestUser> = {
  clerk: 'clerk',
  'credit-officer': 'officer',
  analyst: 'analyst',
  admin: 'admin',
  accountant: 'accountant',
};
const ALL_ROLES = Object.keys(ROLE_USERS) as Role[];
const READ_LOANS: Role[] = ['clerk', 'credit-officer', 'analyst', 'admin'];
const READ_REPORTS: Role[] = ['analyst', 'credit-officer'];
const READ_BOOKS: Role[] = ['analyst', 'accountant'];

const application = impulskredietApplication;

interface Endpoint {
  /** The roles that may call it; 'public': no token needed (the health check). */
  roles: Role[] | 'public';
  /** A concrete URL for the checks that never reach the handler (401, 403). */
  url: string;
  /** Sets up what a valid call needs (as other users): a fresh loan, a fresh person. */
  prepare?: (bo: RunningApp) => Promise<string>;
  /** A valid request as this client, on the loan or person `prepare` made. */
  request: (as: UserClient, id: string) => Test;
  /** Writes something when allowed: a refused attempt must leave the log as it was. */
  command?: boolean;
  /** A body that is a file, not JSON: what the checks without a valid token send. */
  file?: () => Buffer;
}

type Test = ReturnType<UserClient['get']>;

const someLoan = `/api/v1/loans/${randomUUID()}`;
const referenceCurve = {
  recordedOn: '2013-11-08',
  points: [
    { tenorMonths: 24, rate: '0.00531' },
    { tenorMonths: 36, rate: '0.00709' },
  ],
};

/** Method and OpenAPI path → who may call it and how to call it validly. */
const ENDPOINTS: Record<string, Endpoint> = {
  'GET /health': {
    roles: 'public',
    url: '/health',
    request: (as) => as.get('/health'),
  },
  'GET /api/v1/loans': {
    roles: READ_LOANS,
    url: '/api/v1/loans',
    request: (as) => as.get('/api/v1/loans?limit=5'),
  },
  'POST /api/v1/loans': {
    roles: ['clerk'],
    url: '/api/v1/loans',
    command: true,
    request: (as) => as.post('/api/v1/loans').send(application()),
  },
  'GET /api/v1/loans/{loanId}': {
    roles: READ_LOANS,
    url: someLoan,
    prepare: registeredLoan,
    request: (as, loanId) => as.get(`/api/v1/loans/${loanId}`),
  },
  'GET /api/v1/loans/{loanId}/events': {
    roles: READ_LOANS,
    url: `${someLoan}/events`,
    prepare: registeredLoan,
    request: (as, loanId) => as.get(`/api/v1/loans/${loanId}/events`),
  },
  'GET /api/v1/loans/{loanId}/schedule': {
    roles: READ_LOANS,
    url: `${someLoan}/schedule`,
    prepare: activeLoan,
    request: (as, loanId) => as.get(`/api/v1/loans/${loanId}/schedule`),
  },
  'POST /api/v1/loans/{loanId}/approval': {
    roles: ['credit-officer'],
    url: `${someLoan}/approval`,
    command: true,
    prepare: registeredLoan,
    request: (as, loanId) =>
      as.post(`/api/v1/loans/${loanId}/approval`).send({ approvedOn: '2018-03-15' }),
  },
  'POST /api/v1/loans/{loanId}/refusal': {
    roles: ['credit-officer'],
    url: `${someLoan}/refusal`,
    command: true,
    prepare: registeredLoan,
    request: (as, loanId) =>
      as
        .post(`/api/v1/loans/${loanId}/refusal`)
        .send({ refusedOn: '2018-03-20', reasons: ['known-payment-arrears'], explanation: 'x' }),
  },
  'POST /api/v1/loans/{loanId}/withdrawal': {
    roles: ['clerk', 'credit-officer'],
    url: `${someLoan}/withdrawal`,
    command: true,
    prepare: registeredLoan,
    request: (as, loanId) =>
      as
        .post(`/api/v1/loans/${loanId}/withdrawal`)
        .send({ withdrawnOn: '2018-03-25', reason: 'found other financing' }),
  },
  'POST /api/v1/loans/{loanId}/disbursement': {
    roles: ['clerk'],
    url: `${someLoan}/disbursement`,
    command: true,
    prepare: approvedOffer,
    request: (as, loanId) =>
      as.post(`/api/v1/loans/${loanId}/disbursement`).send({ disbursedOn: '2018-03-20' }),
  },
  'POST /api/v1/loans/{loanId}/repayments': {
    roles: ['clerk'],
    url: `${someLoan}/repayments`,
    command: true,
    prepare: activeLoan,
    request: (as, loanId) =>
      as
        .post(`/api/v1/loans/${loanId}/repayments`)
        .send({ paidOn: '2018-04-20', amount: '483.32' }),
  },
  'GET /api/v1/loans/{loanId}/early-repayment-quote': {
    roles: READ_LOANS,
    url: `${someLoan}/early-repayment-quote?on=2018-04-10&amount=1000.00`,
    prepare: activeLoan,
    request: (as, loanId) =>
      as.get(`/api/v1/loans/${loanId}/early-repayment-quote?on=2018-04-10&amount=1000.00`),
  },
  'POST /api/v1/loans/{loanId}/early-repayments': {
    roles: ['clerk'],
    url: `${someLoan}/early-repayments`,
    command: true,
    prepare: activeLoan,
    request: (as, loanId) =>
      as
        .post(`/api/v1/loans/${loanId}/early-repayments`)
        .send({ repaidOn: '2018-04-10', amount: '1000.00' }),
  },
  'POST /api/v1/loans/{loanId}/written-refusal': {
    roles: ['clerk', 'credit-officer'],
    url: `${someLoan}/written-refusal`,
    command: true,
    prepare: refusedLoan,
    request: (as, loanId) =>
      as.post(`/api/v1/loans/${loanId}/written-refusal`).send({ requestedOn: '2018-04-02' }),
  },
  'POST /api/v1/loans/{loanId}/application-information': {
    roles: ['clerk', 'credit-officer'],
    url: `${someLoan}/application-information`,
    command: true,
    prepare: registeredLoan,
    request: (as, loanId) =>
      as.post(`/api/v1/loans/${loanId}/application-information`).send({
        recordedOn: '2018-03-05',
        items: [{ item: 'financial-results-and-plan', status: 'provided' }],
      }),
  },
  'GET /api/v1/loans/{loanId}/application-information': {
    roles: READ_LOANS,
    url: `${someLoan}/application-information`,
    prepare: registeredLoan,
    request: (as, loanId) => as.get(`/api/v1/loans/${loanId}/application-information`),
  },
  'POST /api/v1/loans/{loanId}/credit-assessment': {
    roles: ['clerk', 'credit-officer'],
    url: `${someLoan}/credit-assessment`,
    command: true,
    prepare: registeredLoan,
    request: (as, loanId) =>
      as
        .post(`/api/v1/loans/${loanId}/credit-assessment`)
        .send({ assessedOn: '2018-03-05', household: household() }),
  },
  'GET /api/v1/loans/{loanId}/credit-assessment': {
    roles: READ_LOANS,
    url: `${someLoan}/credit-assessment`,
    prepare: assessedLoan,
    request: (as, loanId) => as.get(`/api/v1/loans/${loanId}/credit-assessment`),
  },
  'GET /api/v1/loans/{loanId}/documents': {
    roles: READ_LOANS,
    url: `${someLoan}/documents`,
    prepare: approvedOffer,
    request: (as, loanId) => as.get(`/api/v1/loans/${loanId}/documents`),
  },
  'GET /api/v1/loans/{loanId}/documents/{documentId}': {
    roles: READ_LOANS,
    url: `${someLoan}/documents/${randomUUID()}`,
    prepare: offerDocumentPath,
    request: (as, path) => as.get(`/api/v1/loans/${path}?format=pdf`),
  },
  'GET /api/v1/loans/{loanId}/arrears': {
    roles: READ_LOANS,
    url: `${someLoan}/arrears`,
    prepare: activeLoan,
    request: (as, loanId) => as.get(`/api/v1/loans/${loanId}/arrears?asOf=2018-06-01`),
  },
  'POST /api/v1/loans/{loanId}/guarantees/{guaranteeId}/release': {
    roles: ['credit-officer'],
    url: `${someLoan}/guarantees/g1/release`,
    command: true,
    prepare: guaranteedLoan,
    request: (as, loanId) =>
      as.post(`/api/v1/loans/${loanId}/guarantees/g1/release`).send({ releasedOn: '2018-03-10' }),
  },
  'POST /api/v1/loans/{loanId}/guarantees/{guaranteeId}/release-refusal': {
    roles: ['credit-officer'],
    url: `${someLoan}/guarantees/g1/release-refusal`,
    command: true,
    prepare: guaranteedLoan,
    request: (as, loanId) =>
      as.post(`/api/v1/loans/${loanId}/guarantees/g1/release-refusal`).send({
        refusedOn: '2018-03-10',
        reasons: ['open-commitments-covered'],
        explanation: 'the guarantee still covers the whole credit',
      }),
  },
  'POST /api/v1/loans/{loanId}/default': {
    roles: ['credit-officer'],
    url: `${someLoan}/default`,
    command: true,
    prepare: activeLoan,
    request: (as, loanId) =>
      as.post(`/api/v1/loans/${loanId}/default`).send({ on: '2018-05-01', cause: 'bankruptcy' }),
  },
  'POST /api/v1/loans/{loanId}/guarantees/{guaranteeId}/call': {
    roles: ['credit-officer'],
    url: `${someLoan}/guarantees/g2/call`,
    command: true,
    prepare: defaultedLoan,
    request: (as, loanId) =>
      as.post(`/api/v1/loans/${loanId}/guarantees/g2/call`).send({ calledOn: '2018-06-01' }),
  },
  'POST /api/v1/loans/{loanId}/government-guarantee-claim': {
    roles: ['credit-officer'],
    url: `${someLoan}/government-guarantee-claim`,
    command: true,
    prepare: defaultedWinwin,
    request: (as, loanId) =>
      as
        .post(`/api/v1/loans/${loanId}/government-guarantee-claim`)
        .send({ claimedOn: '2021-06-01', principalLost: '30000.00' }),
  },
  'POST /api/v1/loans/{loanId}/recoveries': {
    roles: ['clerk'],
    url: `${someLoan}/recoveries`,
    command: true,
    prepare: defaultedLoan,
    request: (as, loanId) =>
      as
        .post(`/api/v1/loans/${loanId}/recoveries`)
        .send({ receivedOn: '2018-06-01', amount: '1000.00', source: 'liquidation' }),
  },
  'POST /api/v1/loans/{loanId}/write-off': {
    roles: ['credit-officer'],
    url: `${someLoan}/write-off`,
    command: true,
    prepare: defaultedLoan,
    request: (as, loanId) =>
      as
        .post(`/api/v1/loans/${loanId}/write-off`)
        .send({ writtenOffOn: '2018-09-01', reason: 'bankruptcy closed' }),
  },
  'GET /api/v1/reference-curves': {
    roles: READ_LOANS,
    url: '/api/v1/reference-curves',
    request: (as) => as.get('/api/v1/reference-curves'),
  },
  'POST /api/v1/reference-curves': {
    roles: ['credit-officer', 'admin'],
    url: '/api/v1/reference-curves',
    command: true,
    request: (as) => as.post('/api/v1/reference-curves').send(referenceCurve),
  },
  'GET /api/v1/reference-curves/in-force': {
    roles: READ_LOANS,
    url: '/api/v1/reference-curves/in-force?on=2014-01-01',
    prepare: async (bo) => {
      const res = await bo.as('officer').post('/api/v1/reference-curves').send(referenceCurve);
      expect(res.status).toBe(201);
      return '';
    },
    request: (as) => as.get('/api/v1/reference-curves/in-force?on=2014-01-01'),
  },
  'POST /api/v1/bank-statements': {
    roles: ['clerk'],
    url: '/api/v1/bank-statements',
    command: true,
    request: (as) => uploadStatement(as, statementFile()),
    file: () => statementFile(),
  },
  'GET /api/v1/bank-statements/suspense': {
    roles: READ_LOANS,
    url: '/api/v1/bank-statements/suspense',
    request: (as) => as.get('/api/v1/bank-statements/suspense'),
  },
  'POST /api/v1/bank-statements/suspense/{itemId}/assign': {
    roles: ['clerk'],
    url: `/api/v1/bank-statements/suspense/${randomUUID()}/assign`,
    command: true,
    // The item and, after a bar, an active loan to book it on.
    prepare: async (bo) => `${await suspenseItem(bo)}|${await activeLoan(bo)}`,
    request: (as, id) => {
      const [itemId, loanId] = id.split('|');
      return as.post(`/api/v1/bank-statements/suspense/${itemId}/assign`).send({ loanId });
    },
  },
  'POST /api/v1/bank-statements/suspense/{itemId}/refund': {
    roles: ['clerk'],
    url: `/api/v1/bank-statements/suspense/${randomUUID()}/refund`,
    command: true,
    prepare: suspenseItem,
    request: (as, itemId) =>
      as.post(`/api/v1/bank-statements/suspense/${itemId}/refund`).send({ note: 'teruggestort' }),
  },
  'GET /api/v1/reminders': {
    roles: ['clerk', 'credit-officer', 'analyst'],
    url: '/api/v1/reminders',
    request: (as) => as.get('/api/v1/reminders?level=first&from=2018-01-01&to=2018-12-31&limit=5'),
  },
  'GET /api/v1/loans/{loanId}/unapplied-credits': {
    roles: READ_LOANS,
    url: `${someLoan}/unapplied-credits`,
    prepare: activeLoan,
    request: (as, loanId) => as.get(`/api/v1/loans/${loanId}/unapplied-credits`),
  },
  'POST /api/v1/inquiries': {
    roles: ['clerk'],
    url: '/api/v1/inquiries',
    command: true,
    request: (as) =>
      as
        .post('/api/v1/inquiries')
        .send({ productCode: 'impulskrediet', contactedOn: '2022-02-14', channel: 'phone' }),
  },
  'GET /api/v1/products': {
    roles: READ_LOANS,
    url: '/api/v1/products',
    request: (as) => as.get('/api/v1/products'),
  },
  'GET /api/v1/products/{productCode}': {
    roles: READ_LOANS,
    url: '/api/v1/products/cofinanciering',
    request: (as) => as.get('/api/v1/products/cofinanciering?lang=en'),
  },
  'GET /api/v1/reports/winwin-monthly': {
    roles: READ_REPORTS,
    url: '/api/v1/reports/winwin-monthly',
    request: (as) => as.get('/api/v1/reports/winwin-monthly?from=2021-01&to=2021-06'),
  },
  'GET /api/v1/reports/winwin-by-province': {
    roles: READ_REPORTS,
    url: '/api/v1/reports/winwin-by-province',
    request: (as) => as.get('/api/v1/reports/winwin-by-province?from=2021-01&to=2021-06'),
  },
  'GET /api/v1/reports/approval-rates': {
    roles: READ_REPORTS,
    url: '/api/v1/reports/approval-rates',
    request: (as) => as.get('/api/v1/reports/approval-rates?productCode=impulskrediet'),
  },
  'GET /api/v1/reports/portfolio': {
    roles: READ_REPORTS,
    url: '/api/v1/reports/portfolio',
    request: (as) => as.get('/api/v1/reports/portfolio?asOf=2021-05-31'),
  },
  'GET /api/v1/reports/portfolio.html': {
    roles: READ_REPORTS,
    url: '/api/v1/reports/portfolio.html',
    request: (as) => as.get('/api/v1/reports/portfolio.html?asOf=2021-05-31'),
  },
  'GET /api/v1/reports/portfolio.json': {
    roles: READ_REPORTS,
    url: '/api/v1/reports/portfolio.json',
    request: (as) => as.get('/api/v1/reports/portfolio.json?asOf=2021-05-31'),
  },
  'GET /api/v1/projections': {
    roles: ['admin', 'analyst'],
    url: '/api/v1/projections',
    request: (as) => as.get('/api/v1/projections'),
  },
  'POST /api/v1/projections/{name}/retry': {
    roles: ['admin'],
    url: '/api/v1/projections/loans/retry',
    request: (as) => as.post('/api/v1/projections/loans/retry'),
  },
  'GET /api/v1/reports/portfolio.xlsx': {
    roles: READ_REPORTS,
    url: '/api/v1/reports/portfolio.xlsx',
    request: (as) => as.get('/api/v1/reports/portfolio.xlsx?asOf=2021-05-31'),
  },
  'GET /api/v1/accounting/journal': {
    roles: READ_BOOKS,
    url: '/api/v1/accounting/journal?from=2018-01-01&to=2018-12-31',
    request: (as) => as.get('/api/v1/accounting/journal?from=2018-01-01&to=2018-12-31&limit=5'),
  },
  'GET /api/v1/accounting/journal.xlsx': {
    roles: READ_BOOKS,
    url: '/api/v1/accounting/journal.xlsx?from=2018-01-01&to=2018-01-31',
    request: (as) => as.get('/api/v1/accounting/journal.xlsx?from=2018-01-01&to=2018-01-31'),
  },
  'GET /api/v1/accounting/trial-balance': {
    roles: READ_BOOKS,
    url: '/api/v1/accounting/trial-balance',
    request: (as) => as.get('/api/v1/accounting/trial-balance?asOf=2018-12-31'),
  },
  'GET /api/v1/accounting/ledger/{account}': {
    roles: READ_BOOKS,
    url: '/api/v1/accounting/ledger/2910?from=2018-01-01&to=2018-12-31',
    request: (as) => as.get('/api/v1/accounting/ledger/2910?from=2018-01-01&to=2018-12-31'),
  },
  'GET /api/v1/people': {
    roles: READ_LOANS,
    url: '/api/v1/people?enterpriseNumber=0403.170.701',
    prepare: registeredLoan,
    request: (as) => as.get('/api/v1/people?enterpriseNumber=0403.170.701'),
  },
  'POST /api/v1/people/{personId}/forget': {
    roles: ['admin'],
    url: `/api/v1/people/${randomUUID()}/forget`,
    command: true,
    prepare: lenderPersonId,
    request: (as, personId) =>
      as.post(`/api/v1/people/${personId}/forget`).send({ reason: 'erasure request, ticket 4711' }),
  },
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

async function logSize(bo: RunningApp): Promise<{ count: number; last: number }> {
  const store = bo.app.get<EventStore>(EVENT_STORE);
  if (!hasSqlDatabase(store)) throw new Error('the tests count events with SQL');
  const [row] = await store.database().query<{
    count: number | string;
    last: number | string;
  }>('select count(*)::int as count, coalesce(max(global_position), 0)::bigint as last from events');
  return { count: Number(row.count), last: Number(row.last) };
}

function expectProblem(res: Response, status: number, type: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, type: `https://loanbook.dev/problems/${type}` });
  expect(JSON.stringify(res.body)).not.toMatch(/\bat .+\.(ts|js):\d+/);
}

function expectUnauthenticated(res: Response) {
  expectProblem(res, 401, 'unauthenticated');
  expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
}

/** The endpoint's request without a token, or with the given Authorization header. */
function send(bo: RunningApp, key: string, header?: string) {
  const url = ENDPOINTS[key].url;
  const file = ENDPOINTS[key].file;
  const test = key.startsWith('GET ')
    ? bo.http().get(url)
    : file
      ? bo.http().post(url).set('Content-Type', 'application/octet-stream').send(file())
      : bo.http().post(url).send({});
  return header === undefined ? test : test.set('Authorization', header);
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
/** An HS256 token with every role, valid unless the options spoil it. */
const signed = ({
  claims = {},
  secret = TEST_AUTH_SECRET,
  issuer = 'loanbook',
  audience = 'loanbook-back-office',
  expiresAt = now() + 600,
}: {
  claims?: Record<string, unknown>;
  secret?: string;
  issuer?: string;
  audience?: string;
  expiresAt?: number;
} = {}) =>
  new SignJWT({ roles: ['clerk', 'credit-officer', 'analyst', 'admin'], ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('mallory')
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(Math.min(now(), expiresAt - 60))
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(secret));
const OTHER_SECRET = 'another-secret-of-at-least-32-characters!';

describe('authorization', () => {
  let bo: RunningApp;
  let documented: string[];

  beforeAll(async () => {
    bo = await startBackOffice('pglite', undefined, undefined, {
      env: { DOCUMENTS: 'on', DOCUMENTS_POLL_MS: '50', LENDER_IBAN },
    });
    const doc = await bo.http().get('/api/docs-json');
    expect(doc.status).toBe(200);
    const paths = doc.body.paths as Record<string, Record<string, unknown>>;
    documented = Object.entries(paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m] !== undefined).map((m) => `${m.toUpperCase()} ${path}`),
    );
  });
  afterAll(async () => {
    await bo?.close();
  });

  it('has an expectation for every endpoint of the OpenAPI document', () => {
    const missing = documented.filter((key) => !(key in ENDPOINTS));
    expect(missing).toEqual([]);
    // And the table names no endpoint that does not exist.
    const stale = Object.keys(ENDPOINTS).filter((key) => !documented.includes(key));
    expect(stale).toEqual([]);
  });

  describe.each(Object.keys(ENDPOINTS))('%s', (key) => {
    const endpoint = ENDPOINTS[key];

    it.each(ALL_ROLES)('as %s', async (role) => {
      const allowed = endpoint.roles === 'public' || endpoint.roles.includes(role);
      const id = endpoint.prepare ? await endpoint.prepare(bo) : '';
      const before = await logSize(bo);
      const res = await endpoint.request(bo.as(ROLE_USERS[role]), id);
      if (allowed) {
        if (res.status < 200 || res.status > 299) {
          throw new Error(`${key} as ${role}: ${res.status} ${JSON.stringify(res.body)}`);
        }
        if (endpoint.command) expect((await logSize(bo)).count).toBeGreaterThan(before.count);
        return;
      }
      expectProblem(res, 403, 'forbidden');
      expect([...(res.body.requiredRoles as string[])].sort()).toEqual(
        [...(endpoint.roles as Role[])].sort(),
      );
      expect(await logSize(bo)).toEqual(before);
    });

    if (endpoint.roles === 'public') {
      it('needs no token', async () => {
        expect((await bo.http().get(endpoint.url)).status).toBe(200);
      });
      return;
    }

    it('answers 401 without a token', async () => {
      const before = await logSize(bo);
      expectUnauthenticated(await send(bo, key));
      expect(await logSize(bo)).toEqual(before);
    });

    it.each<[string, () => Promise<string>]>([
      // 30 s of clock tolerance: two minutes ago is expired.
      ['an expired token', async () => `Bearer ${await signed({ expiresAt: now() - 120 })}`],
      [
        'a token signed with another secret',
        async () => `Bearer ${await signed({ secret: OTHER_SECRET })}`,
      ],
      [
        'a token for another audience',
        async () => `Bearer ${await signed({ audience: 'another-service' })}`,
      ],
      [
        'a token of another issuer',
        async () => `Bearer ${await signed({ issuer: 'https://evil.example' })}`,
      ],
      [
        'an unsigned token (alg: none)',
        () =>
          Promise.resolve(
            `Bearer ${encode({ alg: 'none', typ: 'JWT' })}.${encode({
              sub: 'mallory',
              roles: ['clerk', 'credit-officer', 'analyst', 'admin'],
              iss: 'loanbook',
              aud: 'loanbook-back-office',
              iat: now(),
              exp: now() + 600,
            })}.`,
          ),
      ],
      [
        'a valid token with its signature replaced',
        async () => {
          const [h, p] = (await signed()).split('.');
          return `Bearer ${h}.${p}.${encode('forged')}`;
        },
      ],
      [
        'a valid token with its payload replaced',
        async () => {
          const [h, , sig] = (await signed({ claims: { roles: ['analyst'] } })).split('.');
          const p = encode({
            sub: 'mallory',
            roles: ['admin'],
            iss: 'loanbook',
            aud: 'loanbook-back-office',
            exp: now() + 600,
          });
          return `Bearer ${h}.${p}.${sig}`;
        },
      ],
      ['a Basic header', () => Promise.resolve('Basic Y2xlcms6c2VjcmV0')],
      ['a bare Bearer', () => Promise.resolve('Bearer')],
      ['a token that is no JWT', () => Promise.resolve('Bearer not-a-token')],
      ['a JWT of junk', () => Promise.resolve('Bearer abc.def.ghi')],
      ['a token without the Bearer scheme', async () => signed()],
      ['two tokens', async () => `Bearer ${await signed()} ${await signed()}`],
    ])('answers 401 for %s', async (_, header) => {
      const before = await logSize(bo);
      expectUnauthenticated(await send(bo, key, await header()));
      expect(await logSize(bo)).toEqual(before);
    });

    it('answers 403 to a valid token with no known role', async () => {
      const token = await testToken({ sub: 'visitor-zoe', roles: ['auditor' as Role] });
      const res = await send(bo, key, `Bearer ${token}`);
      expectProblem(res, 403, 'forbidden');
    });
  });

  it('serves every path Swagger serves to anyone, while the routes it lists keep their tokens and roles', async () => {
    // Issue 18: the documentation is public, with a token, a bad one, or none; nothing else is.
    const noRole = await testToken({ sub: 'visitor-zoe', roles: [] });
    const paths: [string, RegExp][] = [
      ['/api/docs', /^text\/html/],
      ['/api/docs/', /^text\/html/],
      ['/api/docs/index.html', /^text\/html/],
      ['/api/docs/swagger-ui-init.js', /javascript/],
      ['/api/docs/docs/swagger-ui-init.js', /javascript/],
      ['/api/docs/swagger-ui-bundle.js', /javascript/],
      ['/api/docs/swagger-ui-standalone-preset.js', /javascript/],
      ['/api/docs/swagger-ui.css', /^text\/css/],
      ['/api/docs/favicon-32x32.png', /^image\/png/],
      ['/api/docs-json', /^application\/json/],
      ['/api/docs-yaml', /^text\/yaml/],
    ];
    for (const [url, type] of paths) {
      for (const authorization of [
        undefined,
        `Bearer ${await signed({ secret: OTHER_SECRET })}`,
        `Bearer ${noRole}`,
        `Bearer ${await testToken({ sub: 'analyst-eva', roles: ['analyst'] })}`,
      ]) {
        const test = bo.http().get(url);
        const res = await (authorization ? test.set('Authorization', authorization) : test);
        expect([url, authorization !== undefined, res.status]).toEqual([
          url,
          authorization !== undefined,
          200,
        ]);
        expect(res.headers['content-type']).toMatch(type);
      }
    }
    expect((await bo.http().get('/api/docs-yaml')).text).toContain('openapi: 3.0.0');
    // The document still says every route but /health takes a bearer token, and they do.
    const doc = (await bo.http().get('/api/docs-json')).body;
    expect(doc.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/health'].get.security).toEqual([]);
    expectUnauthenticated(await bo.http().get('/api/v1/loans'));
    expectProblem(await bo.withToken(noRole).get('/api/v1/loans'), 403, 'forbidden');
  });

  it('answers 403 everywhere to a token whose roles claim is not a list of known roles', async () => {
    for (const claims of [
      { roles: 'superuser' },
      { roles: [{ name: 'admin' }] },
      { roles: null },
    ]) {
      const token = await signed({ claims });
      for (const key of Object.keys(ENDPOINTS).filter((k) => ENDPOINTS[k].roles !== 'public')) {
        expectProblem(await send(bo, key, `Bearer ${token}`), 403, 'forbidden');
      }
    }
  });

  it('takes the roles from the token, never from the request', async () => {
    const clerk = bo.as('clerk');
    const loanId = await registeredLoan(bo);
    const res = await clerk
      .post(`/api/v1/loans/${loanId}/approval`)
      .set('X-Roles', 'credit-officer')
      .query({ roles: 'credit-officer' })
      .send({ approvedOn: '2018-03-15' });
    expectProblem(res, 403, 'forbidden');
  });
});
