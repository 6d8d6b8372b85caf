import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { runProjectionsRebuild } from '../../apps/cli/src/projections/projections.command';
import { runDemo } from '../../apps/cli/src/demo/demo.command';
import { runReport } from '../../apps/cli/src/report/report.command';
import { runAccountingExport } from '../../apps/cli/src/accounting/accounting.command';
import type { CliIo } from '../../apps/cli/src/cli-context';
import { LocalDate } from '@js-joda/core';
import { Dec, defaultCatalogue, Money } from '@loanbook/domain';
import type { PortfolioReport, ReportRow, ReportTable } from '@loanbook/reporting';
import { DEMO_TODAY } from '../../apps/cli/src/demo/lifecycle';
import { IMPULSKREDIET_LAPSES } from '../../apps/cli/src/demo/stories';
import { buildDemoPortfolio } from '../../apps/cli/src/demo/portfolio';
import { createMessageValidator } from '../../libs/messaging/schemas/message-validator';
import { ReadModelsService } from '../../apps/back-office/src/read-models/read-models.service';
import {
  describePostgres,
  dropSchema,
  freshSchemaName,
  type KafkaMockCluster,
  readTopic,
  startKafkaMockCluster,
  TEST_DATABASE_URL,
} from '../support';
import { TEST_PERSONAL_DATA_KEY } from '../support/personal-data-key';
import { startBackOffice, type StoreKind } from './harness';

jest.setTimeout(900_000);

/** DOMAIN.md 3.2, the seed table: registrations of January to May 2021 by month and term. */
const SEED: [string, number, string, number][] = [
  ['2021-01', 5, '2874015.15', 448],
  ['2021-01', 6, '345000.00', 14],
  ['2021-01', 7, '265000.00', 7],
  ['2021-01', 8, '2398821.00', 76],
  ['2021-01', 9, '70000.00', 2],
  ['2021-01', 10, '3643420.00', 97],
  ['2021-02', 5, '4914035.00', 220],
  ['2021-02', 6, '222650.00', 14],
  ['2021-02', 7, '1051500.00', 34],
  ['2021-02', 8, '2405186.00', 113],
  ['2021-02', 10, '5618790.00', 175],
  ['2021-03', 5, '5926190.00', 466],
  ['2021-03', 6, '310000.00', 12],
  ['2021-03', 7, '1048500.00', 33],
  ['2021-03', 8, '2980000.00', 178],
  ['2021-03', 9, '15000.00', 1],
  ['2021-03', 10, '7686500.00', 313],
  ['2021-04', 5, '4027360.00', 404],
  ['2021-04', 6, '154020.48', 7],
  ['2021-04', 7, '623000.00', 27],
  ['2021-04', 8, '2074050.00', 109],
  ['2021-04', 9, '125000.00', 2],
  ['2021-04', 10, '4648600.00', 146],
  ['2021-05', 5, '4297253.40', 275],
  ['2021-05', 6, '313551.20', 9],
  ['2021-05', 7, '239500.00', 8],
  ['2021-05', 8, '1898000.00', 108],
  ['2021-05', 10, '3505000.00', 95],
];
const MONTH_TOTALS = [
  { month: '2021-01', principal: '9596256.15', loans: 644 },
  { month: '2021-02', principal: '14212161.00', loans: 556 },
  { month: '2021-03', principal: '17966190.00', loans: 1003 },
  { month: '2021-04', principal: '11652030.48', loans: 695 },
  { month: '2021-05', principal: '10253304.60', loans: 495 },
];

/** The days the README's report examples use: the seed's last day and the demo's today. */
const REPORT_DAYS = ['2021-05-31', DEMO_TODAY.toString()];

/** The read models' rows the portfolio report is assembled from, as text (no float anywhere). */
type LoanRow = Record<
  | 'loan_id'
  | 'product_code'
  | 'product_version'
  | 'refused_on'
  | 'disbursed_on'
  | 'disbursed_amount'
  | 'repaid_on'
  | 'defaulted_on'
  | 'default_outstanding'
  | 'written_off_on'
  | 'written_off_amount'
  | 'government_claimed_on'
  | 'government_claim'
  | 'status',
  string | null
> & { refusal_reasons: string[] | null };

