import Decimal from 'decimal.js';
import { describePostgres } from '../support';
import {
  startBackOffice,
  testToken,
  type RunningApp,
  type StoreKind,
  type UserClient,
} from './harness';
import { impulskredietApplication, winwinRegistration } from './fixtures';

jest.setTimeout(90_000);

// An API a clerk can work with (issue 18): replies that carry the resulting state, the
// officers' queue of proposals, search, and warnings instead of silence.

/** A valid Belgian enterprise number from eight digits: their mod-97 check appended. */
function enterpriseNumber(firstEight: number): string {
  const digits = String(firstEight).padStart(8, '0');
  const check = String(97 - (Number(digits) % 97)).padStart(2, '0');
  const all = `${digits}${check}`;
  return `${all.slice(0, 4)}.${all.slice(4, 7)}.${all.slice(7)}`;
}

interface Reply {
  loanId: string;
  version: number;
  position: number;
  [key: string]: unknown;
}

function clerkApiSuite(kind: StoreKind) {
  let bo: RunningApp;
  beforeAll(async () => {
    bo = await startBackOffice(kind);
  });
  afterAll(async () => {
    await bo?.close();
  });

  const apply = async (body: Record<string, unknown>, as: UserClient = bo.as('clerk')) => {
    const res = await as.post('/api/v1/loans').send(body);
    expect(res.status).toBe(201);
    return res.body as Reply;
  };
  const list = async (query: string, as: UserClient = bo.as('analyst'), position?: number) => {
    const res = await as.get(
      `/api/v1/loans?${query}${position === undefined ? '' : `&minPosition=${position}`}`,
    );
    expect(res.status).toBe(200);
    return res.body as { items: { loanId: string; [k: string]: unknown }[]; nextCursor: string };
  };
  const ids = (page: { items: { loanId: string }[] }) => page.items.map((i) => i.loanId).sort();

  describe('every command answers with the state the clerk needs next', () => {
    let loanId: string;

    it('an application: its status, what was recorded, and the loan as GET shows it', async () => {
      const applied = await apply(
        impulskredietApplication({
          borrower: {
            enterpriseNumber: enterpriseNumber(11_000_001),
            name: 'Drukkerij Vermeulen',
            province: 'Antwerpen',
          },
        }),
      );
      loanId = applied.loanId;
      expect(applied).toMatchObject({
        version: 1,
        status: 'applied',
        recorded: [{ type: 'LoanApplied', streamVersion: 1, data: { amount: '25000.00' } }],
        loan: { loanId, status: 'applied', version: 1, amount: '25000.00', awaiting: null },
        warnings: [],
      });
      const view = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
      expect(applied.loan).toEqual(view.body);
    });

    it('an approval: the offer, its schedule summary, and a warning when the offer is already past', async () => {
      const res = await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/approval`)
        .send({ approvedOn: '2018-03-15' })
        .expect(200);
      expect(res.body).toMatchObject({
        version: 2,
        status: 'approved',
        outcome: 'approved',
        loan: {
          status: 'approved',
          annualRate: '0.06',
          termMonths: 60,
          offerValidUntil: '2018-04-14',
        },
        offerSchedule: {
          assumedDisbursedOn: '2018-03-15',
          instalments: 60,
          firstDueOn: '2018-04-15',
          lastDueOn: '2023-03-15',
          firstInstalment: '483.32',
        },
      });
      const s = res.body.offerSchedule as Record<string, string>;
      expect(new Decimal(s.totalToRepay).minus(s.totalInterest).toFixed(2)).toBe('25000.00');
      // Approved in 2018 with an offer valid for 30 days: it lapses at once unless paid out.
      expect(res.body.warnings).toEqual([
        expect.objectContaining({ code: 'offer-lapses-at-once' }),
      ]);
      expect(res.body.loan.warnings).toEqual(res.body.warnings);
    });

    it('a repayment: its allocation and what is still due after it', async () => {
      await bo
        .as('clerk')
        .post(`/api/v1/loans/${loanId}/disbursement`)
        .send({ disbursedOn: '2018-03-20' })
        .expect(200);
      const res = await bo
        .as('clerk')
        .post(`/api/v1/loans/${loanId}/repayments`)
        .send({ paidOn: '2018-04-20', amount: '483.32' })
        .expect(200);
      expect(res.body).toMatchObject({
        version: 4,
        status: 'active',
        recorded: [
          {
            type: 'InstalmentPaid',
            data: {
              paymentId: 'p1',
              // 25,000.00 × 6 % / 12 = 125.00 of interest; the rest is principal.
              interestPaid: '125.00',
              principalPaid: '358.32',
              allocation: [expect.objectContaining({ instalment: 1 })],
            },
          },
        ],
        stillDue: {
          asOf: '2018-04-20',
          total: '0.00',
          daysPastDue: 0,
          outstandingPrincipal: '24641.68',
          // Contractually Sunday 2018-05-20, then Whit Monday: due on the 22nd.
          nextDue: { number: 2, dueOn: '2018-05-22', total: '483.32' },
        },
        loan: { status: 'active', outstandingPrincipal: '24641.68', warnings: [] },
      });
    });

    it('an early repayment: the fee and its lines, as the quote gave them', async () => {
      const quote = await bo
        .as('clerk')
        .get(`/api/v1/loans/${loanId}/early-repayment-quote?on=2018-05-05&amount=10000.00`)
        .expect(200);
      const res = await bo
        .as('clerk')
        .post(`/api/v1/loans/${loanId}/early-repayments`)
        .send({ repaidOn: '2018-05-05', amount: '10000.00' })
        .expect(200);
      const [made] = res.body.recorded as { type: string; data: Record<string, unknown> }[];
      expect(made.type).toBe('EarlyRepaymentMade');
      expect(made.data).toMatchObject({
        capitalRepaid: '10000.00',
        fee: quote.body.fee,
        total: quote.body.total,
        lines: expect.arrayContaining([expect.anything()]),
      });
      expect(res.body.loan.outstandingPrincipal).toBe('14641.68');
    });

    it('lists the loans in arrears by the portfolio report’s buckets, as of a day', async () => {
      const position = (await bo.as('analyst').get(`/api/v1/loans/${loanId}`)).body.position;
      const inArrears = async (bucket: string, asOf: string) =>
        (
          await list(
            `enterpriseNumber=${enterpriseNumber(11_000_001)}&arrears=${bucket}&arrearsAsOf=${asOf}`,
            bo.as('clerk'),
            position,
          )
        ).items.map((i) => i.daysPastDue);
      // Instalment 1 was paid; instalment 2 (contractually Sunday 2018-05-20, then Whit Monday:
      // due on the 22nd) is the oldest unpaid; days past due count from the 22nd.
      expect(await inArrears('any', '2018-05-22')).toEqual([]);
      expect(await inArrears('any', '2018-06-01')).toEqual([10]);
      expect(await inArrears('1-30', '2018-06-01')).toEqual([10]);
      expect(await inArrears('31-90', '2018-06-01')).toEqual([]);
      expect(await inArrears('31-90', '2018-07-01')).toEqual([40]);
      expect(await inArrears('over-90', '2018-09-01')).toEqual([102]);
      const bad = await bo.as('clerk').get('/api/v1/loans?arrears=2-3');
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([
        expect.objectContaining({ field: 'arrears', code: 'one-of' }),
      ]);
    });

    it('a repeat with the same Idempotency-Key gets the same reply, whatever happened since', async () => {
      const other = await apply(
        impulskredietApplication({
          borrower: {
            enterpriseNumber: enterpriseNumber(11_000_002),
            name: 'Garage Claes',
            province: 'Limburg',
          },
        }),
      );
      const approve = () =>
        bo
          .as('officer')
          .post(`/api/v1/loans/${other.loanId}/approval`)
          .set('Idempotency-Key', `approve-${other.loanId}`)
          .send({ approvedOn: '2018-03-15' });
      const first = await approve().expect(200);
      await bo
        .as('clerk')
        .post(`/api/v1/loans/${other.loanId}/disbursement`)
        .send({ disbursedOn: '2018-03-20' })
        .expect(200);
      const repeat = await approve().expect(200);
      expect(repeat.body).toEqual(first.body);
      expect(repeat.body.loan.status).toBe('approved');
    });
  });

  describe('the officers’ queue: approvals that wait for a second officer', () => {
    it('shows the proposal on the loan and in ?awaiting=second-approval, but not to the proposer or the registrar', async () => {
      const registrar = bo.withToken(
        await testToken({
          sub: 'gert-both-hats',
          roles: ['clerk', 'credit-officer'],
          approvalLimit: '1000000.00',
        }),
      );
      const byClerk = await apply(
        winwinRegistration({
          borrower: {
            enterpriseNumber: enterpriseNumber(12_000_001),
            name: 'Brouwerij Het Anker',
            province: 'Antwerpen',
          },
        }),
      );
      const byGert = await apply(
        winwinRegistration({
          borrower: {
            enterpriseNumber: enterpriseNumber(12_000_002),
            name: 'Hoeve De Linde',
            province: 'Limburg',
          },
        }),
        registrar,
      );
      const proposals: Reply[] = [];
      for (const loan of [byClerk, byGert]) {
        const res = await bo
          .as('juniorOfficer')
          .post(`/api/v1/loans/${loan.loanId}/approval`)
          .send({ approvedOn: '2021-03-15' })
          .expect(200);
        expect(res.body).toMatchObject({
          outcome: 'proposed',
          status: 'applied',
          secondApproval: { amount: '60000.00', proposedBy: 'officer-dirk' },
          loan: { status: 'applied', awaiting: 'second-approval' },
        });
        proposals.push(res.body as Reply);
      }
      const position = Math.max(...proposals.map((p) => p.position));

      const queue = (as: UserClient) => list('awaiting=second-approval', as, position);
      const forChloe = await queue(bo.as('officer2'));
      expect(ids(forChloe)).toEqual([byClerk.loanId, byGert.loanId].sort());
      expect(forChloe.items.find((i) => i.loanId === byClerk.loanId)).toMatchObject({
        status: 'applied',
        awaiting: 'second-approval',
        secondApproval: {
          proposedBy: 'officer-dirk',
          proposedOn: '2021-03-15',
          amount: '60000.00',
        },
      });
      // Dirk proposed both; Gert registered one of them: four eyes keeps each off their queue.
      expect(ids(await queue(bo.as('juniorOfficer')))).toEqual([]);
      expect(ids(await queue(registrar))).toEqual([byClerk.loanId]);

      const seconded = await bo
        .as('officer2')
        .post(`/api/v1/loans/${byClerk.loanId}/approval`)
        .send({ approvedOn: '2021-03-16' })
        .expect(200);
      expect(seconded.body).toMatchObject({
        outcome: 'approved',
        status: 'approved',
        loan: { awaiting: null },
      });
      const after = await list(
        'awaiting=second-approval',
        bo.as('officer2'),
        seconded.body.position,
      );
      expect(ids(after)).toEqual([byGert.loanId]);
      const listed = await list(`enterpriseNumber=${enterpriseNumber(12_000_001)}`);
      expect(listed.items[0]).toMatchObject({ awaiting: null, secondApproval: null });
    });
  });

  describe('search', () => {
    const cafe = enterpriseNumber(13_000_001);
    const bakery = enterpriseNumber(13_000_002);
    const soleTrader = enterpriseNumber(13_000_003);
    const loans: Record<string, Reply> = {};
    let position = 0;

    beforeAll(async () => {
      const borrowers = {
        cafe: { enterpriseNumber: cafe, name: 'Café De Gouden Kroon', province: 'Antwerpen' },
        bakery: { enterpriseNumber: bakery, name: 'Bakkerij Jansens BV', province: 'Limburg' },
        bakery2: { enterpriseNumber: bakery, name: 'Bakkerij Jansens BV', province: 'Limburg' },
        soleTrader: {
          enterpriseNumber: soleTrader,
          name: 'Lies Wouters',
          province: 'Limburg',
          naturalPerson: true,
        },
      };
      for (const [name, borrower] of Object.entries(borrowers)) {
        loans[name] = await apply(impulskredietApplication({ borrower, appliedOn: '2019-02-01' }));
        position = Math.max(position, loans[name].position);
        // The next application's warnings read the list: it has this one by then.
        await list('', bo.as('analyst'), position);
      }
    });

    const found = async (query: string) => ids(await list(query, bo.as('analyst'), position));

    it('finds a company by the start of its name’s words, whatever the case and accents', async () => {
      expect(await found('q=cafe%20kroon')).toEqual([loans.cafe.loanId]);
      expect(await found('q=GOUDEN')).toEqual([loans.cafe.loanId]);
      expect(await found('q=caf%C3%A9')).toEqual([loans.cafe.loanId]);
      expect(await found('q=bakkerij%20jan')).toEqual(
        [loans.bakery.loanId, loans.bakery2.loanId].sort(),
      );
      expect(await found('q=kroonen')).toEqual([]);
    });

    it('finds a loan by the start of its id', async () => {
      expect(await found(`q=${loans.cafe.loanId.slice(0, 13)}`)).toEqual([loans.cafe.loanId]);
    });

    it('finds a borrower by enterprise number, with or without dots and spaces, a sole trader too', async () => {
      const digits = bakery.replace(/\./g, '');
      const both = [loans.bakery.loanId, loans.bakery2.loanId].sort();
      expect(await found(`enterpriseNumber=${bakery}`)).toEqual(both);
      expect(await found(`enterpriseNumber=${digits}`)).toEqual(both);
      expect(
        await found(`enterpriseNumber=${encodeURIComponent(bakery.replace(/\./g, ' '))}`),
      ).toEqual(both);
      expect(await found(`q=${digits}`)).toEqual(both);
      // A sole trader's number is sealed in the events and the list: found by their person.
      expect(await found(`enterpriseNumber=${soleTrader}`)).toEqual([loans.soleTrader.loanId]);
      expect(await found(`q=${soleTrader}`)).toEqual([loans.soleTrader.loanId]);
      // Their name is sealed too: not searchable.
      expect(await found('q=wouters')).toEqual([]);
    });

    it('combines with the filters and pages with the cursor', async () => {
      expect(await found('q=bakkerij&productCode=winwinlening')).toEqual([]);
      expect(await found('q=bakkerij&status=applied')).toHaveLength(2);
      const first = await list('q=bakkerij&limit=1', bo.as('analyst'), position);
      expect(first.items).toHaveLength(1);
      const second = await list(`q=bakkerij&limit=1&cursor=${first.nextCursor}`);
      expect(second.items).toHaveLength(1);
      expect(ids({ items: [...first.items, ...second.items] })).toEqual(
        [loans.bakery.loanId, loans.bakery2.loanId].sort(),
      );
      expect(second.nextCursor).toBeNull();
    });

    it('refuses a number that is not an enterprise number: 400 naming the field', async () => {
      const res = await bo.as('analyst').get('/api/v1/loans?enterpriseNumber=0403.170.702');
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'enterpriseNumber', code: 'enterprise-number' }),
      ]);
    });

    it('GET /people?enterpriseNumber= gives the borrower and their loans', async () => {
      const res = await bo
        .as('analyst')
        .get(`/api/v1/people?enterpriseNumber=${soleTrader.replace(/\./g, '')}`)
        .expect(200);
      expect(res.body).toEqual({
        enterpriseNumber: soleTrader,
        borrowers: [
          {
            naturalPerson: true,
            personId: expect.any(String),
            name: 'Lies Wouters',
            province: 'Limburg',
            loans: [
              {
                loanId: loans.soleTrader.loanId,
                productCode: 'impulskrediet',
                status: 'applied',
                amount: '25000.00',
                appliedOn: '2019-02-01',
              },
            ],
          },
        ],
      });
      const company = await bo.as('analyst').get(`/api/v1/people?enterpriseNumber=${bakery}`);
      expect(company.body.borrowers).toEqual([
        expect.objectContaining({
          naturalPerson: false,
          personId: null,
          name: 'Bakkerij Jansens BV',
        }),
      ]);
      expect(company.body.borrowers[0].loans).toHaveLength(2);
      const unknown = await bo
        .as('analyst')
        .get(`/api/v1/people?enterpriseNumber=${enterpriseNumber(13_999_999)}`);
      expect(unknown.status).toBe(404);
    });

    it('warns of a second open application of one product, on both loans', async () => {
      const [first, second] = [loans.bakery, loans.bakery2];
      expect(first.warnings).toEqual([]);
      expect(second.warnings).toEqual([
        expect.objectContaining({ code: 'second-open-application', loanIds: [first.loanId] }),
      ]);
      const view = await bo.as('analyst').get(`/api/v1/loans/${first.loanId}`).expect(200);
      expect(view.body.warnings).toEqual([
        expect.objectContaining({ code: 'second-open-application', loanIds: [second.loanId] }),
      ]);
      // Another product, or the application withdrawn: no warning.
      const withdrawn = await bo
        .as('clerk')
        .post(`/api/v1/loans/${second.loanId}/withdrawal`)
        .send({ withdrawnOn: '2019-02-02' })
        .expect(200);
      expect(withdrawn.body.warnings).toEqual([]);
      await list('', bo.as('analyst'), withdrawn.body.position);
      const again = await bo.as('analyst').get(`/api/v1/loans/${first.loanId}`).expect(200);
      expect(again.body.warnings).toEqual([]);
    });
  });
}

describe('the clerk’s API on PGlite', () => clerkApiSuite('pglite'));
describePostgres('the clerk’s API on PostgreSQL', () => clerkApiSuite('postgres'));
