import { createEventStore, type PgliteEventStore, type StoredEvent } from '@loanbook/event-store';
import type { ProjectionContext } from '../engine';
import { inquiriesProjection } from './inquiries/inquiries.projection';
import { loansProjection } from './loans/loans.projection';

jest.setTimeout(60_000);

/** The read models' own batch handling, without the runner: replays must change nothing. */
describe('loans and inquiries read models', () => {
  let store: PgliteEventStore;

  beforeAll(async () => {
    store = createEventStore({ kind: 'pglite', dataDir: 'memory://' }) as PgliteEventStore;
    await store.init();
  });
  afterAll(() => store.close());

  const loanId = '0b4f4c55-5d0e-4f7e-8a53-5f0c2f4a0c01';
  const soleTraderLoanId = '0b4f4c55-5d0e-4f7e-8a53-5f0c2f4a0c03';
  const legacyLoanId = '0b4f4c55-5d0e-4f7e-8a53-5f0c2f4a0c04';
  const lenderPerson = '7d1b3f7e-2f43-4c55-9a57-0e7f1e2f0a01';
  const traderPerson = '7d1b3f7e-2f43-4c55-9a57-0e7f1e2f0a02';
  // Personal fields as the back office stores them: sealed per person (apps/back-office/src/people).
  const sealed = (person: string, data: string) => ({
    erasable: { person, alg: 'A256GCM', iv: 'AAAAAAAAAAAAAAAA', data },
  });
  const meta = (effectiveOn: string) => ({
    effectiveOn,
    recordedAt: '2021-03-15T10:00:00Z',
    schemaVersion: 1,
  });

  async function history(): Promise<StoredEvent[]> {
    await store.appendToStream(
      `loan-${loanId}`,
      [
        {
          eventId: 'a0000000-0000-4000-8000-000000000001',
          type: 'LoanApplied',
          data: {
            loanId,
            productCode: 'winwinlening',
            productVersion: 'winwinlening-2020-10-07',
            borrower: { enterpriseNumber: '0403.170.701', name: 'Bakkerij', province: 'Limburg' },
            lender: {
              personId: lenderPerson,
              id: sealed(lenderPerson, 'c2VhbGVkLWlk'),
              name: sealed(lenderPerson, 'c2VhbGVkLW5hbWU'),
              relationToBorrower: 'friend',
            },
            amount: '60000.00',
            termMonths: 60,
            annualRate: '0.01',
            purpose: 'oven',
            signedOn: '2021-03-01',
            appliedOn: '2021-03-10',
          },
          metadata: meta('2021-03-10'),
        },
        {
          eventId: 'a0000000-0000-4000-8000-000000000002',
          type: 'LoanApproved',
          data: {
            loanId,
            approvedOn: '2021-03-15',
            productVersion: 'winwinlening-2020-10-07',
            offer: {
              amount: '55000.50',
              annualRate: '0.0125',
              termMonths: 72,
              repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 0 },
              offerValidUntil: '2021-04-14',
            },
          },
          metadata: meta('2021-03-15'),
        },
        {
          eventId: 'a0000000-0000-4000-8000-000000000003',
          type: 'ApplicationWithdrawn',
          data: {
            loanId,
            withdrawnOn: '2021-03-20',
            reason: 'changed mind',
            withdrawnFrom: 'approved',
          },
          metadata: meta('2021-03-20'),
        },
      ],
      { expectedVersion: 0 },
    );
    const application = (id: string, borrower: Record<string, unknown>, extra = {}) => ({
      loanId: id,
      productCode: 'impulskrediet',
      productVersion: 'impulskrediet-2016-01-01',
      borrower,
      amount: '25000.00',
      termMonths: 60,
      purpose: 'van',
      appliedOn: '2021-03-11',
      ...extra,
    });
    await store.appendToStream(
      `loan-${soleTraderLoanId}`,
      [
        {
          eventId: 'a0000000-0000-4000-8000-000000000005',
          type: 'LoanApplied',
          data: application(soleTraderLoanId, {
            enterpriseNumber: '0202.239.951',
            name: sealed(traderPerson, 'c2VhbGVkLXRyYWRlcg'),
            province: 'Antwerpen',
            naturalPerson: true,
            personId: traderPerson,
          }),
          metadata: meta('2021-03-11'),
        },
      ],
      { expectedVersion: 0 },
    );
    // Written before the people registry: the lender in clear, without a person id.
    await store.appendToStream(
      `loan-${legacyLoanId}`,
      [
        {
          eventId: 'a0000000-0000-4000-8000-000000000006',
          type: 'LoanApplied',
          data: application(
            legacyLoanId,
            { enterpriseNumber: '0417.497.106', name: 'Garage Peeters', province: 'Limburg' },
            { lender: { id: 'l-1', name: 'An', relationToBorrower: 'friend' } },
          ),
          metadata: meta('2021-03-11'),
        },
      ],
      { expectedVersion: 0 },
    );
    await store.appendToStream(
      'inquiry-0b4f4c55-5d0e-4f7e-8a53-5f0c2f4a0c02',
      [
        {
          eventId: 'a0000000-0000-4000-8000-000000000004',
          type: 'InquiryRegistered',
          data: {
            inquiryId: '0b4f4c55-5d0e-4f7e-8a53-5f0c2f4a0c02',
            productCode: 'impulskrediet',
            contactedOn: '2021-02-01',
            channel: 'phone',
          },
          metadata: meta('2021-02-01'),
        },
      ],
      { expectedVersion: 0 },
    );
    return (await store.readAll({ transactionId: '0', globalPosition: 0 })).events;
  }

  it('fold a loan and an inquiry into rows, and the same batch applied twice changes nothing', async () => {
    const events = await history();
    const db = store.database();
    const ctx = (tx: ProjectionContext['tx']): ProjectionContext => ({
      tx,
      table: (n) => `rm_test_${n}`,
    });
    const snapshot = () =>
      db.query(
        `SELECT l.*, i.inquiry_id, i.contacted_on::text AS contacted
           FROM rm_test_loans l, rm_test_inquiries i ORDER BY l.loan_id`,
      );
    await db.transaction(async (tx) => {
      await loansProjection.setup(ctx(tx));
      await inquiriesProjection.setup(ctx(tx));
    });
    const applyAll = () =>
      db.transaction(async (tx) => {
        await loansProjection.apply(
          events.filter((e) => loansProjection.eventTypes.includes(e.type)),
          ctx(tx),
        );
        await inquiriesProjection.apply(
          events.filter((e) => inquiriesProjection.eventTypes.includes(e.type)),
          ctx(tx),
        );
      });

    await applyAll();
    const once = await snapshot();
    expect(once).toEqual([
      expect.objectContaining({
        loan_id: loanId,
        status: 'withdrawn',
        withdrawn_from: 'approved',
        amount: '55000.50',
        amount_applied: '60000.00',
        term_months: 72,
        natural_person: false,
        borrower_name: 'Bakkerij',
        borrower_name_sealed: null,
        borrower_person_id: null,
        lender_person_id: lenderPerson,
        province: 'Limburg',
        version: 3,
        contacted: '2021-02-01',
      }),
      expect.objectContaining({
        loan_id: soleTraderLoanId,
        status: 'applied',
        natural_person: true,
        borrower_name: null,
        borrower_name_sealed: sealed(traderPerson, 'c2VhbGVkLXRyYWRlcg'),
        borrower_person_id: traderPerson,
        lender_person_id: null,
      }),
      expect.objectContaining({
        loan_id: legacyLoanId,
        borrower_name: 'Garage Peeters',
        lender_person_id: null,
      }),
    ]);
    // No column keeps a lender's identifying number any more.
    expect(Object.keys(once[0])).not.toContain('lender_id');
    expect(JSON.stringify(once)).not.toContain('l-1');
    await applyAll();
    expect(await snapshot()).toEqual(once);

    // A stale batch replayed after later steps must not turn the loan back.
    await db.transaction((tx) =>
      loansProjection.apply(
        events.filter((e) => e.type === 'LoanApproved'),
        ctx(tx),
      ),
    );
    expect(await snapshot()).toEqual(once);
  });
});
