import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { hasSqlDatabase, type EventStore } from '@loanbook/event-store';
import { EVENT_STORE } from '../../apps/back-office/src/infrastructure/tokens';
import { describePostgres } from '../support';
import {
  startBackOffice,
  testToken,
  type RunningApp,
  type StoreKind,
  type UserClient,
} from './harness';
import { impulskredietApplication } from './fixtures';

jest.setTimeout(60_000);

// Idempotency-Key (API.md): a repeat with the same key and body gets the first reply and
// records nothing; the same key with another body is a 422; keys belong to their user.

const application = impulskredietApplication;
const inquiry = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  productCode: 'impulskrediet',
  contactedOn: '2022-02-14',
  channel: 'phone',
  ...over,
});

const key = () => `retry-${randomUUID()}`;

/** What a client compares between a reply and its repeat. */
/**
 * A reply's facts: all of it but its warnings, which are worked out when answering (an
 * application registered since may add a second-open-application warning to a repeat).
 */
const facts = (body: unknown): unknown => {
  if (typeof body !== 'object' || body === null || !('loanId' in body)) return body;
  const { warnings: _warnings, loan, ...rest } = body as Record<string, unknown>;
  if (typeof loan !== 'object' || loan === null) return rest;
  const { warnings: _loanWarnings, ...view } = loan as Record<string, unknown>;
  return { ...rest, loan: view };
};

const reply = (res: Response) => ({
  status: res.status,
  body: facts(res.body),
  location: res.headers.location as string | undefined,
});

/**
 * The events in the log but the file-number counters': an application also takes its number in
 * a counter stream, in the same append (FileNumberAssigned, counted by `fileNumbersTaken`).
 */
async function logSize(bo: RunningApp): Promise<number> {
  return countEvents(bo, `stream_id NOT LIKE 'file-numbers-%'`);
}

async function fileNumbersTaken(bo: RunningApp): Promise<number> {
  return countEvents(bo, `stream_id LIKE 'file-numbers-%'`);
}

async function countEvents(bo: RunningApp, where: string): Promise<number> {
  const store = bo.app.get<EventStore>(EVENT_STORE);
  if (!hasSqlDatabase(store)) throw new Error('the tests count events with SQL');
  const [row] = await store
    .database()
    .query<{ count: number | string }>(`select count(*)::int as count from events where ${where}`);
  return Number(row.count);
}

