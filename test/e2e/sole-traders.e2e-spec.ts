import { randomUUID } from 'node:crypto';
import {
  hasSqlDatabase,
  LOG_START,
  type EventStore,
  type StoredEvent,
} from '@loanbook/event-store';
import { EVENT_STORE } from '../../apps/back-office/src/infrastructure/tokens';
import { createMessageValidator } from '../../libs/messaging/schemas/message-validator';
import { describePostgres } from '../support';
import { freshEnterpriseNumber, household, winwinRegistration } from './fixtures';
import { readWhenReached, startBackOffice, type RunningApp, type StoreKind } from './harness';

jest.setTimeout(120_000);

const ERASED = '[erased]';
const digits = (n: string) => n.replace(/\D/g, '');

/**
 * A sole trader's enterprise number is their own register number: personal data, sealed like
 * their name (events, read model, guard stream ids), shown to the back office, "[erased]" once
 * they are forgotten, while the win-win limits per enterprise and every report hold. One person
 * per enterprise number; forgetting asks for confirmation when the loans name them differently.
 */
function soleTraderSuite(kind: StoreKind) {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice(kind);
  });
  afterAll(async () => {
    await bo?.close();
  });

  const tag = randomUUID().slice(0, 8);
  const store = () => bo.app.get<EventStore>(EVENT_STORE);

  /** Every stored event and stream id as text: what someone with the database can read. */
  const rawStore = async (): Promise<string> => {
    const s = store();
    if (!hasSqlDatabase(s)) throw new Error('the store has a SQL database');
    const rows = await s.database().query<{ t: string }>(
      `SELECT concat_ws(E'\\n', e.stream_id, e.type, e.data::text, e.metadata::text) AS t
         FROM events e
       UNION ALL SELECT stream_id FROM streams`,
    );
    return rows.map((r) => r.t).join('\n');
  };

  const soleTrader = (enterpriseNumber: string, name: string) => ({
    enterpriseNumber,
    name,
    province: 'Limburg',
    naturalPerson: true,
  });
  const apply = async (body: Record<string, unknown>) => {
    const res = await bo.as('clerk').post('/api/v1/loans').send(body);
    expect(res.status).toBe(201);
    return res.body as { loanId: string; position: number };
  };
  const register = (loanId: string) =>
    bo.as('officer').post(`/api/v1/loans/${loanId}/approval`).send({ approvedOn: '2021-03-15' });
  const loan = async (loanId: string) =>
    (await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200)).body;
  const events = async (loanId: string) =>
    (await bo.as('analyst').get(`/api/v1/loans/${loanId}/events`).expect(200)).body.events;
  const listed = async (position: number) => {
    const res = await readWhenReached(
      bo.as('analyst'),
      `/api/v1/loans?limit=200&minPosition=${position}`,
    );
    expect(res.status).toBe(200);
    const items = res.body.items as { loanId: string; borrower: Record<string, unknown> }[];
    return (loanId: string) => items.find((i) => i.loanId === loanId)!.borrower;
  };
  const forget = (personId: string, body: Record<string, unknown> = {}) =>
    bo.as('admin').post(`/api/v1/people/${personId}/forget`).send(body);

  // ---- win-win limits per enterprise ----------------------------------------------------------

  const winwinNumber = freshEnterpriseNumber();
  const winwinName = `Lotte Claes ${tag}`;
  const winwinLoans: string[] = [];
  let winwinPerson: string;
  let lastPosition = 0;

  it("never lets concurrent registrations take a sole trader's enterprise past EUR 300,000", async () => {
    const borrower = soleTrader(winwinNumber, winwinName);
    for (let i = 0; i < 4; i++) {
      const { loanId } = await apply(winwinRegistration({ borrower }));
      winwinLoans.push(loanId);
      expect((await register(loanId)).status).toBe(200); // 240,000.00 registered
    }
    const contenders = await Promise.all(
      [1, 2, 3].map(async () => (await apply(winwinRegistration({ borrower }))).loanId),
    );
    winwinLoans.push(...contenders);
    const replies = await Promise.all(contenders.map((id) => register(id)));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 422, 422]);
    for (const r of replies.filter((x) => x.status === 422)) {
      expect(r.body.violations).toEqual([
        expect.objectContaining({ rule: 'borrower-limit-exceeded' }),
      ]);
    }
    lastPosition = Math.max(...replies.map((r) => Number(r.body.position ?? 0)));
    winwinPerson = (await loan(winwinLoans[0])).borrower.personId;
    for (const id of winwinLoans) expect((await loan(id)).borrower.personId).toBe(winwinPerson);
  });

  it('stores no sole trader enterprise number in clear: not in events, not in stream ids', async () => {
    const raw = await rawStore();
    expect(raw).toContain(winwinLoans[0]);
    expect(raw).not.toContain(winwinNumber);
    expect(raw).not.toContain(digits(winwinNumber));
    expect(raw).not.toContain(winwinName);
    // The registrations are counted in the person's guard stream.
    const guard = await store().readStream(`winwin-borrower-${winwinPerson}`);
    expect(guard.map((e) => e.data.loanId).sort()).toEqual(
      (
        await Promise.all(
          winwinLoans.map(async (id) => ((await loan(id)).status === 'approved' ? id : null)),
        )
      )
        .filter((id) => id !== null)
        .sort(),
    );
    const [applied] = await store().readStream(`loan-${winwinLoans[0]}`);
    expect(applied.data.borrower).toMatchObject({
      personId: winwinPerson,
      naturalPerson: true,
      enterpriseNumber: { erasable: expect.objectContaining({ person: winwinPerson }) },
      name: { erasable: expect.objectContaining({ person: winwinPerson }) },
    });
  });

  it('counts the sole trader against the limit when the same number is sent as a company', async () => {
    const { loanId } = await apply(
      winwinRegistration({
        borrower: { enterpriseNumber: winwinNumber, name: 'Claes BV', province: 'Limburg' },
        amount: '10000.00',
      }),
    );
    const reply = await register(loanId);
    expect(reply.status).toBe(422);
    expect(reply.body.violations).toEqual([
      expect.objectContaining({ rule: 'borrower-limit-exceeded' }),
    ]);
  });

  it('still counts registrations stored before the number was sealed (guard stream by number)', async () => {
    const number = freshEnterpriseNumber();
    await store().appendToStream(
      `winwin-borrower-${digits(number)}`,
      [
        {
          eventId: randomUUID(),
          type: 'WinWinRegistrationCounted',
          data: { loanId: randomUUID(), amount: '250000.00', registeredOn: '2021-02-01' },
          metadata: {
            effectiveOn: '2021-02-01',
            recordedAt: new Date().toISOString(),
            actor: 'officer-bart',
            correlationId: randomUUID(),
            causationId: randomUUID(),
            schemaVersion: 2,
          },
        },
      ],
      { expectedVersion: 0 },
    );
    const { loanId } = await apply(
      winwinRegistration({ borrower: soleTrader(number, `Pieter Claes ${tag}`) }),
    );
    const reply = await register(loanId);
    expect(reply.status).toBe(422);
    expect(reply.body.violations).toEqual([
      expect.objectContaining({ rule: 'borrower-limit-exceeded' }),
    ]);
    expect(
      (
        await register(
          (
            await apply(
              winwinRegistration({
                borrower: soleTrader(number, `Pieter Claes ${tag}`),
                amount: '50000.00',
              }),
            )
          ).loanId,
        )
      ).status,
    ).toBe(200);
  });

  // ---- an Impulskrediet of a sole trader: assessed, approved, paid out --------------------------

  const impulsNumber = freshEnterpriseNumber();
  const impulsName = `Jef Maes ${tag}`;
  let impulsLoan: string;
  let impulsPerson: string;
  const reports: Record<string, string> = {};
  // The figures of a report, without the log position it was read at: forgetting writes
  // events (PersonForgotten) that move the position on, not the figures.
  const figures = (text: string) => {
    const { position: _position, ...rest } = JSON.parse(text) as Record<string, unknown>;
    return JSON.stringify(rest);
  };
  const reportUrls = {
    winwin: '/api/v1/reports/winwin-monthly?from=2021-01&to=2021-12',
    approvals:
      '/api/v1/reports/approval-rates?productCode=impulskrediet&from=2018-01-01&to=2018-12-31',
    winwinApprovals:
      '/api/v1/reports/approval-rates?productCode=winwinlening&from=2021-01-01&to=2021-12-31',
    portfolio: '/api/v1/reports/portfolio?asOf=2021-06-30',
  };

  it('shows the number in the loan, its events, the list and the credit assessment', async () => {
    impulsLoan = (
      await apply({
        productCode: 'impulskrediet',
        borrower: soleTrader(impulsNumber, impulsName),
        amount: '25000.00',
        termMonths: 60,
        purpose: 'delivery van',
        appliedOn: '2018-03-01',
      })
    ).loanId;
    const assessed = await bo
      .as('clerk')
      .post(`/api/v1/loans/${impulsLoan}/credit-assessment`)
      .send({ assessedOn: '2018-03-05', household: household() });
    expect(assessed.status).toBe(200);
    const approved = await bo
      .as('officer')
      .post(`/api/v1/loans/${impulsLoan}/approval`)
      .send({ approvedOn: '2018-03-15' });
    expect(approved.status).toBe(200);
    const disbursed = await bo
      .as('clerk')
      .post(`/api/v1/loans/${impulsLoan}/disbursement`)
      .send({ disbursedOn: '2018-03-20' });
    expect(disbursed.status).toBe(200);
    lastPosition = Math.max(lastPosition, disbursed.body.position);

    const view = await loan(impulsLoan);
    impulsPerson = view.borrower.personId;
    expect(view.borrower).toEqual({
      enterpriseNumber: impulsNumber,
      name: impulsName,
      province: 'Limburg',
      naturalPerson: true,
      personId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      address: null,
    });
    const history = await events(impulsLoan);
    expect(history[0].data.borrower).toMatchObject({ enterpriseNumber: impulsNumber });
    expect(
      history.find((e: { type: string }) => e.type === 'CreditAssessmentRecorded').data,
    ).toMatchObject({ enterpriseNumber: impulsNumber, personId: impulsPerson });
    const assessment = await bo
      .as('analyst')
      .get(`/api/v1/loans/${impulsLoan}/credit-assessment`)
      .expect(200);
    expect(assessment.body).toMatchObject({ enterpriseNumber: impulsNumber, erased: false });

    const borrower = await listed(lastPosition);
    // The list keeps no address (the loan view reads it from the events).
    const { address: _address, ...listedBorrower } = view.borrower;
    expect(borrower(impulsLoan)).toEqual(listedBorrower);
    expect(borrower(winwinLoans[0])).toMatchObject({
      enterpriseNumber: winwinNumber,
      name: winwinName,
    });

    const raw = await rawStore();
    expect(raw).not.toContain(impulsNumber);
    expect(raw).not.toContain(digits(impulsNumber));

    for (const [name, url] of Object.entries(reportUrls)) {
      const res = await readWhenReached(bo.as('analyst'), `${url}&minPosition=${lastPosition}`);
      expect(res.status).toBe(200);
      reports[name] = figures(res.text);
    }
    expect(JSON.parse(reports.winwin).total.loans).toBeGreaterThanOrEqual(6);
  });

  it('after forgetting: "[erased]" in loans, events and the list; the reports do not move', async () => {
    for (const personId of [winwinPerson, impulsPerson]) {
      const res = await forget(personId, { reason: 'erasure request' });
      expect(res.status).toBe(200);
    }
    for (const id of [...winwinLoans, impulsLoan]) {
      expect((await loan(id)).borrower).toMatchObject({ enterpriseNumber: ERASED, name: ERASED });
      expect((await events(id))[0].data.borrower).toMatchObject({
        enterpriseNumber: ERASED,
        name: ERASED,
      });
    }
    const assessed = (await events(impulsLoan)).find(
      (e: { type: string }) => e.type === 'CreditAssessmentRecorded',
    );
    expect(assessed.data).toMatchObject({ enterpriseNumber: ERASED, assessment: ERASED });
    const assessment = await bo
      .as('analyst')
      .get(`/api/v1/loans/${impulsLoan}/credit-assessment`)
      .expect(200);
    expect(assessment.body).toMatchObject({ enterpriseNumber: ERASED, erased: true });
    const borrower = await listed(lastPosition);
    for (const id of [...winwinLoans, impulsLoan]) {
      expect(borrower(id)).toMatchObject({ enterpriseNumber: ERASED, name: ERASED });
    }
    expect(JSON.stringify(await loan(impulsLoan))).not.toContain('erasable');

    for (const [name, url] of Object.entries(reportUrls)) {
      const res = await bo.as('analyst').get(url).expect(200);
      expect(figures(res.text)).toBe(reports[name]);
    }
  });

  // ---- who the person is: one per enterprise number ---------------------------------------------

  it('makes one person of one enterprise number, and forgets them on all its loans', async () => {
    const number = freshEnterpriseNumber();
    const name = `An Wouters ${tag}`;
    const a = await apply(impulsApplication(number, name));
    // The same name typed otherwise (case, spaces) is the same name.
    const b = await apply(impulsApplication(number, `  an   WOUTERS ${tag}`));
    const person = (await loan(a.loanId)).borrower.personId;
    expect((await loan(b.loanId)).borrower.personId).toBe(person);
    await listed(b.position);
    const res = await forget(person);
    expect(res.status).toBe(200);
    expect([...res.body.loans].sort()).toEqual([a.loanId, b.loanId].sort());
    for (const id of [a.loanId, b.loanId]) {
      expect((await loan(id)).borrower).toMatchObject({ enterpriseNumber: ERASED, name: ERASED });
    }
  });

  it('does not forget two people sharing a number together unless the admin confirms the loans', async () => {
    const number = freshEnterpriseNumber();
    const jan = `Jan Peeters ${tag}`;
    const marie = `Marie Janssens ${tag}`;
    const a = await apply(impulsApplication(number, jan));
    const b = await apply(impulsApplication(number, marie));
    const person = (await loan(a.loanId)).borrower.personId;
    expect((await loan(b.loanId)).borrower.personId).toBe(person);
    await listed(b.position);

    const refused = await forget(person, { reason: 'erasure request of Jan' });
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({
      status: 409,
      type: expect.stringMatching(/person-named-differently$/),
      personId: person,
    });
    expect(refused.body.loans.map((l: { loanId: string }) => l.loanId).sort()).toEqual(
      [a.loanId, b.loanId].sort(),
    );
    // The answer names the loans, not the people.
    expect(refused.text).not.toContain('Peeters');
    expect(refused.text).not.toContain('Janssens');
    // Confirming only some of the loans is no confirmation.
    expect((await forget(person, { confirmLoans: [a.loanId] })).status).toBe(409);
    // Nothing was forgotten.
    expect((await loan(a.loanId)).borrower).toMatchObject({ enterpriseNumber: number, name: jan });
    expect((await loan(b.loanId)).borrower).toMatchObject({
      enterpriseNumber: number,
      name: marie,
    });
    await bo
      .as('admin')
      .post(`/api/v1/people/${person}/forget`)
      .send({ confirmLoans: ['x'] })
      .expect(400);

    const confirmed = await forget(person, {
      reason: 'erasure request of Jan; the number was his',
      confirmLoans: [b.loanId.toUpperCase(), a.loanId],
    });
    expect(confirmed.status).toBe(200);
    expect([...confirmed.body.loans].sort()).toEqual([a.loanId, b.loanId].sort());
    for (const id of [a.loanId, b.loanId]) {
      expect((await loan(id)).borrower).toMatchObject({ enterpriseNumber: ERASED, name: ERASED });
    }
  });

  it('publishes only events whose message passes its schema (the Kafka value is the stored event)', async () => {
    const validator = createMessageValidator();
    const stored: StoredEvent[] = [];
    for (let from = LOG_START; ;) {
      const batch = await store().readAll(from, { batchSize: 500 });
      if (batch.events.length === 0) break;
      stored.push(...batch.events);
      from = batch.checkpoint;
    }
    expect(stored.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'LoanApplied',
        'CreditAssessmentRecorded',
        'WinWinRegistrationCounted',
      ]),
    );
    const problems = stored.flatMap((e) =>
      validator
        .validate(
          JSON.parse(
            JSON.stringify({
              eventId: e.eventId,
              type: e.type,
              schemaVersion: e.metadata.schemaVersion,
              streamId: e.streamId,
              streamVersion: e.streamVersion,
              globalPosition: e.globalPosition,
              data: e.data,
              metadata: e.metadata,
            }),
          ),
        )
        .map((p) => `${e.streamId}@${e.streamVersion} ${p}`),
    );
    expect(problems).toEqual([]);
  });

  const impulsApplication = (enterpriseNumber: string, name: string) => ({
    productCode: 'impulskrediet',
    borrower: soleTrader(enterpriseNumber, name),
    amount: '25000.00',
    termMonths: 60,
    purpose: 'delivery van',
    appliedOn: '2018-03-01',
  });
}

describe('sole traders on PGlite', () => soleTraderSuite('pglite'));
describePostgres('sole traders on PostgreSQL', () => soleTraderSuite('postgres'));
