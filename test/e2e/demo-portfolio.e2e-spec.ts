import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { runProjectionsRebuild } from '../../apps/cli/src/projections/projections.command';
import { runDemo } from '../../apps/cli/src/demo/demo.command';
import { runReport } from '../../apps/cli/src/report/report.command';
import type { CliIo } from '../../apps/cli/src/cli-context';
import { Dec } from '@loanbook/domain';
import { createMessageValidator } from '../../libs/messaging/schemas/message-validator';
import { ReadModelsService } from '../../apps/back-office/src/read-models/read-models.service';
import {
  describePostgres,
  distinctEvents,
  dropSchema,
  freshSchemaName,
  type KafkaMockCluster,
  readTopic,
  startKafkaMockCluster,
  TEST_DATABASE_URL,
} from '../support';
import { TEST_PERSONAL_DATA_KEY } from '../support/personal-data-key';
import { startBackOffice, type StoreKind } from './harness';

jest.setTimeout(600_000);

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
      const [stored] = await bo.app
        .get(ReadModelsService)
        .db.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
      return {
        events: stored.n,
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
    if (cluster) {
      // Every event of the store reaches a consumer group, each exactly once here.
      expect(first.out()).toContain(
        `${before.events.toLocaleString('en')} events were published to ${topic}`,
      );
      const messages = await readTopic(cluster.brokers, topic, distinctEvents(before.events), {
        quietMs: 1_000,
      });
      expect(new Set(messages.map((m) => m.headers['event-id'])).size).toBe(before.events);
      expect(messages).toHaveLength(before.events);
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