function idempotencySuite(kind: StoreKind) {
  let bo: RunningApp;
  let clerk2: UserClient;
  beforeAll(async () => {
    bo = await startBackOffice(kind);
    clerk2 = bo.withToken(await testToken({ sub: 'clerk-bert', roles: ['clerk'] }));
  });
  afterAll(async () => {
    await bo?.close();
  });

  const applyWithKey = (
    k: string,
    body: Record<string, unknown>,
    as: UserClient = bo.as('clerk'),
  ) => as.post('/api/v1/loans').set('Idempotency-Key', k).send(body);
  const approveWithKey = (
    k: string,
    loanId: string,
    body: Record<string, unknown> = { approvedOn: '2018-03-15' },
  ) =>
    bo.as('officer').post(`/api/v1/loans/${loanId}/approval`).set('Idempotency-Key', k).send(body);
  const newLoan = async () => {
    const res = await bo.as('clerk').post('/api/v1/loans').send(application());
    expect(res.status).toBe(201);
    return res.body.loanId as string;
  };
  const eventTypes = async (loanId: string) =>
    (
      (await bo.as('analyst').get(`/api/v1/loans/${loanId}/events`)).body.events as {
        type: string;
      }[]
    ).map((e) => e.type);

  describe('applications', () => {
    it('answers a repeat with the same 201, loanId and Location, and records one LoanApplied', async () => {
      const k = key();
      const body = application({ loanId: randomUUID() });
      const before = await logSize(bo);
      const first = await applyWithKey(k, body);
      expect(first.status).toBe(201);
      expect(first.headers.location).toBe(`/api/v1/loans/${body.loanId}`);
      const second = await applyWithKey(k, body);
      expect(reply(second)).toEqual(reply(first));
      expect(await logSize(bo)).toBe(before + 1);
      expect(await eventTypes(body.loanId as string)).toEqual(['LoanApplied']);
    });

    it('gives a retried application without loanId the loanId generated the first time', async () => {
      const k = key();
      const before = await logSize(bo);
      const first = await applyWithKey(k, application());
      expect(first.status).toBe(201);
      const second = await applyWithKey(k, application());
      expect(second.status).toBe(201);
      expect(facts(second.body)).toEqual(facts(first.body));
      expect(second.headers.location).toBe(`/api/v1/loans/${first.body.loanId}`);
      expect(await logSize(bo)).toBe(before + 1);
    });

    it('treats the same body with its keys in another order as the same request', async () => {
      const k = key();
      const body = application();
      const first = await applyWithKey(k, body);
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      const second = await applyWithKey(k, reordered);
      expect(reply(second)).toEqual(reply(first));
    });

    it('answers the same key with another body with 422 idempotency-key-reused, and records nothing', async () => {
      const k = key();
      const first = await applyWithKey(k, application());
      expect(first.status).toBe(201);
      const before = await logSize(bo);
      const other = await applyWithKey(k, application({ amount: '20000.00' }));
      expect(other.status).toBe(422);
      expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(other.body.violations).toEqual([
        expect.objectContaining({ rule: 'idempotency-key-reused', field: 'Idempotency-Key' }),
      ]);
      expect(await logSize(bo)).toBe(before);
    });

    it('answers 6 identical requests sent at once alike, and writes once', async () => {
      const k = key();
      const before = await logSize(bo);
      const numbers = await fileNumbersTaken(bo);
      const replies = await Promise.all(
        Array.from({ length: 6 }, () => applyWithKey(k, application())),
      );
      expect(replies.map((r) => r.status)).toEqual(Array(6).fill(201));
      for (const r of replies) expect(reply(r)).toEqual(reply(replies[0]));
      expect(await logSize(bo)).toBe(before + 1);
      // One file number taken, the one the reply shows.
      expect(await fileNumbersTaken(bo)).toBe(numbers + 1);
      expect(replies[0].body.loan.fileNumber).toMatch(/^IK-\d{4}-\d{4}$/);
    });

    it('keeps keys per user: another clerk with the same key and body files a separate application', async () => {
      const k = key();
      const before = await logSize(bo);
      const anna = await applyWithKey(k, application());
      const bert = await applyWithKey(k, application(), clerk2);
      expect(anna.status).toBe(201);
      expect(bert.status).toBe(201);
      expect(bert.body.loanId).not.toBe(anna.body.loanId);
      expect(await logSize(bo)).toBe(before + 2);
      // And each user's repeat still gets their own reply.
      expect(reply(await applyWithKey(k, application(), clerk2))).toEqual(reply(bert));
      expect(reply(await applyWithKey(k, application()))).toEqual(reply(anna));
    });

    it('records nothing under the key of a rejected request: the corrected one goes through with it', async () => {
      const k = key();
      const before = await logSize(bo);
      const rejected = await applyWithKey(k, application({ amount: '30000.00' }));
      expect(rejected.status).toBe(422);
      expect(rejected.body.violations.map((v: { rule: string }) => v.rule)).toEqual([
        'amount-above-maximum',
      ]);
      expect(await logSize(bo)).toBe(before);
      expect((await applyWithKey(k, application())).status).toBe(201);
      expect(await logSize(bo)).toBe(before + 1);
    });

    it.each([
      ['a space', 'my key'],
      ['more than 200 characters', 'k'.repeat(201)],
      ['nothing', ''],
      ['a character outside ASCII', 'clé-1'],
    ])('answers a key with %s with 400, and records nothing', async (_, badKey) => {
      const before = await logSize(bo);
      const res = await applyWithKey(badKey, application());
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'Idempotency-Key', code: 'idempotency-key' }),
      ]);
      expect(await logSize(bo)).toBe(before);
    });

    it('accepts a key of exactly 200 printable characters', async () => {
      const k = `${randomUUID()}/${'~'.repeat(163)}`;
      expect(k).toHaveLength(200);
      const first = await applyWithKey(k, application());
      expect(first.status).toBe(201);
      expect(reply(await applyWithKey(k, application()))).toEqual(reply(first));
    });
  });

  describe('approvals', () => {
    it('answers a repeat with the same 200 and reply, and records one LoanApproved', async () => {
      const loanId = await newLoan();
      const k = key();
      const first = await approveWithKey(k, loanId);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ loanId, version: 2 });
      const before = await logSize(bo);
      const second = await approveWithKey(k, loanId);
      expect(reply(second)).toEqual(reply(first));
      expect(await logSize(bo)).toBe(before);
      expect(await eventTypes(loanId)).toEqual(['LoanApplied', 'LoanApproved']);
    });

    it('answers the same key with another body, or on another loan, with 422, and records nothing', async () => {
      const loanId = await newLoan();
      const k = key();
      await approveWithKey(k, loanId).expect(200);
      const before = await logSize(bo);
      const otherBody = await approveWithKey(k, loanId, { approvedOn: '2018-03-16' });
      expect(otherBody.status).toBe(422);
      expect(otherBody.body.violations[0].rule).toBe('idempotency-key-reused');
      const otherLoan = await newLoan();
      const afterSetup = await logSize(bo);
      const elsewhere = await approveWithKey(k, otherLoan);
      expect(elsewhere.status).toBe(422);
      expect(elsewhere.body.violations[0].rule).toBe('idempotency-key-reused');
      expect(afterSetup).toBe(before + 1);
      expect(await logSize(bo)).toBe(afterSetup);
      expect(await eventTypes(otherLoan)).toEqual(['LoanApplied']);
    });

    it('answers 6 identical approvals sent at once alike, and writes once', async () => {
      const loanId = await newLoan();
      const k = key();
      const before = await logSize(bo);
      const replies = await Promise.all(Array.from({ length: 6 }, () => approveWithKey(k, loanId)));
      expect(replies.map((r) => r.status)).toEqual(Array(6).fill(200));
      for (const r of replies) expect(facts(r.body)).toEqual(facts(replies[0].body));
      expect(await logSize(bo)).toBe(before + 1);
      expect(await eventTypes(loanId)).toEqual(['LoanApplied', 'LoanApproved']);
    });

    it('answers 6 identical approvals above the limit (a proposal) alike, never as a second approval', async () => {
      const loanId = await newLoan();
      const small = bo.withToken(
        await testToken({
          sub: 'officer-gina',
          roles: ['credit-officer'],
          approvalLimit: '1000.00',
        }),
      );
      const k = key();
      const replies = await Promise.all(
        Array.from({ length: 6 }, () =>
          small
            .post(`/api/v1/loans/${loanId}/approval`)
            .set('Idempotency-Key', k)
            .send({ approvedOn: '2018-03-15' }),
        ),
      );
      expect(replies.map((r) => r.status)).toEqual(Array(6).fill(200));
      for (const r of replies) expect(facts(r.body)).toEqual(facts(replies[0].body));
      expect(await eventTypes(loanId)).toEqual(['LoanApplied', 'LoanApprovalProposed']);
    });

    it("treats another officer's use of the same key as a separate command", async () => {
      const loanId = await newLoan();
      const k = key();
      await approveWithKey(k, loanId).expect(200);
      const before = await logSize(bo);
      // Not the first officer's reply: the command runs, and the loan is approved already.
      const res = await bo
        .as('officer2')
        .post(`/api/v1/loans/${loanId}/approval`)
        .set('Idempotency-Key', k)
        .send({ approvedOn: '2018-03-15' });
      expect(res.status).toBe(409);
      expect(await logSize(bo)).toBe(before);
    });

    it('answers a stale If-Match with 409 and records nothing; a repeat of a success is its reply', async () => {
      const loanId = await newLoan();
      const before = await logSize(bo);
      const stale = await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/approval`)
        .set('If-Match', '"0"')
        .set('Idempotency-Key', key())
        .send({ approvedOn: '2018-03-15' });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ currentState: 'applied', currentVersion: 1 });
      expect(await logSize(bo)).toBe(before);

      // The client's own success made its If-Match stale; its retry still gets the first reply.
      const k = key();
      const send = () =>
        bo
          .as('officer')
          .post(`/api/v1/loans/${loanId}/approval`)
          .set('If-Match', '"1"')
          .set('Idempotency-Key', k)
          .send({ approvedOn: '2018-03-15' });
      const first = await send();
      expect(first.status).toBe(200);
      const retry = await send();
      expect(reply(retry)).toEqual(reply(first));
      expect(await logSize(bo)).toBe(before + 1);

      // Without the key, the same stale If-Match is a conflict again.
      const conflict = await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/refusal`)
        .set('If-Match', '"1"')
        .send({ refusedOn: '2018-03-20', reasons: ['known-payment-arrears'] });
      expect(conflict.status).toBe(409);
      expect(conflict.body).toMatchObject({ currentVersion: 2 });
      expect(await logSize(bo)).toBe(before + 1);
    });
  });

  describe('inquiries', () => {
    it('answers a repeat with the same 201 and inquiryId, generated or given, and records one event', async () => {
      for (const body of [inquiry(), inquiry({ inquiryId: randomUUID() })]) {
        const k = key();
        const before = await logSize(bo);
        const send = () =>
          bo.as('clerk').post('/api/v1/inquiries').set('Idempotency-Key', k).send(body);
        const first = await send();
        expect(first.status).toBe(201);
        const second = await send();
        expect(second.status).toBe(201);
        expect(facts(second.body)).toEqual(facts(first.body));
        if (body.inquiryId) expect(first.body.inquiryId).toBe(body.inquiryId);
        expect(await logSize(bo)).toBe(before + 1);
      }
    });

    it('answers the same key with another body with 422, and 6 at once alike with one write', async () => {
      const k = key();
      const before = await logSize(bo);
      const send = (body: Record<string, unknown>) =>
        bo.as('clerk').post('/api/v1/inquiries').set('Idempotency-Key', k).send(body);
      const replies = await Promise.all(Array.from({ length: 6 }, () => send(inquiry())));
      expect(replies.map((r) => r.status)).toEqual(Array(6).fill(201));
      for (const r of replies) expect(facts(r.body)).toEqual(facts(replies[0].body));
      expect(await logSize(bo)).toBe(before + 1);
      const other = await send(inquiry({ channel: 'email' }));
      expect(other.status).toBe(422);
      expect(other.body.violations[0].rule).toBe('idempotency-key-reused');
      expect(await logSize(bo)).toBe(before + 1);
    });

    it('answers 6 identical inquiries with a given inquiryId sent at once alike', async () => {
      const k = key();
      const body = inquiry({ inquiryId: randomUUID() });
      const before = await logSize(bo);
      const replies = await Promise.all(
        Array.from({ length: 6 }, () =>
          bo.as('clerk').post('/api/v1/inquiries').set('Idempotency-Key', k).send(body),
        ),
      );
      expect(replies.map((r) => r.status)).toEqual(Array(6).fill(201));
      for (const r of replies) expect(facts(r.body)).toEqual(facts(replies[0].body));
      expect(await logSize(bo)).toBe(before + 1);
    });

    it('keeps inquiry keys per user too', async () => {
      const k = key();
      const anna = await bo
        .as('clerk')
        .post('/api/v1/inquiries')
        .set('Idempotency-Key', k)
        .send(inquiry());
      const bert = await clerk2.post('/api/v1/inquiries').set('Idempotency-Key', k).send(inquiry());
      expect([anna.status, bert.status]).toEqual([201, 201]);
      expect(bert.body.inquiryId).not.toBe(anna.body.inquiryId);
    });
  });
}

describe('idempotency on PGlite', () => idempotencySuite('pglite'));
describePostgres('idempotency on PostgreSQL', () => idempotencySuite('postgres'));

describe('idempotency keys across a restart (embedded store)', () => {
  it('gives the first reply after the back office stopped and started again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loanbook-idempotency-'));
    try {
      const k = key();
      let bo = await startBackOffice('pglite', dir);
      const first = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .set('Idempotency-Key', k)
        .send(application());
      expect(first.status).toBe(201);
      await bo.close();

      bo = await startBackOffice('pglite', dir);
      try {
        const again = await bo
          .as('clerk')
          .post('/api/v1/loans')
          .set('Idempotency-Key', k)
          .send(application());
        expect(reply(again)).toEqual(reply(first));
        expect(await logSize(bo)).toBe(1);
      } finally {
        await bo.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
