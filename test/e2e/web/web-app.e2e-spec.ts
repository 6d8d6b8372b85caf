import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { describeBrowser, launchChromium } from '@loanbook/testing';
import type { Role } from '../../../apps/back-office/src/auth/roles';
import { startBackOffice, type RunningApp, type UserClient } from '../harness';
import { ensureWebBuild } from './web-support';

/** The Brussels calendar day `offset` days from today, as YYYY-MM-DD. */
function brusselsDay(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
    new Date(),
  );
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offset);
  return day.toISOString().slice(0, 10);
}

jest.setTimeout(240_000);

/** The screenshots of the main pages, 1400 px wide (git ignores them; README "Tests"). */
const SCREENSHOTS = resolve(__dirname, '../../screenshots/web');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The page's sessionStorage, as the evaluated functions see it (the tests compile without DOM). */
interface PageGlobals {
  sessionStorage: {
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
  };
}

interface User {
  name: string;
  roles: Role[];
  approvalLimit?: string;
}
const CLERK: User = { name: 'anna', roles: ['clerk'] };
const OFFICER: User = { name: 'bart', roles: ['credit-officer'], approvalLimit: '50000.00' };
const OFFICER_2: User = { name: 'chloe', roles: ['credit-officer'], approvalLimit: '50000.00' };
const JUNIOR: User = { name: 'dirk', roles: ['credit-officer'], approvalLimit: '10000.00' };
const ANALYST: User = { name: 'eva', roles: ['analyst'] };

/**
 * The web app in Chromium against a real back office on PGlite, in development mode (sign-in by
 * name and roles), with the documents processor on. Every test checks what the screen shows and
 * what the API answers afterwards.
 */
