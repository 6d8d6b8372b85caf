import { readFileSync } from 'node:fs';
import { describeBrowser } from '@loanbook/testing';
import { brusselsDay, webSuite, type WebUser } from './web-browser';

jest.setTimeout(240_000);

/** The page's sessionStorage, as the evaluated functions see it (the tests compile without DOM). */
interface PageGlobals {
  sessionStorage: {
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
  };
}

const CLERK: WebUser = { name: 'anna', roles: ['clerk'] };
const OFFICER: WebUser = { name: 'bart', roles: ['credit-officer'], approvalLimit: '50000.00' };
const OFFICER_2: WebUser = { name: 'chloe', roles: ['credit-officer'], approvalLimit: '50000.00' };
const JUNIOR: WebUser = { name: 'dirk', roles: ['credit-officer'], approvalLimit: '10000.00' };
const ANALYST: WebUser = { name: 'eva', roles: ['analyst'] };

/**
 * The web app in Chromium against a real back office on PGlite, in development mode (sign-in by
 * name and roles), with the documents processor on (webSuite). Every test checks what the
 * screen shows and what the API answers afterwards.
 */
describeBrowser('the web app in a browser', () => {
  const web = webSuite();
  const { newPage, signIn, api, text, shot, accessible } = web;

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
    await page.goto(`${web.base()}/`);
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
    await junior.goto(`${web.base()}/loans/${loanId}`);
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
    await page.goto(`${web.base()}/loans/${loanId}`);
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
    await page.goto(`${web.base()}/loans/${loanId}`);
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
    await analyst.goto(`${web.base()}/loans/${loanId}`);
    await text(analyst.getByRole('heading', { level: 1 }), name);
    expect(await analyst.getByRole('button', { name: 'Goedkeuren' }).count()).toBe(0);
    expect(await analyst.getByRole('link', { name: 'Nieuwe aanvraag' }).count()).toBe(0);
    await analyst.goto(`${web.base()}/loans`);
    await text(analyst.getByTestId('loan-table'), name);
    await accessible(analyst);
    await shot(analyst, '10-loans-list');

    // The clerk registered it: a clerk sees no approval either.
    const clerk = await signIn(CLERK);
    await clerk.goto(`${web.base()}/loans/${loanId}`);
    await text(clerk.getByRole('heading', { level: 1 }), name);
    expect(await clerk.getByRole('button', { name: 'Goedkeuren' }).count()).toBe(0);

    // A page that believes the user is an officer while the token says clerk: the API refuses.
    const officer = await signIn(OFFICER);
    const clerkToken = (await web.backOffice().http().post('/api/v1/dev/sign-in').send(CLERK)).body
      .token as string;
    await officer.evaluate((token) => {
      const storage = (globalThis as unknown as PageGlobals).sessionStorage;
      const session = JSON.parse(storage.getItem('loanbook.session')!);
      storage.setItem('loanbook.session', JSON.stringify({ ...session, token }));
    }, clerkToken);
    await officer.goto(`${web.base()}/loans/${loanId}`);
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
    await page.goto(`${web.base()}/loans/${loanId}`);
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
    await page.goto(`${web.base()}/loans/${loanId}`);
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
    await page.goto(`${web.base()}/loans`);
    await page.waitForURL(/\/sign-in\?next=%2Floans$/);
  });
});
