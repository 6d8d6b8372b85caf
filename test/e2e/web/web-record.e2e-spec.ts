import type { Page } from 'playwright-core';
import { describeBrowser } from '@loanbook/testing';
import { freshEnterpriseNumber, impulskredietApplication } from '../fixtures';
import { eventually } from '../harness';
import { webSuite, type WebUser } from './web-browser';

jest.setTimeout(240_000);

const CLERK: WebUser = { name: 'anna', roles: ['clerk'] };
const OFFICER: WebUser = { name: 'bart', roles: ['credit-officer'], approvalLimit: '100000.00' };
const OTHER_OFFICER: WebUser = {
  name: 'chloe',
  roles: ['credit-officer'],
  approvalLimit: '100000.00',
};

/**
 * The list by officer, and the forms that record what an undecided application gathers: the
 * information items received and the household's credit assessment. Checked on the screen,
 * then over the API.
 */
describeBrowser('the officer filter and the application’s records in the web app', () => {
  const web = webSuite();
  const { text, shot, accessible, fieldError } = web;
  const region = (page: Page, name: string) => page.getByRole('region', { name });

  async function applied(name: string, appliedOn = '2018-03-01'): Promise<string> {
    const clerk = await web.api(CLERK);
    const res = await clerk
      .post('/api/v1/loans')
      .send(
        impulskredietApplication({
          appliedOn,
          borrower: { enterpriseNumber: freshEnterpriseNumber(), name, province: 'Limburg' },
        }),
      )
      .expect(201);
    return res.body.loanId as string;
  }

  it('lists the files an officer decided: by user id, and “my files”', async () => {
    const mine = await applied('Brouwerij Officierfilter');
    const theirs = await applied('Bakkerij Officierfilter');
    const open = await applied('Slagerij Officierfilter');
    await (
      await web.api(OFFICER)
    )
      .post(`/api/v1/loans/${mine}/approval`)
      .send({ approvedOn: '2018-03-15' })
      .expect(200);
    await (
      await web.api(OTHER_OFFICER)
    )
      .post(`/api/v1/loans/${theirs}/refusal`)
      .send({ refusedOn: '2018-03-15', reasons: ['known-payment-arrears'] })
      .expect(200);

    const page = await web.signIn(OFFICER);
    await page.goto(`${web.base()}/loans?q=officierfilter`);
    const rows = page.getByTestId('loan-table').locator('tbody tr');
    await text(page.getByTestId('loan-table'), 'Slagerij Officierfilter');
    await page.goto(`${web.base()}/loans?q=officierfilter&officer=bart`);
    await text(page.getByTestId('loan-table'), 'Brouwerij Officierfilter');
    await page.waitForLoadState('networkidle');
    expect(await rows.count()).toBe(1);
    await accessible(page);
    await shot(page, '30-loans-by-officer');

    // Another officer's id, typed: the refusal is theirs.
    const officer = page.getByLabel(/^Kredietofficier/);
    await officer.fill('Chloe');
    await officer.press('Enter');
    await text(page.getByTestId('loan-table'), 'Bakkerij Officierfilter');
    await page.waitForLoadState('networkidle');
    expect(await rows.count()).toBe(1);

    // “My files”: the signed-in officer's id, ticked and unticked with the mouse and the keyboard.
    const mineBox = page.getByRole('checkbox', { name: 'Mijn dossiers' });
    expect(await mineBox.isChecked()).toBe(false);
    await page.getByText('Mijn dossiers', { exact: true }).click();
    await page.waitForURL(/officer=bart/);
    await text(page.getByTestId('loan-table'), 'Brouwerij Officierfilter');
    expect(await mineBox.isChecked()).toBe(true);
    expect(await officer.inputValue()).toBe('bart');
    await page.waitForLoadState('networkidle');
    expect(await rows.count()).toBe(1);
    await mineBox.press('Space');
    await page.waitForURL((url) => !url.searchParams.has('officer'));
    await eventually(async () => !(await mineBox.isChecked()), 'unticked');
    await text(page.getByTestId('loan-table'), 'Slagerij Officierfilter');
    // Their own id typed, not yet sent, then the label clicked: ticked, as the user asked.
    await officer.fill('bart');
    await page.getByText('Mijn dossiers', { exact: true }).click();
    await page.waitForURL(/officer=bart/);
    await eventually(async () => mineBox.isChecked(), 'ticked');
    // Ticked, the field focused, the label clicked: unticked.
    await officer.focus();
    await page.getByText('Mijn dossiers', { exact: true }).click();
    await page.waitForURL((url) => !url.searchParams.has('officer'));
    await eventually(async () => !(await mineBox.isChecked()), 'unticked again');
    await text(page.getByTestId('loan-table'), 'Slagerij Officierfilter');

    const listed = await (
      await web.api(CLERK)
    )
      .get('/api/v1/loans?q=officierfilter&officer=bart')
      .expect(200);
    expect(listed.body.items.map((i: { loanId: string }) => i.loanId)).toEqual([mine]);
    expect(open).toBeDefined();
  });

  it('records the information received, a date before the application refused beside it', async () => {
    const loanId = await applied('Drukkerij Gegevens', '2018-03-01');
    const page = await web.signIn(CLERK);
    await page.goto(`${web.base()}/loans/${loanId}`);
    const form = region(page, 'Ontvangen gegevens registreren');
    await text(page.getByTestId('application-information'), 'gegevens ontbreken nog');
    const before = await page.getByTestId('information-missing').locator('li').count();

    // Nothing chosen: said above the list, nothing sent.
    await form.getByRole('button', { name: 'Gegevens registreren' }).click();
    await text(form.getByRole('alert'), 'Kies minstens één gegeven');

    await form
      .getByLabel('Toestand: Actuele financiële resultaten en het financieel plan')
      .selectOption('provided');
    await form
      .getByLabel('Notitie: Actuele financiële resultaten en het financieel plan')
      .fill('jaarrekening 2017 en plan tot 2020');
    await form.getByLabel('Toestand: Sociale balans').selectOption('not-applicable');
    const recordedOn = form.getByLabel(/^Ontvangen op/);
    await recordedOn.fill('20/02/2018');
    await form.getByRole('button', { name: 'Gegevens registreren' }).click();
    await text(await fieldError(page, recordedOn), 'De registratie ligt vóór de aanvraag');
    // Nothing typed is lost.
    expect(
      await form
        .getByLabel('Notitie: Actuele financiële resultaten en het financieel plan')
        .inputValue(),
    ).toBe('jaarrekening 2017 en plan tot 2020');

    await recordedOn.fill('05/03/2018');
    await accessible(page);
    await shot(page, '31-record-information');
    await form.getByRole('button', { name: 'Gegevens registreren' }).click();
    await page.getByTestId('command-reply').waitFor();
    await text(page.getByTestId('application-information'), `${before - 2} gegevens ontbreken nog`);

    const info = await (
      await web.api(CLERK)
    )
      .get(`/api/v1/loans/${loanId}/application-information`)
      .expect(200);
    expect(info.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          item: 'financial-results-and-plan',
          status: 'provided',
          note: 'jaarrekening 2017 en plan tot 2020',
          recordedOn: '2018-03-05',
        }),
        expect.objectContaining({ item: 'social-balance-sheet', status: 'not-applicable' }),
      ]),
    );
  });

  it('records the household’s credit assessment; a field the server cannot read shown on it', async () => {
    const loanId = await applied('Schrijnwerkerij Budget', '2018-03-01');
    const page = await web.signIn(CLERK);
    await page.goto(`${web.base()}/loans/${loanId}`);
    const form = region(page, 'Gezinsbudget beoordelen');
    await form.getByLabel(/^Beoordeeld op/).fill('05/03/2018');
    await form.getByLabel(/^Gezinssamenstelling/).selectOption('couple-with-children');
    await form.getByLabel(/^Geboortedatum aanvrager/).fill('12/05/1984');
    await form.getByLabel(/^Geplande ondertekening/).fill('15/03/2018');
    await form.getByLabel(/^Woonsituatie/).selectOption('renter');
    await form.getByLabel(/^Huur per maand/).fill('850,00');
    await form.getByLabel(/^Servicekosten per maand/).fill('40');
    await form
      .getByRole('group', { name: 'Inkomen 1' })
      .getByLabel(/^Netto per maand/)
      .fill('3.150,00');
    await form.getByRole('button', { name: 'Inkomen toevoegen' }).click();
    await form
      .getByRole('group', { name: 'Inkomen 2' })
      .getByLabel(/^Netto per maand/)
      .fill('1.900,00');
    await form.getByRole('button', { name: 'Last toevoegen' }).click();
    await form
      .getByRole('group', { name: 'Last 1' })
      .getByLabel(/^Maandlast/)
      .fill('210,00');
    // A term the server cannot read: a 400 on household.termMonths, beside the term.
    const term = form.getByLabel(/^Looptijd \(maanden\)/);
    await term.fill('zestig');
    await form.getByRole('button', { name: 'Beoordeling registreren' }).click();
    await fieldError(page, term);
    expect(
      await form
        .getByRole('group', { name: 'Inkomen 2' })
        .getByLabel(/^Netto per maand/)
        .inputValue(),
    ).toBe('1.900,00');
    await term.fill('60');
    await accessible(page);
    await shot(page, '32-record-assessment');
    await form.getByRole('button', { name: 'Beoordeling registreren' }).click();
    await page.getByTestId('command-reply').waitFor();
    await text(page.getByTestId('credit-assessment'), 'Binnen het maximum');
    await text(page.getByTestId('credit-assessment'), '5 maart 2018 door anna');

    const assessment = await (
      await web.api(CLERK)
    )
      .get(`/api/v1/loans/${loanId}/credit-assessment`)
      .expect(200);
    expect(assessment.body).toMatchObject({
      assessedOn: '2018-03-05',
      assessedBy: 'anna',
      requestedAmount: '25000.00',
      withinMaximum: true,
    });
    // The officer decides; the clerk's forms go once the application is decided.
    await (
      await web.api(OFFICER)
    )
      .post(`/api/v1/loans/${loanId}/approval`)
      .send({ approvedOn: '2018-03-15' })
      .expect(200);
    await page.reload();
    await text(page.getByRole('heading', { level: 1 }), 'Schrijnwerkerij Budget');
    expect(await region(page, 'Gezinsbudget beoordelen').count()).toBe(0);
  });
});
