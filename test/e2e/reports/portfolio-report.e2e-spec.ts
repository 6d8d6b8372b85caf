import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { Dec, Money } from '@loanbook/domain';
import { describeBrowser, describePostgres, launchChromium } from '@loanbook/testing';
import {
  activeLoan,
  activeWinwin,
  defaultedWinwin,
  refusedLoan,
  winwinRegistration,
} from '../fixtures';
import { startBackOffice, type RunningApp, type StoreKind } from '../harness';

jest.setTimeout(180_000);

/** Where the report and its screenshot are kept after the run (git ignores it). */
const ARTEFACTS = resolve(__dirname, '../../../test-artifacts/reports');
const AS_OF = '2021-05-31';

/**
 * The portfolio report of a small book over HTTP (HTML, XLSX, CSV, JSON), and the HTML opened
 * in headless Chromium from a file, offline: the headline figures on the page, every chart
 * drawn, nothing asked of the network. The screenshot stays in test-artifacts/reports.
 */
describe('the portfolio report over HTTP on PGlite', () => portfolioReport('pglite'));
describePostgres('the portfolio report over HTTP on PostgreSQL', () => portfolioReport('postgres'));

function portfolioReport(kind: StoreKind): void {
  let bo: RunningApp;
  let position = 0;
  let impulskredietId = '';

  beforeAll(async () => {
    bo = await startBackOffice(kind);
    // An Impulskrediet paid out in 2018 and never repaid: far past due on the as-of day.
    impulskredietId = await activeLoan(bo);
    await activeWinwin(bo);
    await defaultedWinwin(bo);
    await refusedLoan(bo);
    const registration = await bo
      .as('clerk')
      .post('/api/v1/loans')
      .send(winwinRegistration({ signedOn: '2021-04-01', appliedOn: '2021-04-10' }));
    const approved = await bo
      .as('officer')
      .post(`/api/v1/loans/${registration.body.loanId as string}/approval`)
      .send({ approvedOn: '2021-04-15' });
    expect(approved.status).toBe(200);
    position = Number(approved.body.position);
  });
  afterAll(() => bo?.close());

  const url = (path: string) => `/api/v1/reports/${path}?asOf=${AS_OF}&minPosition=${position}`;

  it('answers the portfolio by product as JSON and CSV, figures exact to the cent', async () => {
    const res = await bo.as('analyst').get(url('portfolio')).expect(200);
    const impulskrediet = res.body.products.find(
      (p: { product: string }) => p.product === 'Impulskrediet',
    );
    // 25,000.00 paid out on 2018-03-20, nothing repaid: all of it over 90 days late.
    expect(impulskrediet).toMatchObject({
      activeLoans: 1,
      outstanding: '25000.00',
      lateOver90: '25000.00',
      par90Ratio: '1.0000',
    });
    const winwin = res.body.products.find(
      (p: { product: string }) => p.product === 'Win-winlening',
    );
    // One active 60,000.00 (40 % guaranteed) and one in default, not claimed: both at risk.
    expect(winwin).toMatchObject({
      activeLoans: 1,
      outstanding: '60000.00',
      defaultedLoans: 1,
      defaultedOutstanding: '60000.00',
      governmentExposure: '48000.00',
    });
    expect(res.body.total).toMatchObject({ outstanding: '85000.00', activeLoans: 2 });
    // At least the position the test waited for: the figures include its last command.
    expect(res.body.position).toBeGreaterThanOrEqual(position);

    const csv = await bo.as('analyst').get(url('portfolio')).set('Accept', 'text/csv').expect(200);
    const [header, ...lines] = csv.text.trim().split('\n');
    expect(header.split(',')).toEqual(expect.arrayContaining(['product', 'outstanding', 'par30']));
    expect(lines.at(-1)).toMatch(/^Total,2,85000\.00,/);
  });

  it('answers an Excel workbook with a sheet per table, frozen headers and exact amounts', async () => {
    const res = await bo
      .as('analyst')
      .get(url('portfolio.xlsx'))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200)
      .expect('Content-Type', /spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as ArrayBuffer);
    const sheet = book.worksheets.find((w) => w.name.startsWith('Portfolio by product'));
    expect(sheet).toBeDefined();
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = (sheet!.getRow(1).values as unknown[]).slice(1);
    const outstanding = headers.indexOf('Outstanding principal') + 1;
    const total = sheet!.getRow(sheet!.rowCount);
    expect(total.getCell(1).value).toBe('Total');
    expect(new Dec(total.getCell(outstanding).value as number).toFixed(2)).toBe('85000.00');
    expect(total.getCell(outstanding).numFmt).toMatch(/0\.00/);
  });

  it('refuses a period that starts after the as-of day, and a date that is not one', async () => {
    const late = await bo
      .as('analyst')
      .get(`/api/v1/reports/portfolio.html?asOf=${AS_OF}&from=2021-06-01`)
      .expect(400);
    expect(late.body.errors).toEqual([expect.objectContaining({ field: 'from', code: 'range' })]);
    const bad = await bo
      .as('analyst')
      .get('/api/v1/reports/portfolio.xlsx?asOf=2021-02-30')
      .expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'asOf' });
    await bo.as('clerk').get(url('portfolio.html')).expect(403);
  });

  it('answers the portfolio as it was known at an instant: a payment recorded later is left out', async () => {
    const knownAt = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Entered now, dated 2018: the first instalment of 483.32, 358.32 of it principal.
    const paid = await bo
      .as('clerk')
      .post(`/api/v1/loans/${impulskredietId}/repayments`)
      .send({ paidOn: '2018-04-20', amount: '483.32' })
      .expect(200);
    const now = await bo
      .as('analyst')
      .get(`/api/v1/reports/portfolio?asOf=${AS_OF}&minPosition=${paid.body.position as number}`)
      .expect(200);
    const then = await bo
      .as('analyst')
      .get(`/api/v1/reports/portfolio?asOf=${AS_OF}&knownAt=${knownAt}`)
      .expect(200);
    const impulskrediet = (body: { products: { product: string; outstanding: string }[] }) =>
      body.products.find((p) => p.product === 'Impulskrediet')?.outstanding;
    expect(impulskrediet(now.body)).toBe('24641.68');
    expect(impulskrediet(then.body)).toBe('25000.00');
    expect(then.body.total.outstanding).toBe('85000.00');
    await bo
      .as('analyst')
      .get(`/api/v1/reports/portfolio?asOf=${AS_OF}&knownAt=yesterday`)
      .expect(400);
  });

  // One browser run is enough: the page is the same from either store.
  (kind === 'pglite' ? describeBrowser : describe.skip)('opened in headless Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(() => browser?.close());

    it('shows the headline figures, draws every chart and asks nothing of the network', async () => {
      const json = await bo.as('analyst').get(url('portfolio')).expect(200);
      const res = await bo.as('analyst').get(url('portfolio.html')).expect(200);
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
      mkdirSync(ARTEFACTS, { recursive: true });
      const file = join(ARTEFACTS, 'portfolio.html');
      writeFileSync(file, res.text);

      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const outside: string[] = [];
      await page.route('**/*', (route) => {
        const requested = route.request().url();
        if (requested.startsWith('file:')) return route.continue();
        outside.push(requested);
        return route.abort();
      });
      await page.goto(pathToFileURL(file).href);

      // The headline figures: exact in data-value, and as a reader sees them.
      const outstanding = page.locator('[data-headline="outstanding"] .value');
      expect(await outstanding.getAttribute('data-value')).toBe(json.body.total.outstanding);
      expect(await outstanding.innerText()).toContain(
        Money.parse(json.body.total.outstanding).format('en'),
      );
      expect(await page.locator('[data-headline="winwin-registrations"] .value').innerText()).toBe(
        '3',
      );
      expect(await page.locator('#summary').innerText()).toContain(
        '3 win-win loans were registered for EUR 180,000.00',
      );

      // Every chart is an SVG with a size and its bars or lines drawn; the one without data
      // (no early repayment in this book) says so.
      const charts = page.locator('figure[data-chart]');
      expect(await charts.count()).toBe(8);
      const empty: string[] = [];
      for (const chart of await charts.all()) {
        const svg = chart.locator('svg');
        const box = await svg.boundingBox();
        expect(box?.width).toBeGreaterThan(200);
        expect(box?.height).toBeGreaterThan(100);
        if ((await svg.innerHTML()).includes('No data')) {
          empty.push(String(await chart.getAttribute('data-chart')));
        } else {
          expect(await svg.locator('path, rect').count()).toBeGreaterThan(3);
        }
      }
      expect(empty).toEqual(['early-repayment-fees-by-year']);

      await page.screenshot({ path: join(ARTEFACTS, 'portfolio-report.png'), fullPage: true });
      await page.close();
      expect(outside).toEqual([]);
    });
  });
}
