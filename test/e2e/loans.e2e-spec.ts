import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describePostgres } from '../support';
import { startBackOffice, type RunningApp, type StoreKind } from './harness';
import { approvedOffer, impulskredietApplication } from './fixtures';

jest.setTimeout(60_000);

const application = impulskredietApplication;

function loanSuite(kind: StoreKind) {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice(kind);
  });
  afterAll(async () => {
    await bo?.close();
  });

  const apply = (body: Record<string, unknown>) => bo.as('clerk').post('/api/v1/loans').send(body);
  const expectNotRecorded = async (loanId: string) =>
    expect((await bo.as('analyst').get(`/api/v1/loans/${loanId}`)).status).toBe(404);

  describe('applying', () => {
    it('creates an Impulskrediet application for "25000.00" over 60 months', async () => {
      const res = await apply(application()).expect(201);
      expect(res.body).toMatchObject({
        loanId: expect.any(String),
        version: 1,
        position: expect.any(Number),
        status: 'applied',
        recorded: [{ type: 'LoanApplied', streamVersion: 1 }],
      });
      expect(res.headers.location).toBe(`/api/v1/loans/${res.body.loanId}`);

      const loan = await bo.as('analyst').get(`/api/v1/loans/${res.body.loanId}`).expect(200);
      expect(loan.headers.etag).toBe('"1"');
      // The reply holds the loan as GET shows it.
      expect(res.body.loan).toEqual(loan.body);
      expect(loan.body).toMatchObject({
        loanId: res.body.loanId,
        productCode: 'impulskrediet',
        status: 'applied',
        amount: '25000.00',
        termMonths: 60,
        outstandingPrincipal: '0.00',
        version: 1,
      });
    });

    it('takes the loan id from the body when given, and refuses a second application with it', async () => {
      const loanId = randomUUID();
      await apply(application({ loanId })).expect(201);
      const again = await apply(application({ loanId })).expect(409);
      expect(again.body).toMatchObject({ status: 409, currentState: 'applied', currentVersion: 1 });
    });

    it('answers 422 amount-above-maximum for "30000.00" and records nothing', async () => {
      const loanId = randomUUID();
      const res = await apply(application({ loanId, amount: '30000.00' })).expect(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({
        status: 422,
        type: 'https://loanbook.dev/problems/rule-violation',
      });
      expect(res.body.violations).toEqual([
        expect.objectContaining({
          rule: 'amount-above-maximum',
          message: expect.stringContaining('30,000.00'),
        }),
      ]);
      await expectNotRecorded(loanId);
    });

    it.each([
      ['a JSON number for money', { amount: 25000 }, 'amount', 'money-format'],
      ['three decimals', { amount: '25000.001' }, 'amount', 'money-format'],
      ['a zero amount', { amount: '0.00' }, 'amount', 'money-positive'],
      ['a negative amount', { amount: '-100.00' }, 'amount', 'money-positive'],
      ['an unknown product', { productCode: 'payday-loan' }, 'productCode', 'one-of'],
      ['a missing field', { purpose: undefined }, 'purpose', 'required'],
      ['an unknown field', { colour: 'blue' }, 'colour', 'unknown-field'],
      [
        'a malformed enterprise number (mod-97)',
        { borrower: { enterpriseNumber: '0403.170.702', name: 'X', province: 'Antwerpen' } },
        'borrower.enterpriseNumber',
        'enterprise-number',
      ],
      ['a date that does not exist', { appliedOn: '2021-02-30' }, 'appliedOn', 'date-format'],
      ['a term that is not a whole number', { termMonths: 12.5 }, 'termMonths', 'integer'],
    ])(
      'answers 400 for %s, naming the field, and records nothing',
      async (_, change, field, code) => {
        const loanId = randomUUID();
        const res = await apply(application({ loanId, ...change })).expect(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body).toMatchObject({
          type: 'https://loanbook.dev/problems/validation',
          status: 400,
        });
        expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }));
        await expectNotRecorded(loanId);
      },
    );

    it('names every invalid field at once', async () => {
      const res = await apply(
        application({ amount: 1, termMonths: 'sixty', appliedOn: '2021-13-01' }),
      ).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'amount',
        'appliedOn',
        'termMonths',
      ]);
      expect(res.body.detail).toBe('3 fields are invalid');
    });

    it('answers 400 json-malformed for a body that is not JSON', async () => {
      const res = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .set('Content-Type', 'application/json')
        .send('{"productCode": "impulskrediet",')
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ code: 'json-malformed' })]);
    });
  });

  describe('approving', () => {
    const applyOne = async (appliedOn = '2018-03-01') =>
      (await apply(application({ appliedOn })).expect(201)).body.loanId as string;

    it('carries 6 % when dated 2018 and 7 % when dated 2022', async () => {
      const in2018 = await applyOne();
      const a = await bo
        .as('officer')
        .post(`/api/v1/loans/${in2018}/approval`)
        .send({ approvedOn: '2018-03-15' })
        .expect(200);
      expect(a.body).toMatchObject({ loanId: in2018, version: 2 });
      const l2018 = await bo.as('analyst').get(`/api/v1/loans/${in2018}`).expect(200);
      expect(l2018.body).toMatchObject({
        status: 'approved',
        annualRate: '0.06',
        offerValidUntil: '2018-04-14',
      });

      const in2022 = await applyOne('2022-01-10');
      await bo
        .as('officer')
        .post(`/api/v1/loans/${in2022}/approval`)
        .send({ approvedOn: '2022-01-20' })
        .expect(200);
      const l2022 = await bo.as('analyst').get(`/api/v1/loans/${in2022}`).expect(200);
      expect(l2022.body).toMatchObject({
        annualRate: '0.07',
        productVersion: 'impulskrediet-2021-02',
      });
    });

    it('answers 409 with the current state when approving a refused loan, and records nothing', async () => {
      const loanId = await applyOne();
      await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/refusal`)
        .send({
          refusedOn: '2018-03-20',
          reasons: ['known-payment-arrears'],
          explanation: 'arrears',
        })
        .expect(200);
      const res = await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/approval`)
        .send({ approvedOn: '2018-03-21' })
        .expect(409);
      expect(res.body).toMatchObject({ status: 409, currentState: 'refused', currentVersion: 2 });
      const events = await bo.as('analyst').get(`/api/v1/loans/${loanId}/events`).expect(200);
      expect(events.body.events.map((e: { type: string }) => e.type)).toEqual([
        'LoanApplied',
        'LoanRefused',
      ]);
    });

    it('refuses a stale If-Match with 409 and accepts the current one', async () => {
      const loanId = await applyOne();
      const stale = await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/approval`)
        .set('If-Match', '"0"')
        .send({ approvedOn: '2018-03-15' })
        .expect(409);
      expect(stale.body).toMatchObject({ currentState: 'applied', currentVersion: 1 });
      await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/approval`)
        .set('If-Match', '"1"')
        .send({ approvedOn: '2018-03-15' })
        .expect(200);
    });

    it('lets exactly one of 10 concurrent approvals through', async () => {
      const loanId = await applyOne();
      const replies = await Promise.all(
        Array.from({ length: 10 }, () =>
          bo
            .as('officer')
            .post(`/api/v1/loans/${loanId}/approval`)
            .send({ approvedOn: '2018-03-15' }),
        ),
      );
      expect(replies.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
      const events = await bo.as('analyst').get(`/api/v1/loans/${loanId}/events`).expect(200);
      expect(events.body.events).toHaveLength(2);
    });

    it('answers 404 for an unknown loan and 400 for an id that is not a UUID', async () => {
      await bo
        .as('officer')
        .post(`/api/v1/loans/${randomUUID()}/approval`)
        .send({ approvedOn: '2018-03-15' })
        .expect(404);
      const res = await bo.as('analyst').get('/api/v1/loans/not-a-uuid').expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'loanId', code: 'uuid' })]);
    });
  });

  describe('refusing and withdrawing', () => {
    it('answers 400 for an unknown reason code and records nothing', async () => {
      const loanId = (await apply(application()).expect(201)).body.loanId;
      const res = await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/refusal`)
        .send({ refusedOn: '2018-03-20', reasons: ['bad-weather'] })
        .expect(400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'reasons', code: 'one-of' }),
      ]);
      expect((await bo.as('analyst').get(`/api/v1/loans/${loanId}`)).body.version).toBe(1);
    });

    it('withdraws an offer, after which nothing more can happen to it', async () => {
      const loanId = (await apply(application()).expect(201)).body.loanId;
      await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/approval`)
        .send({ approvedOn: '2018-03-15' })
        .expect(200);
      await bo
        .as('clerk')
        .post(`/api/v1/loans/${loanId}/withdrawal`)
        .send({ withdrawnOn: '2018-03-30', reason: 'found other financing' })
        .expect(200);
      const loan = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
      expect(loan.body).toMatchObject({
        status: 'withdrawn',
        withdrawal: { withdrawnOn: '2018-03-30' },
      });
      await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/refusal`)
        .send({ refusedOn: '2018-04-01', reasons: ['outside-lender-policy'] })
        .expect(409);
    });
  });

  describe('disbursing', () => {
    const offer = () => approvedOffer(bo);

    it('pays out an offer within its validity: the loan is active and owes the amount', async () => {
      const loanId = await offer();
      const reply = await bo
        .as('clerk')
        .post(`/api/v1/loans/${loanId}/disbursement`)
        .send({ disbursedOn: '2018-04-14' })
        .expect(200);
      expect(reply.body).toMatchObject({ loanId, version: 3 });
      const loan = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
      expect(loan.body).toMatchObject({
        status: 'active',
        disbursedOn: '2018-04-14',
        outstandingPrincipal: '25000.00',
      });
      const page = await bo
        .as('analyst')
        .get(`/api/v1/loans?status=active&limit=200&minPosition=${reply.body.position}`)
        .expect(200);
      expect(page.body.items.map((l: { loanId: string }) => l.loanId)).toContain(loanId);
    });

    it('shows the schedule from the disbursement date: 25,000.00 at 6 % over 60 months is 483.32 a month', async () => {
      const loanId = await offer();
      await bo
        .as('analyst')
        .get(`/api/v1/loans/${loanId}/schedule`)
        .expect(409)
        .expect((res) => expect(res.body.currentState).toBe('approved'));
      await bo
        .as('clerk')
        .post(`/api/v1/loans/${loanId}/disbursement`)
        .send({ disbursedOn: '2018-03-31' })
        .expect(200);
      const res = await bo.as('analyst').get(`/api/v1/loans/${loanId}/schedule`).expect(200);
      const { instalments, totals } = res.body;
      expect(instalments).toHaveLength(60);
      expect(instalments[0]).toMatchObject({
        number: 1,
        dueOn: '2018-04-30',
        principal: '358.32',
        interest: '125.00',
        total: '483.32',
        outstandingAfter: '24641.68',
      });
      expect(instalments[1].dueOn).toBe('2018-05-31');
      expect(instalments.at(-1)).toMatchObject({ dueOn: '2023-03-31', outstandingAfter: '0.00' });
      expect(totals).toEqual({ principal: '25000.00', interest: '3999.23', total: '28999.23' });
    });

    it('refuses a lapsed offer (422 offer-lapsed), an application (409) and a credit officer (403), recording nothing', async () => {
      const loanId = await offer();
      const lapsed = await bo
        .as('clerk')
        .post(`/api/v1/loans/${loanId}/disbursement`)
        .send({ disbursedOn: '2018-04-15' })
        .expect(422);
      expect(lapsed.body.violations).toEqual([
        expect.objectContaining({ rule: 'offer-lapsed', field: 'disbursedOn' }),
      ]);
      await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/disbursement`)
        .send({ disbursedOn: '2018-03-20' })
        .expect(403);
      const application2 = (await apply(application()).expect(201)).body.loanId;
      await bo
        .as('clerk')
        .post(`/api/v1/loans/${application2}/disbursement`)
        .send({ disbursedOn: '2018-03-20' })
        .expect(409);
      expect((await bo.as('analyst').get(`/api/v1/loans/${loanId}`)).body.version).toBe(2);
    });
  });

  describe('reading', () => {
    it('lists the events with their envelopes, oldest first', async () => {
      const loanId = (await apply(application()).expect(201)).body.loanId;
      await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/approval`)
        .send({ approvedOn: '2018-03-15' })
        .expect(200);
      const res = await bo.as('analyst').get(`/api/v1/loans/${loanId}/events`).expect(200);
      expect(res.body.events).toEqual([
        expect.objectContaining({
          type: 'LoanApplied',
          streamId: `loan-${loanId}`,
          streamVersion: 1,
          data: expect.objectContaining({ registeredBy: 'clerk-anna' }),
          metadata: expect.objectContaining({
            effectiveOn: '2018-03-01',
            schemaVersion: 2,
            actor: 'clerk-anna',
          }),
        }),
        expect.objectContaining({
          type: 'LoanApproved',
          streamVersion: 2,
          data: expect.objectContaining({ approvedBy: ['officer-bart'] }),
          metadata: expect.objectContaining({ actor: 'officer-bart' }),
        }),
      ]);
      expect(res.body.events[1].globalPosition).toBeGreaterThan(res.body.events[0].globalPosition);
    });

    it('reports the store in /health and serves the OpenAPI document', async () => {
      const health = await bo.http().get('/health').expect(200);
      expect(health.body).toMatchObject({
        status: 'ok',
        eventStore: { adapter: kind, status: 'up' },
      });
      // Public (issue 18), like /health.
      const docs = await bo.http().get('/api/docs-json').expect(200);
      expect(Object.keys(docs.body.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/loans',
          '/api/v1/loans/{loanId}/approval',
          '/api/v1/loans/{loanId}/refusal',
        ]),
      );
    });
  });
}

describe('loans over HTTP on PGlite', () => loanSuite('pglite'));
describePostgres('loans over HTTP on PostgreSQL', () => loanSuite('postgres'));

describe('the embedded store across restarts', () => {
  it('keeps the loan and its events when the back office stops and starts again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loanbook-restart-'));
    try {
      let bo = await startBackOffice('pglite', dir);
      const loanId = (await bo.as('clerk').post('/api/v1/loans').send(application()).expect(201))
        .body.loanId;
      await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/approval`)
        .send({ approvedOn: '2018-03-15' })
        .expect(200);
      await bo.close();

      bo = await startBackOffice('pglite', dir);
      const loan = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
      expect(loan.body).toMatchObject({ status: 'approved', version: 2, annualRate: '0.06' });
      await bo.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
