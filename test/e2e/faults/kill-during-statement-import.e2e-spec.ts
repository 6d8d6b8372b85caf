// Kill the back office (kill -9) while it books a bank statement of 80 repayments; start it
// again: the start-up pass (or the file sent again) books what was left, every repayment exactly
// once, and each line has its outcome.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { structuredCommunicationDigits } from '@loanbook/banking';
import { codaFile } from '@loanbook/banking/statements/testing/coda-writer';
import { createEventStore } from '@loanbook/event-store';
import {
  BackOfficeProcess,
  buildBackOffice,
  type BuiltBackOffice,
} from '../../support/back-office-process';
import { TEST_PERSONAL_DATA_KEY } from '../../support/personal-data-key';
import { impulskredietApplication } from '../fixtures';
import { TEST_AUTH_SECRET, TEST_USERS, testToken } from '../harness';

jest.setTimeout(240_000);

const LOANS = 80;
const LENDER = 'BE68539007547034';

let building: Promise<BuiltBackOffice> | undefined;
beforeAll(() => {
  building = buildBackOffice();
  building.catch(() => undefined);
});
afterAll(async () => (await building?.catch(() => undefined))?.dispose());

describe('a kill -9 during a bank statement import (PGlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loanbook-kill-bank-'));
  const env: Record<string, string> = {
    EVENT_STORE: 'pglite',
    DATA_DIR: dir,
    LOG_LEVEL: 'warn',
    AUTH_SHARED_SECRET: TEST_AUTH_SECRET,
    RATE_LIMIT_PER_MINUTE: '1000000',
    PERSONAL_DATA_KEY: TEST_PERSONAL_DATA_KEY,
    LENDER_IBAN: LENDER,
    OFFER_LAPSE_INTERVAL_SECONDS: '0',
    DOCUMENTS: 'off',
  };
  let server: BackOfficeProcess | undefined;
  beforeAll(async () => {
    const store = createEventStore({
      kind: 'pglite',
      dataDir: join(dir, 'event-store'),
      schema: 'loanbook',
    });
    await store.init();
    await store.close();
  }, 120_000);
  afterAll(async () => {
    if (server?.running()) await server.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('books every line exactly once after the restart', async () => {
    const clerk = await testToken(TEST_USERS.clerk);
    const officer = await testToken(TEST_USERS.officer);
    const analyst = await testToken(TEST_USERS.analyst);
    server = await BackOfficeProcess.start(await building!, { env });
    const call = async (token: string, method: string, path: string, body?: unknown) => {
      const res = await fetch(`${server!.url}/api/v1${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const loans: { loanId: string; communication: string }[] = [];
    for (let i = 0; i < LOANS; i++) {
      const applied = await call(clerk, 'POST', '/loans', impulskredietApplication());
      const loanId = applied.body.loanId as string;
      await call(officer, 'POST', `/loans/${loanId}/approval`, { approvedOn: '2018-03-15' });
      const disbursed = await call(clerk, 'POST', `/loans/${loanId}/disbursement`, {
        disbursedOn: '2018-03-20',
      });
      expect(disbursed.status).toBe(200);
      const loan = await call(analyst, 'GET', `/loans/${loanId}`);
      loans.push({ loanId, communication: loan.body.structuredCommunication as string });
    }
    // 600.00 each: the instalment of 483.32 repaid, 116.68 held.
    const file =
      codaFile({
        creationDate: '210418',
        accountStructure: '2',
        account: LENDER,
        statementNumber: '001',
        oldBalance: '0.00',
        oldBalanceDate: '200418',
        newBalance: '0.00',
        newBalanceDate: '210418',
        movements: loans.map((l, i) => ({
          sequence: i + 1,
          sign: 'credit' as const,
          amount: '600.00',
          valueDate: '200418',
          entryDate: '210418',
          structured: structuredCommunicationDigits(l.communication as never),
          counterpartyName: `KLANT ${i + 1}`,
        })),
      }).join('\n') + '\n';
    const upload = () =>
      fetch(`${server!.url}/api/v1/bank-statements`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${clerk}`, 'Content-Type': 'application/octet-stream' },
        body: Buffer.from(file, 'latin1'),
      });
    const first = upload().catch(() => undefined);
    const paidCount = async () => {
      let paid = 0;
      for (const l of loans) {
        const s = await call(analyst, 'GET', `/loans/${l.loanId}/schedule`);
        if ((s.body.payments as unknown[]).length > 0) paid++;
      }
      return paid;
    };
    // The server answers nothing else while it books (one PGlite connection): killed on a timer,
    // a moment into the import.
    await new Promise((r) => setTimeout(r, Number(process.env.KILL_AFTER_MS ?? 400)));
    await server.kill();
    await first;
    // The kill came mid-import: some lines have their outcome, not all.
    const store = createEventStore({
      kind: 'pglite',
      dataDir: join(dir, 'event-store'),
      schema: 'loanbook',
    });
    const stream = await store.readStream(`bank-statement-${LENDER}-001-2018-04-21`);
    await store.close();
    const outcomes = stream.filter((e) => e.type === 'BankStatementLineBooked').length;
    expect(outcomes).toBeLessThan(LOANS);
    server = await BackOfficeProcess.start(await building!, { env });
    // The start-up pass finishes what the kill left; the file again books nothing more.
    const again = await upload();
    expect(again.status).toBe(200);
    const report = (await again.json()) as {
      statements: { alreadyImported: boolean; lines: { outcome: string; repaid: string }[] }[];
    };
    expect(report.statements[0].alreadyImported).toBe(true);
    expect(report.statements[0].lines).toHaveLength(LOANS);
    expect(
      report.statements[0].lines.every((l) => l.outcome === 'booked' && l.repaid === '483.32'),
    ).toBe(true);
    expect(await paidCount()).toBe(LOANS);
    for (const l of loans) {
      const s = await call(analyst, 'GET', `/loans/${l.loanId}/schedule`);
      expect(s.body.payments).toHaveLength(1);
      const credits = await call(analyst, 'GET', `/loans/${l.loanId}/unapplied-credits`);
      expect(credits.body.total).toBe('116.68');
    }
    await server.stop();
  });
});
