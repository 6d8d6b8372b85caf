import { impulskredietApplication, registeredLoan } from '../fixtures';
import { type RunningApp, startBackOffice } from '../harness';

/**
 * An array where a list of objects expects objects: class-transformer maps a nested array
 * through as it is and ValidateNested let it pass, so `guarantees: [[]]` reached the decider
 * and answered 500 (found by the command fuzzer, FUZZ_SEED=1206861608). Each such list now
 * answers 400 naming the field, and records nothing.
 */
describe('nested arrays in lists of objects', () => {
  let bo: RunningApp;

  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  }, 60_000);

  afterAll(async () => {
    await bo?.close();
  });

  const expectRejected = (
    res: { status: number; body: { errors?: { field: string }[] } },
    field: string,
  ) => {
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^${field}`))]),
    );
  };

  it('refuses them in an approval, an application and a reference curve', async () => {
    const loanId = await registeredLoan(bo);
    expectRejected(
      await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/approval`)
        .send({ approvedOn: '2018-01-01', guarantees: [[]] }),
      'guarantees',
    );
    expectRejected(
      await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send({ ...impulskredietApplication(), guarantees: [[{ kind: 'personal' }]] }),
      'guarantees',
    );
    expectRejected(
      await bo
        .as('officer')
        .post('/api/v1/reference-curves')
        .send({ curve: 'IRS', recordedOn: '2020-06-30', points: [[]] }),
      'points',
    );
    const events = await bo.as('analyst').get(`/api/v1/loans/${loanId}/events`).expect(200);
    expect(events.body.events).toHaveLength(1);
  }, 60_000);
});
