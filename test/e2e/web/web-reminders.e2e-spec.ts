import { describeBrowser } from '@loanbook/testing';
import { ReminderProcessor } from '../../../apps/back-office/src/reminders/reminder.processor';
import { eventually } from '../harness';
import { freshEnterpriseNumber, impulskredietApplication } from '../fixtures';
import { brusselsDay, SCREENSHOTS, webSuite, type WebUser } from './web-browser';

jest.setTimeout(240_000);

const CLERK: WebUser = { name: 'anna', roles: ['clerk'] };
const OFFICER: WebUser = { name: 'bart', roles: ['credit-officer'], approvalLimit: '100000.00' };

/**
 * The reminders work queue (GET /reminders) in the browser: two loans in arrears, one 20-odd days
 * (a first reminder), one for years (a formal notice), after one pass of the reminder processor
 * on today's date. Checked on the screen, then over the API.
 */
describeBrowser(
  'the reminders work queue, the API documentation and the own contribution’s parts in the web app',
  () => {
    const web = webSuite();
    const { text, shot, accessible } = web;

    async function active(name: string, appliedOn: string, disbursedOn: string): Promise<string> {
      const clerk = await web.api(CLERK);
      const res = await clerk
        .post('/api/v1/loans')
        .send(
          impulskredietApplication({
            appliedOn,
            borrower: { enterpriseNumber: freshEnterpriseNumber(), name, province: 'Antwerpen' },
          }),
        )
        .expect(201);
      const loanId = res.body.loanId as string;
      await (
        await web.api(OFFICER)
      )
        .post(`/api/v1/loans/${loanId}/approval`)
        .send({ approvedOn: appliedOn })
        .expect(200);
      await clerk.post(`/api/v1/loans/${loanId}/disbursement`).send({ disbursedOn }).expect(200);
      return loanId;
    }

    let recent: string;
    let old: string;
    beforeAll(async () => {
      // Due a month after paying out (moved off weekends and holidays): 15 to 29 days past due.
      recent = await active('Bakkerij Herinnering', brusselsDay(-52), brusselsDay(-50));
      old = await active('Brouwerij Ingebrekestelling', '2018-03-01', '2018-03-20');
      const clerk = await web.api(CLERK);
      await eventually(async () => {
        const res = await clerk.get('/api/v1/loans?arrears=any&limit=200');
        const ids = (res.status === 200 ? res.body.items : []).map(
          (l: { loanId: string }) => l.loanId,
        );
        return ids.includes(recent) && ids.includes(old);
      }, 'the loans read model saw both loans in arrears');
      const run = await web.backOffice().app.get(ReminderProcessor).runOnce();
      expect(run.issued).toMatchObject({ first: 1, 'formal-notice': 1 });
      await eventually(async () => {
        const res = await clerk.get('/api/v1/reminders?limit=200');
        return res.status === 200 && (res.body.items as unknown[]).length === 2;
      }, 'the work queue holds both reminders');
    });

    it('lists the letters with their level, day and amount due, filters them, and opens the letter', async () => {
      const page = await web.signIn(CLERK);
      // The home page counts the letters of the last seven days.
      await text(page.getByTestId('reminder-count'), '2 brieven verstuurd in de laatste 7 dagen');
      await page.getByRole('link', { name: 'Herinneringen', exact: true }).click();
      await page.getByRole('heading', { name: 'Herinneringen en ingebrekestellingen' }).waitFor();
      const table = page.getByTestId('reminder-table');
      await text(table, 'Brouwerij Ingebrekestelling');
      const reminders = (await (await web.api(CLERK)).get('/api/v1/reminders').expect(200)).body
        .items as { loanId: string; level: string; totalDue: string; fileNumber: string }[];
      const notice = reminders.find((r) => r.loanId === old)!;
      expect(notice.level).toBe('formal-notice');
      const row = table.locator(`tr[data-loan-id="${old}"]`);
      const cells = row.locator('td');
      await text(cells.nth(0), notice.fileNumber);
      await text(cells.nth(2), 'ingebrekestelling');
      await text(cells.nth(3), new RegExp(`^\\d{1,2} [a-z]{3,4} ${brusselsDay().slice(0, 4)}$`));
      // A decimal string in Dutch: 12.345,67 EUR.
      const [whole, cents] = notice.totalDue.split('.');
      await text(cells.nth(5), `${whole!.replace(/\B(?=(\d{3})+$)/g, '.')},${cents} EUR`);
      await text(table.locator(`tr[data-loan-id="${recent}"] td`).nth(2), /^herinnering$/);
      await accessible(page);
      await shot(page, 'reminders');

      // By level: the formal notices only, in the address too.
      await page.getByRole('combobox', { name: 'Niveau' }).click();
      await page.getByRole('option', { name: 'ingebrekestelling' }).click();
      await page.waitForURL(/level=formal-notice/);
      await eventually(async () => (await table.locator('tbody tr').count()) === 1, 'one row left');
      await text(table, 'Brouwerij Ingebrekestelling');

      // By issue date: from tomorrow, none.
      const [y, m, d] = brusselsDay(1).split('-');
      const from = page.getByRole('textbox', { name: 'Verstuurd vanaf' });
      await from.fill(`${d}/${m}/${y}`);
      await from.press('Tab');
      await text(page.getByRole('main'), 'Geen herinneringen gevonden.');
      await page.goto(`${web.base()}/reminders?level=formal-notice`);

      // The letter in Dutch, from memory in a new tab.
      const [letter] = await Promise.all([
        page.context().waitForEvent('page'),
        table.getByRole('button', { name: 'Brief NL' }).click(),
      ]);
      await letter.waitForLoadState();
      await text(letter.locator('body'), 'Brouwerij Ingebrekestelling');

      // The file number leads to the loan's file.
      await table.getByRole('link', { name: notice.fileNumber }).click();
      await page.waitForURL(new RegExp(`/loans/${old}$`));
    });

    it('opens the API documentation signed in as the user: “Try it out” on GET /loans answers 200', async () => {
      const page = await web.signIn({ name: 'eva', roles: ['analyst'] });
      await page.getByRole('button', { name: /^eva/ }).click();
      const [docs] = await Promise.all([
        page.context().waitForEvent('page'),
        page.getByRole('menuitem', { name: 'API-documentatie' }).click(),
      ]);
      const problems: string[] = [];
      docs.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      docs.on('pageerror', (e) => problems.push(e.message));
      await docs.waitForURL(/\/api\/docs/);
      const operation = docs.locator('#operations-loans-LoansController_list');
      await operation.waitFor();
      // Authorize shows the bearer scheme as given, with no token typed.
      await docs.locator('.btn.authorize.locked').first().waitFor();
      await operation.locator('.opblock-summary').click();
      await operation.locator('.try-out__btn').click();
      await operation.locator('.execute').click();
      const status = operation.locator('.live-responses-table .response .response-col_status');
      await status.first().waitFor();
      expect((await status.first().innerText()).trim()).toMatch(/^200\b/);
      await operation.locator('.live-responses-table').scrollIntoViewIfNeeded();
      await docs.screenshot({ path: `${SCREENSHOTS}/api-docs-signed-in.png` });
      // The copy of the session the tab started with is gone; the app's tab keeps its own.
      expect(await docs.evaluate("sessionStorage.getItem('loanbook.session')")).toBeNull();
      expect(await page.evaluate("sessionStorage.getItem('loanbook.session')")).toMatch(/token/);
      expect(problems).toEqual([]);
    });

    it('registers a KMO-cofinanciering with the parts of its own contribution, a wrong amount shown beside its part', async () => {
      const page = await web.signIn(CLERK);
      await page.goto(`${web.base()}/loans/new?product=cofinanciering`);
      await text(page.getByRole('heading', { level: 1 }), 'Nieuwe aanvraag KMO-cofinanciering');
      const name = `Fietsenmakerij Inbreng ${Date.now().toString(36)}`;
      await page.getByLabel('Ondernemingsnummer').fill(freshEnterpriseNumber());
      await page.getByLabel('Naam van de onderneming').fill(name);
      await page
        .getByLabel(/^Bedrag \(EUR\)/)
        .first()
        .fill('140.000,00');
      await page.getByLabel(/^Looptijd \(maanden\)/).fill('84');
      await page.getByLabel('Doel van het krediet').fill('Werkplaats en voorraad');
      await page.getByLabel(/^Datum van aanvraag/).fill('01/03/2021');
      await page.getByLabel(/^Totale investeringsbehoefte/).fill('400.000,00');
      await page.getByLabel(/^Eigen inbreng die telt/).fill('60.000,00');
      await page.getByLabel(/^Naam van de medefinancier/).fill('KBC Bank');
      await page.getByLabel(/^Bedrag van de medefinancier/).fill('160.000,00');
      await page.getByLabel(/^Looptijd van de medefinanciering/).fill('84');
      const add = page.getByRole('button', { name: 'Onderdeel toevoegen' });
      await add.click();
      await add.click();
      const parts = page.getByTestId('contribution-item');
      await parts
        .nth(0)
        .getByLabel(/^Bedrag \(EUR\)/)
        .fill('40.000,00');
      await parts.nth(0).getByLabel('Omschrijving').fill('Spaargeld van de zaakvoerder');
      await parts.nth(1).getByRole('combobox', { name: 'Soort' }).click();
      await page.getByRole('option', { name: 'Winwinlening' }).click();
      await parts
        .nth(1)
        .getByLabel(/^Bedrag \(EUR\)/)
        .fill('20.000,0,0x');
      await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
      await text(
        await web.fieldError(page, parts.nth(1).getByLabel(/^Bedrag \(EUR\)/)),
        'Geef een bedrag',
      );
      await parts
        .nth(1)
        .getByLabel(/^Bedrag \(EUR\)/)
        .fill('20.000,00');
      await accessible(page);
      await shot(page, 'cofinancing-contribution-parts');
      await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
      await page.waitForURL(/\/loans\/[0-9a-f-]{36}$/);
      const loanId = page.url().split('/').pop()!;
      const events = await (await web.api(CLERK)).get(`/api/v1/loans/${loanId}/events`).expect(200);
      expect(events.body.events[0].data).toMatchObject({
        ownContribution: '60000.00',
        ownContributionItems: [
          { kind: 'own-funds', amount: '40000.00', description: 'Spaargeld van de zaakvoerder' },
          { kind: 'winwin-loan', amount: '20000.00' },
        ],
      });
    });
  },
);
