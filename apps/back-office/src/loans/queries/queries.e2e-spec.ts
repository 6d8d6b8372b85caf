import { activeLoan, registeredLoan } from '../../../../../test/e2e/fixtures';
import {
  readWhenReached,
  startBackOffice,
  testToken,
  type RunningApp,
} from '../../../../../test/e2e/harness';

jest.setTimeout(60_000);

describe('the loan queries (queries/*.route.ts through LoanQueries)', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(async () => {
    await bo?.close();
  });

  it('one loan: its version as ETag, and 304 for that version', async () => {
    const loanId = await registeredLoan(bo);
    const res = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toMatchObject({ loanId, status: 'applied', version: 1 });
    const again = await bo
      .as('analyst')
      .get(`/api/v1/loans/${loanId}`)
      .set('If-None-Match', '"1"')
      .expect(304);
    expect(again.headers.etag).toBe('"1"');
    expect(again.text).toBe('');
  });

  it('the schedule and arrears as of a day; 409 with the version before disbursement', async () => {
    const loanId = await activeLoan(bo);
    const schedule = await bo
      .as('analyst')
      .get(`/api/v1/loans/${loanId}/schedule?asOf=2018-05-21`)
      .expect(200);
    expect(schedule.body.instalments[0]).toMatchObject({ total: '483.32', status: 'overdue' });
    const arrears = await bo
      .as('analyst')
      .get(`/api/v1/loans/${loanId}/arrears?asOf=2018-05-21`)
      .expect(200);
    // Instalment 2, contractually Sunday 2018-05-20, is due after Whit Monday (the 21st), on the
    // 22nd: only the first is in arrears at the end of the 21st.
    expect(arrears.body).toMatchObject({
      loanId,
      asOf: '2018-05-21',
      total: '483.32',
      oldestDueOn: '2018-04-20',
    });

    const applied = await registeredLoan(bo);
    const refused = await bo.as('analyst').get(`/api/v1/loans/${applied}/schedule`).expect(409);
    expect(refused.body).toMatchObject({ currentState: 'applied', currentVersion: 1 });
  });

  it('the events, oldest first', async () => {
    const loanId = await activeLoan(bo);
    const res = await bo.as('analyst').get(`/api/v1/loans/${loanId}/events`).expect(200);
    expect(res.body.version).toBe(3);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual([
      'LoanApplied',
      'LoanApproved',
      'LoanDisbursed',
    ]);
  });

  it('a page of loans after a write; 400 for a limit out of range or a cursor it never gave', async () => {
    const created = await bo
      .as('clerk')
      .post('/api/v1/loans')
      .send({
        productCode: 'impulskrediet',
        borrower: {
          enterpriseNumber: '0403.170.701',
          name: 'Bakkerij Queries',
          province: 'Limburg',
        },
        amount: '10000.00',
        termMonths: 36,
        purpose: 'ovens',
        appliedOn: '2018-03-01',
      })
      .expect(201);
    const page = await readWhenReached(
      bo.as('analyst'),
      `/api/v1/loans?q=queries&minPosition=${created.body.position}`,
    );
    expect(page.status).toBe(200);
    expect(page.body.items.map((i: { loanId: string }) => i.loanId)).toEqual([created.body.loanId]);

    const limit = await bo.as('analyst').get('/api/v1/loans?limit=201').expect(400);
    expect(limit.body.errors).toEqual([
      expect.objectContaining({ field: 'limit', code: 'out-of-range' }),
    ]);
    const cursor = await bo.as('analyst').get('/api/v1/loans?cursor=not-ours').expect(400);
    expect(cursor.body).toMatchObject({ status: 400, detail: '1 field is invalid' });
    expect(cursor.body.errors).toEqual([
      { field: 'cursor', code: 'cursor', message: 'the cursor is not one this API gave out' },
    ]);
  });

  it("an officer's loans: those they approved, proposed (four eyes) or refused; 400 for a blank officer", async () => {
    const borrower = {
      enterpriseNumber: '0403.170.701',
      name: 'Bakkerij Officer',
      province: 'Limburg',
    };
    const approved = await registeredLoan(bo, { borrower });
    await bo
      .as('officer2')
      .post(`/api/v1/loans/${approved}/approval`)
      .send({ approvedOn: '2018-03-15' })
      .expect(200);
    // Above this junior officer's limit: a proposal that officer-chloe seconds.
    const junior = bo.withToken(
      await testToken({ sub: 'officer-dirk', roles: ['credit-officer'], approvalLimit: '5000.00' }),
    );
    const seconded = await registeredLoan(bo, { borrower });
    await junior
      .post(`/api/v1/loans/${seconded}/approval`)
      .send({ approvedOn: '2018-03-15' })
      .expect(200);
    const proposed = await registeredLoan(bo, { borrower });
    await junior
      .post(`/api/v1/loans/${proposed}/approval`)
      .send({ approvedOn: '2018-03-15' })
      .expect(200);
    const last = await bo
      .as('officer2')
      .post(`/api/v1/loans/${seconded}/approval`)
      .send({ approvedOn: '2018-03-16' })
      .expect(200);
    const refused = await registeredLoan(bo, { borrower });
    const refusal = await bo
      .as('officer2')
      .post(`/api/v1/loans/${refused}/refusal`)
      .send({ refusedOn: '2018-03-16', reasons: ['known-payment-arrears'], explanation: 'arrears' })
      .expect(200);
    const untouched = await registeredLoan(bo, { borrower });
    const position = Math.max(Number(last.body.position), Number(refusal.body.position));

    const ids = async (query: string) => {
      const page = await readWhenReached(
        bo.as('analyst'),
        `/api/v1/loans?q=officer&${query}&minPosition=${position}`,
      );
      expect(page.status).toBe(200);
      return (page.body.items as { loanId: string }[]).map((i) => i.loanId).sort();
    };
    // Case aside, as four eyes compares user ids.
    expect(await ids('officer=Officer-Chloe')).toEqual([approved, seconded, refused].sort());
    expect(await ids('officer=officer-dirk')).toEqual([seconded, proposed].sort());
    expect(await ids('officer=officer-dirk&awaiting=second-approval')).toEqual([proposed]);
    expect(await ids('officer=officer-nobody')).toEqual([]);
    expect(await ids('')).toContain(untouched);

    const blank = await bo.as('clerk').get('/api/v1/loans?officer=%20%20').expect(400);
    expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'officer' })]);
  });
});
