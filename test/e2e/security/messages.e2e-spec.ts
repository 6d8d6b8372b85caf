import type { Response } from 'supertest';
import { startBackOffice, type RunningApp } from '../harness';
import { impulskredietApplication } from '../fixtures';

jest.setTimeout(60_000);

// Issue 18, validation messages a clerk understands: each 400 says what to write, in English
// (the API's default) or Dutch (Accept-Language: nl), beside the field it names, for the web UI.

let bo: RunningApp;
beforeAll(async () => {
  bo = await startBackOffice('pglite');
});
afterAll(() => bo?.close());

const messages = (res: Response) =>
  Object.fromEntries(
    (res.body.errors as { field: string; message: string }[]).map((e) => [e.field, e.message]),
  );

const apply = (body: Record<string, unknown>, language?: string) => {
  const req = bo.as('clerk').post('/api/v1/loans');
  return (language ? req.set('Accept-Language', language) : req).send(body);
};

it('a number of months sent as text, a decimal comma and an unknown field, in English', async () => {
  const res = await apply({
    ...impulskredietApplication(),
    termMonths: '60',
    amount: '25000,00',
    colour: 'blue',
  });
  expect(res.status).toBe(400);
  expect(res.headers['content-language']).toBe('en');
  expect(res.body.detail).toBe('3 fields are invalid');
  expect(messages(res)).toEqual({
    colour: 'colour is not a known field',
    termMonths:
      'termMonths must be a whole number of months (a number, not text): write 60, not "60"',
    amount: 'amount uses a decimal comma: use a point, "25000.00"',
  });
});

it('the same in Dutch', async () => {
  const res = await apply(
    { ...impulskredietApplication(), termMonths: '60', amount: '25000,00', colour: 'blue' },
    'nl-BE,nl;q=0.9,en;q=0.5',
  );
  expect(res.status).toBe(400);
  expect(res.headers['content-language']).toBe('nl');
  expect(res.body.detail).toBe('3 velden zijn ongeldig');
  expect(messages(res)).toEqual({
    colour: 'colour is geen bekend veld',
    termMonths:
      'termMonths moet een geheel getal maanden zijn (een getal, geen tekst): schrijf 60, niet "60"',
    amount: 'amount gebruikt een decimale komma: gebruik een punt, "25000.00"',
  });
});

it.each<[string, Record<string, unknown>, string, string]>([
  ['a JSON number for an amount', { amount: 25000 }, 'amount', 'niet als getal'],
  ['thousands separators', { amount: '25.000,00' }, 'amount', 'duizendtallen'],
  ['a missing field', { purpose: undefined }, 'purpose', 'purpose is verplicht'],
  ['an unknown product', { productCode: 'mortgage' }, 'productCode', 'een van deze waarden'],
  ['a date that does not exist', { appliedOn: '2021-02-30' }, 'appliedOn', 'bestaande datum'],
  [
    'an amount out of range',
    { guarantees: [{ kind: 'real', guarantor: 'x', amount: '1000000000.00' }] },
    'guarantees.0.amount',
    'hoogstens 999999999.99',
  ],
  [
    'a bad enterprise number',
    { borrower: { enterpriseNumber: '0403.170.702', name: 'X', province: 'Antwerpen' } },
    'borrower.enterpriseNumber',
    'ondernemingsnummer',
  ],
])('%s: a Dutch message for the field', async (_, over, field, expected) => {
  const res = await apply({ ...impulskredietApplication(), ...over }, 'nl');
  expect(res.status).toBe(400);
  expect(messages(res)[field]).toContain(expected);
});

it('a malformed body in Dutch too', async () => {
  const res = await bo
    .as('clerk')
    .post('/api/v1/loans')
    .set('Accept-Language', 'nl')
    .set('Content-Type', 'application/json')
    .send('{"productCode":');
  expect(res.status).toBe(400);
  expect(messages(res)['']).toBe('De inhoud is geen geldige JSON');
});
