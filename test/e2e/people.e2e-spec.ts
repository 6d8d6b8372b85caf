import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Client } from 'pg';
import { hasSqlDatabase, type EventStore } from '@loanbook/event-store';
import type { CliIo } from '../../apps/cli/src/cli-context';
import { runProjectionsRebuild } from '../../apps/cli/src/projections/projections.command';
import { EVENT_STORE } from '../../apps/back-office/src/infrastructure/tokens';
import { ReadModelsService } from '../../apps/back-office/src/read-models/read-models.service';
import { describePostgres, dropSchema, freshSchemaName, TEST_DATABASE_URL } from '../support';
import { TEST_PERSONAL_DATA_KEY } from '../support/personal-data-key';
import { startBackOffice, type RunningApp, type StoreKind } from './harness';

jest.setTimeout(120_000);

const ERASED = '[erased]';
const REPORT = '/api/v1/reports/winwin-monthly?from=2021-03&to=2021-03';

/**
 * Crypto-shredding over HTTP: the personal data of natural persons (a win-win lender, a sole
 * trader) is stored encrypted, shown to the back office's users, and gone for good once an
 * admin forgets the person; the figures do not move.
 */
function peopleSuite(kind: StoreKind) {
  const dir = mkdtempSync(join(tmpdir(), 'loanbook-people-'));
  const schema = kind === 'postgres' ? freshSchemaName('e2e_people') : 'loanbook';
  // Unique per run, so that finding them in the raw tables can only mean this run wrote them.
  const tag = randomUUID().slice(0, 8);
  const lender = { id: `85.07.30-033.61-${tag}`, name: `Griet Vanhoutte ${tag}` };
  const soleTrader = `Jan Verbruggen ${tag}`;
  // A sole trader's address is where they live or work: personal data, sealed part by part.
  const soleTraderAddress = {
    street: `Molenstraat 7 bus ${tag}`,
    postalCode: '2980',
    municipality: `Zoersel ${tag}`,
  };
  const enterpriseName = `Brouwerij De Klok ${tag}`;

  let bo: RunningApp;
  const start = async () => {
    bo = await startBackOffice(kind, dir, schema);
  };
  beforeAll(start);
  afterAll(async () => {
    await bo?.close();
    rmSync(dir, { recursive: true, force: true });
    if (kind === 'postgres') await dropSchema(TEST_DATABASE_URL, schema);
  });

  /** Every stored event and stream id as text: what someone with the database can read. */
  const rawStore = async (): Promise<string> => {
    const sql = `SELECT concat_ws(E'\\n', e.stream_id, e.type, e.data::text, e.metadata::text) AS t
                   FROM events e
                 UNION ALL SELECT stream_id FROM streams`;
    let rows: { t: string }[];
    if (kind === 'postgres') {
      const client = new Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(`SET search_path TO "${schema}"`);
        rows = (await client.query<{ t: string }>(sql)).rows;
      } finally {
        await client.end();
      }
    } else {
      const store = bo.app.get<EventStore>(EVENT_STORE);
      if (!hasSqlDatabase(store)) throw new Error('the embedded store has a SQL database');
      rows = await store.database().query<{ t: string }>(sql);
    }
    return rows.map((r) => r.t).join('\n');
  };

  const winwin = (over: Record<string, unknown> = {}) => ({
    productCode: 'winwinlening',
    borrower: { enterpriseNumber: '0403.170.701', name: enterpriseName, province: 'Limburg' },
    lender: { ...lender, relationToBorrower: 'friend' },
    amount: '60000.00',
    termMonths: 60,
    annualRate: '0.01',
    purpose: 'brewing kettle',
    signedOn: '2021-03-01',
    appliedOn: '2021-03-10',
    ...over,
  });
  const impulskrediet = {
    productCode: 'impulskrediet',
    borrower: {
      enterpriseNumber: '0202.239.951',
      name: soleTrader,
      province: 'Antwerpen',
      naturalPerson: true,
      address: soleTraderAddress,
    },
    amount: '25000.00',
    termMonths: 60,
    purpose: 'delivery van',
    appliedOn: '2018-03-01',
  };

  const apply = async (body: object) =>
    (await bo.as('clerk').post('/api/v1/loans').send(body).expect(201)).body as {
      loanId: string;
      position: number;
    };
  const loan = async (loanId: string) =>
    (await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200)).body;
  const events = async (loanId: string) =>
    (await bo.as('analyst').get(`/api/v1/loans/${loanId}/events`).expect(200)).body;
  const forget = (personId: string, as: 'admin' | 'clerk' | 'analyst' | 'officer' = 'admin') =>
    bo.as(as).post(`/api/v1/people/${personId}/forget`);

  let winwinLoan: string;
  let secondWinwinLoan: string;
  let soleTraderLoan: string;
  let lenderPerson: string;
  let soleTraderPerson: string;
  let reportBefore: string;
  let position: number;

  it('stores the names and identifying numbers of natural persons encrypted, never as text', async () => {
    winwinLoan = (await apply(winwin())).loanId;
    const approval = await bo
      .as('officer')
      .post(`/api/v1/loans/${winwinLoan}/approval`)
      .send({ approvedOn: '2021-03-15' })
      .expect(200);
    secondWinwinLoan = (
      await apply(
        winwin({
          borrower: { enterpriseNumber: '0417.497.106', name: 'Garage', province: 'Limburg' },
          amount: '10000.00',
        }),
      )
    ).loanId;
    const soleTraderApplied = await apply(impulskrediet);
    soleTraderLoan = soleTraderApplied.loanId;
    position = Math.max(approval.body.position, soleTraderApplied.position);

    const raw = await rawStore();
    expect(raw).toContain(winwinLoan);
    expect(raw).toContain('"erasable"');
    // A sole trader's enterprise number is their own register number: sealed too, also out of
    // stream ids, in either spelling.
    for (const secret of [
      lender.id,
      lender.name,
      soleTrader,
      'Vanhoutte',
      'Verbruggen',
      soleTraderAddress.street,
      soleTraderAddress.municipality,
      '"2980"',
      '0202.239.951',
      '0202239951',
    ]) {
      expect(raw).not.toContain(secret);
    }
    // An enterprise's name is no personal data: it stays readable.
    expect(raw).toContain(enterpriseName);

    // Nor do the read models keep them (they are rebuilt from these events).
    const readModels = bo.app.get(ReadModelsService);
    await readModels.reached(['loans'], position);
    const { loans } = await readModels.tables('loans');
    const rows = JSON.stringify(await readModels.db.query(`SELECT * FROM ${loans}`));
    expect(rows).toContain(soleTraderLoan);
    for (const secret of [lender.id, lender.name, soleTrader, '0202.239.951', '0202239951']) {
      expect(rows).not.toContain(secret);
    }
  });

  it('records a retried application once, whichever twin seals it', async () => {
    // Sent at the same moment, both twins may pass the check for a prior command and seal the
    // names (with other IVs): the store keeps the first append, whose event ids both share.
    const key = `people-${tag}`;
    const body = { ...impulskrediet, appliedOn: '2018-03-02' };
    const send = () =>
      bo.as('clerk').post('/api/v1/loans').set('Idempotency-Key', key).send(body).expect(201);
    const [a, b] = await Promise.all([send(), send()]);
    expect(b.body).toEqual(a.body);
    expect((await send()).body).toEqual(a.body);
    const history = await events(a.body.loanId);
    expect(history.events).toHaveLength(1);
    expect(history.events[0].data.borrower.name).toBe(soleTrader);
  });

  it('shows them in clear to the back office, with the person ids an admin forgets by', async () => {
    const view = await loan(winwinLoan);
    expect(view.lender).toEqual({
      personId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      id: lender.id,
      name: lender.name,
      relationToBorrower: 'friend',
    });
    expect(view.borrower).toEqual({
      enterpriseNumber: '0403.170.701',
      name: enterpriseName,
      province: 'Limburg',
      naturalPerson: false,
      personId: null,
      address: null,
    });
    lenderPerson = view.lender.personId;
    // The same lender on another loan is the same person.
    expect((await loan(secondWinwinLoan)).lender.personId).toBe(lenderPerson);

    const trader = await loan(soleTraderLoan);
    expect(trader.borrower).toEqual({
      enterpriseNumber: '0202.239.951',
      name: soleTrader,
      province: 'Antwerpen',
      naturalPerson: true,
      personId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      address: soleTraderAddress,
    });
    soleTraderPerson = trader.borrower.personId;
    expect(soleTraderPerson).not.toBe(lenderPerson);

    const history = await events(winwinLoan);
    expect(JSON.stringify(history)).not.toContain('erasable');
    expect(history.events[0].data.lender).toEqual({
      personId: lenderPerson,
      id: lender.id,
      name: lender.name,
      relationToBorrower: 'friend',
    });
    expect((await events(soleTraderLoan)).events[0].data.borrower).toMatchObject({
      enterpriseNumber: '0202.239.951',
      name: soleTrader,
      naturalPerson: true,
      personId: soleTraderPerson,
      address: soleTraderAddress,
    });

    const list = await bo.as('analyst').get('/api/v1/loans?limit=200').expect(200);
    const listed = (id: string) =>
      list.body.items.find((i: { loanId: string }) => i.loanId === id).borrower;
    expect(listed(soleTraderLoan)).toEqual({
      enterpriseNumber: '0202.239.951',
      name: soleTrader,
      province: 'Antwerpen',
      naturalPerson: true,
      personId: soleTraderPerson,
    });
    expect(listed(winwinLoan).name).toBe(enterpriseName);
    expect(JSON.stringify(list.body)).not.toContain('erasable');

    const report = await bo.as('analyst').get(`${REPORT}&minPosition=${position}`).expect(200);
    expect(report.body.total).toEqual({
      principal: '60000.00',
      loans: 1,
      averagePrincipal: '60000.00',
    });
    reportBefore = report.text;
  });

  it('lets only an admin forget, and only a person it knows', async () => {
    for (const user of ['clerk', 'analyst', 'officer'] as const) {
      const res = await forget(lenderPerson, user).send({}).expect(403);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    await bo.http().post(`/api/v1/people/${lenderPerson}/forget`).expect(401);
    const unknown = await forget(randomUUID()).send({}).expect(404);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unknown.body).toMatchObject({ status: 404, type: expect.stringMatching(/not-found$/) });
    const badId = await forget('not-a-uuid').send({}).expect(400);
    expect(badId.body.errors).toEqual([expect.objectContaining({ field: 'personId' })]);
    const badBody = await forget(lenderPerson).send({ reason: 42, extra: 1 }).expect(400);
    expect(badBody.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'extra',
      'reason',
    ]);
    // Nothing was forgotten by any of these.
    expect((await loan(winwinLoan)).lender.name).toBe(lender.name);
  });

  it('forgets a person: their fields read as erased everywhere, and forgetting again changes nothing', async () => {
    const first = await forget(lenderPerson).send({ reason: 'erasure request, ticket 17' });
    expect(first.status).toBe(200);
    // The answer names the loans whose personal data it erased.
    expect(first.body).toEqual({
      personId: lenderPerson,
      forgottenAt: expect.any(String),
      loans: expect.arrayContaining([winwinLoan, secondWinwinLoan]),
    });
    expect(first.body.loans).toHaveLength(2);
    const again = await forget(lenderPerson).send({ reason: 'asked twice' }).expect(200);
    expect(again.body).toEqual(first.body);
    // Without a body too.
    await forget(soleTraderPerson).expect(200);

    for (const id of [winwinLoan, secondWinwinLoan]) {
      const view = await loan(id);
      expect(view.lender).toEqual({
        personId: lenderPerson,
        id: ERASED,
        name: ERASED,
        relationToBorrower: 'friend',
      });
      expect(view.status).toBe(id === winwinLoan ? 'approved' : 'applied');
    }
    expect((await loan(winwinLoan)).borrower.name).toBe(enterpriseName);
    expect((await loan(soleTraderLoan)).borrower).toMatchObject({
      enterpriseNumber: ERASED,
      name: ERASED,
      personId: soleTraderPerson,
      address: { street: ERASED, postalCode: ERASED, municipality: ERASED },
    });
    const history = await events(winwinLoan);
    expect(history.events[0].data.lender).toEqual({
      personId: lenderPerson,
      id: ERASED,
      name: ERASED,
      relationToBorrower: 'friend',
    });
    expect(history.events[0].data.amount).toBe('60000.00');
    expect(JSON.stringify(history)).not.toContain('erasable');
    expect((await events(soleTraderLoan)).events[0].data.borrower).toMatchObject({
      enterpriseNumber: ERASED,
      name: ERASED,
      address: { street: ERASED, postalCode: ERASED, municipality: ERASED },
    });

    const list = await bo.as('analyst').get('/api/v1/loans?limit=200').expect(200);
    const trader = list.body.items.find((i: { loanId: string }) => i.loanId === soleTraderLoan);
    expect(trader.borrower).toMatchObject({
      enterpriseNumber: ERASED,
      name: ERASED,
      personId: soleTraderPerson,
    });

    const report = await bo.as('analyst').get(REPORT).expect(200);
    expect(report.text).toBe(reportBefore);

    // The audit trail: who forgot whom, when and why (the first request's).
    const raw = await rawStore();
    expect(raw).toContain(`person-${lenderPerson}`);
    expect(raw.match(/PersonForgotten/g)).toHaveLength(2);
    expect(raw).toContain('erasure request, ticket 17');
    expect(raw).not.toContain('asked twice');
  });

  it('still decides on a loan whose persons are forgotten, and counts the lender anew when they return', async () => {
    await bo
      .as('clerk')
      .post(`/api/v1/loans/${soleTraderLoan}/withdrawal`)
      .send({ withdrawnOn: '2018-03-20' })
      .expect(200);
    expect((await loan(soleTraderLoan)).status).toBe('withdrawn');

    // The lookup hash went with the key: the same number now makes a new person.
    const returning = (
      await apply(
        winwin({
          borrower: { enterpriseNumber: '0417.497.106', name: 'Garage', province: 'Limburg' },
          amount: '5000.00',
        }),
      )
    ).loanId;
    const view = await loan(returning);
    expect(view.lender.personId).not.toBe(lenderPerson);
    expect(view.lender).toMatchObject({ id: lender.id, name: lender.name });
  });

  it('gives the same figures after the read models are rebuilt from the log', async () => {
    await bo.close();
    const io: CliIo = {
      env: {
        ...process.env,
        EVENT_STORE: kind,
        DATA_DIR: dir,
        DATABASE_URL: TEST_DATABASE_URL,
        DATABASE_SCHEMA: schema,
        LOG_LEVEL: 'silent',
        PERSONAL_DATA_KEY: TEST_PERSONAL_DATA_KEY,
      },
      stdout: new PassThrough().resume(),
      stderr: new PassThrough().resume(),
    };
    await runProjectionsRebuild(io, 'loans');
    await start();
    const report = await bo.as('analyst').get(REPORT).expect(200);
    expect(report.text).toBe(reportBefore);
    const list = await bo.as('analyst').get('/api/v1/loans?limit=200').expect(200);
    const trader = list.body.items.find((i: { loanId: string }) => i.loanId === soleTraderLoan);
    expect(trader.borrower).toMatchObject({ enterpriseNumber: ERASED, name: ERASED });
  });
}

describe('forgetting people on PGlite', () => peopleSuite('pglite'));
describePostgres('forgetting people on PostgreSQL', () => peopleSuite('postgres'));