describeBrowser('the web app in a browser', () => {
  let bo: RunningApp;
  let base: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** Console errors and page errors (a CSP refusal among them) of every page, by test. */
  let problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await ensureWebBuild();
    bo = await startBackOffice('pglite', undefined, undefined, {
      env: { AUTH_SHARED_SECRET: '', DOCUMENTS: 'on', DOCUMENTS_POLL_MS: '200' },
    });
    const server = await bo.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await bo?.close();
  });
  beforeEach(() => {
    problems = [];
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    // No Content-Security-Policy refusal, no script error, on any page of the test.
    expect(problems).toEqual([]);
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'nl-BE',
      timezoneId: 'Europe/Brussels',
    });
    contexts.push(context);
    const page = await context.newPage();
    page.on('console', (m) => {
      // A refused command is logged by Chromium as a failed resource: that is the test's point.
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) {
        problems.push(m.text());
      }
    });
    page.on('pageerror', (e) => problems.push(e.message));
    return page;
  }

  async function signIn(user: User, page?: Page): Promise<Page> {
    const p = page ?? (await newPage());
    await p.goto(`${base}/`);
    await p.getByLabel(/^Naam/).fill(user.name);
    const labels: Record<Role, string> = {
      clerk: 'Dossierbeheerder',
      'credit-officer': 'Kredietofficier',
      analyst: 'Analist',
      admin: 'Beheerder',
      accountant: 'Boekhouder',
    };
    for (const role of user.roles) await p.getByLabel(labels[role]).check();
    if (user.approvalLimit) {
      await p
        .getByLabel('Goedkeuringslimiet (kredietofficier)')
        .fill(user.approvalLimit.replace('.', ','));
    }
    await p.getByRole('button', { name: 'Aanmelden' }).click();
    await p.getByRole('heading', { name: `Goedendag, ${user.name}` }).waitFor();
    return p;
  }

  /** The same user's API client, with a token of the same sign-in endpoint. */
  async function api(user: User): Promise<UserClient> {
    const res = await bo.http().post('/api/v1/dev/sign-in').send(user).expect(200);
    return bo.withToken(res.body.token as string);
  }

  async function text(
    locator: Locator,
    expected: string | RegExp,
    timeout = 15_000,
  ): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      // Amounts and percentages are set with no-break spaces: compared as plain ones.
      const shown = await locator
        .first()
        .textContent()
        .catch(() => null);
      const seen = (shown ?? '').replace(/[\u00a0\u202f]/g, ' ');
      if (typeof expected === 'string' ? seen.includes(expected) : expected.test(seen)) return;
      if (Date.now() > deadline) {
        throw new Error(`expected ${String(expected)} in ${locator.toString()}, saw: ${seen}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    // From the top: the sticky header then sits where it belongs in the full-page image.
    await page.evaluate(() =>
      (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
    );
    await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  /** axe-core on the page as it is: no serious or critical violation. */
  async function accessible(page: Page): Promise<void> {
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: {
            run(): Promise<{
              violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run();
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  }

  let nameCounter = 0;
  const borrowerName = (stem: string) => `${stem} ${Date.now().toString(36)}${++nameCounter}`;

  async function registerByApi(
    name: string,
    amount = '25000.00',
    appliedOn = brusselsDay(0),
  ): Promise<string> {
    const res = await (
      await api(CLERK)
    )
      .post('/api/v1/loans')
      .send({
        productCode: 'impulskrediet',
        amount,
        termMonths: 60,
        purpose: 'bestelwagen',
        appliedOn,
        borrower: { enterpriseNumber: '0403.170.701', name, province: 'Limburg' },
      })
      .expect(201);
    return res.body.loanId as string;
  }

  it('signs a clerk in and registers an Impulskrediet application, once for a double click', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Aanmelden' }).waitFor();
    await accessible(page);
    await shot(page, '01-sign-in');
    await signIn(CLERK, page);

    await page.getByRole('link', { name: 'Nieuwe aanvraag' }).first().click();
    // The product's terms in force, in Belgian form.
    await text(page.getByTestId('product-terms'), '2.500,00 EUR tot 25.000,00 EUR');
    await text(page.getByTestId('product-terms'), '7,00 %');
    const name = borrowerName('Bakkerij Peeters');
    await page.getByLabel('Ondernemingsnummer').fill('0403.170.701');
    await page.getByLabel('Naam van de onderneming').fill(name);
    await page.getByLabel('Bedrag (EUR)').fill('25.000,00');
    await page.getByLabel('Doel van het krediet').fill('Oven en werkkapitaal');
    await accessible(page);
    await shot(page, '03-new-application');
    await page.getByRole('button', { name: 'Aanvraag indienen' }).dblclick();
    await page.waitForURL(/\/loans\/[0-9a-f-]{36}$/);
    const loanId = page.url().split('/').pop()!;
    await text(page.getByRole('heading', { level: 1 }), name);
    await text(page.locator('[data-status="applied"]'), 'Aangevraagd');
    await text(page.getByRole('region', { name: 'Voorwaarden' }), '25.000,00 EUR');
    await text(page.getByTestId('events'), 'Aanvraag ingediend');
    await text(page.getByTestId('events'), 'anna');

    // The header's search finds it by a word of its name.
    await page.getByRole('searchbox', { name: 'Zoek een dossier' }).fill(name.split(' ')[1]!);
    await page.getByRole('searchbox', { name: 'Zoek een dossier' }).press('Enter');
    await text(page.getByTestId('loan-table'), name);
    expect(await page.locator(`[data-loan-id="${loanId}"]`).count()).toBe(1);

    const clerk = await api(CLERK);
    const loan = await clerk.get(`/api/v1/loans/${loanId}`).expect(200);
    expect(loan.body).toMatchObject({
      status: 'applied',
      amount: '25000.00',
      termMonths: 60,
      registeredBy: 'anna',
      borrower: { name, enterpriseNumber: '0403.170.701', province: 'Antwerpen' },
    });
    // The double click recorded one application.
    const found = await clerk.get(`/api/v1/loans?q=${encodeURIComponent(name)}`).expect(200);
    expect(found.body.items.map((i: { loanId: string }) => i.loanId)).toEqual([loanId]);
    const events = await clerk.get(`/api/v1/loans/${loanId}/events`).expect(200);
    expect(events.body.events.map((e: { type: string }) => e.type)).toEqual(['LoanApplied']);
  });

  it('shows a 422 and a 400 beside the fields they name, in Dutch, and keeps what was typed', async () => {
    const page = await signIn(CLERK);
    await page.getByRole('link', { name: 'Nieuwe aanvraag' }).first().click();
    const name = borrowerName('Brouwerij De Klok');
    await page.getByLabel('Ondernemingsnummer').fill('0403.170.702');
    await page.getByLabel('Naam van de onderneming').fill(name);
    await page.getByLabel('Bedrag (EUR)').fill('30.000,00');
    await page.getByLabel('Doel van het krediet').fill('Brouwketel');
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    // The enterprise number fails its mod-97 check: a 400, the server's Dutch message.
    const number = page.getByLabel('Ondernemingsnummer');
    await text(
      page.locator(
        `#${await number.getAttribute('aria-describedby').then((d) => d!.split(' ').find((id) => id.endsWith('error')))}`,
      ),
      /ondernemingsnummer/i,
    );
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    await number.fill('0403.170.701');
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    // The amount above the product's maximum: a 422 on the amount.
    const amount = page.getByLabel('Bedrag (EUR)');
    await text(
      page.locator('.mantine-InputWrapper-error').first(),
      'Het bedrag ligt boven het maximum van het product',
    );
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    // Nothing typed is lost.
    expect(await amount.inputValue()).toBe('30.000,00');
    expect(await page.getByLabel('Naam van de onderneming').inputValue()).toBe(name);
    expect(await page.getByLabel('Doel van het krediet').inputValue()).toBe('Brouwketel');
    expect(page.url()).toMatch(/\/loans\/new$/);
    await shot(page, '04-application-refused');

    const found = await (
      await api(CLERK)
    )
      .get(`/api/v1/loans?q=${encodeURIComponent(name)}`)
      .expect(200);
    expect(found.body.items).toEqual([]);
  });

  it('lets an officer approve an application within their limit', async () => {
    const name = borrowerName('Slagerij Janssens');
    const loanId = await registerByApi(name);
    const page = await signIn(OFFICER);
    // The officer's queue: applications to decide.
    await text(page.getByRole('region', { name: 'Aanvragen te beslissen' }), name);
    await accessible(page);
    await shot(page, '02-home-officer');
    await page
      .getByRole('region', { name: 'Aanvragen te beslissen' })
      .getByRole('link', { name })
      .click();
    await page.getByRole('button', { name: 'Goedkeuren' }).waitFor();
    await accessible(page);
    await shot(page, '05-loan-to-approve');
    await page.getByRole('button', { name: 'Goedkeuren' }).click();
    await text(page.getByTestId('command-reply'), 'Aanbod gedaan: 25.000,00 EUR aan 7,00 %');
    await text(page.locator('[data-status="approved"]').first(), 'Aanbod gedaan');
    await text(page.getByRole('region', { name: 'Aanbod' }), 'bart');
    expect(await page.getByRole('button', { name: 'Goedkeuren' }).count()).toBe(0);
    // The summary information document, made from the log, opens in Dutch and English.
    await page.getByRole('tab', { name: 'Documenten' }).click();
    await page.getByRole('button', { name: 'Openen (NL, HTML)' }).waitFor({ timeout: 30_000 });
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Openen (NL, HTML)' }).click(),
    ]);
    await popup.waitForLoadState();
    expect(await popup.locator('body').textContent()).toContain('25.000,00 EUR');
    await popup.close();

    const loan = await (await api(OFFICER)).get(`/api/v1/loans/${loanId}`).expect(200);
    expect(loan.body).toMatchObject({
      status: 'approved',
      approvedBy: ['bart'],
      annualRate: '0.07',
    });
  });

  it('proposes above the limit, and a second officer approves the same terms from the queue', async () => {
    const name = borrowerName('Garage Peeters');
    const loanId = await registerByApi(name, '20000.00');
    const junior = await signIn(JUNIOR);
    await junior.goto(`${base}/loans/${loanId}`);
    await junior.getByRole('button', { name: 'Goedkeuren' }).click();
    await text(
      junior.getByTestId('command-reply'),
      'Voorgesteld, wacht op een tweede kredietofficier',
    );
    await text(junior.getByTestId('blocked'), 'U stelde deze goedkeuring voor');
    expect(await junior.getByRole('button', { name: /Goedkeuren/ }).count()).toBe(0);
    const proposed = await (await api(JUNIOR)).get(`/api/v1/loans/${loanId}`).expect(200);
    expect(proposed.body).toMatchObject({ status: 'applied', awaiting: 'second-approval' });

    const second = await signIn(OFFICER_2);
    const queue = second.getByRole('region', { name: 'Wachten op een tweede kredietofficier' });
    await text(queue, name);
    await text(queue, 'dirk, 20.000,00 EUR');
    await shot(second, '06-home-second-approval');
    await queue.getByRole('link', { name }).click();
    await text(second.getByTestId('proposal'), 'dirk keurde 20.000,00 EUR goed');
    await text(
      second.getByRole('region', { name: 'Tweede goedkeuring' }),
      '20.000,00 EUR aan 7,00 % over 60 maanden',
    );
    await shot(second, '07-second-approval');
    await second.getByRole('button', { name: 'Dezelfde voorwaarden goedkeuren' }).click();
    await text(second.getByTestId('command-reply'), 'Aanbod gedaan: 20.000,00 EUR aan 7,00 %');
    await text(second.getByRole('region', { name: 'Aanbod' }), 'dirk, chloe');

    const approved = await (await api(OFFICER_2)).get(`/api/v1/loans/${loanId}`).expect(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      approvedBy: ['dirk', 'chloe'],
      amount: '20000.00',
      awaiting: null,
    });
  });

  it('lets a clerk disburse an offer and record a repayment, the schedule showing it paid', async () => {
    const name = borrowerName('Drukkerij Wouters');
    const loanId = await registerByApi(name);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
      new Date(),
    );
    await (
      await api(OFFICER)
    )
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({ approvedOn: today })
      .expect(200);
    const page = await signIn(CLERK);
    await text(page.getByRole('region', { name: 'Aanbiedingen uit te betalen' }), name);
    await page.goto(`${base}/loans/${loanId}`);
    await page.getByRole('button', { name: 'Uitbetalen' }).click();
    await text(page.getByTestId('command-reply'), 'Uitbetaald: 25.000,00 EUR');
    await text(page.locator('[data-status="active"]').first(), 'Lopend');
    // What the borrower pays with, and the file number read over the phone: as the API has them.
    const shown = await (await api(CLERK)).get(`/api/v1/loans/${loanId}`).expect(200);
    expect(shown.body.structuredCommunication).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
    await text(page.getByTestId('structured-communication'), shown.body.structuredCommunication);
    await text(page.getByTestId('file-number'), shown.body.fileNumber);
    // The schedule: 60 monthly instalments of the annuity at 7 %.
    await text(page.getByTestId('schedule'), '495,03 EUR');
    expect(await page.locator('[data-instalment]').count()).toBe(60);
    const amount = page
      .getByRole('region', { name: 'Betaling registreren' })
      .getByLabel('Bedrag (EUR)');
    expect(await amount.inputValue()).toBe('495,03');
    await page.getByRole('button', { name: 'Betaling registreren' }).click();
    await text(page.getByTestId('command-reply'), 'Betaling geregistreerd');
    await text(page.locator('[data-instalment="1"]'), 'Betaald');
    await page.getByRole('tab', { name: 'Betalingen' }).click();
    await text(page.getByTestId('payments'), '495,03 EUR');
    await page.getByRole('tab', { name: 'Aflossingstabel' }).click();
    await accessible(page);
    await shot(page, '08-loan-active');

    const clerk = await api(CLERK);
    const schedule = await clerk.get(`/api/v1/loans/${loanId}/schedule`).expect(200);
    expect(schedule.body.instalments[0]).toMatchObject({
      number: 1,
      total: '495.03',
      unpaid: '0.00',
      status: 'paid',
    });
    expect(schedule.body.payments).toHaveLength(1);
    const events = await clerk.get(`/api/v1/loans/${loanId}/events`).expect(200);
    expect(
      events.body.events.map((e: { type: string; metadata: { actor: string } }) => [
        e.type,
        e.metadata.actor,
      ]),
    ).toEqual([
      ['LoanApplied', 'anna'],
      ['LoanApproved', 'bart'],
      ['LoanDisbursed', 'anna'],
      ['InstalmentPaid', 'anna'],
    ]);
  });

  it('says someone else moved the loan (If-Match) and reloads it, recording nothing', async () => {
    const name = borrowerName('Bloemen Maes');
    const loanId = await registerByApi(name);
    const page = await signIn(OFFICER);
    await page.goto(`${base}/loans/${loanId}`);
    await page.getByRole('button', { name: 'Goedkeuren' }).waitFor();
    // Meanwhile another officer approves it.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
      new Date(),
    );
    await (
      await api(OFFICER_2)
    )
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({ approvedOn: today })
      .expect(200);
    await page.getByRole('button', { name: 'Goedkeuren' }).click();
    const conflict = page.locator('[data-problem="conflict"]');
    await text(conflict, 'Iemand anders wijzigde dit dossier');
    await text(conflict, 'versie 2 (Aanbod gedaan)');
    await shot(page, '09-conflict');
    await conflict.getByRole('button', { name: 'Opnieuw laden' }).click();
    await text(page.locator('[data-status="approved"]').first(), 'Aanbod gedaan');
    await text(page.getByTestId('loan-version'), 'versie 2');
    expect(await page.getByRole('button', { name: 'Goedkeuren' }).count()).toBe(0);

    const loan = await (await api(OFFICER)).get(`/api/v1/loans/${loanId}`).expect(200);
    expect(loan.body).toMatchObject({ status: 'approved', approvedBy: ['chloe'], version: 2 });
  });

  it('hides what the roles may not do, and shows a 403 the server answers all the same', async () => {
    const name = borrowerName('Fietsen Claes');
    const loanId = await registerByApi(name);
    const analyst = await signIn(ANALYST);
    await analyst.goto(`${base}/loans/${loanId}`);
    await text(analyst.getByRole('heading', { level: 1 }), name);
    expect(await analyst.getByRole('button', { name: 'Goedkeuren' }).count()).toBe(0);
    expect(await analyst.getByRole('link', { name: 'Nieuwe aanvraag' }).count()).toBe(0);
    await analyst.goto(`${base}/loans`);
    await text(analyst.getByTestId('loan-table'), name);
    await accessible(analyst);
    await shot(analyst, '10-loans-list');

    // The clerk registered it: a clerk sees no approval either.
    const clerk = await signIn(CLERK);
    await clerk.goto(`${base}/loans/${loanId}`);
    await text(clerk.getByRole('heading', { level: 1 }), name);
    expect(await clerk.getByRole('button', { name: 'Goedkeuren' }).count()).toBe(0);

    // A page that believes the user is an officer while the token says clerk: the API refuses.
    const officer = await signIn(OFFICER);
    const clerkToken = (await bo.http().post('/api/v1/dev/sign-in').send(CLERK)).body
      .token as string;
    await officer.evaluate((token) => {
      const storage = (globalThis as unknown as PageGlobals).sessionStorage;
      const session = JSON.parse(storage.getItem('loanbook.session')!);
      storage.setItem('loanbook.session', JSON.stringify({ ...session, token }));
    }, clerkToken);
    await officer.goto(`${base}/loans/${loanId}`);
    await officer.getByRole('button', { name: 'Goedkeuren' }).click();
    await text(
      officer.locator('[data-problem="forbidden"]'),
      'Uw rollen laten dit niet toe (vereist: Kredietofficier)',
    );

    const loan = await (await api(ANALYST)).get(`/api/v1/loans/${loanId}`).expect(200);
    expect(loan.body).toMatchObject({ status: 'applied', version: 1 });
  });

  const todayIso = () =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());

  it('refuses with coded reasons, then makes the written refusal statement', async () => {
    const name = borrowerName('Kapsalon Smets');
    const loanId = await registerByApi(name);
    const page = await signIn(OFFICER);
    await page.goto(`${base}/loans/${loanId}`);
    const refuse = page.getByRole('region', { name: 'Aanvraag weigeren' });
    // Without a reason nothing is sent: the form says so beside the reasons.
    await refuse.getByRole('button', { name: 'Weigeren' }).click();
    await text(refuse, 'Kies minstens één reden');
    await refuse.getByLabel('Gekende betalingsachterstanden', { exact: false }).check();
    await refuse.getByLabel('Toelichting (optioneel)').fill('Achterstallen bij twee leveranciers');
    await accessible(page);
    await refuse.getByRole('button', { name: 'Weigeren' }).press('Enter');
    await text(page.getByTestId('command-reply'), 'Aanvraag geweigerd');
    await text(page.getByTestId('refusal-reasons'), 'Gekende betalingsachterstanden');
    const written = page.getByRole('region', { name: 'Schriftelijke motivering' });
    await written.getByRole('button', { name: 'Schriftelijke motivering maken' }).click();
    await text(page.getByTestId('command-reply'), 'Schriftelijke motivering gevraagd');
    expect(await page.getByRole('region', { name: 'Schriftelijke motivering' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Documenten' }).click();
    await text(page.getByTestId('documents'), /motivering|weigering/i, 30_000);
    await shot(page, '11-refused-written-statement');

    const officer = await api(OFFICER);
    const loan = await officer.get(`/api/v1/loans/${loanId}`).expect(200);
    expect(loan.body).toMatchObject({
      status: 'refused',
      refusal: {
        reasons: ['known-payment-arrears'],
        explanation: 'Achterstallen bij twee leveranciers',
      },
    });
    const documents = await officer.get(`/api/v1/loans/${loanId}/documents`).expect(200);
    expect(documents.body.documents.map((d: { kind: string }) => d.kind)).toContain(
      'written-refusal-statement',
    );
  });

  it('records two repayments, then quotes and records an early repayment with its fee lines', async () => {
    const name = borrowerName('Schrijnwerkerij Vos');
    // Paid out 70 days ago: two instalments are due, paid one by one. (Not ahead: after an
    // instalment paid in advance, an early repayment may only be made from its due day on.)
    const loanId = await registerByApi(name, '25000.00', brusselsDay(-75));
    await (
      await api(OFFICER)
    )
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({ approvedOn: brusselsDay(-72) })
      .expect(200);
    await (
      await api(CLERK)
    )
      .post(`/api/v1/loans/${loanId}/disbursement`)
      .send({ disbursedOn: brusselsDay(-70) })
      .expect(200);
    const page = await signIn(CLERK);
    await page.goto(`${base}/loans/${loanId}`);
    const repay = page.getByRole('region', { name: 'Betaling registreren' });
    await repay.getByLabel('Bedrag (EUR)').fill('495,03');
    await repay.getByRole('button', { name: 'Betaling registreren' }).click();
    await text(page.getByTestId('command-reply'), 'Betaling geregistreerd');
    await text(page.locator('[data-instalment="1"]'), 'Betaald');
    // The form is made again for the new version (a new body, so a new Idempotency-Key).
    await text(page.getByTestId('loan-version'), 'versie 4');
    await page
      .getByRole('region', { name: 'Betaling registreren' })
      .getByRole('button', { name: 'Betaling registreren' })
      .click();
    await text(page.locator('[data-instalment="2"]'), 'Betaald');

    const early = page.getByRole('region', { name: 'Vervroegde terugbetaling' });
    await early.getByLabel('Kapitaal dat vervroegd wordt terugbetaald (EUR)').fill('5.000,00');
    await early.getByRole('button', { name: 'Berekenen' }).click();
    await text(page.getByTestId('early-quote'), '5.000,00 EUR');
    await text(page.getByTestId('early-quote'), 'Wederbeleggingsvergoeding');
    await accessible(page);
    await shot(page, '12-early-repayment-quote');
    await early.getByRole('button', { name: 'Vervroegde terugbetaling registreren' }).click();
    await text(page.getByTestId('command-reply'), 'Vervroegde terugbetaling geregistreerd');
    await page.getByRole('tab', { name: 'Betalingen' }).click();
    await text(page.getByTestId('early-repayments'), '5.000,00 EUR');

    const clerk = await api(CLERK);
    const events = await clerk.get(`/api/v1/loans/${loanId}/events`).expect(200);
    const types = events.body.events.map((e: { type: string }) => e.type);
    expect(types.filter((t: string) => t === 'InstalmentPaid')).toHaveLength(2);
    const made = events.body.events.find((e: { type: string }) => e.type === 'EarlyRepaymentMade');
    expect(made.data).toMatchObject({ capitalRepaid: '5000.00', full: false });
    expect(made.data.lines.length).toBeGreaterThan(0);
    expect(made.metadata.actor).toBe('anna');
  });

  it('shows an analyst the portfolio report as of a day, and downloads its workbook', async () => {
    const page = await signIn(ANALYST);
    await page.getByRole('link', { name: 'Rapporten' }).click();
    const section = page.getByRole('region', { name: 'Portefeuille per product' });
    const day = todayIso();
    await section.getByLabel('Toestand op (zakelijke datum)').fill(day);
    await section.getByRole('button', { name: 'Tonen' }).click();
    await text(page.getByTestId('portfolio'), 'Impulskrediet');
    await text(page.getByTestId('portfolio-as-of'), `toestand op`);
    await accessible(page);
    await shot(page, '13-reports');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Excel downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`portefeuille-${day}.xlsx`);
    const path = await download.path();
    // An xlsx is a zip: PK at its start.
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');

    const report = await (
      await api(ANALYST)
    )
      .get(`/api/v1/reports/portfolio?asOf=${day}&lang=nl`)
      .expect(200);
    const shownActive = await page
      .getByTestId('portfolio')
      .locator('tfoot td')
      .nth(1)
      .textContent();
    expect(shownActive).toBe(String(report.body.total.activeLoans));
  });

  it('signs out: the token is forgotten and the pages ask to sign in again', async () => {
    const page = await signIn(CLERK);
    await page.getByRole('button', { name: 'anna' }).click();
    await page.getByRole('menuitem', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { name: 'Aanmelden' }).waitFor();
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as PageGlobals).sessionStorage.getItem('loanbook.session'),
      ),
    ).toBeNull();
    await page.goto(`${base}/loans`);
    await page.waitForURL(/\/sign-in\?next=%2Floans$/);
  });
});
