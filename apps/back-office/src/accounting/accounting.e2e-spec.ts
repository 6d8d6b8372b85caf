import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Dec } from '@loanbook/domain';
import { describePostgres } from '@loanbook/testing';
import { activeLoan, defaultedLoan } from '../../../../test/e2e/fixtures';
import { startBackOffice, type RunningApp, type StoreKind } from '../../../../test/e2e/harness';

jest.setTimeout(180_000);

/**
 * The books over HTTP (issue 23), on PGlite and on PostgreSQL: two Impulskrediet loans of
 * 25,000.00 paid out on 2018-03-20 (483.32 a month from 2018-04-20), one paid in April and June
 * and then, recorded late, on 25 May; the other never paid. With impairment rates of our own
 * and accrual on.
 */
describe('the books over HTTP on PGlite', () => books('pglite'));
describePostgres('the books over HTTP on PostgreSQL', () => books('postgres'));

interface Row {
  account: string;
  role: string;
  debit: string;
  credit: string;
  balance: string;
}
interface Entry {
  entryId: string;
  businessDate: string;
  kind: string;
  lines: { account: string; role: string; debit: string; credit: string }[];
}

const sum = (xs: string[]) => xs.reduce((a, x) => a.plus(x), new Dec(0));
const balanced = (e: Entry) =>
  sum(e.lines.map((l) => l.debit)).eq(sum(e.lines.map((l) => l.credit)));