interface RawRows {
  loans: LoanRow[];
  payments: Record<string, string | null>[];
  schedules: { loan_id: string; due_on: string[]; cumulative_due: string[] }[];
  guarantees: Record<string, string | null>[];
  moves: Record<string, string | null>[];
}

const sum = (values: (string | null | undefined)[]) =>
  Money.sum(values.map((v) => Money.parse(v ?? '0.00'))).toString();
const onOrBefore = (date: string | null | undefined, day: string) =>
  date !== null && date !== undefined && date <= day;
const between = (date: string | null | undefined, from: string, to: string) =>
  onOrBefore(date, to) && date! >= from;
const epochDay = (iso: string) => LocalDate.parse(iso).toEpochDay();
/** A share as the report gives it: four decimals, half up; none of nothing. */
const ratio = (part: string, whole: string) =>
  new Dec(whole).isZero()
    ? null
    : new Dec(part).dividedBy(whole).toDecimalPlaces(4, Dec.ROUND_HALF_UP).toFixed(4);
const CATALOGUE = defaultCatalogue();

/**
 * The portfolio tables' totals, the early repayments' and the securities' recomputed here from
 * the read models' rows, by the rules of libs/reporting (portfolio-queries.ts) written again.
 */
function recompute(raw: RawRows, asOf: string) {
  const from = `${asOf.slice(0, 4)}-01-01`;
  const schedules = new Map(raw.schedules.map((s) => [s.loan_id, s]));
  const book = raw.loans
    .filter((l) => onOrBefore(l.disbursed_on, asOf))
    .map((l) => {
      const pays = raw.payments.filter(
        (p) => p.loan_id === l.loan_id && onOrBefore(p.paid_on, asOf),
      );
      const principalRepaid = Money.parse(
        sum(pays.filter((p) => p.kind !== 'recovery').map((p) => p.principal)),
      );
      const instalmentsPaid = new Dec(
        sum(pays.filter((p) => p.kind === 'instalment').map((p) => p.principal)),
      ).plus(sum(pays.filter((p) => p.kind === 'instalment').map((p) => p.interest)));
      const recovered = Money.parse(
        sum(pays.filter((p) => p.kind === 'recovery').map((p) => p.amount)),
      );
      const state = onOrBefore(l.written_off_on, asOf)
        ? 'written-off'
        : onOrBefore(l.defaulted_on, asOf)
          ? 'defaulted'
          : onOrBefore(l.repaid_on, asOf)
            ? 'repaid'
            : 'active';
      const outstanding =
        state === 'written-off'
          ? Money.zero()
          : Money.parse(l.disbursed_amount!).minus(principalRepaid).minus(recovered);
      let overdue = new Dec(0);
      let dpd = 0;
      const s = schedules.get(l.loan_id!);
      if (state === 'active' && s) {
        const dues = s.due_on
          .map((due, i) => ({ due, cum: new Dec(s.cumulative_due[i]) }))
          .filter((x) => x.due < asOf);
        const unpaid = dues.filter((x) => x.cum.gt(instalmentsPaid));
        if (unpaid.length > 0) dpd = epochDay(asOf) - epochDay(unpaid[0].due);
        if (dues.length > 0) overdue = Dec.max(dues.at(-1)!.cum.minus(instalmentsPaid), 0);
      }
      return {
        ...l,
        state,
        outstanding,
        overdue,
        dpd,
        principalInPeriod: sum(
          pays.filter((p) => p.kind !== 'recovery' && p.paid_on! >= from).map((p) => p.principal),
        ),
        interestInPeriod: sum(
          pays.filter((p) => p.kind !== 'recovery' && p.paid_on! >= from).map((p) => p.interest),
        ),
        recoveredInPeriod: sum(
          pays.filter((p) => p.kind === 'recovery' && p.paid_on! >= from).map((p) => p.amount),
        ),
      };
    });
  const active = book.filter((b) => b.state === 'active');
  const out = (rows: typeof book) => sum(rows.map((b) => b.outstanding.toString()));
  const defaulted = book.filter((b) => between(b.defaulted_on, from, asOf));
  const writtenOff = book.filter((b) => between(b.written_off_on, from, asOf));
  const claimed = book.filter((b) => between(b.government_claimed_on, from, asOf));
  const disbursed = book.filter((b) => b.disbursed_on! >= from);
  const portfolio = {
    activeLoans: active.length,
    outstanding: out(active),
    disbursedLoans: disbursed.length,
    disbursed: sum(disbursed.map((b) => b.disbursed_amount)),
    principalRepaid: sum(book.map((b) => b.principalInPeriod)),
    interestPaid: sum(book.map((b) => b.interestInPeriod)),
  };
  const arrears = {
    outstanding: out(active),
    current: out(active.filter((b) => b.dpd === 0)),
    late1to30: out(active.filter((b) => b.dpd >= 1 && b.dpd <= 30)),
    late31to90: out(active.filter((b) => b.dpd >= 31 && b.dpd <= 90)),
    lateOver90: out(active.filter((b) => b.dpd > 90)),
    overdue: Money.fromDecimal(active.reduce((n, b) => n.plus(b.overdue), new Dec(0))).toString(),
    par30: out(active.filter((b) => b.dpd > 30)),
    par30Loans: active.filter((b) => b.dpd > 30).length,
    par90: out(active.filter((b) => b.dpd > 90)),
    par90Loans: active.filter((b) => b.dpd > 90).length,
    par30Ratio: ratio(out(active.filter((b) => b.dpd > 30)), out(active)),
    par90Ratio: ratio(out(active.filter((b) => b.dpd > 90)), out(active)),
  };
  // The government's guarantee on win-win principal still at risk (active, or defaulted and not
  // yet claimed), at the share of each loan's product version.
  const atRisk = book.filter(
    (b) =>
      b.product_code === 'winwinlening' &&
      (b.state === 'active' ||
        (b.state === 'defaulted' && !onOrBefore(b.government_claimed_on, asOf))),
  );
  const governmentExposure = Money.sum(
    [...new Set(atRisk.map((b) => b.product_version!))].map((version) => {
      const share = CATALOGUE.version(version)!.rules!.winwin!.governmentGuaranteeShare;
      const base = out(atRisk.filter((b) => b.product_version === version));
      return Money.fromDecimal(new Dec(base).times(share.toString()));
    }),
  ).toString();
  const defaults = {
    defaultedLoans: defaulted.length,
    defaultedPrincipal: sum(defaulted.map((b) => b.default_outstanding)),
    defaultedOpenLoans: book.filter((b) => b.state === 'defaulted').length,
    defaultedOutstanding: out(book.filter((b) => b.state === 'defaulted')),
    writtenOffLoans: writtenOff.length,
    writtenOff: sum(writtenOff.map((b) => b.written_off_amount)),
    recovered: sum(book.map((b) => b.recoveredInPeriod)),
    governmentExposure,
    governmentClaims: claimed.length,
    governmentClaimed: sum(claimed.map((b) => b.government_claim)),
  };
  const repaidOn = new Map(raw.loans.map((l) => [l.loan_id, l.repaid_on]));
  const early = raw.payments.filter((p) => p.kind === 'early' && onOrBefore(p.paid_on, asOf));
  const earlyRepayments = {
    repayments: early.length,
    full: early.filter((p) => repaidOn.get(p.loan_id) === p.paid_on).length,
    capital: sum(early.map((p) => p.principal)),
    interest: sum(early.map((p) => p.interest)),
    fees: sum(early.map((p) => p.fee)),
  };
  const disbursedIds = new Set(book.map((b) => b.loan_id));
  const held = raw.guarantees.filter(
    (g) => disbursedIds.has(g.loan_id) && onOrBefore(g.given_on, asOf),
  );
  const moves = (g: (typeof held)[number], kind: string) =>
    raw.moves.filter(
      (m) =>
        m.loan_id === g.loan_id &&
        m.guarantee_id === g.guarantee_id &&
        m.kind === kind &&
        onOrBefore(m.moved_on, asOf),
    );
  const released = sum(held.flatMap((g) => moves(g, 'release').map((m) => m.amount)));
  const called = sum(held.flatMap((g) => moves(g, 'call').map((m) => m.amount)));
  const securities = {
    guarantees: held.length,
    amount: sum(held.map((g) => g.amount)),
    released,
    called,
    remaining: Money.parse(sum(held.map((g) => g.amount)))
      .minus(Money.parse(released))
      .minus(Money.parse(called))
      .toString(),
    releaseRefusals: held.reduce((n, g) => n + moves(g, 'release-refused').length, 0),
  };
  // Refused applications up to the day, by year; each reason they gave, by code.
  const refused = raw.loans.filter((l) => onOrBefore(l.refused_on, asOf));
  const refusals = {
    refusals: refused.length,
    ...Object.fromEntries(
      [...new Set(refused.map((l) => l.refused_on!.slice(0, 4)))].map((year) => [
        `y${year}`,
        refused.filter((l) => l.refused_on!.startsWith(year)).length,
      ]),
    ),
  };
  const reasons = Object.fromEntries(
    [...new Set(refused.flatMap((l) => l.refusal_reasons ?? []))].map((code) => [
      code,
      refused.filter((l) => (l.refusal_reasons ?? []).includes(code)).length,
    ]),
  );
  return { portfolio, arrears, defaults, earlyRepayments, securities, refusals, reasons };
}

