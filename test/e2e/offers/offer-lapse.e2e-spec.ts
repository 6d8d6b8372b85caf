import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '@loanbook/domain';
import {
  OFFER_LAPSE_ACTOR,
  OfferLapseProcessor,
} from '../../../apps/back-office/src/offers/offer-lapse.processor';
import { describePostgres, dropSchema, freshSchemaName, TEST_DATABASE_URL } from '../../support';
import { impulskredietApplication, winwinRegistration } from '../fixtures';
import {
  eventually,
  readWhenReached,
  startBackOffice,
  type RunningApp,
  type StoreKind,
} from '../harness';

jest.setTimeout(120_000);

/**
 * DOMAIN.md 2: an offer not paid out within its validity lapses. The back office's clock says
 * it is 2 May 2018; an offer approved on 15 March 2018 held for 30 days, to 14 April.
 */
const clock = fixedClock('2018-05-02T09:00:00Z');
const TODAY = '2018-05-02';

/** Registered by the clerk, approved by an officer on `approvedOn` (30 days' validity). */
async function offer(
  bo: RunningApp,
  approvedOn: string,
): Promise<{ loanId: string; position: number }> {
  const applied = await bo.as('clerk').post('/api/v1/loans').send(impulskredietApplication());
  expect(applied.status).toBe(201);
  const loanId = applied.body.loanId as string;
  const approved = await bo
    .as('officer')
    .post(`/api/v1/loans/${loanId}/approval`)
    .send({ approvedOn });
  expect(approved.status).toBe(200);
  return { loanId, position: approved.body.position as number };
}

/** A win-win loan registered on 1 March 2018 (its 30 days of "validity" long past): it never lapses. */
async function registration(bo: RunningApp): Promise<string> {
  const applied = await bo
    .as('clerk')
    .post('/api/v1/loans')
    .send(
      winwinRegistration({
        amount: '20000.00',
        termMonths: 96,
        annualRate: '0.015',
        signedOn: '2017-12-01',
        appliedOn: '2018-01-15',
      }),
    );
  expect(applied.status).toBe(201);
  const loanId = applied.body.loanId as string;
  await bo
    .as('officer')
    .post(`/api/v1/loans/${loanId}/approval`)
    .send({ approvedOn: '2018-03-01' })
    .expect(200);
  return loanId;
}

const status = async (bo: RunningApp, loanId: string): Promise<string> =>
  (await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200)).body.status as string;