function books(kind: StoreKind): void {
  let bo: RunningApp;
  let paying = '';
  let silent = '';
  let knownBefore = '';
  let position = 0;
  const before: Record<string, Row[]> = {};
  const DAYS = ['2018-03-31', '2018-05-24', '2018-05-25', '2018-05-31', '2018-06-30', '2018-07-31'];

  const trialBalance = async (asOf: string, extra = '') => {
    const res = await bo
      .as('accountant')
      .get(`/api/v1/accounting/trial-balance?asOf=${asOf}&minPosition=${position}${extra}`)
      .expect(200);
    return res.body as { rows: Row[]; debit: string; credit: string; knownAt: string | null };
  };
  const role = (rows: Row[], r: string) => rows.find((x) => x.role === r)!;

  beforeAll(async () => {
    bo = await startBackOffice(kind, undefined, undefined, {
      env: {
        ACCOUNTING_IMPAIRMENT_RATES: '0:0,31:0.20,91:0.60,default:1',
        ACCOUNTING_ACCRUAL: 'on',
      },
    });
    paying = await activeLoan(bo);
    silent = await activeLoan(bo);
    for (const paidOn of ['2018-04-20', '2018-06-20']) {
      const paid = await bo
        .as('clerk')
        .post(`/api/v1/loans/${paying}/repayments`)
        .send({ paidOn, amount: '483.32' })
        .expect(200);
      position = Number(paid.body.position);
    }
    for (const day of DAYS) before[day] = (await trialBalance(day)).rows;
    await new Promise((r) => setTimeout(r, 20));
    knownBefore = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    // Recorded after the June payment, dated before it: it moves June's split.
    const late = await bo
      .as('clerk')
      .post(`/api/v1/loans/${paying}/repayments`)
      .send({ paidOn: '2018-05-25', amount: '483.32' })
      .expect(200);
    position = Number(late.body.position);
  });
  afterAll(() => bo?.close());

  it('posts a loan’s life as balanced entries; the journal pages by cursor', async () => {
    const all = await bo
      .as('analyst')
      .get(
        `/api/v1/accounting/journal?from=2018-01-01&to=2018-08-31&limit=500&minPosition=${position}`,
      )
      .expect(200);
    const entries = all.body.entries as Entry[];
    expect(all.body.nextCursor).toBeNull();
    expect(entries.every(balanced)).toBe(true);
    const kinds = entries.map((e) => e.kind);
    for (const k of [
      'disbursement',
      'instalment',
      'reallocation-reversal',
      'reallocation-repost',
      'impairment',
      'accrual',
      'accrual-reversal',
    ]) {
      expect(kinds).toContain(k);
    }
    const disbursement = entries.find((e) => e.kind === 'disbursement')!;
    expect(disbursement.lines).toEqual([
      expect.objectContaining({
        account: '2910',
        role: 'loans-receivable',
        debit: '25000.00',
        credit: '0.00',
      }),
      expect.objectContaining({ account: '550', role: 'bank', debit: '0.00', credit: '25000.00' }),
    ]);
    // In journal order: by business date.
    const dates = entries.map((e) => e.businessDate);
    expect([...dates].sort()).toEqual(dates);

    const paged: Entry[] = [];
    let cursor: string | null = null;
    do {
      const page = await bo
        .as('accountant')
        .get(
          `/api/v1/accounting/journal?from=2018-01-01&to=2018-08-31&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        )
        .expect(200);
      expect(page.body.entries.length).toBeLessThanOrEqual(3);
      paged.push(...(page.body.entries as Entry[]));
      cursor = page.body.nextCursor as string | null;
    } while (cursor);
    expect(paged.map((e) => e.entryId)).toEqual(entries.map((e) => e.entryId));
  });

  it('balances every day, and its loans receivable is the portfolio report’s outstanding principal to the cent', async () => {
    for (const day of [...DAYS, '2018-08-01']) {
      const tb = await trialBalance(day);
      expect(tb.debit).toBe(tb.credit);
      const portfolio = await bo
        .as('analyst')
        .get(`/api/v1/reports/portfolio?asOf=${day}&minPosition=${position}`)
        .expect(200);
      const impulskrediet = (
        portfolio.body.products as { product: string; outstanding: string }[]
      ).find((p) => p.product === 'Impulskrediet')!;
      expect(role(tb.rows, 'loans-receivable').balance).toBe(
        new Dec(impulskrediet.outstanding).toFixed(2),
      );
    }
  });

  it('a back-dated payment changes the trial balance of its day and later, not of earlier days; knownAt shows the books as known before it', async () => {
    for (const day of DAYS) {
      const now = (await trialBalance(day)).rows;
      if (day < '2018-05-25') expect(now).toEqual(before[day]);
      else expect(now).not.toEqual(before[day]);
      const known = await trialBalance(day, `&knownAt=${knownBefore}`);
      expect(known.knownAt).toBe(knownBefore);
      expect(known.rows).toEqual(before[day]);
    }
  });

  it('provisions by bucket at the configured rates, the movement since the previous month-end', async () => {
    // The silent loan: 10 days past due on 30 April, 41 on 31 May, 71 on 30 June, 102 on 31 July;
    // the paying one never more than 30.
    const allowance = async (day: string) =>
      role((await trialBalance(day)).rows, 'impairment-allowance').balance;
    expect(await allowance('2018-04-30')).toBe('0.00');
    expect(await allowance('2018-05-31')).toBe('-5000.00');
    expect(await allowance('2018-06-30')).toBe('-5000.00');
    expect(await allowance('2018-07-31')).toBe('-15000.00');
    const journal = await bo
      .as('accountant')
      .get('/api/v1/accounting/journal?from=2018-07-01&to=2018-07-31&limit=500')
      .expect(200);
    const impairment = (journal.body.entries as Entry[]).filter((e) => e.kind === 'impairment');
    expect(impairment).toEqual([
      expect.objectContaining({
        businessDate: '2018-07-31',
        lines: [
          expect.objectContaining({ account: '6340', debit: '10000.00', credit: '0.00' }),
          expect.objectContaining({ account: '2979', debit: '0.00', credit: '10000.00' }),
        ],
      }),
    ]);
  });

  it('accrues the interest earned not yet due from the schedules, reversed the next day', async () => {
    const accrued = async (day: string, part: (interest: string) => InstanceType<typeof Dec>) => {
      let total = new Dec(0);
      for (const loanId of [paying, silent]) {
        const schedule = await bo.as('analyst').get(`/api/v1/loans/${loanId}/schedule`).expect(200);
        const period = (schedule.body.instalments as { dueOn: string; interest: string }[]).find(
          (i) => i.dueOn > day,
        )!;
        total = total.plus(part(period.interest));
      }
      return total.toFixed(2);
    };
    const halfUp = (x: InstanceType<typeof Dec>) => x.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
    // 20 July to 20 August: 31 days; 11 run at the end of 31 July, 12 at the end of 1 August.
    expect(
      role((await trialBalance('2018-07-31')).rows, 'accrued-interest-receivable').balance,
    ).toBe(await accrued('2018-07-31', (i) => halfUp(new Dec(i).times(11).div(31))));
    expect(
      role((await trialBalance('2018-08-01')).rows, 'accrued-interest-receivable').balance,
    ).toBe(await accrued('2018-08-01', (i) => halfUp(new Dec(i).times(12).div(31))));
  });

  it('keeps an instalment moved off a holiday accrued in full until the working day it is due', async () => {
    // Sunday 20 May 2018 and Whit Monday: May's instalment is due on Tuesday 22 May. On the 21st
    // its whole interest is earned and not yet due, beside 1 of June's 31 contractual days.
    let expected = new Dec(0);
    for (const loanId of [paying, silent]) {
      const schedule = await bo.as('analyst').get(`/api/v1/loans/${loanId}/schedule`).expect(200);
      const instalments = schedule.body.instalments as {
        dueOn: string;
        contractualDueOn?: string | null;
        interest: string;
      }[];
      const may = instalments.find((i) => i.contractualDueOn === '2018-05-20')!;
      expect(may.dueOn).toBe('2018-05-22');
      const june = instalments[instalments.indexOf(may) + 1];
      expected = expected
        .plus(may.interest)
        .plus(new Dec(june.interest).times(1).div(31).toDecimalPlaces(2, Dec.ROUND_HALF_UP));
    }
    const balance = async (day: string) =>
      role((await trialBalance(day)).rows, 'accrued-interest-receivable').balance;
    expect(await balance('2018-05-21')).toBe(expected.toFixed(2));
    expect(expected.toFixed(2)).toBe('254.26');
  });

  it('a ledger sums to the trial balance; CSV and XLSX hold every line', async () => {
    const ledger = await bo
      .as('accountant')
      .get('/api/v1/accounting/ledger/2910?from=2018-04-01&to=2018-06-30')
      .expect(200);
    expect(ledger.body.openingBalance).toBe(
      role(await trialBalance('2018-03-31').then((t) => t.rows), 'loans-receivable').balance,
    );
    expect(ledger.body.closingBalance).toBe(
      role((await trialBalance('2018-06-30')).rows, 'loans-receivable').balance,
    );
    const lines = ledger.body.lines as { debit: string; credit: string; balance: string }[];
    expect(lines.at(-1)!.balance).toBe(ledger.body.closingBalance);

    const json = await bo
      .as('accountant')
      .get('/api/v1/accounting/journal?from=2018-01-01&to=2018-08-31&limit=500')
      .expect(200);
    const lineCount = (json.body.entries as Entry[]).reduce((n, e) => n + e.lines.length, 0);
    const csv = await bo
      .as('accountant')
      .get('/api/v1/accounting/journal?from=2018-01-01&to=2018-08-31')
      .set('Accept', 'text/csv')
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const csvLines = csv.text.trim().split(/\r?\n/);
    expect(csvLines[0]).toBe(
      'entryId,businessDate,recordedAt,sourceEventId,loanId,productCode,kind,account,accountName,role,debit,credit',
    );
    expect(csvLines).toHaveLength(lineCount + 1);

    const xlsx = await bo
      .as('analyst')
      .get('/api/v1/accounting/journal.xlsx?from=2018-01-01&to=2018-08-31')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('Journal')!;
    expect(sheet.rowCount).toBe(lineCount + 1);
    let debit = new Dec(0);
    let credit = new Dec(0);
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      debit = debit.plus(String(row.getCell(11).value));
      credit = credit.plus(String(row.getCell(12).value));
    });
    expect(debit.toFixed(2)).toBe(credit.toFixed(2));
  });

  it('refuses bad input with a problem naming the field, and other roles', async () => {
    const problem = async (url: string, field: string) => {
      const res = await bo.as('accountant').get(url).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((res.body.errors as { field: string }[]).map((e) => e.field)).toContain(field);
    };
    await problem('/api/v1/accounting/journal?to=2018-12-31', 'from');
    await problem('/api/v1/accounting/journal?from=2018-12-31&to=2018-01-01', 'to');
    await problem('/api/v1/accounting/journal?from=2018-02-30&to=2018-12-31', 'from');
    await problem('/api/v1/accounting/journal?from=2018-01-01&to=2018-12-31&cursor=nope', 'cursor');
    await problem('/api/v1/accounting/journal?from=2018-01-01&to=2018-12-31&limit=0', 'limit');
    await problem('/api/v1/accounting/trial-balance?asOf=yesterday', 'asOf');
    await problem('/api/v1/accounting/trial-balance?knownAt=soon', 'knownAt');
    await problem('/api/v1/accounting/ledger/9999?from=2018-01-01&to=2018-12-31', 'account');
    await problem('/api/v1/accounting/ledger/abc?from=2018-01-01&to=2018-12-31', 'account');
    await bo.as('clerk').get('/api/v1/accounting/trial-balance').expect(403);
    await bo
      .as('officer')
      .get('/api/v1/accounting/journal?from=2018-01-01&to=2018-01-31')
      .expect(403);
  });
}

/**
 * A chart of the lender's own (ACCOUNTING_CHART_FILE: the Impulskrediet's loans on 2912), read
 * onto the journal without a rebuild; a loan in default written off: its allowance used against
 * the loss, the expense left on 6340.
 */
describe('the books with a chart of its own, a default and a write-off, on PGlite', () => {
  let bo: RunningApp;
  let position = 0;
  const tb = async (asOf: string) => {
    const res = await bo
      .as('accountant')
      .get(`/api/v1/accounting/trial-balance?asOf=${asOf}&minPosition=${position}`)
      .expect(200);
    expect(res.body.debit).toBe(res.body.credit);
    return (account: string) =>
      (res.body.rows as Row[]).find((r) => r.account === account)!.balance;
  };

  beforeAll(async () => {
    const chart = JSON.parse(
      readFileSync(join(__dirname, '../../../../libs/accounting/src/default-chart.json'), 'utf8'),
    ) as { accounts: unknown[]; products: Record<string, unknown> };
    chart.accounts.push({
      number: '2912',
      role: 'loans-receivable',
      name: { nl: 'Leningen Impulskrediet', fr: 'Prêts Impulskrediet', en: 'Impulskrediet loans' },
    });
    chart.products.impulskrediet = {
      balanceSheet: true,
      accounts: { 'loans-receivable': '2912' },
    };
    const file = join(mkdtempSync(join(tmpdir(), 'loanbook-chart-')), 'chart.json');
    writeFileSync(file, JSON.stringify(chart));
    bo = await startBackOffice('pglite', undefined, undefined, {
      env: { ACCOUNTING_CHART_FILE: file },
    });
    const loanId = await defaultedLoan(bo);
    const writtenOff = await bo
      .as('officer')
      .post(`/api/v1/loans/${loanId}/write-off`)
      .send({ writtenOffOn: '2018-07-15', reason: 'bankruptcy closed' })
      .expect(200);
    position = Number(writtenOff.body.position);
  });
  afterAll(() => bo?.close());

  it('books the product’s loans on its own account', async () => {
    const april = await tb('2018-04-30');
    expect(april('2912')).toBe('25000.00');
    expect(april('2910')).toBe('0.00');
    expect(april('550')).toBe('-25000.00');
  });

  it('provisions a loan in default in full, and uses the allowance at the write-off', async () => {
    const may = await tb('2018-05-31');
    expect(may('2970')).toBe('25000.00');
    expect(may('2979')).toBe('-25000.00');
    expect(may('6340')).toBe('25000.00');
    for (const day of ['2018-07-20', '2018-07-31', '2018-12-31']) {
      const after = await tb(day);
      expect({ day, doubtful: after('2970'), allowance: after('2979') }).toEqual({
        day,
        doubtful: '0.00',
        allowance: '0.00',
      });
      expect({ day, expense: after('6340'), loss: after('6410') }).toEqual({
        day,
        expense: '25000.00',
        loss: '0.00',
      });
    }
    const july = await bo
      .as('accountant')
      .get('/api/v1/accounting/journal?from=2018-07-01&to=2018-07-31&limit=500')
      .expect(200);
    expect(
      (july.body.entries as Entry[]).map((e) => [e.businessDate, e.kind, e.lines[0].debit]),
    ).toEqual([
      ['2018-07-15', 'write-off', '25000.00'],
      ['2018-07-31', 'impairment-use', '25000.00'],
    ]);
  });
});
