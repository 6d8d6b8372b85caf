import type { Response } from 'supertest';
import { startBackOffice, type RunningApp } from '../harness';
import { impulskredietApplication, registeredLoan } from '../fixtures';

jest.setTimeout(60_000);

// Issue 18's security finding: names were stored as sent, control characters and the bidi
// override U+202E included, which can make a document or a screen show a name that is not the one
// stored. Every text field is trimmed, NFC-normalised, and refuses control characters (names) or
// all but tabs and line breaks (free text), and bidirectional overrides.

const codes = (res: Response) =>
  (res.body.errors ?? []).map((e: { field: string; code: string }) => [e.field, e.code]);

const borrower = (name: string) => ({
  enterpriseNumber: '0403.170.701',
  name,
  province: 'Antwerpen',
});

let bo: RunningApp;
beforeAll(async () => {
  bo = await startBackOffice('pglite');
});
afterAll(() => bo?.close());

it.each([
  ['a right-to-left override', 'Bakkerij \u202eSREEP'],
  ['a left-to-right isolate', 'Bakkerij \u2066Peeters\u2069'],
  ['a line break', 'Bakkerij\nPeeters'],
  ['a tab', 'Bakkerij\tPeeters'],
  ['an escape', 'Bakkerij \u001b[31mPeeters'],
  ['a C1 control', 'Bakkerij \u0085Peeters'],
])('a name with %s is a 400 invalid-character naming the field', async (_, name) => {
  const res = await bo
    .as('clerk')
    .post('/api/v1/loans')
    .send(impulskredietApplication({ borrower: borrower(name) }));
  expect(res.status).toBe(400);
  expect(codes(res)).toEqual([['borrower.name', 'invalid-character']]);
});

it('free text keeps its line breaks and tabs, and refuses a bidi override', async () => {
  const loanId = await registeredLoan(bo);
  const bidi = await bo
    .as('clerk')
    .post(`/api/v1/loans/${loanId}/withdrawal`)
    .send({ withdrawnOn: '2018-03-10', reason: 'moved \u202eabroad' });
  expect(bidi.status).toBe(400);
  expect(codes(bidi)).toEqual([['reason', 'invalid-character']]);
  const ok = await bo
    .as('clerk')
    .post(`/api/v1/loans/${loanId}/withdrawal`)
    .send({ withdrawnOn: '2018-03-10', reason: 'moved abroad:\n\tno longer needs the loan' });
  expect(ok.status).toBe(200);
});

it('names are stored in NFC: a decomposed é is the composed one', async () => {
  const decomposed = 'Caf\u0065\u0301 Central';
  const res = await bo
    .as('clerk')
    .post('/api/v1/loans')
    .send(impulskredietApplication({ borrower: borrower(decomposed) }));
  expect(res.status).toBe(201);
  const loan = await bo.as('analyst').get(`/api/v1/loans/${res.body.loanId}`);
  expect(loan.body.borrower.name).toBe('Caf\u00e9 Central');
});

describe('a body that is not JSON is a 415 that says so (issue 18), and records nothing', () => {
  it.each([
    ['text/plain', 'productCode=impulskrediet'],
    ['application/x-www-form-urlencoded', 'productCode=impulskrediet&amount=25000.00'],
    ['application/xml', '<loan/>'],
  ])('Content-Type %s', async (type, body) => {
    const res = await bo.as('clerk').post('/api/v1/loans').set('Content-Type', type).send(body);
    expect(res.status).toBe(415);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({
      type: 'https://loanbook.dev/problems/unsupported-media-type',
      detail: `the body is sent as ${type}; send it as JSON with Content-Type: application/json`,
    });
  });

  it('JSON with a charset, and a request without a body, pass', async () => {
    const res = await bo
      .as('clerk')
      .post('/api/v1/loans')
      .set('Content-Type', 'application/json; charset=utf-8')
      .send(JSON.stringify(impulskredietApplication()));
    expect(res.status).toBe(201);
    const bodiless = await bo.as('admin').post('/api/v1/projections/loans/retry');
    expect(bodiless.status).toBe(200);
  });
});
