import type { Page } from 'playwright-core';
import { describeBrowser } from '@loanbook/testing';
import {
  applicationGuarantees,
  freshEnterpriseNumber,
  household,
  impulskredietApplication,
  winwinRegistration,
} from '../fixtures';
import { brusselsDay, webSuite, type WebUser } from './web-browser';

jest.setTimeout(240_000);

const CLERK: WebUser = { name: 'anna', roles: ['clerk'] };
const OFFICER: WebUser = { name: 'bart', roles: ['credit-officer'], approvalLimit: '100000.00' };
const ANALYST: WebUser = { name: 'eva', roles: ['analyst'] };

/**
 * The guarantees and a loan gone bad in the browser: release a guarantee or refuse to (DOMAIN.md
 * 4.5), declare a default, call a guarantee, record a recovery, write off, and claim a win-win
 * loan's government guarantee (by keyboard); and the loan file's credit assessment and missing
 * information, the other products' application forms, rules in Dutch beside their fields, the
 * list in arrears. Each step checked on the screen, then over the API.
 */
describeBrowser('guarantees, defaults, the other products and the checks in the web app', () => {
  const web = webSuite();
  const { text, shot, accessible, fieldError } = web;

  /** An application registered, approved and paid out by API: its loan id. */
  async function activeLoan(application: Record<string, unknown>, dates: string[]) {
    const clerk = await web.api(CLERK);
    const officer = await web.api(OFFICER);
    const applied = await clerk.post('/api/v1/loans').send(application).expect(201);
    const loanId = applied.body.loanId as string;
    await officer
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({ approvedOn: dates[0] })
      .expect(200);
    await clerk
      .post(`/api/v1/loans/${loanId}/disbursement`)
      .send({ disbursedOn: dates[1] })
      .expect(200);
    return loanId;
  }

  const region = (page: Page, name: string) => page.getByRole('region', { name });

  /** An amount as the Dutch screen shows it: 81300.00 as 81.300,00 EUR. */
  const nlMoney = (amount: string) => {
    const [whole, cents] = amount.replace('-', '').split('.');
    const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, '.');
    return `${amount.startsWith('-') ? '-' : ''}${grouped},${cents} EUR`;
  };

  it('shows the credit assessment and the application information still missing', async () => {
    const clerk = await web.api(CLERK);
    const applied = await clerk
      .post('/api/v1/loans')
      .send(
        impulskredietApplication({
          borrower: {
            enterpriseNumber: freshEnterpriseNumber(),
            name: `Kapsalon Smets ${Date.now().toString(36)}`,
            province: 'Limburg',
          },
          guarantees: applicationGuarantees(),
        }),
      )
      .expect(201);
    const loanId = applied.body.loanId as string;
    const page = await web.signIn(ANALYST);
    await page.goto(`${web.base()}/loans/${loanId}`);
    await text(
      region(page, 'Verantwoord kredietmaximum'),
      'Nog geen beoordeling van het gezinsbudget geregistreerd.',
    );

    await clerk
      .post(`/api/v1/loans/${loanId}/credit-assessment`)
      .send({ assessedOn: '2018-03-05', household: household() })
      .expect(200);
    await clerk
      .post(`/api/v1/loans/${loanId}/application-information`)
      .send({
        recordedOn: '2018-03-06',
        items: [
          { item: 'financial-results-and-plan', status: 'provided', note: 'jaarrekening 2017' },
          { item: 'guarantor-identity', guaranteeId: 'g2', status: 'provided' },
        ],
      })
      .expect(200);
    const assessment = await clerk.get(`/api/v1/loans/${loanId}/credit-assessment`).expect(200);
    const information = await clerk
      .get(`/api/v1/loans/${loanId}/application-information`)
      .expect(200);
    await page.reload();
    const shown = page.getByTestId('credit-assessment');
    await text(shown, '5 maart 2018 door anna');
    await text(shown, nlMoney(assessment.body.maximumCredit));
    await text(shown, nlMoney(assessment.body.monthlyCapacity));
    await text(shown, assessment.body.withinMaximum ? 'Binnen het maximum' : 'Boven het maximum');
    const missing = page.getByTestId('information-missing').locator('li');
    expect(await missing.count()).toBe(information.body.missing.length);
    await text(
      page.getByTestId('application-information'),
      `${information.body.missing.length} gegevens ontbreken nog`,
    );
    const missingText = (await missing.allTextContents()).join('\n');
    expect(missingText).toContain('Sociale balans');
    expect(missingText).toContain(
      'Vermogenstoestand van de persoonlijke zekerheidssteller (zekerheid g2)',
    );
    expect(missingText).not.toContain('Actuele financiële resultaten');
    expect(missingText).not.toContain(
      'Identiteit van de persoonlijke zekerheidssteller (zekerheid g2)',
    );
    await accessible(page);
    await shot(page, '23-loan-application-checks');
  });

  it('releases part of a guarantee, refuses another release with reasons, declares the default, calls, recovers and writes off', async () => {
    const name = `Bakkerij Wouters ${Date.now().toString(36)}`;
    const loanId = await activeLoan(
      impulskredietApplication({
        borrower: { enterpriseNumber: freshEnterpriseNumber(), name, province: 'Antwerpen' },
        guarantees: applicationGuarantees(),
      }),
      ['2018-03-15', '2018-03-20'],
    );
    const page = await web.signIn(OFFICER);
    await page.goto(`${web.base()}/loans/${loanId}`);
    await text(page.getByRole('heading', { level: 1 }), name);

    // A partial release of the mortgage (g1).
    const release = region(page, 'Zekerheid vrijgeven');
    await text(release, 'g1: Zakelijke zekerheid, Mortgage on Kerkstraat 12, Lier');
    await release.getByLabel('Bedrag dat vrijkomt (EUR)').fill('4.000,00');
    await release.getByRole('button', { name: 'Vrijgeven' }).click();
    await text(page.getByTestId('command-reply'), 'Zekerheid g1 vrijgegeven: 4.000,00 EUR');
    const g1 = page.locator('[data-guarantee="g1"]');
    await text(g1, '4.000,00 EUR');
    await text(g1, '6.000,00 EUR');

    // The surety's release refused: nothing is sent without a reason and the explanation.
    const refuse = region(page, 'Vrijgave weigeren');
    await refuse.getByLabel(/^Zekerheid/).selectOption('g2');
    await refuse.getByRole('button', { name: 'Vrijgave weigeren' }).click();
    await text(refuse, 'Kies minstens één reden');
    await refuse.getByLabel('De zekerheid dekt nog openstaande verbintenissen').check();
    await refuse.getByLabel('Gekende betalingsachterstanden', { exact: false }).check();
    await refuse
      .getByLabel('Toelichting voor de onderneming en de borg')
      .fill('De borg dekt nog de achterstallige aflossingen.');
    await accessible(page);
    await shot(page, '20-guarantee-release-refusal');
    await refuse.getByRole('button', { name: 'Vrijgave weigeren' }).click();
    await text(page.getByTestId('command-reply'), 'Vrijgave geweigerd');
    await text(page.locator('[data-guarantee="g2"]'), '1 vrijgave geweigerd');
    await page.getByRole('tab', { name: 'Documenten' }).click();
    await page.getByTestId('documents').waitFor({ timeout: 30_000 });
    await text(page.getByTestId('documents'), /zekerheid|vrijgave/i, 30_000);

    // The default: a date before the disbursement is refused beside the date, in Dutch.
    const declare = region(page, 'In gebreke stellen');
    await declare.getByLabel('Oorzaak').selectOption('bankruptcy');
    await declare.getByLabel('Datum van de ingebrekestelling').fill('2018-03-10');
    await declare.getByRole('button', { name: 'In gebreke stellen' }).click();
    const onField = declare.getByLabel('Datum van de ingebrekestelling');
    await text(await fieldError(page, onField), 'De ingebrekestelling ligt vóór de uitbetaling');
    expect(await declare.getByLabel('Oorzaak').inputValue()).toBe('bankruptcy');
    await onField.fill('2018-05-01');
    await declare.getByRole('button', { name: 'In gebreke stellen' }).click();
    await text(
      page.getByTestId('command-reply'),
      'In gebreke gesteld; openstaand kapitaal 25.000,00 EUR',
    );
    await text(page.locator('[data-status="defaulted"]').first(), 'In gebreke');
    await text(page.getByTestId('default'), 'Faillissement');
    await text(page.getByTestId('default'), '1 mei 2018');
    // The officer neither repays nor records recoveries: those are the clerk's.
    expect(await region(page, 'Recuperatie registreren').count()).toBe(0);

    // The surety (g2) called for all it covers.
    const call = region(page, 'Zekerheid aanspreken');
    await call.getByLabel(/^Zekerheid/).selectOption('g2');
    await call.getByRole('button', { name: 'Aanspreken' }).click();
    await text(page.getByTestId('command-reply'), 'Zekerheid g2 aangesproken: 5.000,00 EUR');
    await accessible(page);
    await shot(page, '21-loan-defaulted');

    // The clerk records what the trustee paid; the clerk sees no officer's action.
    const clerk = await web.signIn(CLERK);
    await clerk.goto(`${web.base()}/loans/${loanId}`);
    const recovery = region(clerk, 'Recuperatie registreren');
    // Dates are Belgian: typed day first, shown dd/mm/jjjj, the calendar in Dutch.
    const receivedOn = recovery.getByLabel(/^Ontvangen op/);
    await receivedOn.fill('1/6/2018');
    await receivedOn.blur();
    expect(await receivedOn.inputValue()).toBe('01/06/2018');
    await recovery.getByRole('button', { name: 'Kalender openen' }).click();
    const calendar = clerk.locator('[data-dates-dropdown]');
    await text(calendar, 'juni 2018');
    await text(calendar, /ma\s*di\s*wo\s*do\s*vr\s*za\s*zo/);
    await shot(clerk, '24-date-picker');
    await recovery.getByRole('button', { name: 'Kalender openen' }).click();
    await calendar.waitFor({ state: 'hidden' });
    await recovery.getByLabel('Ontvangen bedrag (EUR)').fill('1.000,00');
    await recovery.getByLabel('Betaald door').selectOption('liquidation');
    expect(await region(clerk, 'Afschrijven').count()).toBe(0);
    expect(await region(clerk, 'Zekerheid aanspreken').count()).toBe(0);
    await recovery.getByRole('button', { name: 'Recuperatie registreren' }).click();
    await text(clerk.getByTestId('command-reply'), 'Recuperatie geregistreerd: 1.000,00 EUR');
    await text(clerk.getByTestId('default'), '1.000,00 EUR');

    // The officer writes off the rest: the page reloads to the clerk's version first.
    await page.reload();
    const writeOff = region(page, 'Afschrijven');
    await text(writeOff, '24.000,00 EUR');
    await writeOff.getByLabel(/^Reden/).fill('Faillissement gesloten, geen verder dividend');
    await writeOff.getByRole('button', { name: 'Afschrijven' }).click();
    await text(page.getByTestId('command-reply'), 'Afgeschreven: 24.000,00 EUR');
    await text(page.locator('[data-status="written-off"]').first(), 'Afgeschreven');
    await text(page.getByTestId('default'), `24.000,00 EUR op`);
    expect(await region(page, 'Afschrijven').count()).toBe(0);
    // The schedule shows what the write-off gave up, not arrears.
    await page.getByRole('tab', { name: 'Aflossingstabel' }).click();
    await text(page.locator('[data-instalment="1"]'), 'Afgeschreven');
    await text(
      page.getByRole('region', { name: 'Aflossingstabel' }).locator('..'),
      'geen (afgeschreven;',
    );
    expect(await page.locator('tr[data-status="overdue"]').count()).toBe(0);
    await shot(page, '26-schedule-written-off');

    // An analyst reads it all and may do none of it.
    const analyst = await web.signIn(ANALYST);
    await analyst.goto(`${web.base()}/loans/${loanId}`);
    await text(analyst.getByTestId('default'), 'Faillissement');
    for (const title of ['Zekerheid vrijgeven', 'Vrijgave weigeren', 'Zekerheid aanspreken']) {
      expect(await region(analyst, title).count()).toBe(0);
    }
    // In French the same file speaks French.
    await analyst.getByText('FR', { exact: true }).click();
    await text(analyst.getByTestId('default'), 'Faillite');
    await text(analyst.getByTestId('default'), '1 mai 2018');
    await text(analyst.locator('[data-guarantee="g2"]'), '1 libération refusée');
    await shot(analyst, '27-loan-written-off-fr');

    const api = await web.api(ANALYST);
    const loan = await api.get(`/api/v1/loans/${loanId}`).expect(200);
    expect(loan.body).toMatchObject({
      status: 'written-off',
      recovered: '1000.00',
      default: { cause: 'bankruptcy', defaultedOn: '2018-05-01', outstandingPrincipal: '25000.00' },
      writeOff: { amount: '24000.00' },
    });
    expect(loan.body.guarantees).toEqual([
      expect.objectContaining({ guaranteeId: 'g1', released: '4000.00', remaining: '6000.00' }),
      expect.objectContaining({
        guaranteeId: 'g2',
        called: '5000.00',
        remaining: '0.00',
        releaseRefusals: 1,
      }),
    ]);
    const events = await api.get(`/api/v1/loans/${loanId}/events`).expect(200);
    const after = events.body.events
      .slice(3)
      .map((e: { type: string; metadata: { actor: string } }) => [e.type, e.metadata.actor]);
    expect(after).toEqual([
      ['GuaranteeReleased', 'bart'],
      ['GuaranteeReleaseRefused', 'bart'],
      ['LoanDefaulted', 'bart'],
      ['GuaranteeCalled', 'bart'],
      ['RecoveryRecorded', 'anna'],
      ['LoanWrittenOff', 'bart'],
    ]);
    // Typed 1/6/2018, sent as ISO.
    const recovered = events.body.events.find(
      (e: { type: string }) => e.type === 'RecoveryRecorded',
    );
    expect(recovered.data).toMatchObject({ receivedOn: '2018-06-01', source: 'liquidation' });
    const refused = events.body.events.find(
      (e: { type: string }) => e.type === 'GuaranteeReleaseRefused',
    );
    expect(refused.data).toMatchObject({
      guaranteeId: 'g2',
      reasons: ['open-commitments-covered', 'known-payment-arrears'],
      explanation: 'De borg dekt nog de achterstallige aflossingen.',
    });
  });

  it('registers a win-win loan with its lender and deed, a rate above the band refused on its field', async () => {
    const page = await web.signIn(CLERK);
    await page.getByRole('link', { name: 'Nieuwe aanvraag' }).first().click();
    await page.getByText('Winwinlening', { exact: true }).click();
    await text(page.getByRole('heading', { level: 1 }), 'Nieuwe aanvraag Winwinlening');
    const name = `Brouwerij Het Anker ${Date.now().toString(36)}`;
    const number = freshEnterpriseNumber();
    await page.getByLabel('Ondernemingsnummer').fill(number);
    await page.getByLabel('Naam van de onderneming').fill(name);
    await page.getByLabel('Bedrag (EUR)').fill('60.000,00');
    await page.getByLabel('Doel van het krediet').fill('Brouwketel');
    await page.getByLabel(/^Datum van aanvraag/).fill('10/03/2021');
    await page.getByLabel(/^Nummer van de kredietgever/).fill('lender-ww-0042');
    await page.getByLabel(/^Naam van de kredietgever/).fill('An Janssens');
    await page.getByRole('combobox', { name: 'Band met de kredietnemer' }).click();
    await page.getByRole('option', { name: 'Vriend of kennis' }).click();
    await page.getByLabel(/^Datum van ondertekening van de akte/).fill('01/03/2021');
    // The terms of the version in force on the deed's day.
    await text(page.getByTestId('product-terms'), 'Versie winwinlening-2020-10-07');
    await text(page.getByTestId('product-terms'), '0,75 % – 1,50 %');
    const rate = page.getByLabel(/^Rentevoet in de akte/);
    await rate.fill('2,00');
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await text(
      await fieldError(page, rate),
      'De rentevoet ligt boven de wettelijke rentevoet van dat jaar',
    );
    expect(await page.getByLabel(/^Naam van de kredietgever/).inputValue()).toBe('An Janssens');
    await accessible(page);
    await shot(page, '25-winwin-application');
    await rate.fill('1,00');
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await page.waitForURL(/\/loans\/[0-9a-f-]{36}$/);
    const loanId = page.url().split('/').pop()!;
    await text(page.getByRole('heading', { level: 1 }), name);
    const borrower = region(page, 'Kredietnemer');
    await text(borrower, 'An Janssens (lender-ww-0042), Vriend of kennis');
    await text(borrower, '1 maart 2021');

    const loan = await (await web.api(CLERK)).get(`/api/v1/loans/${loanId}`).expect(200);
    expect(loan.body).toMatchObject({
      productCode: 'winwinlening',
      status: 'applied',
      amount: '60000.00',
      appliedOn: '2021-03-10',
      signedOn: '2021-03-01',
      borrower: { enterpriseNumber: number, name },
      lender: { id: 'lender-ww-0042', name: 'An Janssens', relationToBorrower: 'friend' },
    });
    const events = await (await web.api(CLERK)).get(`/api/v1/loans/${loanId}/events`).expect(200);
    expect(events.body.events[0].data).toMatchObject({ annualRate: '0.01' });
  });

  it('registers a KMO-cofinanciering with its co-financier, investment need and own contribution', async () => {
    const page = await web.signIn(CLERK);
    await page.goto(`${web.base()}/loans/new?product=cofinanciering`);
    await text(page.getByRole('heading', { level: 1 }), 'Nieuwe aanvraag KMO-cofinanciering');
    const name = `Kinderopvang Zonneke ${Date.now().toString(36)}`;
    await page.getByLabel('Ondernemingsnummer').fill(freshEnterpriseNumber());
    await page.getByLabel('Naam van de onderneming').fill(name);
    await page.getByLabel(/^Bedrag \(EUR\)/).fill('140.000,00');
    await page.getByLabel(/^Looptijd \(maanden\)/).fill('84');
    await page.getByLabel('Doel van het krediet').fill('Nieuwe vleugel van de kinderopvang');
    await page.getByLabel(/^Datum van aanvraag/).fill('01/03/2021');
    await page.getByLabel(/^Totale investeringsbehoefte/).fill('400.000,00');
    await page.getByLabel(/^Eigen inbreng die telt/).fill('60.000,00');
    await page.getByLabel(/^Naam van de medefinancier/).fill('KBC Bank');
    await page.getByLabel(/^Bedrag van de medefinancier/).fill('160.000,00');
    await page.getByLabel(/^Looptijd van de medefinanciering/).fill('84');
    await accessible(page);
    await shot(page, '26-cofinancing-application');
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await page.waitForURL(/\/loans\/[0-9a-f-]{36}$/);
    const loanId = page.url().split('/').pop()!;
    await text(page.getByRole('heading', { level: 1 }), name);

    const events = await (await web.api(CLERK)).get(`/api/v1/loans/${loanId}/events`).expect(200);
    expect(events.body.events[0].data).toMatchObject({
      productCode: 'cofinanciering',
      amount: '140000.00',
      investmentNeed: '400000.00',
      ownContribution: '60000.00',
      coFinancing: {
        amount: '160000.00',
        termMonths: 84,
        partner: { kind: 'bank', name: 'KBC Bank' },
      },
    });
  });

  it('shows a domain rule beside its field in Dutch, not in the server’s English', async () => {
    // Paid out in 2018 and never paid since: instalments are due and unpaid today.
    const name = `Drukkerij Maes ${Date.now().toString(36)}`;
    const loanId = await activeLoan(
      impulskredietApplication({
        borrower: { enterpriseNumber: freshEnterpriseNumber(), name, province: 'Antwerpen' },
      }),
      ['2018-03-15', '2018-03-20'],
    );
    const page = await web.signIn(CLERK);
    await page.goto(`${web.base()}/loans/${loanId}`);
    const early = region(page, 'Vervroegde terugbetaling');
    await early.getByLabel('Kapitaal dat vervroegd wordt terugbetaald (EUR)').fill('5.000,00');
    await early.getByRole('button', { name: 'Berekenen' }).click();
    const repaidOn = early.getByLabel(/^Datum van terugbetaling/);
    const error = await fieldError(page, repaidOn);
    await text(error, 'Op die dag staat er nog een vervallen bedrag open');
    expect((await error.textContent()) ?? '').not.toMatch(/due and unpaid/);

    // The API said so in English, with its rule code on that field.
    const quote = await (
      await web.api(CLERK)
    )
      .get(`/api/v1/loans/${loanId}/early-repayment-quote?on=${brusselsDay()}&amount=5000.00`)
      .expect(422);
    expect(quote.body.violations).toEqual([
      expect.objectContaining({ rule: 'amount-due-unpaid', field: 'repaidOn' }),
    ]);

    // The list filtered to the loans in arrears shows it with its days past due.
    await page.goto(`${web.base()}/loans?q=${encodeURIComponent(name)}`);
    await text(page.getByTestId('loan-table'), name);
    // The box follows the address (?arrears=any): clicked, then the address changes.
    await page.getByLabel('In achterstand').click();
    await page.waitForURL(/arrears=any/);
    await page.getByLabel('In achterstand').and(page.locator(':checked')).waitFor();
    const listed = await (
      await web.api(CLERK)
    )
      .get(`/api/v1/loans?q=${encodeURIComponent(name)}&arrears=any`)
      .expect(200);
    expect(listed.body.items.map((i: { loanId: string }) => i.loanId)).toEqual([loanId]);
    await text(
      page.locator(`[data-loan-id="${loanId}"]`),
      String(listed.body.items[0].daysPastDue),
    );
  });

  it('names the report months in Dutch and asks the API for them as YYYY-MM', async () => {
    const page = await web.signIn(ANALYST);
    await page.getByRole('link', { name: 'Rapporten' }).click();
    const section = region(page, 'Winwinleningen per maand');
    const from = section.getByLabel('Van maand');
    await text(from, new RegExp(`^januari ${brusselsDay().slice(0, 4)}$`));
    const asked = page.waitForRequest((r) => r.url().includes('/reports/winwin-monthly'));
    await from.click();
    await page.getByRole('button', { name: /^mrt/ }).click();
    await text(from, /^maart \d{4}$/);
    await section.getByRole('button', { name: 'Tonen' }).click();
    expect(new URL((await asked).url()).searchParams.get('from')).toMatch(/^\d{4}-03$/);
  });

  it('claims a win-win loan’s government guarantee with the keyboard, a loss above the outstanding refused on its field', async () => {
    const loanId = await activeLoan(
      winwinRegistration({
        borrower: {
          enterpriseNumber: freshEnterpriseNumber(),
          name: `Brouwerij De Klok ${Date.now().toString(36)}`,
          province: 'Limburg',
        },
      }),
      ['2021-03-15', '2021-03-20'],
    );
    await (
      await web.api(OFFICER)
    )
      .post(`/api/v1/loans/${loanId}/default`)
      .send({ on: '2021-05-01', cause: 'bankruptcy' })
      .expect(200);
    const page = await web.signIn(OFFICER);
    await page.goto(`${web.base()}/loans/${loanId}`);
    const claim = region(page, 'Overheidswaarborg aanspreken');
    const lost = claim.getByLabel('Definitief verloren kapitaal (EUR)');
    // Nothing recovered yet: all the principal outstanding at the default.
    expect(await lost.inputValue()).toBe('60000,00');

    // By keyboard only: type in the field, Tab to the button, Enter.
    const tabTo = async (name: string) => {
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(
          () =>
            (globalThis as unknown as { document: { activeElement: { textContent: string } } })
              .document.activeElement.textContent,
        );
        if (focused?.trim() === name) return;
      }
      throw new Error(`Tab never reached the button ${name}`);
    };
    await lost.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('70.000,00');
    await tabTo('Waarborg aanspreken');
    await page.keyboard.press('Enter');
    await text(
      await fieldError(page, lost),
      'Het verloren kapitaal is groter dan het openstaande kapitaal bij de ingebrekestelling',
    );
    expect(await lost.inputValue()).toBe('70.000,00');
    await shot(page, '22-government-guarantee-refused');

    await lost.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('60.000,00');
    await page.keyboard.press('Enter');
    // 40 % for a contract of 2021 (DOMAIN.md 3.2).
    await text(page.getByTestId('command-reply'), 'Overheidswaarborg aangesproken: 24.000,00 EUR');
    await text(page.getByTestId('default'), '24.000,00 EUR op');
    expect(await region(page, 'Overheidswaarborg aanspreken').count()).toBe(0);
    await accessible(page);

    const loan = await (await web.api(ANALYST)).get(`/api/v1/loans/${loanId}`).expect(200);
    expect(loan.body.governmentClaim).toMatchObject({
      principalLost: '60000.00',
      claim: '24000.00',
    });
  });
});
