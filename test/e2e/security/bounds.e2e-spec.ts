import fc from 'fast-check';
import type { Response } from 'supertest';
import {
  BOUNDS,
  DEFAULT_CAUSES,
  fixedClock,
  GUARANTEE_RELEASE_REFUSAL_REASON_CODES,
  Money,
} from '@loanbook/domain';
import { readWhenReached, startBackOffice, type RunningApp, type StoreKind } from '../harness';
import { impulskredietApplication, winwinRegistration } from '../fixtures';

jest.setTimeout(300_000);

// Issue 17, "no poison events": whatever the API accepts fits everything downstream. A value
// outside BOUNDS is a 400 naming the field (the decider's 422 behind it is in bounds.spec.ts);
// whatever is accepted, at the largest and smallest values the bounds and the products allow,
// is projected (reads with minPosition answer) and reported (JSON, HTML, XLSX).

const MAX = BOUNDS.amountMax.toString(); // "999999999.99"
const FIRST = BOUNDS.firstDate.toString();
const LAST = BOUNDS.lastDate.toString();

const fieldErrors = (res: Response) =>
  (res.body.errors ?? []).map((e: { field: string; code: string }) => [e.field, e.code]);

describe.each<StoreKind>(['pglite', 'postgres'])('bounds on %s', (kind) => {
  let bo: RunningApp;
  beforeAll(async () => {
    // "Today" is the last day of the range, so that every date up to it may be a business date.
    bo = await startBackOffice(kind, undefined, undefined, {
      clock: fixedClock(`${LAST}T10:00:00Z`),
    });
  });
  afterAll(() => bo?.close());

  describe('a value out of range is a 400 naming the field, and nothing is recorded', () => {
    it("the security review's guarantee of 99999999999999999999999999.99 with an application", async () => {
      const res = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(
          impulskredietApplication({
            guarantees: [
              { kind: 'real', guarantor: 'mortgage', amount: '99999999999999999999999999.99' },
            ],
          }),
        );
      expect(res.status).toBe(400);
      expect(fieldErrors(res)).toEqual([['guarantees.0.amount', 'out-of-range']]);
      expect(res.body.errors[0].message).toContain(MAX);
    });

    it("an officer's offer asking for a guarantee of 1000000000000.00", async () => {
      const applied = await bo.as('clerk').post('/api/v1/loans').send(impulskredietApplication());
      expect(applied.status).toBe(201);
      const res = await bo
        .as('officer')
        .post(`/api/v1/loans/${applied.body.loanId}/approval`)
        .send({
          approvedOn: '2018-03-15',
          guarantees: [{ kind: 'real', guarantor: 'pledge', amount: '1000000000000.00' }],
        });
      expect(res.status).toBe(400);
      expect(fieldErrors(res)).toEqual([['guarantees.0.amount', 'out-of-range']]);
      const loan = await bo.as('analyst').get(`/api/v1/loans/${applied.body.loanId}`);
      expect(loan.body.status).toBe('applied');
    });

    it.each([
      '/api/v1/reports/portfolio?asOf=9999-12-31',
      '/api/v1/reports/portfolio.html?asOf=9999-12-31',
      '/api/v1/reports/portfolio.xlsx?asOf=9999-12-31',
      '/api/v1/reports/portfolio?asOf=1899-12-31',
      '/api/v1/reports/winwin-monthly?from=2021-01&to=9999-12',
      '/api/v1/reports/winwin-by-province?from=2021-01&to=9999-12',
      '/api/v1/reports/approval-rates?productCode=impulskrediet&from=2016-01-01&to=9999-12-31',
      '/api/v1/reports/portfolio?asOf=2021-05-31&knownAt=9999-01-01T00:00:00Z',
      '/api/v1/reports/portfolio?asOf=2021-05-31&knownAt=%2B100000-01-01T00:00:00Z',
      '/api/v1/products/impulskrediet?on=9999-12-31',
    ])('GET %s is a 400, not a 500', async (url) => {
      const res = await bo.as('analyst').get(url);
      expect(res.status).toBe(400);
      expect(fieldErrors(res).map(([, code]: string[]) => code)).toEqual(['out-of-range']);
    });

    it('dates: one range for the whole API, 1900-01-01 to 2199-12-31', async () => {
      const res = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(impulskredietApplication({ appliedOn: '2200-01-01' }));
      expect(res.status).toBe(400);
      expect(fieldErrors(res)).toEqual([['appliedOn', 'out-of-range']]);
      expect(res.body.errors[0].message).toContain(`${FIRST} to ${LAST}`);
    });

    it('blank names are no names: a borrower named " " and a win-win lender with id " "', async () => {
      const borrower = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(
          impulskredietApplication({
            borrower: { enterpriseNumber: '0403.170.701', name: '   ', province: 'Antwerpen' },
          }),
        );
      expect(borrower.status).toBe(400);
      expect(fieldErrors(borrower)).toEqual([['borrower.name', 'required']]);
      const lender = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(
          winwinRegistration({
            lender: { id: ' ', name: '\t', relationToBorrower: 'friend' },
          }),
        );
      expect(lender.status).toBe(400);
      expect(fieldErrors(lender)).toEqual([
        ['lender.id', 'required'],
        ['lender.name', 'required'],
      ]);
    });

    it('names are stored trimmed', async () => {
      const res = await bo
        .as('clerk')
        .post('/api/v1/loans')
        .send(
          impulskredietApplication({
            borrower: {
              enterpriseNumber: '0403.170.701',
              name: '  Bakkerij Peeters ',
              province: 'Antwerpen',
            },
          }),
        );
      expect(res.status).toBe(201);
      const loan = await bo.as('analyst').get(`/api/v1/loans/${res.body.loanId}`);
      expect(loan.body.borrower.name).toBe('Bakkerij Peeters');
    });
  });

  it('every value accepted at the edges of the bounds is projected and reported (property)', async () => {
    const cents = (min: bigint, max: bigint) =>
      fc
        .oneof(fc.constant(min), fc.constant(max), fc.bigInt({ min, max }))
        .map((c) => Money.ofCents(c).toString());
    const guaranteeAmount = cents(1n, BOUNDS.amountMax.cents);
    const guarantees = fc.array(
      fc.record({
        kind: fc.constantFrom('personal', 'real', 'government'),
        guarantor: fc.constantFrom('J', 'Jan Peeters', 'x'.repeat(200)),
        amount: guaranteeAmount,
      }),
      { minLength: 1, maxLength: 3 },
    );
    const scenario = fc.record({
      // The Impulskrediet's own limits: 2,500.00 to 25,000.00, at most 60 months.
      amount: cents(250_000n, 2_500_000n),
      termMonths: fc.constantFrom(1, 60),
      // From the product's first day to the last day of the range.
      appliedOn: fc.constantFrom('2016-01-01', '2021-02-01', '2199-12-01'),
      applicationGuarantees: guarantees,
      offerGuarantees: guarantees,
      releaseAll: fc.boolean(),
      refusalRequest: guaranteeAmount,
      cause: fc.constantFrom(...DEFAULT_CAUSES.filter((c) => c !== 'arrears')),
    });

    /** Accepted commands by kind: the property must have exercised every step. */
    const recorded = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const clerk = bo.as('clerk');
        const officer = bo.as('officer');
        const accepted = (res: Response) => {
          // Never a 5xx: a value is either refused with a problem or recorded.
          expect(res.status).toBeLessThan(500);
          return res.status < 300;
        };
        const applied = await clerk.post('/api/v1/loans').send(
          impulskredietApplication({
            amount: s.amount,
            termMonths: s.termMonths,
            appliedOn: s.appliedOn,
            guarantees: s.applicationGuarantees,
          }),
        );
        if (!accepted(applied)) return;
        const loanId = applied.body.loanId as string;
        let position = applied.body.position as string;
        const step = async (label: string, res: Response) => {
          if (!accepted(res)) return false;
          position = res.body.position;
          recorded.set(label, (recorded.get(label) ?? 0) + 1);
          return true;
        };
        const approvedOn = s.appliedOn.replace(/-01$/, '-15');
        if (
          await step(
            'approval',
            await officer
              .post(`/api/v1/loans/${loanId}/approval`)
              .send({ approvedOn, guarantees: s.offerGuarantees }),
          )
        ) {
          await step(
            'disbursement',
            await clerk
              .post(`/api/v1/loans/${loanId}/disbursement`)
              .send({ disbursedOn: approvedOn.replace(/-15$/, '-20') }),
          );
          await step(
            'release',
            await officer
              .post(`/api/v1/loans/${loanId}/guarantees/g1/release`)
              .send(
                s.releaseAll
                  ? { releasedOn: approvedOn }
                  : { releasedOn: approvedOn, amount: '0.01' },
              ),
          );
          await step(
            'release-refusal',
            await officer.post(`/api/v1/loans/${loanId}/guarantees/g2/release-refusal`).send({
              refusedOn: approvedOn,
              amountRequested: s.refusalRequest,
              reasons: [GUARANTEE_RELEASE_REFUSAL_REASON_CODES[0]],
              explanation: 'the loan is still outstanding',
            }),
          );
          const defaulted = await step(
            'default',
            await officer
              .post(`/api/v1/loans/${loanId}/default`)
              .send({ on: approvedOn.replace(/-15$/, '-25'), cause: s.cause }),
          );
          if (defaulted) {
            await step(
              'call',
              await officer
                .post(`/api/v1/loans/${loanId}/guarantees/g${s.applicationGuarantees.length}/call`)
                .send({ calledOn: approvedOn.replace(/-15$/, '-26') }),
            );
          }
        }

        // Projected: the read model reached the last accepted command's position.
        const loan = await readWhenReached(
          bo.as('analyst'),
          `/api/v1/loans?productCode=impulskrediet&limit=200&minPosition=${position}`,
        );
        expect(loan.status).toBe(200);
        expect(loan.body.items.map((l: { loanId: string }) => l.loanId)).toContain(loanId);
        // Reported, in every format, as of both ends of the range.
        for (const asOf of [FIRST, s.appliedOn, LAST]) {
          const from = asOf === LAST ? FIRST : asOf;
          for (const format of ['portfolio', 'portfolio.html', 'portfolio.xlsx']) {
            const res = await bo
              .as('analyst')
              .get(`/api/v1/reports/${format}?asOf=${asOf}&from=${from}&minPosition=${position}`);
            expect(res.status).toBe(200);
          }
        }
        const health = await bo.http().get('/health');
        expect(health.body.status).toBe('ok');
      }),
      { numRuns: Number(process.env.BOUNDS_RUNS ?? 12) },
    );
    expect([...recorded.keys()].sort()).toEqual(
      ['approval', 'call', 'default', 'disbursement', 'release', 'release-refusal'].sort(),
    );
  });
});
