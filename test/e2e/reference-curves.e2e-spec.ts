import { randomUUID } from 'node:crypto';
import { startBackOffice, type RunningApp } from './harness';

jest.setTimeout(60_000);

// Reference curves (DOMAIN.md 4.3): recorded with their day, negative rates allowed, the curve
// in force on a day is the latest recorded on or before it.

const curve = (recordedOn: string, points: Array<[number, string]>, source?: string) => ({
  recordedOn,
  ...(source ? { source } : {}),
  points: points.map(([tenorMonths, rate]) => ({ tenorMonths, rate })),
});

describe('reference curves over HTTP', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(() => bo?.close());

  it('given curves recorded by an officer, when asked on a day, then the latest on or before it answers, negatives included', async () => {
    const first = await bo
      .as('officer')
      .post('/api/v1/reference-curves')
      .send(
        curve(
          '2020-06-30',
          [
            [12, '-0.00227'],
            [3, '-0.00422'],
            [24, '-0.0032'],
          ],
          'EMMI and ICE fixings',
        ),
      );
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ recordedOn: '2020-06-30', version: 1 });
    const second = await bo
      .as('admin')
      .post('/api/v1/reference-curves')
      .send(
        curve('2013-11-08', [
          [24, '0.00531'],
          [36, '0.00709'],
        ]),
      );
    expect(second.status).toBe(201);

    const inForce = await bo.as('analyst').get('/api/v1/reference-curves/in-force?on=2021-01-15');
    expect(inForce.status).toBe(200);
    expect(inForce.body).toMatchObject({
      recordedOn: '2020-06-30',
      source: 'EMMI and ICE fixings',
      recordedBy: 'officer-bart',
      points: [
        { tenorMonths: 3, kind: 'euribor', rate: '-0.00422' },
        { tenorMonths: 12, kind: 'euribor', rate: '-0.00227' },
        { tenorMonths: 24, kind: 'irs', rate: '-0.0032' },
      ],
    });
    const older = await bo.as('clerk').get('/api/v1/reference-curves/in-force?on=2019-12-31');
    expect(older.body).toMatchObject({ recordedOn: '2013-11-08' });
    const none = await bo.as('clerk').get('/api/v1/reference-curves/in-force?on=2013-11-07');
    expect(none.status).toBe(404);

    const list = await bo.as('clerk').get('/api/v1/reference-curves');
    expect(list.body.curves.map((c: { recordedOn: string }) => c.recordedOn)).toEqual([
      '2013-11-08',
      '2020-06-30',
    ]);
  });

  it('given a second recording of the same day, it corrects that day', async () => {
    await bo
      .as('officer')
      .post('/api/v1/reference-curves')
      .send(curve('2019-03-01', [[24, '0.001']]));
    await bo
      .as('officer')
      .post('/api/v1/reference-curves')
      .send(curve('2019-03-01', [[24, '0.002']]));
    const res = await bo.as('clerk').get('/api/v1/reference-curves/in-force?on=2019-03-01');
    expect(res.body.points).toEqual([{ tenorMonths: 24, kind: 'irs', rate: '0.002' }]);
  });

  it('given bad curves, it answers 400 or 422 and records nothing', async () => {
    const before = (await bo.as('clerk').get('/api/v1/reference-curves')).body.curves.length;
    const post = (body: unknown) =>
      bo
        .as('officer')
        .post('/api/v1/reference-curves')
        .send(body as object);

    const twice = await post(
      curve('2018-01-02', [
        [24, '0.001'],
        [24, '0.002'],
      ]),
    );
    expect(twice.status).toBe(422);
    expect(twice.body.violations[0]).toMatchObject({ rule: 'reference-curve-invalid' });
    expect(twice.body.violations[0].message).toMatch(/24 months appears twice/);

    const future = await post(curve('2199-01-01', [[24, '0.001']]));
    expect(future.status).toBe(422);
    expect(future.body.violations[0]).toMatchObject({ rule: 'date-in-future' });

    for (const body of [
      curve('2018-01-02', [[24, '5']]),
      curve('2018-01-02', [[0, '0.001']]),
      { recordedOn: '2018-01-02', points: [] },
      { recordedOn: '2018-01-02', points: [{ tenorMonths: 24, rate: 0.001 }] },
      { recordedOn: '2018-02-30', points: [{ tenorMonths: 24, rate: '0.001' }] },
    ]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const after = (await bo.as('clerk').get('/api/v1/reference-curves')).body.curves.length;
    expect(after).toBe(before);
  });

  it('given an Idempotency-Key, a repeat gets the first reply and records nothing', async () => {
    const key = `curve-${randomUUID()}`;
    const body = curve('2017-05-05', [[6, '-0.0025']]);
    const first = await bo
      .as('officer')
      .post('/api/v1/reference-curves')
      .set('Idempotency-Key', key)
      .send(body);
    const again = await bo
      .as('officer')
      .post('/api/v1/reference-curves')
      .set('Idempotency-Key', key)
      .send(body);
    expect(again.status).toBe(first.status);
    expect(again.body).toEqual(first.body);
  });

  it('given a clerk or an analyst, recording a curve is forbidden', async () => {
    for (const user of ['clerk', 'analyst'] as const) {
      const res = await bo
        .as(user)
        .post('/api/v1/reference-curves')
        .send(curve('2018-01-02', [[24, '0.001']]));
      expect(res.status).toBe(403);
    }
  });
});
