import {
  structuredCommunicationDigits,
  structuredCommunicationOf,
  type StructuredCommunication,
} from '@loanbook/banking';
import { codaFile, type CodaMovement } from '@loanbook/banking/statements/testing/coda-writer';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore, type EventStore, type StreamAppend } from '@loanbook/event-store';
import { activeLoan } from '../../../../test/e2e/fixtures';
import {
  readWhenReached,
  startBackOffice,
  type RunningApp,
  type StoreKind,
} from '../../../../test/e2e/harness';
import { describePostgres } from '../../../../test/support';
import { EVENT_STORE } from '../infrastructure/tokens';
import { LINE_BOOKED } from './statement-events';

jest.setTimeout(120_000);

const LENDER = 'BE68539007547034';
const OTHER = 'BE71096123456769';
const UNKNOWN = structuredCommunicationOf('0000000001');

/** One day's credits and a debit, the same whatever the format. */
interface Movement {
  amount: string;
  sign: 'credit' | 'debit';
  value: string; // ISO
  name: string;
  iban?: string;
  structured?: StructuredCommunication;
  free?: string;
}

const ddmmyy = (iso: string) => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(2, 4)}`;

function coda(account: string, statementNumber: string, date: string, movements: Movement[]) {
  const spec: CodaMovement[] = movements.map((m, i) => ({
    sequence: i + 1,
    sign: m.sign,
    amount: m.amount,
    valueDate: ddmmyy(m.value),
    entryDate: ddmmyy(date),
    ...(m.structured ? { structured: structuredCommunicationDigits(m.structured) } : {}),
    ...(m.free ? { free: m.free } : {}),
    counterpartyAccount: m.iban ?? '',
    counterpartyName: m.name,
  }));
  return codaFile({
    creationDate: ddmmyy(date),
    accountStructure: '2',
    account,
    statementNumber,
    oldBalance: '1000.00',
    oldBalanceDate: ddmmyy(date),
    newBalance: '1000.00',
    newBalanceDate: ddmmyy(date),
    movements: spec,
  });
}

function camtStatement(account: string, seq: string, date: string, movements: Movement[]) {
  const entries = movements.map((m) => {
    const role = m.sign === 'debit' ? 'Cdtr' : 'Dbtr';
    return `
    <Ntry>
      <Amt Ccy="EUR">${m.amount}</Amt>
      <CdtDbtInd>${m.sign === 'debit' ? 'DBIT' : 'CRDT'}</CdtDbtInd>
      <Sts>BOOK</Sts>
      <BookgDt><Dt>${date}</Dt></BookgDt>
      <ValDt><Dt>${m.value}</Dt></ValDt>
      <NtryDtls><TxDtls>
        <RltdPties><${role}><Nm>${m.name}</Nm></${role}>
          ${m.iban ? `<${role}Acct><Id><IBAN>${m.iban}</IBAN></Id></${role}Acct>` : ''}
        </RltdPties>
        <RmtInf>
          ${m.free ? `<Ustrd>${m.free}</Ustrd>` : ''}
          ${m.structured ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>${structuredCommunicationDigits(m.structured)}</Ref></CdtrRefInf></Strd>` : ''}
        </RmtInf>
      </TxDtls></NtryDtls>
    </Ntry>`;
  });
  return `
  <Stmt>
    <Id>STMT-${seq}</Id>
    <ElctrncSeqNb>${seq}</ElctrncSeqNb>
    <CreDtTm>${date}T06:00:00</CreDtTm>
    <Acct><Id><IBAN>${account}</IBAN></Id><Ccy>EUR</Ccy></Acct>
    <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>
    <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>
    ${entries.join('')}
  </Stmt>`;
}

