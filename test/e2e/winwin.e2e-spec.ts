import { randomUUID } from 'node:crypto';
import { describePostgres } from '../support';
import { winwinRegistration } from './fixtures';
import { startBackOffice, type RunningApp, type StoreKind } from './harness';

jest.setTimeout(60_000);

const registration = winwinRegistration;

function winwinSuite(kind: StoreKind) {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice(kind);
  });
  afterAll(async () => {
    await bo?.close();
  });

  const apply = async (body: Record<string, unknown>) =>
    (await bo.as('clerk').post('/api/v1/loans').send(body).expect(201)).body.loanId as string;
  const register = (loanId: string) =>
    bo.as('officer').post(`/api/v1/loans/${loanId}/approval`).send({ approvedOn: '2021-03-15' });

  it('registers a win-win loan and counts it in the monthly report', async () => {
    const loanId = await apply(
      registration({
        borrower: { enterpriseNumber: '0202.239.951', name: 'Bakkerij', province: 'Antwerpen' },
      }),
    );
    const reply = await register(loanId).expect(200);
    const loan = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
    expect(loan.body).toMatchObject({
      status: 'approved',
      annualRate: '0.01',
      signedOn: '2021-03-01',
    });
    const report = await bo
      .as('analyst')
      .get(
        `/api/v1/reports/winwin-monthly?from=2021-03&to=2021-03&minPosition=${reply.body.position}`,
      )
      .expect(200);
    expect(report.body.rows).toEqual([
      { month: '2021-03', termYears: 5, principal: '60000.00', loans: 1 },
    ]);
  });

  it.each([
    [
      'a deed received more than 3 months after signing',
      { signedOn: '2020-12-09', appliedOn: '2021-03-10' },
      'deed-received-too-late',
    ],
    [
      'an excluded lender relation',
      { lender: { id: 'l-x', name: 'X', relationToBorrower: 'director-or-manager' } },
      'lender-relation-excluded',
    ],
    ['a rate below the 2021 band', { annualRate: '0.005' }, 'rate-below-band'],
    ['a term that is not whole years', { termMonths: 66 }, 'term-not-whole-years'],
    ['more than 75,000.00 from one lender', { amount: '75000.01' }, 'amount-above-lender-limit'],
  ])('refuses %s with 422 and records nothing', async (_, change, rule) => {
    const loanId = randomUUID();
    const res = await bo
      .as('clerk')
      .post('/api/v1/loans')
      .send(registration({ loanId, ...change }))
      .expect(422);
    expect(res.body.violations.map((v: { rule: string }) => v.rule)).toContain(rule);
    await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(404);
  });

  it('never lets concurrent registrations take a borrower past EUR 300,000', async () => {
    const borrower = {
      enterpriseNumber: '0417.497.106',
      name: 'Garage Peeters',
      province: 'Oost-Vlaanderen',
    };
    for (let i = 0; i < 4; i++) {
      await register(await apply(registration({ borrower }))).expect(200); // 240,000.00 registered
    }
    const contenders = await Promise.all([1, 2, 3].map(() => apply(registration({ borrower }))));
    const replies = await Promise.all(contenders.map((id) => register(id)));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 422, 422]);
    for (const r of replies.filter((x) => x.status === 422)) {
      expect(r.body.violations).toEqual([
        expect.objectContaining({ rule: 'borrower-limit-exceeded' }),
      ]);
    }
  });
}

describe('win-win registrations on PGlite', () => winwinSuite('pglite'));
describePostgres('win-win registrations on PostgreSQL', () => winwinSuite('postgres'));