function lapseSuite(kind: StoreKind) {
  describe(`the offer-lapse processor on ${kind}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'loanbook-lapse-'));
    const schema = kind === 'postgres' ? freshSchemaName('e2e_lapse') : 'loanbook';
    let bo: RunningApp | undefined;
    const start = async (interval: string) => {
      bo = await startBackOffice(kind, dir, schema, {
        clock,
        env: { OFFER_LAPSE_INTERVAL_SECONDS: interval },
      });
      return bo;
    };
    afterEach(async () => {
      await bo?.close();
      bo = undefined;
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      if (kind === 'postgres') await dropSchema(TEST_DATABASE_URL, schema);
    });

    let overdue: string;
    let lastDay: string;
    let fresh: string;
    let registered: string;

    it('turned off, lapses nothing: the offer past its validity stays open', async () => {
      const off = await start('0');
      const past = await offer(off, '2018-03-15'); // valid to 2018-04-14
      overdue = past.loanId;
      lastDay = (await offer(off, '2018-04-02')).loanId; // valid to 2018-05-02: today
      fresh = (await offer(off, TODAY)).loanId; // valid to 2018-06-01
      registered = await registration(off);
      // The read model shows it open and past its date: what the processor would look for.
      const list = await readWhenReached(
        off.as('analyst'),
        `/api/v1/loans?status=approved&limit=200&minPosition=${past.position}`,
      );
      expect(list.status).toBe(200);
      expect(list.body.items.map((i: { loanId: string }) => i.loanId)).toContain(overdue);
      await new Promise((r) => setTimeout(r, 1500));
      expect(await status(off, overdue)).toBe('approved');
    });

    it('turned on, lapses at start-up the offer whose validity passed while it was off, dated the day after', async () => {
      const on = await start('300');
      await eventually(async () => (await status(on, overdue)) === 'lapsed', 'the offer lapsed');

      const events = await on.as('analyst').get(`/api/v1/loans/${overdue}/events`).expect(200);
      const lapses = events.body.events.filter((e: { type: string }) => e.type === 'OfferLapsed');
      expect(lapses).toEqual([
        expect.objectContaining({
          streamVersion: 3,
          data: { loanId: overdue, lapsedOn: '2018-04-15', offerValidUntil: '2018-04-14' },
          metadata: expect.objectContaining({
            effectiveOn: '2018-04-15',
            actor: OFFER_LAPSE_ACTOR,
            correlationId: expect.any(String),
            causationId: expect.any(String),
          }),
        }),
      ]);
      // The read model has the lapse (the next run reads it, not the stream): listed as lapsed.
      const lapsedList = await readWhenReached(
        on.as('analyst'),
        `/api/v1/loans?status=lapsed&minPosition=${lapses[0].globalPosition}`,
      );
      expect(lapsedList.status).toBe(200);
      expect(lapsedList.body.items.map((i: { loanId: string }) => i.loanId)).toEqual([overdue]);
      // Still valid today (the last day counts) or later: left alone, now and on the next run.
      expect(await on.app.get(OfferLapseProcessor).runOnce()).toEqual({
        lapsed: 0,
        skipped: 0,
        failed: 0,
      });
      expect(await status(on, lastDay)).toBe('approved');
      expect(await status(on, fresh)).toBe('approved');
      // A win-win registration is a loan already contracted: it does not lapse, and the lender
      // may pay it out later than 30 days after the registration.
      expect(await status(on, registered)).toBe('approved');
      await on
        .as('clerk')
        .post(`/api/v1/loans/${registered}/disbursement`)
        .send({ disbursedOn: TODAY })
        .expect(200);

      // A lapsed offer is not paid out.
      const disbursed = await on
        .as('clerk')
        .post(`/api/v1/loans/${overdue}/disbursement`)
        .send({ disbursedOn: TODAY })
        .expect(409);
      expect(disbursed.body).toMatchObject({ currentState: 'lapsed', currentVersion: 3 });
    });

    it('two runs at once record one lapse per offer', async () => {
      const on = await start('0');
      const offers = await Promise.all([1, 2, 3, 4, 5].map(() => offer(on, '2018-03-20')));
      const last = Math.max(...offers.map((o) => o.position));
      expect(
        (await readWhenReached(on.as('analyst'), `/api/v1/loans?minPosition=${last}`)).status,
      ).toBe(200);
      const processor = on.app.get(OfferLapseProcessor);
      const [a, b] = await Promise.all([processor.runOnce(), processor.runOnce()]);
      expect(a.lapsed + b.lapsed).toBe(5);
      expect(a.skipped + b.skipped).toBe(5);
      expect(a.failed + b.failed).toBe(0);
      for (const { loanId } of offers) {
        const events = await on.as('analyst').get(`/api/v1/loans/${loanId}/events`).expect(200);
        expect(events.body.events.map((e: { type: string }) => e.type)).toEqual([
          'LoanApplied',
          'LoanApproved',
          'OfferLapsed',
        ]);
      }
    });
  });
}

lapseSuite('pglite');
describePostgres('on PostgreSQL', () => {
  lapseSuite('postgres');

  it('two back offices running the processor at once record one lapse per offer', async () => {
    const schema = freshSchemaName('e2e_lapse2');
    const options = { clock, env: { OFFER_LAPSE_INTERVAL_SECONDS: '0' } };
    const first = await startBackOffice('postgres', undefined, schema, options);
    const second = await startBackOffice('postgres', undefined, schema, options);
    try {
      const offers = await Promise.all([1, 2, 3, 4, 5, 6].map(() => offer(first, '2018-03-20')));
      const last = Math.max(...offers.map((o) => o.position));
      for (const bo of [first, second]) {
        expect(
          (await readWhenReached(bo.as('analyst'), `/api/v1/loans?minPosition=${last}`)).status,
        ).toBe(200);
      }
      const runs = await Promise.all(
        [first, second].map((bo) => bo.app.get(OfferLapseProcessor).runOnce()),
      );
      expect(runs.reduce((n, r) => n + r.lapsed, 0)).toBe(6);
      expect(runs.reduce((n, r) => n + r.skipped, 0)).toBe(6);
      for (const { loanId } of offers) {
        const events = await first.as('analyst').get(`/api/v1/loans/${loanId}/events`).expect(200);
        expect(
          events.body.events.filter((e: { type: string }) => e.type === 'OfferLapsed'),
        ).toHaveLength(1);
      }
    } finally {
      await second.close();
      await first.close();
      await dropSchema(TEST_DATABASE_URL, schema);
    }
  });
});
