import { randomUUID } from 'node:crypto';
import type { EventStore } from '@loanbook/event-store';
import { EVENT_STORE } from '../../../apps/back-office/src/infrastructure/tokens';
import { FileNumberMigration } from '../../../apps/back-office/src/loans/file-number-migration';
import { loanStreamId } from '../../../apps/back-office/src/loans/loan-repository';
import { StructuredCommunicationMigration } from '../../../apps/back-office/src/loans/structured-communication-migration';
import { describePostgres } from '../../support';
import { activeLoan, impulskredietApplication, registeredLoan } from '../fixtures';
import { readWhenReached, startBackOffice, type RunningApp, type StoreKind } from '../harness';

jest.setTimeout(180_000);

const ADDRESS = { street: 'Veldstraat 12', postalCode: '9000', municipality: 'Gent' };
const borrower = {
  enterpriseNumber: '0403.170.701',
  name: 'Bakkerij Peeters',
  province: 'Antwerpen',
  address: ADDRESS,
};
const OGM = /^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/;

/**
 * The migrations that give loans written before a change what new loans get from it: a file
 * number (issue 21) to a loan applied for before file numbers, a structured communication (issue
 * 22) to a loan disbursed before them. The old loans are made as they were stored then: a loan's
 * events copied to a new loan without the fields the change added.
 */
function migrationSuite(kind: StoreKind) {
  let bo: RunningApp;
  let store: EventStore;
  beforeAll(async () => {
    bo = await startBackOffice(kind);
    store = bo.app.get<EventStore>(EVENT_STORE);
  });
  afterAll(async () => {
    await bo?.close();
  });

  /** A copy of the loan's stream, as written before file numbers and communications. */
  async function asWrittenBefore(loanId: string): Promise<{ loanId: string; position: number }> {
    const old = randomUUID();
    const events = (await store.readStream(loanStreamId(loanId))).map((e) => {
      const {
        fileNumber: _f,
        structuredCommunication: _s,
        communicationAttempt: _a,
        ...data
      } = e.data as Record<string, unknown>;
      return {
        eventId: randomUUID(),
        type: e.type,
        data: { ...data, loanId: old },
        metadata: e.metadata,
      };
    });
    const result = await store.appendToStream(loanStreamId(old), events, { expectedVersion: 0 });
    return { loanId: old, position: result.lastGlobalPosition };
  }

  const view = async (loanId: string, position: number) =>
    (await readWhenReached(bo.as('analyst'), `/api/v1/loans/${loanId}?minPosition=${position}`))
      .body as {
      fileNumber: string | null;
      structuredCommunication: string | null;
    };

  it('gives loans applied for before file numbers theirs, in the order applied for, once', async () => {
    const march = await registeredLoan(bo, { appliedOn: '2018-03-02', borrower });
    const february = await registeredLoan(bo, { appliedOn: '2018-02-02', borrower });
    const olderMarch = await asWrittenBefore(march);
    const olderFebruary = await asWrittenBefore(february);
    expect((await view(olderMarch.loanId, olderMarch.position)).fileNumber).toBeNull();

    const migration = bo.app.get(FileNumberMigration);
    const pending = await migration.pending();
    expect(pending).toEqual([olderFebruary.loanId, olderMarch.loanId]);
    const seen: [number, number][] = [];
    expect(await migration.run((done, total) => seen.push([done, total]))).toBe(2);
    expect(seen).toEqual([
      [1, 2],
      [2, 2],
    ]);

    // After the two the applications drew (0001 in March, 0002 in February), in date order.
    const counter = await store.readStream('file-numbers-IK-2018');
    expect(counter.map((e) => [e.data.loanId, e.data.fileNumber])).toEqual([
      [march, 'IK-2018-0001'],
      [february, 'IK-2018-0002'],
      [olderFebruary.loanId, 'IK-2018-0003'],
      [olderMarch.loanId, 'IK-2018-0004'],
    ]);
    const last = counter.at(-1)!.globalPosition;
    expect((await view(olderFebruary.loanId, Number(last))).fileNumber).toBe('IK-2018-0003');
    expect((await view(olderMarch.loanId, Number(last))).fileNumber).toBe('IK-2018-0004');
    // The loan's own event, the number searchable like an application's.
    const own = await store.readStream(loanStreamId(olderMarch.loanId));
    expect(own.at(-1)).toMatchObject({
      type: 'LoanFileNumberAssigned',
      data: { loanId: olderMarch.loanId, fileNumber: 'IK-2018-0004' },
      metadata: { actor: 'system:file-number-migration' },
    });
    const found = await bo
      .as('analyst')
      .get(`/api/v1/loans?q=ik-2018-0004&minPosition=${last}`)
      .expect(200);
    expect(found.body.items.map((i: { loanId: string }) => i.loanId)).toEqual([olderMarch.loanId]);

    // Again: nothing to give, nothing written; the next application takes the next number.
    expect(await migration.pending()).toEqual([]);
    expect(await migration.run()).toBe(0);
    expect(await store.readStream('file-numbers-IK-2018')).toHaveLength(4);
    const next = await bo
      .as('clerk')
      .post('/api/v1/loans')
      .send(impulskredietApplication({ appliedOn: '2018-12-01', borrower }));
    expect([next.status, next.body.loan?.fileNumber]).toEqual([201, 'IK-2018-0005']);
  });

  it('gives loans disbursed before structured communications theirs, once', async () => {
    const active = await activeLoan(bo, { borrower });
    const older = await asWrittenBefore(active);
    expect((await view(older.loanId, older.position)).structuredCommunication).toBeNull();

    const migration = bo.app.get(StructuredCommunicationMigration);
    expect(await migration.pending()).toContain(older.loanId);
    expect(await migration.run()).toBeGreaterThanOrEqual(1);
    const own = await store.readStream(loanStreamId(older.loanId));
    const assigned = own.at(-1)!;
    expect(assigned.type).toBe('StructuredCommunicationAssigned');
    const communication = assigned.data.structuredCommunication as string;
    expect(communication).toMatch(OGM);
    expect(
      (await view(older.loanId, Number(assigned.globalPosition))).structuredCommunication,
    ).toBe(communication);
    // Not the original loan's: each communication names one loan.
    expect((await view(active, Number(assigned.globalPosition))).structuredCommunication).not.toBe(
      communication,
    );

    expect(await migration.pending()).toEqual([]);
    expect(await migration.run()).toBe(0);
    expect(await store.readStream(loanStreamId(older.loanId))).toHaveLength(own.length);
  });
}

describe('loan migrations on PGlite', () => migrationSuite('pglite'));
describePostgres('loan migrations on PostgreSQL', () => migrationSuite('postgres'));
