import { randomUUID } from 'node:crypto';
import { hasSqlDatabase, type EventStore } from '@loanbook/event-store';
import { EVENT_STORE } from '../../apps/back-office/src/infrastructure/tokens';
import { describePostgres } from '../support';
import { startBackOffice, testToken, type RunningApp, type StoreKind } from './harness';
import { impulskredietApplication, winwinRegistration } from './fixtures';

jest.setTimeout(60_000);

// Four eyes over HTTP: the registrar never approves their own application, and an approval
// above the officer's limit waits for a second officer (issue 4).

const application = impulskredietApplication;

/** A win-win loan of 60,000.00: above the junior officer's limit of 50,000.00. */
const winwin = (over: Record<string, unknown> = {}) =>
  winwinRegistration({
    borrower: { enterpriseNumber: '0202.239.951', name: 'Brouwerij De Klok', province: 'Limburg' },
    ...over,
  });

interface EventView {
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  globalPosition: number;
}

function fourEyesSuite(kind: StoreKind) {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice(kind);
  });
  afterAll(async () => {
    await bo?.close();
  });

  const logSize = async () => {
    const store = bo.app.get<EventStore>(EVENT_STORE);
    if (!hasSqlDatabase(store)) throw new Error('the tests count events with SQL');
    const [row] = await store
      .database()
      .query<{ count: number | string }>('select count(*)::int as count from events');
    return Number(row.count);
  };
  const apply = async (body: Record<string, unknown>) => {
    const res = await bo.as('clerk').post('/api/v1/loans').send(body);
    expect(res.status).toBe(201);
    return res.body.loanId as string;
  };
  const events = async (loanId: string): Promise<EventView[]> => {
    const res = await bo.as('analyst').get(`/api/v1/loans/${loanId}/events`);
    expect(res.status).toBe(200);
    return res.body.events as EventView[];
  };
  const status = async (loanId: string) =>
    (await bo.as('analyst').get(`/api/v1/loans/${loanId}`)).body.status as string;
  const rules = (body: { violations: { rule: string }[] }) => body.violations.map((v) => v.rule);

  it('refuses the registrar, even one who is also a credit officer: 422 four-eyes-registrar, nothing recorded', async () => {
    const both = bo.withToken(
      await testToken({
        sub: 'gert-both-hats',
        roles: ['clerk', 'credit-officer'],
        approvalLimit: '1000000.00',
      }),
    );
    const applied = await both.post('/api/v1/loans').send(application());
    expect(applied.status).toBe(201);
    const loanId = applied.body.loanId as string;
    const before = await logSize();

    const res = await both
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({ approvedOn: '2018-03-15' });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(rules(res.body)).toEqual(['four-eyes-registrar']);
    expect(res.body.violations[0].message).toContain('gert-both-hats');
    expect(await logSize()).toBe(before);
    expect((await events(loanId)).map((e) => e.type)).toEqual(['LoanApplied']);

    // Anyone else may: the rule is about the person, not the role.
    await bo
      .as('officer')
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({ approvedOn: '2018-03-15' })
      .expect(200);
    expect(await status(loanId)).toBe('approved');
  });

  it('takes two officers above a limit: proposed, refused to the proposer, seconded by another, counted once', async () => {
    const loanId = await apply(winwin());
    const correlation = `case-${randomUUID()}`;

    // The junior officer (limit 50,000.00) approves 60,000.00: a proposal only.
    const proposed = await bo
      .as('juniorOfficer')
      .post(`/api/v1/loans/${loanId}/approval`)
      .set('X-Correlation-Id', correlation)
      .set('X-Request-Id', 'req-junior-1')
      .send({ approvedOn: '2021-03-15' });
    expect(proposed.status).toBe(200);
    // Issue 18: the reply says it was a proposal, what the second officer approves, and who may not.
    expect(proposed.body).toMatchObject({
      loanId,
      version: 2,
      position: expect.any(Number),
      outcome: 'proposed',
      secondApproval: {
        amount: '60000.00',
        proposedBy: 'officer-dirk',
        notBy: ['officer-dirk', 'clerk-anna'],
      },
    });
    expect(await status(loanId)).toBe('applied');
    let history = await events(loanId);
    expect(history.map((e) => e.type)).toEqual(['LoanApplied', 'LoanApprovalProposed']);
    expect(history[1].data).toMatchObject({
      proposedBy: 'officer-dirk',
      approvalLimit: '50000.00',
      approvedOn: '2021-03-15',
      offer: { amount: '60000.00', annualRate: '0.01', termMonths: 60 },
    });
    // Not registered yet: the report does not count a proposal.
    const none = await bo
      .as('analyst')
      .get(
        `/api/v1/reports/winwin-monthly?from=2021-03&to=2021-03&minPosition=${proposed.body.position}`,
      )
      .expect(200);
    expect(none.body.total).toMatchObject({ loans: 0 });

    // The same officer again: refused, nothing recorded.
    let before = await logSize();
    const again = await bo
      .as('juniorOfficer')
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({ approvedOn: '2021-03-16' });
    expect(again.status).toBe(422);
    expect(rules(again.body)).toEqual(['four-eyes-second-approval']);
    expect(await logSize()).toBe(before);

    // A second officer cannot change the terms while seconding.
    const differ = await bo
      .as('officer2')
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({ approvedOn: '2021-03-16', amount: '55000.00' });
    expect(differ.status).toBe(422);
    expect(rules(differ.body)).toEqual(['second-approval-terms-differ']);
    expect(await logSize()).toBe(before);

    // Another officer seconds it: the loan is approved by both.
    const seconded = await bo
      .as('officer2')
      .post(`/api/v1/loans/${loanId}/approval`)
      .set('X-Correlation-Id', correlation)
      .set('X-Request-Id', 'req-chloe-1')
      .send({ approvedOn: '2021-03-16' });
    expect(seconded.status).toBe(200);
    expect(seconded.body).toMatchObject({ loanId, version: 4, outcome: 'approved' });
    expect(seconded.body.secondApproval).toBeUndefined();
    const loan = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
    expect(loan.body).toMatchObject({
      status: 'approved',
      amount: '60000.00',
      approvedOn: '2021-03-16',
    });
    history = await events(loanId);
    expect(history.map((e) => e.type)).toEqual([
      'LoanApplied',
      'LoanApprovalProposed',
      'LoanApprovalSeconded',
      'LoanApproved',
    ]);
    expect(history[2].data).toMatchObject({
      secondedBy: 'officer-chloe',
      proposedBy: 'officer-dirk',
    });
    expect(history[3].data).toMatchObject({
      approvedBy: ['officer-dirk', 'officer-chloe'],
      offer: history[1].data.offer as Record<string, unknown>,
    });

    // Who did what, when: the envelope of every event.
    const [appliedEvent, proposal, second, approval] = history;
    expect(appliedEvent.metadata).toMatchObject({ actor: 'clerk-anna', effectiveOn: '2021-03-10' });
    expect(proposal.metadata).toMatchObject({
      actor: 'officer-dirk',
      correlationId: correlation,
      causationId: 'req-junior-1',
      effectiveOn: '2021-03-15',
    });
    for (const e of [second, approval]) {
      expect(e.metadata).toMatchObject({
        actor: 'officer-chloe',
        correlationId: correlation,
        causationId: 'req-chloe-1',
        effectiveOn: '2021-03-16',
      });
    }
    const recorded = history.map((e) => Date.parse(String(e.metadata.recordedAt)));
    for (const t of recorded) expect(Number.isNaN(t)).toBe(false);
    expect([...recorded].sort((a, b) => a - b)).toEqual(recorded);
    expect(second.metadata.recordedAt).toBe(approval.metadata.recordedAt);
    expect(recorded[3]).toBeLessThanOrEqual(Date.now());

    // Registered once: one count in each guard stream, one loan in the report.
    const store = bo.app.get<EventStore>(EVENT_STORE);
    const guard = await store.readStream('winwin-borrower-0202239951');
    expect(guard.filter((e) => e.data.loanId === loanId)).toHaveLength(1);
    const report = await bo
      .as('analyst')
      .get(
        `/api/v1/reports/winwin-monthly?from=2021-03&to=2021-03&minPosition=${seconded.body.position}`,
      )
      .expect(200);
    expect(report.body.rows).toEqual([
      { month: '2021-03', termYears: 5, principal: '60000.00', loans: 1 },
    ]);
    expect(report.body.total).toMatchObject({ loans: 1, principal: '60000.00' });

    // And nothing more can be approved.
    before = await logSize();
    await bo
      .as('officer')
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({ approvedOn: '2021-03-17' })
      .expect(409);
    expect(await logSize()).toBe(before);
  });

  it('lets a waiting proposal be refused, or withdrawn, after which it cannot be seconded', async () => {
    const refusedId = await apply(winwin());
    await bo
      .as('juniorOfficer')
      .post(`/api/v1/loans/${refusedId}/approval`)
      .send({ approvedOn: '2021-03-15' })
      .expect(200);
    await bo
      .as('officer2')
      .post(`/api/v1/loans/${refusedId}/refusal`)
      .send({ refusedOn: '2021-03-16', reasons: ['outside-lender-policy'] })
      .expect(200);
    expect(await status(refusedId)).toBe('refused');

    const withdrawnId = await apply(winwin());
    await bo
      .as('juniorOfficer')
      .post(`/api/v1/loans/${withdrawnId}/approval`)
      .send({ approvedOn: '2021-03-15' })
      .expect(200);
    await bo
      .as('clerk')
      .post(`/api/v1/loans/${withdrawnId}/withdrawal`)
      .send({ withdrawnOn: '2021-03-16', reason: 'the lender changed his mind' })
      .expect(200);
    const withdrawn = await bo.as('analyst').get(`/api/v1/loans/${withdrawnId}/events`).expect(200);
    expect(withdrawn.body.events.at(-1).data).toMatchObject({ withdrawnFrom: 'applied' });

    for (const loanId of [refusedId, withdrawnId]) {
      const before = await logSize();
      const res = await bo
        .as('officer2')
        .post(`/api/v1/loans/${loanId}/approval`)
        .send({ approvedOn: '2021-03-17' });
      expect(res.status).toBe(409);
      expect(await logSize()).toBe(before);
    }
  });

  it('gives an officer whose token names no limit the default of 25,000.00', async () => {
    const newcomer = bo.withToken(
      await testToken({ sub: 'officer-new', roles: ['credit-officer'] }),
    );
    const small = await apply(application());
    await newcomer
      .post(`/api/v1/loans/${small}/approval`)
      .send({ approvedOn: '2018-03-15' })
      .expect(200);
    expect(await status(small)).toBe('approved');

    const large = await apply(winwin());
    await newcomer
      .post(`/api/v1/loans/${large}/approval`)
      .send({ approvedOn: '2021-03-15' })
      .expect(200);
    expect(await status(large)).toBe('applied');
    const history = await events(large);
    expect(history.at(-1)).toMatchObject({
      type: 'LoanApprovalProposed',
      data: { proposedBy: 'officer-new', approvalLimit: '25000.00' },
    });
  });

  it('approves alone up to the limit: 50,000.00 by the junior officer is one LoanApproved', async () => {
    // Another month, so that the report above stays this suite's only 2021-03 registration.
    const loanId = await apply(
      winwin({ amount: '50000.00', signedOn: '2021-04-01', appliedOn: '2021-04-06' }),
    );
    await bo
      .as('juniorOfficer')
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({ approvedOn: '2021-04-12' })
      .expect(200);
    const history = await events(loanId);
    expect(history.map((e) => e.type)).toEqual(['LoanApplied', 'LoanApproved']);
    expect(history[1].data).toMatchObject({ approvedBy: ['officer-dirk'] });
  });

  it('never takes a malformed X-Request-Id or X-Correlation-Id into the log', async () => {
    const loanId = await apply(application());
    await bo
      .as('officer')
      .post(`/api/v1/loans/${loanId}/approval`)
      .set('X-Request-Id', 'not a valid id; drop table events')
      .set('X-Correlation-Id', '<script>alert(1)</script>')
      .send({ approvedOn: '2018-03-15' })
      .expect(200);
    const approval = (await events(loanId))[1];
    expect(approval.metadata.causationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(approval.metadata.correlationId).toBe(approval.metadata.causationId);
  });
}

describe('four eyes on PGlite', () => fourEyesSuite('pglite'));
describePostgres('four eyes on PostgreSQL', () => fourEyesSuite('postgres'));
