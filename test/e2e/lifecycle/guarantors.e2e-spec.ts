import { randomUUID } from 'node:crypto';
import { hasSqlDatabase, type EventStore } from '@loanbook/event-store';
import { EVENT_STORE } from '../../../apps/back-office/src/infrastructure/tokens';
import { freshEnterpriseNumber, loanEvents, winwinRegistration } from '../fixtures';
import { startBackOffice, type RunningApp } from '../harness';

jest.setTimeout(120_000);

/**
 * A personal guarantor asked for by an offer above the first officer's limit: sealed in the
 * proposal, the same person when the second officer approves it, and erased for good once an
 * admin forgets them, even between the two approvals.
 */
describe('personal guarantors of a proposed offer', () => {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice('pglite');
  });
  afterAll(async () => {
    await bo?.close();
  });

  const rawStream = async (loanId: string): Promise<string> => {
    const store = bo.app.get<EventStore>(EVENT_STORE);
    if (!hasSqlDatabase(store)) throw new Error('the tests read the store with SQL');
    const rows = await store
      .database()
      .query<{ t: string }>('SELECT data::text AS t FROM events WHERE stream_id = $1', [
        `loan-${loanId}`,
      ]);
    return rows.map((r) => r.t).join('\n');
  };

  /** A win-win registration of 60,000.00 proposed by the junior officer (limit 50,000.00). */
  const proposedWith = async (guarantor: string) => {
    const loanId = (
      await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(
          winwinRegistration({
            borrower: {
              enterpriseNumber: freshEnterpriseNumber(),
              name: 'Garage Peeters',
              province: 'Antwerpen',
            },
            guarantees: [{ kind: 'real', guarantor: 'Pledge on the workshop', amount: '8000.00' }],
          }),
        )
        .expect(201)
    ).body.loanId as string;
    await bo
      .as('juniorOfficer')
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({
        approvedOn: '2021-03-15',
        guarantees: [{ kind: 'personal', guarantor, amount: '30000.00' }],
      })
      .expect(200);
    return loanId;
  };
  const view = async (loanId: string) =>
    (await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200)).body;
  const second = (loanId: string) =>
    bo
      .as('officer2')
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({ approvedOn: '2021-03-16' })
      .expect(200);

  it('keeps the guarantor sealed in the proposal, and the same person once seconded', async () => {
    const guarantor = `Piet Janssens ${randomUUID().slice(0, 8)}`;
    const loanId = await proposedWith(guarantor);
    const proposed = await view(loanId);
    expect(proposed.status).toBe('applied');
    expect(proposed.guarantees.map((g: { guaranteeId: string }) => g.guaranteeId)).toEqual(['g1']);
    expect(proposed.proposedApproval.guarantees).toEqual([
      {
        guaranteeId: 'g2',
        kind: 'personal',
        guarantor,
        guarantorPersonId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        amount: '30000.00',
      },
    ]);
    const personId = proposed.proposedApproval.guarantees[0].guarantorPersonId as string;

    await second(loanId);
    const approved = await view(loanId);
    expect(approved.status).toBe('approved');
    expect(approved.guarantees).toEqual([
      expect.objectContaining({ guaranteeId: 'g1', kind: 'real', givenAt: 'application' }),
      expect.objectContaining({
        guaranteeId: 'g2',
        kind: 'personal',
        guarantor,
        guarantorPersonId: personId,
        givenAt: 'approval',
        remaining: '30000.00',
      }),
    ]);
    const types = (await loanEvents(bo, loanId)).map((e) => e.type);
    expect(types).toEqual([
      'LoanApplied',
      'LoanApprovalProposed',
      'LoanApprovalSeconded',
      'LoanApproved',
    ]);
    const raw = await rawStream(loanId);
    expect(raw).not.toContain(guarantor);
    expect(raw.match(/"erasable"/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('leaves the guarantor erased when they are forgotten between the two approvals', async () => {
    const guarantor = `Mieke Claes ${randomUUID().slice(0, 8)}`;
    const loanId = await proposedWith(guarantor);
    const personId = (await view(loanId)).proposedApproval.guarantees[0]
      .guarantorPersonId as string;
    await bo
      .as('admin')
      .post(`/api/v1/people/${personId}/forget`)
      .send({ reason: 'erasure request, ticket 4713' })
      .expect(200);
    expect((await view(loanId)).proposedApproval.guarantees[0].guarantor).toBe('[erased]');

    await second(loanId);
    const approved = await view(loanId);
    expect(approved.guarantees[1]).toMatchObject({
      guaranteeId: 'g2',
      guarantor: '[erased]',
      guarantorPersonId: personId,
      amount: '30000.00',
    });
    const raw = await rawStream(loanId);
    expect(raw).not.toContain(guarantor);
    // The seconded offer did not seal the erased marker under a new person.
    const approvedEvent = (await loanEvents(bo, loanId)).at(-1)!;
    expect(approvedEvent.data.guarantees).toEqual([
      expect.objectContaining({ guarantor: '[erased]', guarantorPersonId: personId }),
    ]);
  });
});
