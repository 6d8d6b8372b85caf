import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '@loanbook/domain';
import { ReminderProcessor } from '../../../apps/back-office/src/reminders/reminder.processor';
import { describePostgres, dropSchema, freshSchemaName, TEST_DATABASE_URL } from '../../support';
import { activeLoan } from '../fixtures';
import { eventually, startBackOffice, type RunningApp, type StoreKind } from '../harness';

jest.setTimeout(120_000);

interface ReminderItem {
  eventId: string;
  loanId: string;
  loanHref: string;
  fileNumber: string | null;
  borrower: { name: string; enterpriseNumber: string };
  productCode: string;
  level: string;
  issuedOn: string;
  daysPastDue: number;
  totalDue: string;
  instalments: number;
  structuredCommunication: string | null;
  document: {
    documentId: string;
    kind: string;
    renditions: { language: string; format: string; href: string }[];
  };
}

/**
 * GET /reminders, the work queue (issue 22). Two Impulskredieten paid out on 2018-03-20 (483.32
 * due on the 20th from 2018-04-20), neither paying: their first reminders on 2018-05-05, their
 * formal notices on 2018-06-19.
 */
function workQueueSuite(kind: StoreKind) {
  describe(`the reminders work queue on ${kind}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'loanbook-work-queue-'));
    const schema = kind === 'postgres' ? freshSchemaName('e2e_work_queue') : 'loanbook';
    let bo: RunningApp | undefined;
    const start = async (today: string) => {
      bo = await startBackOffice(kind, dir, schema, { clock: fixedClock(`${today}T09:00:00Z`) });
      return bo;
    };
    afterAll(async () => {
      await bo?.close();
      rmSync(dir, { recursive: true, force: true });
      if (kind === 'postgres') await dropSchema(TEST_DATABASE_URL, schema);
    });
    const queue = async (query = '', user: 'clerk' | 'officer' | 'analyst' = 'clerk') => {
      const res = await bo!.as(user).get(`/api/v1/reminders${query}`).expect(200);
      return res.body as { items: ReminderItem[]; nextCursor: string | null };
    };
    const inArrears = (app: RunningApp, ids: string[]) =>
      eventually(async () => {
        // 503 while a read model is behind (PostgreSQL's log reader waits on older transactions).
        const res = await app.as('clerk').get('/api/v1/loans?arrears=any');
        const listed = (res.status === 200 ? res.body.items : []) as { loanId: string }[];
        return ids.every((id) => listed.some((l) => l.loanId === id));
      }, 'the loans read model saw the loans in arrears');
    /** Until the reminders read model holds `count` rows. */
    const queued = (count: number) =>
      eventually(async () => {
        const res = await bo!.as('clerk').get('/api/v1/reminders?limit=200');
        return res.status === 200 && (res.body.items as unknown[]).length === count;
      }, `the work queue holds ${count} reminders`);

    let bakery: string;
    let brewery: string;

    beforeAll(async () => {
      let app = await start('2018-05-05');
      bakery = await activeLoan(app);
      brewery = await activeLoan(app, {
        borrower: {
          enterpriseNumber: '0417.497.106',
          name: 'Brouwerij De Klok',
          province: 'Limburg',
        },
      });
      await inArrears(app, [bakery, brewery]);
      expect((await app.app.get(ReminderProcessor).runOnce()).issued.first).toBe(2);
      await bo!.close();
      app = await start('2018-06-19');
      expect((await app.app.get(ReminderProcessor).runOnce()).issued['formal-notice']).toBe(2);
      await queued(4);
    });

    it('lists every reminder newest first with the loan, the borrower, the figures of the day, the communication and the letter', async () => {
      const { items, nextCursor } = await queue();
      expect(nextCursor).toBeNull();
      expect(items.map((i) => [i.level, i.issuedOn])).toEqual([
        ['formal-notice', '2018-06-19'],
        ['formal-notice', '2018-06-19'],
        ['first', '2018-05-05'],
        ['first', '2018-05-05'],
      ]);
      const loan = (await bo!.as('clerk').get(`/api/v1/loans/${brewery}`).expect(200)).body;
      const notice = items.find((i) => i.loanId === brewery && i.level === 'formal-notice')!;
      expect(notice).toMatchObject({
        loanHref: `/api/v1/loans/${brewery}`,
        fileNumber: loan.fileNumber,
        borrower: { name: 'Brouwerij De Klok', enterpriseNumber: '0417.497.106' },
        productCode: 'impulskrediet',
        daysPastDue: 60,
        totalDue: '966.64',
        instalments: 2,
        structuredCommunication: loan.structuredCommunication,
        document: { kind: 'formal-notice' },
      });
      expect(notice.fileNumber).toMatch(/^IK-2018-\d{4}$/);
      expect(notice.structuredCommunication).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
      // The event the row stands for, and the letter made from it.
      const events = (await bo!.as('clerk').get(`/api/v1/loans/${brewery}/events`).expect(200)).body
        .events as { eventId: string; type: string; data: { level: string } }[];
      expect(notice.eventId).toBe(
        events.find((e) => e.type === 'ReminderIssued' && e.data.level === 'formal-notice')!
          .eventId,
      );
      expect(notice.document.renditions.map((r) => r.href)).toContain(
        `/api/v1/loans/${brewery}/documents/${notice.document.documentId}?lang=fr&format=pdf`,
      );
      expect(notice.document.renditions).toHaveLength(6);
      const first = items.find((i) => i.loanId === bakery && i.level === 'first')!;
      expect(first).toMatchObject({
        borrower: { name: 'Bakkerij Peeters' },
        daysPastDue: 15,
        totalDue: '483.32',
        document: { kind: 'first-reminder' },
      });
    });

    it('filters by level and by issue date, both ends included', async () => {
      const pick = (r: { items: ReminderItem[] }) => r.items.map((i) => `${i.level}@${i.issuedOn}`);
      expect(pick(await queue('?level=first'))).toEqual(['first@2018-05-05', 'first@2018-05-05']);
      expect(pick(await queue('?level=formal-notice&from=2018-06-19'))).toHaveLength(2);
      expect(pick(await queue('?level=second'))).toEqual([]);
      expect(pick(await queue('?from=2018-05-06'))).toEqual([
        'formal-notice@2018-06-19',
        'formal-notice@2018-06-19',
      ]);
      expect(pick(await queue('?to=2018-05-05'))).toEqual(['first@2018-05-05', 'first@2018-05-05']);
      expect(pick(await queue('?from=2018-05-05&to=2018-06-18'))).toHaveLength(2);
      expect(pick(await queue('?from=2018-06-20'))).toEqual([]);
    });

    it('pages with cursors: every reminder once', async () => {
      const one = await queue('?limit=3');
      expect(one.items).toHaveLength(3);
      expect(one.nextCursor).toEqual(expect.any(String));
      const two = await queue(`?limit=3&cursor=${one.nextCursor}`);
      expect(two.items).toHaveLength(1);
      expect(two.nextCursor).toBeNull();
      const all = await queue();
      expect([...one.items, ...two.items].map((i) => i.eventId)).toEqual(
        all.items.map((i) => i.eventId),
      );
    });

    it('is read by clerks, credit officers and analysts', async () => {
      for (const user of ['clerk', 'officer', 'analyst'] as const)
        expect((await queue('', user)).items).toHaveLength(4);
      await bo!.as('admin').get('/api/v1/reminders').expect(403);
      await bo!.http().get('/api/v1/reminders').expect(401);
    });

    it.each([
      ['?level=third', 'level', 'one-of'],
      ['?from=2018-13-01', 'from', undefined],
      ['?to=19-05-2018', 'to', undefined],
      ['?from=2018-06-19&to=2018-05-05', 'to', 'range'],
      ['?limit=0', 'limit', 'out-of-range'],
      ['?limit=201', 'limit', 'out-of-range'],
      ['?cursor=not-a-cursor', 'cursor', undefined],
    ])('refuses %s with a 400 naming %s', async (query, field, code) => {
      const res = await bo!.as('clerk').get(`/api/v1/reminders${query}`).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const errors = res.body.errors as { field: string; code: string }[];
      expect(errors.map((e) => e.field)).toContain(field);
      if (code !== undefined) expect(errors.find((e) => e.field === field)!.code).toBe(code);
    });
  });
}

workQueueSuite('pglite');
describePostgres('on PostgreSQL', () => workQueueSuite('postgres'));
