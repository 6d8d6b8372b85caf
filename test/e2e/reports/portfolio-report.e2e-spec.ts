import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { Dec, REFUSAL_REASON_CODES } from '@loanbook/domain';
import { formatAmount, formatDate, formatDecimal, formatPercent } from '@loanbook/locale';
import {
  REPORT_LANGUAGES,
  REPORT_TEXTS,
  SheetNames,
  type PortfolioReport,
  type ReportCell,
  type ReportColumn,
  type ReportLanguage,
} from '@loanbook/reporting';
import { describeBrowser, describePostgres, launchChromium } from '@loanbook/testing';
import {
  activeLoan,
  activeWinwin,
  defaultedWinwin,
  refusedLoan,
  registeredLoan,
  winwinRegistration,
} from '../fixtures';
import { startBackOffice, type RunningApp, type StoreKind } from '../harness';

jest.setTimeout(180_000);

/** Where the report and its screenshot are kept after the run (git ignores it). */
const ARTEFACTS = resolve(__dirname, '../../../test-artifacts/reports');
const AS_OF = '2021-05-31';

/**
 * The portfolio report of a small book over HTTP (HTML, XLSX, CSV, JSON) in Dutch, French and
 * English, and the HTML opened in headless Chromium from a file, offline: the headline figures
 * in the locale's formats, every chart drawn with its labels, nothing asked of the network. The
 * pages and their screenshots stay in test-artifacts/reports.
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
    // Every reason of the code of conduct given at least once, so that the refusals chart has
    // twelve long labels to show.
    for (let i = 0; i < REFUSAL_REASON_CODES.length; i += 3) {
      const loanId = await registeredLoan(bo);
      await bo
        .as('officer')
        .post(`/api/v1/loans/${loanId}/refusal`)
        .send({
          refusedOn: '2018-03-21',
          reasons: REFUSAL_REASON_CODES.slice(i, i + 3),
          explanation: 'the e2e book gives every reason once',
        })
        .expect(200);
    }
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

  const url = (path: string, lang?: ReportLanguage) =>
    `/api/v1/reports/${path}?asOf=${AS_OF}&minPosition=${position}${lang ? `&lang=${lang}` : ''}`;
  const model = async (lang: ReportLanguage): Promise<PortfolioReport> =>
    (await bo.as('analyst').get(url('portfolio.json', lang)).expect(200)).body as PortfolioReport;
  const workbook = async (lang?: ReportLanguage): Promise<ExcelJS.Workbook> => {
    const res = await bo
      .as('analyst')
      .get(url('portfolio.xlsx', lang))
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
    return book;
  };

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

    // The machine form in any language: the same keys; only the totals row's label is a word,
    // English unless another language is asked for (clients match it).
    for (const [lang, total] of [
      [undefined, 'Total'],
      ['nl', 'Totaal'],
      ['fr', 'Total'],
      ['en', 'Total'],
    ] as const) {
      const csv = await bo
        .as('analyst')
        .get(url('portfolio', lang))
        .set('Accept', 'text/csv')
        .expect(200);
      const [header, ...lines] = csv.text.trim().split('\n');
      expect(header.split(',')).toEqual(
        expect.arrayContaining(['product', 'outstanding', 'par30']),
      );
      expect(lines.at(-1)).toMatch(new RegExp(`^${total},2,85000\\.00,`));
    }
  });

  it('answers an Excel workbook with a sheet per table, frozen headers and exact amounts, in Dutch by default', async () => {
    const book = await workbook();
    expect(book.worksheets[0].name).toBe('Samenvatting');
    const sheet = book.getWorksheet('Portefeuille per product');
    expect(sheet).toBeDefined();
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = (sheet!.getRow(1).values as unknown[]).slice(1);
    const outstanding = headers.indexOf('Uitstaand kapitaal') + 1;
    const total = sheet!.getRow(sheet!.rowCount);
    expect(total.getCell(1).value).toBe('Totaal');
    expect(new Dec(total.getCell(outstanding).value as number).toFixed(2)).toBe('85000.00');
    expect(total.getCell(outstanding).numFmt).toBe('#,##0.00 "EUR"');
  });

  it.each(REPORT_LANGUAGES)(
    'answers the workbook in %s with every number, date and month the JSON model has',
    async (lang) => {
      const [report, book] = [await model(lang), await workbook(lang)];
      const t = REPORT_TEXTS[lang];
      expect(report.language).toBe(lang);
      const tables = report.sections.flatMap((s) => s.tables);
      const names = new SheetNames();
      expect(book.worksheets.map((w) => w.name)).toEqual([
        names.take(t.workbook.summarySheet),
        ...tables.map((table) => names.take(table.title)),
      ]);
      let compared = 0;
      tables.forEach((table, index) => {
        const ws = book.worksheets[index + 1];
        expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(
          table.columns.map((c) => c.title),
        );
        const rows = [...table.rows, ...(table.total ? [table.total] : [])];
        rows.forEach((row, r) => {
          table.columns.forEach((column, c) => {
            const isLabel = table.total !== undefined && r === rows.length - 1 && c === 0;
            if (isLabel) return;
            expect(readBack(ws.getRow(r + 2).getCell(c + 1).value, column)).toEqual(
              row[column.key] ?? null,
            );
            compared++;
          });
        });
      });
      expect(compared).toBeGreaterThan(150);

      // The summary sheet: the summary's figures, each on a labelled row, typed.
      const summary = book.worksheets[0];
      const byLabel = new Map<string, ExcelJS.Row>();
      summary.eachRow((row) => byLabel.set(String(row.getCell(1).value), row));
      for (const figure of report.figures) {
        const row = byLabel.get(figure.label);
        expect(row).toBeDefined();
        const kind = { ...figure, key: figure.id, title: figure.label } as ReportColumn;
        const value = row!.getCell(2).value;
        expect(figure.value === null ? value : readBack(value, kind)).toEqual(figure.value ?? '–');
      }
      const asOf = byLabel.get(t.workbook.asOf)!.getCell(2);
      expect(asOf.value).toEqual(new Date(Date.UTC(2021, 4, 31)));
      expect(asOf.numFmt).toMatch(/d mmmm yyyy$/);
      for (const sentence of report.summary) expect(byLabel.has(sentence)).toBe(false);
    },
  );

  it('refuses a language it does not write, naming the field', async () => {
    for (const path of ['portfolio', 'portfolio.html', 'portfolio.json', 'portfolio.xlsx']) {
      const res = await bo
        .as('analyst')
        .get(`${url(path)}&lang=de`)
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'lang', code: 'one-of' })]);
    }
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

    /** What each language must show: its words and its formats of this book's figures. */
    const expected = {
      nl: {
        total: /Totaal/,
        loans: '2 leningen uit',
        winwin: '3 win-winleningen geregistreerd voor 180.000,00 EUR',
        meta: 'Stand op 31 mei 2021',
      },
      fr: {
        total: /Total/,
        loans: '2 prêts sont en cours',
        winwin: '3 prêts win-win ont été enregistrés pour 180\u202f000,00\u00a0EUR',
        meta: 'Situation au 31 mai 2021',
      },
      en: {
        total: /Total/,
        loans: '2 loans are outstanding',
        winwin: '3 win-win loans were registered for EUR 180,000.00',
        meta: 'As of 31 May 2021',
      },
    } as const;

    it.each(REPORT_LANGUAGES)(
      'in %s: the headline figures in the locale’s formats, every chart drawn with every label, nothing asked of the network',
      async (lang) => {
        const report = await model(lang);
        const res = await bo.as('analyst').get(url('portfolio.html', lang)).expect(200);
        expect(res.headers['content-security-policy']).toContain("default-src 'none'");
        expect(res.headers['content-language']).toBe(lang);
        mkdirSync(ARTEFACTS, { recursive: true });
        const file = join(ARTEFACTS, `portfolio-${lang}.html`);
        writeFileSync(file, res.text);
        writeFileSync(join(ARTEFACTS, `portfolio-${lang}.json`), JSON.stringify(report, null, 2));

        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const outside: string[] = [];
        await page.route('**/*', (route) => {
          const requested = route.request().url();
          if (requested.startsWith('file:')) return route.continue();
          outside.push(requested);
          return route.abort();
        });
        await page.goto(pathToFileURL(file).href);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        const want = expected[lang];
        expect(await page.locator('.meta').innerText()).toContain(want.meta);

        // The headline figures: exact in data-value, and as a reader of the language sees them.
        const headline = (id: string) => page.locator(`[data-headline="${id}"] .value`);
        const outstanding = report.headlines.find((h) => h.id === 'outstanding')!.value as string;
        expect(await headline('outstanding').getAttribute('data-value')).toBe(outstanding);
        expect(await headline('outstanding').innerText()).toBe(formatAmount(outstanding, lang));
        const par30 = report.headlines.find((h) => h.id === 'par30')!.value as string;
        expect(await headline('par30').innerText()).toBe(formatPercent(par30, lang));
        expect(await headline('winwin-registrations').innerText()).toBe('3');
        const summary = await page.locator('#summary').innerText();
        expect(summary).toContain(want.loans);
        expect(summary).toContain(want.winwin);
        expect(summary).toContain(formatDate('2021-05-31', lang));
        // Figures in tables: the locale's separators, the exact digits behind them.
        const totals = page.locator('table[data-table="portfolio-by-product"] tfoot');
        expect(await totals.innerText()).toMatch(want.total);
        expect(await totals.locator(`td[data-value="${outstanding}"]`).first().innerText()).toBe(
          formatDecimal(outstanding, lang),
        );

        // Every chart with data is an SVG with its bars or lines and a label for each category;
        // the one without (no early repayment in this book) is a sentence in the language.
        const charts = page.locator('figure[data-chart]');
        expect(await charts.count()).toBe(8);
        const empty: string[] = [];
        for (const figure of await charts.all()) {
          const id = String(await figure.getAttribute('data-chart'));
          const chart = report.sections.flatMap((s) => s.charts).find((c) => c.id === id)!;
          if ((await figure.locator('svg').count()) === 0) {
            empty.push(id);
            expect(await figure.locator('p.no-data').innerText()).toBe(chart.noData);
            continue;
          }
          const svg = figure.locator('svg');
          const box = await svg.boundingBox();
          expect(box?.width).toBeGreaterThan(200);
          expect(box?.height).toBeGreaterThan(100);
          expect(await svg.locator('path, rect').count()).toBeGreaterThan(3);
          // SVG text has no innerText: what the SVG writes is its text elements' content.
          const texts = (
            await svg.locator('text').evaluateAll((all) => all.map((t) => t.textContent ?? ''))
          )
            .join(' ')
            .replace(/\s+/g, ' ');
          expect(texts).toContain(chart.axisTitle);
          if (chart.categoryKind === 'text') {
            for (const category of chart.categories) {
              // Wrapped over lines, a label's words are all there.
              for (const word of category.split(' ')) expect(texts).toContain(word);
            }
          }
        }
        expect(empty).toEqual(['early-repayment-fees-by-year']);
        const reasons = report.sections
          .flatMap((s) => s.charts)
          .find((c) => c.id === 'refusal-reasons')!;
        expect(reasons.categories).toHaveLength(12);

        await page.screenshot({
          path: join(ARTEFACTS, `portfolio-report-${lang}.png`),
          fullPage: true,
        });
        await page.close();
        expect(outside).toEqual([]);
      },
    );
  });
}

/** A cell read back from the workbook, as the JSON model writes it. */
function readBack(value: ExcelJS.CellValue, column: ReportColumn): ReportCell {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case 'money':
      return new Dec(value as number).toFixed(2);
    case 'ratio':
      return new Dec(value as number).toFixed(4);
    case 'date':
      return (value as Date).toISOString().slice(0, 10);
    case 'month':
      return (value as Date).toISOString().slice(0, 7);
    default:
      return value as string | number;
  }
}