function io(env: Record<string, string>): CliIo & { out: () => string } {
  const stdout = new PassThrough();
  const chunks: string[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c.toString()));
  return {
    env: { ...process.env, ...env },
    stdout,
    stderr: new PassThrough().resume(),
    out: () => chunks.join(''),
  };
}

/**
 * `relay`: the demo runs with KAFKA_BROKERS pointing at the mock cluster, and a consumer group
 * then reads every event of the store from the topic.
 */
function demoAcceptance(kind: StoreKind, relay = false) {
  const dir = mkdtempSync(join(tmpdir(), 'loanbook-demo-'));
  const schema = kind === 'postgres' ? freshSchemaName('demo') : 'loanbook';
  const topic = `loanbook.test.demo.${schema}.${Date.now()}`;
  let cluster: KafkaMockCluster | undefined;
  const kafkaEnv = (): Record<string, string> =>
    cluster
      ? {
          KAFKA_BROKERS: cluster.brokers.join(','),
          KAFKA_TOPIC: topic,
          KAFKA_IDEMPOTENT: 'off', // the mock cluster cannot serve it
        }
      : {};
  beforeAll(async () => {
    if (relay) cluster = await startKafkaMockCluster(3);
  });
  const env = {
    EVENT_STORE: kind,
    DATA_DIR: dir,
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: schema,
    LOG_LEVEL: 'silent',
    // The key the back office of `reports()` (test/e2e/harness.ts) opens the lenders' data with.
    PERSONAL_DATA_KEY: TEST_PERSONAL_DATA_KEY,
  };

  afterAll(async () => {
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
    if (kind === 'postgres') await dropSchema(TEST_DATABASE_URL, schema);
  });

  const reports = async () => {
    const bo = await startBackOffice(kind, dir, schema);
    try {
      const monthly = await bo
        .as('analyst')
        .get('/api/v1/reports/winwin-monthly?from=2021-01&to=2021-05')
        .expect(200);
      const csv = await bo
        .as('analyst')
        .get('/api/v1/reports/winwin-monthly?from=2021-01&to=2021-05')
        .set('Accept', 'text/csv')
        .expect(200);
      const rates = await bo
        .as('analyst')
        .get('/api/v1/reports/approval-rates?productCode=impulskrediet&from=2016-01-01')
        .expect(200);
      const provinces = await bo
        .as('analyst')
        .get('/api/v1/reports/winwin-by-province?from=2021-01&to=2021-05')
        .expect(200);
      const page = await bo
        .as('analyst')
        .get('/api/v1/loans?productCode=winwinlening&limit=5')
        .expect(200);
      const readModels = bo.app.get(ReadModelsService);
      const count = async (where: string) =>
        (
          await readModels.db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM events WHERE ${where}`,
          )
        )[0].n;
      const portfolioReports = [];
      for (const asOf of REPORT_DAYS) {
        const res = await bo
          .as('analyst')
          .get(`/api/v1/reports/portfolio.json?asOf=${asOf}&lang=en`)
          .expect(200);
        portfolioReports.push(res.body as PortfolioReport);
      }
      // The books on the same days (issue 23): the trial balance and the portfolio by product.
      const books = [];
      for (const asOf of REPORT_DAYS) {
        const trial = await bo
          .as('accountant')
          .get(`/api/v1/accounting/trial-balance?asOf=${asOf}`)
          .expect(200);
        const byProduct = await bo
          .as('analyst')
          .get(`/api/v1/reports/portfolio?asOf=${asOf}&lang=en`)
          .expect(200);
        books.push({ asOf, trial: trial.body, byProduct: byProduct.body });
      }
      const t = await readModels.tables(
        'loans',
        'payments',
        'schedules',
        'guarantees',
        'guaranteeMoves',
      );
      const raw: RawRows = {
        loans: await readModels.db.query(
          `SELECT loan_id::text, product_code, product_version, refused_on::text,
                  refusal_reasons::text[] AS refusal_reasons, disbursed_on::text, disbursed_amount::text, repaid_on::text,
                  defaulted_on::text, default_outstanding::text, written_off_on::text, written_off_amount::text,
                  government_claimed_on::text, government_claim::text, status FROM ${t.loans}`,
        ),
        payments: await readModels.db.query(
          `SELECT loan_id::text, kind, paid_on::text, amount::text, principal::text, interest::text, fee::text FROM ${t.payments}`,
        ),
        schedules: await readModels.db.query(
          `SELECT loan_id::text, due_on::text[] AS due_on, cumulative_due::text[] AS cumulative_due FROM ${t.schedules}`,
        ),
        guarantees: await readModels.db.query(
          `SELECT loan_id::text, guarantee_id, kind, amount::text, given_on::text FROM ${t.guarantees}`,
        ),
        moves: await readModels.db.query(
          `SELECT loan_id::text, guarantee_id, kind, amount::text, moved_on::text FROM ${t.guaranteeMoves}`,
        ),
      };
      return {
        events: await count('true'),
        // What the demo recorded (its correlation id), the file-number counters' events among them.
        demoEvents: await count(`metadata->>'correlationId' = 'demo-portfolio-v1'`),
        fileNumbersTaken: await count(`stream_id LIKE 'file-numbers-%'`),
        lapsed: await count(`type = 'OfferLapsed'`),
        portfolioReports,
        books,
        raw,
        monthly: monthly.body,
        csv: csv.text,
        rates: rates.body,
        provinces: provinces.body,
        page: page.body,
      };
    } finally {
      // PGlite keeps one process per data directory: stop before the CLI opens it again.
      await bo.close();
    }
  };

  /** `npm run report -- --as-of 2021-05-31`: the CSV and XLSX cells are the seed's. */
  const reportFilesShowTheSeed = async () => {
    const out = join(dir, 'report');
    const cli = io(env);
    // In English, so that the stage and sheet names below read as the seed's tables write them.
    await runReport(cli, { asOf: '2021-05-31', out, lang: 'en' });
    expect(cli.out()).toContain(join(out, 'portfolio.html'));

    const csv = (name: string) =>
      readFileSync(join(out, 'csv', `${name}.csv`), 'utf8')
        .trim()
        .split('\n')
        .slice(1);
    expect(csv('winwin-by-month-and-term')).toEqual([
      ...SEED.map(([month, term, principal, loans]) => `${month},${term},${loans},${principal}`),
      'Total,,3393,63679942.23',
    ]);
    expect(csv('winwin-by-month')).toEqual(
      expect.arrayContaining([
        ...MONTH_TOTALS.map((m) => expect.stringMatching(`^${m.month},${m.loans},${m.principal},`)),
        'Total,3393,63679942.23,18768.03',
      ]),
    );
    expect(csv('intake-funnel').slice(1, 3)).toEqual([
      'Applications,300,1.0000',
      'Approved,147,0.4900',
    ]);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'portfolio.xlsx'));
    const sheet = book.getWorksheet('Win-win by month and term');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const cells = [];
    for (let r = 2; r <= SEED.length + 1; r++) {
      const row = sheet!.getRow(r);
      cells.push([
        // A month is the first day of the month, formatted as the month.
        (row.getCell(1).value as Date).toISOString().slice(0, 7),
        row.getCell(2).value,
        new Dec(row.getCell(4).value as number).toFixed(2),
        row.getCell(3).value,
      ]);
    }
    expect(cells).toEqual(SEED);
    const total = sheet!.getRow(SEED.length + 2);
    expect(new Dec(total.getCell(4).value as number).toFixed(2)).toBe('63679942.23');
    expect(total.getCell(3).value).toBe(3393);
    const funnel = book.getWorksheet('Impulskrediet intake funnel');
    const stages = Object.fromEntries(
      [2, 3, 4, 5, 6].map((r) => [
        funnel!.getRow(r).getCell(1).value,
        funnel!.getRow(r).getCell(2).value,
      ]),
    );
    expect(stages).toMatchObject({ Applications: 300, Approved: 147, Refused: 120, Withdrawn: 33 });
  };

  it('reproduces the published figures after npm run demo, again after a rebuild, and a second run adds nothing', async () => {
    const first = io({ ...env, ...kafkaEnv() });
    await runDemo(first);
    expect(first.out()).toMatch(/3,393/);

    const before = await reports();
    // Every application took its file number in a counter stream, in its own append; the
    // back office's first start added nothing (no demo offer was left to lapse but the demo's own).
    expect(before.fileNumbersTaken).toBe(buildDemoPortfolio().loans.length);
    expect(before.lapsed).toBe(IMPULSKREDIET_LAPSES);
    expect(before.events).toBe(before.demoEvents);
    if (cluster) {
      // Every event the demo stored, the counters' included, reaches a consumer group, each exactly once here.
      expect(first.out()).toContain(
        `${before.demoEvents.toLocaleString('en')} events were published to ${topic}`,
      );
      // librdkafka's mock cluster keeps only the newest few MB of a partition (the demo's
      // ~40,000 events are more), so a consumer group reads the tail of each partition; its
      // offsets still count every message the relay produced, each once.
      const messages = await readTopic(cluster.brokers, topic, (m) => m.length > 0, {
        quietMs: 5_000,
        timeoutMs: 300_000,
      });
      const produced = new Map<number, number>();
      for (const m of messages) {
        produced.set(m.partition, Math.max(produced.get(m.partition) ?? 0, Number(m.offset) + 1));
      }
      expect([...produced.values()].reduce((a, b) => a + b, 0)).toBe(before.demoEvents);
      expect(new Set(messages.map((m) => m.headers['event-id'])).size).toBe(messages.length);
      const oldest = new Map<number, number>();
      for (const m of messages) {
        oldest.set(m.partition, Math.min(oldest.get(m.partition) ?? Infinity, Number(m.offset)));
      }
      // Every message from each partition's oldest kept offset to its newest, none twice.
      const kept = [...produced].reduce((n, [p, end]) => n + end - oldest.get(p)!, 0);
      expect(messages).toHaveLength(kept);
      // The counters' events travel like the others (those still kept).
      expect(messages.some((m) => m.key?.startsWith('file-numbers-'))).toBe(true);
      // Each value as its type's JSON Schema (libs/messaging/schemas) says.
      const schemas = createMessageValidator();
      const invalid = messages.flatMap((m) => schemas.validate(JSON.parse(m.value)));
      expect(invalid.slice(0, 5)).toEqual([]);
    }
    expect(before.monthly.rows).toEqual(
      SEED.map(([month, termYears, principal, loans]) => ({ month, termYears, principal, loans })),
    );
    expect(before.monthly.monthTotals).toEqual(MONTH_TOTALS);
    expect(before.monthly.total).toEqual({
      principal: '63679942.23',
      loans: 3393,
      averagePrincipal: '18768.03',
    });
    expect(before.csv.split('\n')[0]).toBe('month,termYears,principal,loans');
    expect(before.csv).toContain('2021-01,5,2874015.15,448');

    expect(before.rates).toMatchObject({
      applications: 300,
      approved: 147,
      approvalRate: '0.4900',
    });
    expect(before.rates.inquiries).toBeGreaterThan(1000);
    expect(before.rates.refused + before.rates.withdrawn + before.rates.pending).toBe(153);

    const byLoans = [...before.provinces.rows].sort((a, b) => b.loans - a.loans);
    const byAverage = [...before.provinces.rows].sort((a, b) =>
      new Dec(b.averagePrincipal).comparedTo(a.averagePrincipal),
    );
    expect(byLoans[0].province).toBe('Antwerpen');
    expect(byAverage[0].province).toBe('Limburg');
    expect(before.page.items).toHaveLength(5);
    expect(before.page.nextCursor).toEqual(expect.any(String));

    await reportFilesShowTheSeed();

    // The books tie out with the portfolio report on the demo's dates: every debit has its
    // credit, and loans receivable is the outstanding principal of the products the lender
    // funds (the win-win loan is a private person's: off balance), to the cent.
    for (const { asOf, trial, byProduct } of before.books) {
      expect({ asOf, debit: trial.debit }).toEqual({ asOf, debit: trial.credit });
      const receivable = (trial.rows as { role: string; balance: string }[]).find(
        (r) => r.role === 'loans-receivable',
      )!.balance;
      const funded = (byProduct.products as { product: string; outstanding: string }[])
        .filter((p) => !/win-?win/i.test(p.product))
        .reduce((a, p) => a.plus(p.outstanding), new Dec(0));
      expect({ asOf, receivable }).toEqual({ asOf, receivable: funded.toFixed(2) });
    }
    // `npm run cli -- accounting export`: the accountant's package of the last half year balances.
    const exported = join(dir, 'journal.csv');
    await runAccountingExport(io(env), {
      from: '2022-01-01',
      to: DEMO_TODAY.toString(),
      format: 'csv',
      out: exported,
    });
    const sides = readFileSync(exported, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => /,(\d+\.\d{2}),(\d+\.\d{2})\r?$/.exec(line)!);
    expect(sides.length).toBeGreaterThan(100);
    const side = (i: number) => sides.reduce((a, m) => a.plus(m[i]), new Dec(0)).toFixed(2);
    expect(side(1)).toBe(side(2));

    // The portfolio report on both days: data in every section, and its figures as the read
    // models' rows give them.
    for (const [i, asOf] of REPORT_DAYS.entries()) {
      const report = before.portfolioReports[i];
      expect(report.asOf).toBe(asOf);
      for (const section of report.sections) {
        for (const table of section.tables) {
          expect({ section: section.id, table: table.id, rows: table.rows.length > 0 }).toEqual({
            section: section.id,
            table: table.id,
            rows: true,
          });
        }
        for (const chart of section.charts) {
          const drawn = chart.series.some((s) =>
            s.values.some((v) => v !== null && !new Dec(v).isZero()),
          );
          expect({ chart: chart.id, drawn }).toEqual({ chart: chart.id, drawn: true });
        }
      }
      const table = (id: string): ReportTable =>
        report.sections.flatMap((s) => s.tables).find((t) => t.id === id)!;
      const pick = (row: ReportRow | undefined, keys: string[]) =>
        Object.fromEntries(keys.map((k) => [k, row?.[k]]));
      const expected = recompute(before.raw, asOf);
      const totals = {
        portfolio: pick(table('portfolio-by-product').total, Object.keys(expected.portfolio)),
        arrears: pick(table('arrears-by-product').total, Object.keys(expected.arrears)),
        defaults: pick(table('defaults-and-guarantee').total, Object.keys(expected.defaults)),
        earlyRepayments: pick(
          table('early-repayments').total,
          Object.keys(expected.earlyRepayments),
        ),
        securities: pick(table('securities').total, Object.keys(expected.securities)),
        refusals: {
          refusals: table('refusal-reasons').total!.total,
          ...pick(
            table('refusal-reasons').total,
            Object.keys(expected.refusals).filter((k) => k.startsWith('y')),
          ),
        },
        reasons: Object.fromEntries(
          table('refusal-reasons').rows.map((r) => [r.code as string, r.total]),
        ),
      };
      expect({ asOf, ...totals }).toEqual({ asOf, ...expected });
      // Every part of the book has something to show that day.
      const nonZero = (x: unknown) => x !== 0 && x !== '0.00';
      for (const [group, figures] of Object.entries(expected)) {
        for (const [key, value] of Object.entries(figures)) {
          expect({ asOf, figure: `${group}.${key}`, nonZero: nonZero(value) }).toEqual({
            asOf,
            figure: `${group}.${key}`,
            nonZero: true,
          });
        }
      }
    }

    const again = io({ ...env, ...kafkaEnv() });
    await runDemo(again);
    expect(again.out()).toMatch(/already loaded/);
    if (cluster) expect(again.out()).toContain(`0 events were published to ${topic}`);

    await runProjectionsRebuild(io(env), 'loans');
    await runProjectionsRebuild(io(env), 'inquiries');
    const after = await reports();
    expect(after.monthly).toEqual(before.monthly);
    expect(after.rates).toEqual(before.rates);
    expect(after.provinces).toEqual(before.provinces);
  });
}

// The relay runs on the PGlite leg only (without kcat, global setup said it is skipped).
describe('the demo portfolio on PGlite', () =>
  demoAcceptance('pglite', !process.env.LOANBOOK_SKIP_KAFKA));
describePostgres('the demo portfolio on PostgreSQL', () => demoAcceptance('postgres'));
