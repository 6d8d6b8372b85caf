import { hasSqlDatabase, type EventStore } from '@loanbook/event-store';
import { EVENT_STORE } from '../../../apps/back-office/src/infrastructure/tokens';
import { describePostgres } from '../../support';
import { impulskredietApplication, winwinRegistration } from '../fixtures';
import { startBackOffice, type RunningApp, type StoreKind } from '../harness';

jest.setTimeout(180_000);

/** How many applications are sent at the same moment. */
const PARALLEL = 24;

const ADDRESS = { street: 'Veldstraat 12', postalCode: '9000', municipality: 'Gent' };
const borrower = (over: Record<string, unknown> = {}) => ({
  enterpriseNumber: '0403.170.701',
  name: 'Bakkerij Peeters',
  province: 'Antwerpen',
  address: ADDRESS,
  ...over,
});

/**
 * Issue 21: every application gets a short file number, a per-product, per-year sequence
 * (IK-2022-0042), drawn from a counter stream appended with the application in one transaction;
 * and the borrower's address, checked at the edge.
 */
function fileNumberSuite(kind: StoreKind) {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice(kind);
  });
  afterAll(async () => {
    await bo?.close();
  });

  const apply = (body: Record<string, unknown>) => bo.as('clerk').post('/api/v1/loans').send(body);

  it(`gives ${PARALLEL} applications sent at once ${PARALLEL} numbers, each once, 1 to ${PARALLEL}, with no gap`, async () => {
    const replies = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        apply(impulskredietApplication({ appliedOn: '2019-06-03', borrower: borrower() })),
      ),
    );
    for (const r of replies) expect([r.status, r.body.detail]).toEqual([201, undefined]);
    const numbers = replies.map((r) => r.body.loan.fileNumber as string).sort();
    expect(numbers).toEqual(
      Array.from({ length: PARALLEL }, (_, i) => `IK-2019-${String(i + 1).padStart(4, '0')}`),
    );
    // Each is kept with its loan: the loan view reads it from LoanApplied.
    for (const r of replies) {
      const view = await bo.as('analyst').get(`/api/v1/loans/${r.body.loanId}`).expect(200);
      expect(view.body.fileNumber).toBe(r.body.loan.fileNumber);
    }
    // The counter stream holds one FileNumberAssigned per application, in order.
    const store = bo.app.get<EventStore>(EVENT_STORE);
    const counted = await store.readStream('file-numbers-IK-2019');
    expect(counted.map((e) => e.data.sequence)).toEqual(
      Array.from({ length: PARALLEL }, (_, i) => i + 1),
    );
    expect(new Set(counted.map((e) => e.data.loanId))).toEqual(
      new Set(replies.map((r) => r.body.loanId)),
    );
  });

  it('numbers each product and each year apart, and skips no number for a refused application', async () => {
    const next = await apply(
      impulskredietApplication({ appliedOn: '2019-12-31', borrower: borrower() }),
    ).expect(201);
    expect(next.body.loan.fileNumber).toBe(`IK-2019-${String(PARALLEL + 1).padStart(4, '0')}`);
    const otherYear = await apply(
      impulskredietApplication({ appliedOn: '2020-01-02', borrower: borrower() }),
    ).expect(201);
    expect(otherYear.body.loan.fileNumber).toBe('IK-2020-0001');
    // Rejected by a rule (an amount above the maximum): nothing recorded, no number used.
    await apply(
      impulskredietApplication({
        appliedOn: '2020-01-03',
        amount: '99999.00',
        borrower: borrower(),
      }),
    ).expect(422);
    const after = await apply(
      impulskredietApplication({ appliedOn: '2020-01-03', borrower: borrower() }),
    ).expect(201);
    expect(after.body.loan.fileNumber).toBe('IK-2020-0002');
    const winwin = await apply(winwinRegistration()).expect(201);
    expect(winwin.body.loan.fileNumber).toBe('WW-2021-0001');
  });

  it('finds a loan by its file number, and by its words', async () => {
    const applied = await apply(
      impulskredietApplication({
        appliedOn: '2017-05-02',
        borrower: borrower({ name: 'Slagerij Vermeulen' }),
      }),
    ).expect(201);
    const fileNumber = applied.body.loan.fileNumber as string;
    expect(fileNumber).toBe('IK-2017-0001');
    const position = applied.body.position as number;
    const search = async (q: string) => {
      const res = await bo
        .as('analyst')
        .get(`/api/v1/loans?q=${encodeURIComponent(q)}&minPosition=${position}&limit=200`)
        .expect(200);
      return res.body.items as { loanId: string; fileNumber: string | null }[];
    };
    expect(await search('IK-2017-0001')).toEqual([
      expect.objectContaining({ loanId: applied.body.loanId, fileNumber }),
    ]);
    // As read over the phone: any case, spaces around it.
    expect((await search(' ik-2017-0001 ')).map((i) => i.loanId)).toEqual([applied.body.loanId]);
    expect((await search('IK-2017')).map((i) => i.loanId)).toEqual([applied.body.loanId]);
    expect(await search('IK-2017-0002')).toEqual([]);
    // The list shows every loan's number.
    const page = await search('IK-2019');
    expect(page).toHaveLength(PARALLEL + 1);
    for (const item of page) expect(item.fileNumber).toMatch(/^IK-2019-\d{4}$/);
  });

  describe('the borrower’s address', () => {
    const send = (address: unknown) =>
      apply(impulskredietApplication({ appliedOn: '2016-04-01', borrower: borrower({ address }) }));
    const eventCount = async () => {
      const store = bo.app.get<EventStore>(EVENT_STORE);
      if (!hasSqlDatabase(store)) throw new Error('a SQL store');
      const [row] = await store
        .database()
        .query<{ n: string }>('SELECT count(*)::text AS n FROM events');
      return Number(row.n);
    };

    it.each([
      [
        'a postal code of three digits',
        { ...ADDRESS, postalCode: '900' },
        'borrower.address.postalCode',
        'postal-code',
      ],
      [
        'a postal code below 1000',
        { ...ADDRESS, postalCode: '0999' },
        'borrower.address.postalCode',
        'postal-code',
      ],
      [
        'a postal code as a number',
        { ...ADDRESS, postalCode: 9000 },
        'borrower.address.postalCode',
        'postal-code',
      ],
      [
        'a Dutch postal code',
        { ...ADDRESS, postalCode: '1012 AB' },
        'borrower.address.postalCode',
        'postal-code',
      ],
      [
        'a street without its number',
        { ...ADDRESS, street: 'Veldstraat' },
        'borrower.address.street',
        'street-number',
      ],
      ['a blank street', { ...ADDRESS, street: '   ' }, 'borrower.address.street', 'required'],
      [
        'no municipality',
        { street: ADDRESS.street, postalCode: ADDRESS.postalCode },
        'borrower.address.municipality',
        'required',
      ],
      [
        'no street',
        { postalCode: ADDRESS.postalCode, municipality: ADDRESS.municipality },
        'borrower.address.street',
        'required',
      ],
      [
        'a municipality with a line break',
        { ...ADDRESS, municipality: 'Gent\nCentrum' },
        'borrower.address.municipality',
        'invalid-character',
      ],
      [
        'an unknown part',
        { ...ADDRESS, country: 'BE' },
        'borrower.address.country',
        'unknown-field',
      ],
      ['an address that is a string', 'Veldstraat 12, 9000 Gent', 'borrower.address', 'object'],
    ])(
      'given %s, answers 400 naming the field, and records nothing',
      async (_, address, field, code) => {
        const before = await eventCount();
        const res = await send(address).expect(400);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.body.errors).toEqual([expect.objectContaining({ field, code })]);
        expect(await eventCount()).toBe(before);
      },
    );

    it('given a whole address, records it; given none, the application is still taken and the address is missing information', async () => {
      const withAddress = await send(ADDRESS).expect(201);
      expect(withAddress.body.loan.borrower.address).toEqual(ADDRESS);
      const without = await apply(
        impulskredietApplication({
          appliedOn: '2016-04-01',
          borrower: borrower({ address: undefined }),
        }),
      ).expect(201);
      expect(without.body.loan.borrower.address).toBeNull();
      const info = async (loanId: string) =>
        (await bo.as('analyst').get(`/api/v1/loans/${loanId}/application-information`).expect(200))
          .body as { items: { item: string; status: string; source?: string }[] };
      expect((await info(withAddress.body.loanId)).items).toContainEqual(
        expect.objectContaining({
          item: 'enterprise-address',
          status: 'provided',
          source: 'application',
        }),
      );
      expect((await info(without.body.loanId)).items).toContainEqual(
        expect.objectContaining({ item: 'enterprise-address', status: 'missing' }),
      );
    });
  });
}

describe('file numbers and addresses on PGlite', () => fileNumberSuite('pglite'));
describePostgres('file numbers and addresses on PostgreSQL', () => fileNumberSuite('postgres'));