const camtDocument = (statements: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG1</MsgId><CreDtTm>2018-04-21T06:00:00</CreDtTm></GrpHdr>
    ${statements.join('')}
  </BkToCstmrStmt>
</Document>`;

const FORMATS = {
  coda: (statements: [string, string, string, Movement[]][]) =>
    statements.flatMap(([a, s, d, m]) => coda(a, s.padStart(3, '0'), d, m)).join('\n') + '\n',
  'camt.053': (statements: [string, string, string, Movement[]][]) =>
    camtDocument(statements.map(([a, s, d, m]) => camtStatement(a, s, d, m))),
};

const upload = (bo: RunningApp, file: string, user: 'clerk' | 'analyst' = 'clerk') =>
  bo
    .as(user)
    .post('/api/v1/bank-statements')
    .set('Content-Type', 'application/octet-stream')
    .send(Buffer.from(file, file.startsWith('<') ? 'utf8' : 'latin1'));

async function communicationOf(bo: RunningApp, loanId: string): Promise<StructuredCommunication> {
  const loan = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
  return loan.body.structuredCommunication as StructuredCommunication;
}

function suite(kind: StoreKind, formats: (keyof typeof FORMATS)[]) {
  describe.each(formats)(
    `POST /api/v1/bank-statements, %s on ${kind} (bank-statements.controller.ts)`,
    (format) => {
      const write = FORMATS[format];
      let bo: RunningApp;
      let loanA: string;
      let loanB: string;
      let day: Movement[];
      let at = 0;
      const seen = <T extends { body: { position?: number; eventPosition?: number } }>(res: T) => {
        at = Math.max(at, res.body.position ?? 0, res.body.eventPosition ?? 0);
        return res;
      };
      const suspenseList = (query = '') =>
        readWhenReached(
          bo.as('clerk'),
          `/api/v1/bank-statements/suspense?minPosition=${at}${query}`,
        );

      beforeAll(async () => {
        bo = await startBackOffice(kind, undefined, undefined, {
          env: { LENDER_IBAN: `${LENDER}` },
        });
        loanA = await activeLoan(bo);
        loanB = await activeLoan(bo);
        day = [
          // Instalment 1 of loan A, to the cent.
          {
            amount: '483.32',
            sign: 'credit',
            value: '2018-04-20',
            name: 'Bakkerij Jansens',
            iban: OTHER,
            structured: await communicationOf(bo, loanA),
          },
          // Loan B: instalment 1 and 116.68 more than a payment may pay: an unapplied credit.
          {
            amount: '600.00',
            sign: 'credit',
            value: '2018-04-20',
            name: 'Café De Kroon',
            structured: await communicationOf(bo, loanB),
          },
          {
            amount: '50.00',
            sign: 'credit',
            value: '2018-04-20',
            name: 'Onbekend',
            structured: UNKNOWN,
          },
          {
            amount: '20.00',
            sign: 'credit',
            value: '2018-04-20',
            name: 'Piet',
            free: 'lening april',
          },
          { amount: '12.40', sign: 'debit', value: '2018-04-20', name: 'Bank', free: 'kosten' },
        ];
      });
      afterAll(async () => {
        await bo?.close();
      });

      it('gives each loan its own valid structured communication at disbursement', async () => {
        const [a, b] = [await communicationOf(bo, loanA), await communicationOf(bo, loanB)];
        expect(a).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
        expect(a).not.toBe(b);
        const schedule = await bo.as('analyst').get(`/api/v1/loans/${loanA}/schedule`).expect(200);
        expect(schedule.body.structuredCommunication).toBe(a);
        // Searchable, in each of the forms people type it.
        const position = (await bo.as('analyst').get(`/api/v1/loans/${loanB}`)).body.position;
        for (const q of [a, a.replace(/\+/g, ''), structuredCommunicationDigits(a)]) {
          const found = await readWhenReached(
            bo.as('clerk'),
            `/api/v1/loans?q=${encodeURIComponent(q)}&minPosition=${position}`,
          );
          expect(found.body.items.map((i: { loanId: string }) => i.loanId)).toEqual([loanA]);
          expect(found.body.items[0].structuredCommunication).toBe(a);
        }
      });

      it('books matched lines, holds the rest as an unapplied credit, suspends the others, ignores the debit', async () => {
        const res = seen(await upload(bo, write([[LENDER, '7', '2018-04-21', day]])).expect(200));
        const [statement] = res.body.statements;
        expect(statement).toMatchObject({ account: LENDER, alreadyImported: false });
        expect(statement.lines).toMatchObject([
          {
            outcome: 'booked',
            loanId: loanA,
            repaid: '483.32',
            unappliedCredit: '0.00',
            paymentId: 'p1',
          },
          { outcome: 'booked', loanId: loanB, repaid: '483.32', unappliedCredit: '116.68' },
          { outcome: 'suspense', reason: 'unknown-communication' },
          { outcome: 'suspense', reason: 'not-structured' },
        ]);
        expect(statement.ignored).toEqual([
          expect.objectContaining({ direction: 'debit', amount: '12.40', reason: 'debit' }),
        ]);
        const schedule = await bo.as('analyst').get(`/api/v1/loans/${loanA}/schedule`).expect(200);
        expect(schedule.body.payments).toMatchObject([{ paidOn: '2018-04-20', amount: '483.32' }]);
        const credits = await bo
          .as('analyst')
          .get(`/api/v1/loans/${loanB}/unapplied-credits`)
          .expect(200);
        expect(credits.body).toMatchObject({
          total: '116.68',
          credits: [{ receivedOn: '2018-04-20' }],
        });
      });

      it('books nothing twice when the statement comes again', async () => {
        const before = await bo.as('analyst').get(`/api/v1/loans/${loanA}`).expect(200);
        const res = seen(await upload(bo, write([[LENDER, '7', '2018-04-21', day]])).expect(200));
        expect(res.body.statements[0].alreadyImported).toBe(true);
        expect(
          res.body.statements[0].lines.every(
            (l: { alreadyRecorded: boolean }) => l.alreadyRecorded,
          ),
        ).toBe(true);
        expect(res.body.statements[0].lines.map((l: { outcome: string }) => l.outcome)).toEqual([
          'booked',
          'booked',
          'suspense',
          'suspense',
        ]);
        const after = await bo.as('analyst').get(`/api/v1/loans/${loanA}`).expect(200);
        expect(after.body.version).toBe(before.body.version);
        const credits = await bo.as('analyst').get(`/api/v1/loans/${loanB}/unapplied-credits`);
        expect(credits.body.total).toBe('116.68');
        const suspense = await suspenseList();
        expect(suspense.body.items).toHaveLength(2);
      });

      it('lets a clerk assign a suspense item to a loan (booked) and refund another', async () => {
        const { body } = await suspenseList();
        const [unknown, free] = body.items as { itemId: string; reason: string; amount: string }[];
        expect(unknown).toMatchObject({ reason: 'unknown-communication', amount: '50.00' });
        const assigned = seen(
          await bo
            .as('clerk')
            .post(`/api/v1/bank-statements/suspense/${unknown.itemId}/assign`)
            .send({ loanId: loanB })
            .expect(200),
        );
        expect(assigned.body).toMatchObject({ status: 'assigned', loanId: loanB });
        // Loan B's instalment due that day is paid: a payment may pay nothing more on it.
        const credits = await bo.as('analyst').get(`/api/v1/loans/${loanB}/unapplied-credits`);
        expect(credits.body.total).toBe('166.68');
        await bo
          .as('clerk')
          .post(`/api/v1/bank-statements/suspense/${unknown.itemId}/assign`)
          .send({ loanId: loanA })
          .expect(409);
        seen(
          await bo
            .as('clerk')
            .post(`/api/v1/bank-statements/suspense/${free.itemId}/refund`)
            .send({ note: 'teruggestort' })
            .expect(200),
        );
        const open = await suspenseList();
        expect(open.body.items).toEqual([]);
        const all = await suspenseList('&status=all');
        expect(all.body.items.map((i: { status: string }) => i.status)).toEqual([
          'assigned',
          'refunded',
        ]);
      });

      it('reads a file of several statements', async () => {
        const later = (value: string): Movement[] => [
          { amount: '10.00', sign: 'credit', value, name: 'Piet', free: 'gift' },
        ];
        const res = seen(
          await upload(
            bo,
            write([
              [LENDER, '8', '2018-04-22', later('2018-04-22')],
              [OTHER, '3', '2018-04-22', later('2018-04-22')],
              [LENDER, '9', '2018-04-23', later('2018-04-23')],
            ]),
          ).expect(200),
        );
        expect(res.body.statements.map((s: { date: string }) => s.date)).toEqual([
          '2018-04-22',
          '2018-04-23',
        ]);
        // The statement of another account in the same file: named, not recorded.
        expect(res.body.ignoredStatements).toEqual([
          expect.objectContaining({ account: OTHER, sequence: '3', reason: 'foreign-account' }),
        ]);
        // Two open items now, a page of one at a time.
        const first = await suspenseList('&limit=1');
        expect(first.body.items).toHaveLength(1);
        const second = await suspenseList(`&limit=1&cursor=${first.body.nextCursor}`);
        expect(second.body.items).toHaveLength(1);
        expect(second.body.nextCursor).toBeNull();
        expect(second.body.items[0].itemId).not.toBe(first.body.items[0].itemId);
      });

      it('refuses a statement of another account (422, naming it) and records nothing', async () => {
        const res = await upload(bo, write([[OTHER, '1', '2018-04-24', day]])).expect(422);
        expect(res.body.detail).toContain(OTHER);
        const suspense = await suspenseList();
        expect(suspense.body.items).toHaveLength(2); // the two of the several statements
      });

      it('refuses a malformed file (400, naming the line and field) and records nothing', async () => {
        const good = write([[LENDER, '10', '2018-04-25', day]]);
        const bad =
          format === 'coda'
            ? good.replace(/\n21(\d{4})/, '\n21ABCD')
            : good.replace('<Amt Ccy="EUR">483.32</Amt>', '<Amt Ccy="EUR">483,32</Amt>');
        const res = await upload(bo, bad).expect(400);
        expect(res.body.errors[0].code).toBe('bank-statement-format');
        expect(res.body.errors[0].message).toMatch(format === 'coda' ? /line \d+/ : /Amt|amount/i);
        const suspense = await suspenseList();
        expect(suspense.body.items).toHaveLength(2);
      });

      it('takes the file itself: JSON is a 415, an empty body a 400', async () => {
        const json = await bo
          .as('clerk')
          .post('/api/v1/bank-statements')
          .send({ file: 'x' })
          .expect(415);
        expect(json.body.detail).toContain('application/octet-stream');
        await bo
          .as('clerk')
          .post('/api/v1/bank-statements')
          .set('Content-Type', 'application/octet-stream')
          .expect(400);
      });

      it('is a clerk’s task: 403 for the other roles', async () => {
        const file = write([[LENDER, '11', '2018-04-26', day]]);
        for (const user of ['analyst', 'officer', 'admin'] as const) {
          await bo
            .as(user)
            .post('/api/v1/bank-statements')
            .set('Content-Type', 'application/octet-stream')
            .send(Buffer.from(file))
            .expect(403);
          await bo
            .as(user)
            .post(`/api/v1/bank-statements/suspense/00000000-0000-4000-8000-000000000000/refund`)
            .send({})
            .expect(403);
        }
      });
    },
  );
}

/** The same statement from CODA and from camt.053, and one recorded under the old key. */
function acrossFormats(kind: StoreKind) {
  describe(`one statement, two formats, on ${kind}`, () => {
    let bo: RunningApp;
    let loanId: string;
    let line: Movement[];
    beforeAll(async () => {
      bo = await startBackOffice(kind, undefined, undefined, { env: { LENDER_IBAN: LENDER } });
      loanId = await activeLoan(bo);
      line = [
        {
          amount: '483.32',
          sign: 'credit',
          value: '2018-04-20',
          name: 'Bakkerij Jansens',
          structured: await communicationOf(bo, loanId),
        },
        { amount: '12.40', sign: 'debit', value: '2018-04-20', name: 'Bank', free: 'kosten' },
        { amount: '20.00', sign: 'credit', value: '2018-04-20', name: 'Piet', free: 'lening' },
      ];
    });
    afterAll(async () => {
      await bo?.close();
    });

    it.each([
      ['coda', 'camt.053', '21'],
      ['camt.053', 'coda', '22'],
    ] as const)('books a statement from %s once, its %s again nothing', async (a, b, seq) => {
      const first = await upload(bo, FORMATS[a]([[LENDER, seq, '2018-04-21', line]])).expect(200);
      const [recorded] = first.body.statements;
      expect(recorded.lines.map((l: { position: string }) => l.position)).toEqual(['1', '2']);
      expect(recorded.lines[0]).toMatchObject({ outcome: 'booked', alreadyRecorded: false });
      const middle = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
      const again = await upload(bo, FORMATS[b]([[LENDER, seq, '2018-04-21', line]])).expect(200);
      const [found] = again.body.statements;
      expect(found).toMatchObject({ statementKey: recorded.statementKey, alreadyImported: true });
      expect(found.lines).toMatchObject([
        { position: '1', outcome: 'booked', alreadyRecorded: true },
        { position: '2', outcome: 'suspense', alreadyRecorded: true },
      ]);
      const after = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
      expect(after.body.version).toBe(middle.body.version);
      const suspense = await readWhenReached(
        bo.as('clerk'),
        `/api/v1/bank-statements/suspense?status=all&minPosition=${again.body.position}`,
      );
      expect(
        suspense.body.items.filter(
          (i: { statementKey: string }) => i.statementKey === recorded.statementKey,
        ),
      ).toHaveLength(1);
    });

    it('finds a statement recorded under the old key (sequence as written, file positions)', async () => {
      const store = bo.app.get<EventStore>(EVENT_STORE);
      const oldKey = `bank-statement-${LENDER}-023-2018-04-21`;
      const meta = {
        effectiveOn: '2018-04-21',
        recordedAt: new Date().toISOString(),
        actor: 'system:bank-statements',
        correlationId: oldKey,
        causationId: oldKey,
        schemaVersion: 1,
      };
      const lineData = {
        position: '0001/0000',
        valueDate: '2018-04-20',
        bookingDate: '2018-04-21',
        amount: '483.32',
        currency: 'EUR',
        counterpartyName: 'Bakkerij Jansens',
        counterpartyIban: null,
        communication: line[0].structured,
        structured: true,
        bankReference: null,
      };
      await store.appendToStreams([
        {
          streamId: oldKey,
          expectedVersion: 'no-stream',
          events: [
            {
              eventId: randomUUID(),
              type: 'BankStatementImported',
              data: {
                account: LENDER,
                sequence: '023',
                date: '2018-04-21',
                format: 'coda',
                statementId: null,
                lines: [lineData],
                ignored: [],
              },
              metadata: meta,
            },
            {
              eventId: randomUUID(),
              type: LINE_BOOKED,
              data: {
                position: '0001/0000',
                loanId,
                amount: '483.32',
                repaid: '483.32',
                paymentId: 'p9',
                unappliedCredit: '0.00',
              },
              metadata: meta,
            },
          ],
        },
      ]);
      const before = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
      for (const format of ['coda', 'camt.053'] as const) {
        const res = await upload(bo, FORMATS[format]([[LENDER, '23', '2018-04-21', [line[0]]]]));
        expect(res.status).toBe(200);
        expect(res.body.statements[0]).toMatchObject({
          statementKey: oldKey,
          alreadyImported: true,
          lines: [{ position: '0001/0000', outcome: 'booked', alreadyRecorded: true }],
        });
      }
      const after = await bo.as('analyst').get(`/api/v1/loans/${loanId}`).expect(200);
      expect(after.body.version).toBe(before.body.version);
    });
  });
}

suite('pglite', ['coda', 'camt.053']);
acrossFormats('pglite');
describePostgres('on PostgreSQL', () => {
  suite('postgres', ['coda']);
  acrossFormats('postgres');
});

describe('a crash between a line’s repayment and its outcome (restart safety)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loanbook-bank-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('books the line once when the file comes again, and finishes it at start-up', async () => {
    const real = createEventStore({
      kind: 'pglite',
      dataDir: join(dir, 'store'),
      schema: 'loanbook',
    });
    // The real store, but the outcome of a booked line fails to be written, once per line: the
    // repayment is committed and the back office "dies" before it records the outcome.
    let crash = true;
    const store: EventStore = new Proxy(real, {
      get(target, name, receiver) {
        if (name === 'appendToStreams') {
          return async (appends: readonly StreamAppend[]) => {
            if (crash && appends.some((a) => a.events.some((e) => e.type === LINE_BOOKED))) {
              throw new Error('killed');
            }
            return target.appendToStreams(appends);
          };
        }
        const value: unknown = Reflect.get(target, name, receiver);
        return typeof value === 'function'
          ? (value as (...a: unknown[]) => unknown).bind(target)
          : value;
      },
    });
    const env = { LENDER_IBAN: LENDER };
    let bo = await startBackOffice('pglite', dir, 'loanbook', { env, eventStore: store });
    const loanId = await activeLoan(bo);
    const line: Movement = {
      amount: '600.00',
      sign: 'credit',
      value: '2018-04-20',
      name: 'Bakkerij Jansens',
      structured: await communicationOf(bo, loanId),
    };
    const file = FORMATS.coda([[LENDER, '1', '2018-04-21', [line]]]);
    await upload(bo, file).expect(500);
    const schedule = await bo.as('analyst').get(`/api/v1/loans/${loanId}/schedule`).expect(200);
    expect(schedule.body.payments).toHaveLength(1);
    crash = false;
    // Again: the repayment is found by its key, not made again; the outcome is recorded.
    const again = await upload(bo, file).expect(200);
    expect(again.body.statements[0]).toMatchObject({
      alreadyImported: true,
      lines: [{ outcome: 'booked', repaid: '483.32', unappliedCredit: '116.68', paymentId: 'p1' }],
    });
    const after = await bo.as('analyst').get(`/api/v1/loans/${loanId}/schedule`).expect(200);
    expect(after.body.payments).toHaveLength(1);
    const credits = await bo.as('analyst').get(`/api/v1/loans/${loanId}/unapplied-credits`);
    expect(credits.body.total).toBe('116.68');

    // A second loan, crashed the same way, finished by the start-up pass without a re-import.
    const second = await activeLoan(bo);
    crash = true;
    const file2 = FORMATS.coda([
      [LENDER, '2', '2018-04-22', [{ ...line, structured: await communicationOf(bo, second) }]],
    ]);
    await upload(bo, file2).expect(500);
    crash = false;
    await bo.close();
    bo = await startBackOffice('pglite', dir, 'loanbook', {
      env,
      eventStore: createEventStore({
        kind: 'pglite',
        dataDir: join(dir, 'store'),
        schema: 'loanbook',
      }),
    });
    try {
      const credits2 = await bo.as('analyst').get(`/api/v1/loans/${second}/unapplied-credits`);
      expect(credits2.body.total).toBe('116.68');
      const s2 = await bo.as('analyst').get(`/api/v1/loans/${second}/schedule`).expect(200);
      expect(s2.body.payments).toHaveLength(1);
    } finally {
      await bo.close();
    }
  });
});
