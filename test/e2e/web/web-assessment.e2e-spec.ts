import type { Locator, Page } from 'playwright-core';
import { describeBrowser } from '@loanbook/testing';
import { freshEnterpriseNumber, impulskredietApplication } from '../fixtures';
import { webSuite, type WebUser } from './web-browser';

jest.setTimeout(240_000);

const CLERK: WebUser = { name: 'anna', roles: ['clerk'] };

/**
 * The credit assessment form's income kinds with their own fields (DOMAIN.md 3.5): filled in a
 * real browser, checked on the screen, then over the API; a field the server refuses shown
 * beside it, and nothing recorded.
 */
describeBrowser('the credit assessment form’s income kinds in the web app', () => {
  const web = webSuite();
  const { text, shot, accessible, fieldError } = web;

  async function applied(name: string): Promise<string> {
    const res = await (
      await web.api(CLERK)
    )
      .post('/api/v1/loans')
      .send(
        impulskredietApplication({
          borrower: { enterpriseNumber: freshEnterpriseNumber(), name, province: 'Limburg' },
        }),
      )
      .expect(201);
    return res.body.loanId as string;
  }

  /** The form with the household around the incomes filled in (a single owner, 60 months). */
  async function household(page: Page, loanId: string): Promise<Locator> {
    await page.goto(`${web.base()}/loans/${loanId}`);
    const form = page.getByRole('region', { name: 'Gezinsbudget beoordelen' });
    await form.getByLabel(/^Beoordeeld op/).fill('05/03/2018');
    await form.getByLabel(/^Gezinssamenstelling/).selectOption('single');
    await form.getByLabel(/^Geboortedatum aanvrager/).fill('12/05/1980');
    await form.getByLabel(/^Geplande ondertekening/).fill('15/03/2018');
    await form.getByLabel(/^Woonsituatie/).selectOption('owner');
    await form.getByLabel(/^Bruto hypotheeklast per maand/).fill('600,00');
    return form;
  }

  it('records a self-employed profit over three years and alimony with its end date', async () => {
    const loanId = await applied('Fotostudio Zelfstandig');
    const page = await web.signIn(CLERK);
    const form = await household(page, loanId);

    const first = form.getByRole('group', { name: 'Inkomen 1' });
    await first.getByLabel(/^Soort inkomen/).selectOption('self-employed');
    // Its own fields only: yearly profits and the documented years, no monthly amount.
    expect(await first.getByLabel(/^Netto per maand/).count()).toBe(0);
    expect(await first.getByLabel(/^Betaald tot en met/).count()).toBe(0);
    await first.getByRole('button', { name: 'Boekjaar toevoegen' }).click();
    await first.getByLabel(/^Winst boekjaar 1/).fill('24.000,00');
    const second = first.getByLabel(/^Winst boekjaar 2/);
    await second.fill('30.000,5,0');
    await first.getByLabel(/^Winst boekjaar 3/).fill('36.000');
    await first.getByLabel(/^Gedocumenteerde boekjaren/).fill('2');
    await first.getByLabel(/^Omschrijving/).fill('fotostudio');

    await form.getByRole('button', { name: 'Inkomen toevoegen' }).click();
    const alimony = form.getByRole('group', { name: 'Inkomen 2' });
    await alimony.getByLabel(/^Soort inkomen/).selectOption('alimony-received');
    expect(await alimony.getByLabel(/^Winst boekjaar/).count()).toBe(0);
    expect(await alimony.getByLabel(/^In proeftijd/).count()).toBe(0);
    await alimony.getByLabel(/^Netto per maand/).fill('400,00');
    await alimony.getByLabel(/^Betaald tot en met/).fill('31/12/2019');

    // An amount with two decimal separators is refused beside it, before anything is sent.
    await form.getByRole('button', { name: 'Beoordeling registreren' }).click();
    await text(await fieldError(page, second), 'Geef een bedrag zoals 25.000,00');
    await second.fill('30.000,00');
    await accessible(page);
    await shot(page, '33-assessment-income-kinds');
    await form.getByRole('button', { name: 'Beoordeling registreren' }).click();
    await page.getByTestId('command-reply').waitFor();

    const shown = page.getByTestId('credit-assessment');
    await text(shown, '5 maart 2018 door anna');
    const rows = page.getByTestId('assessed-incomes').locator('tbody tr');
    // The last two years' average, a month: (30.000 + 36.000) / 24; the alimony ends in the term.
    await text(rows.nth(0), 'Winst als zelfstandige · fotostudio2.750,00 EUR100,00 %2.750,00 EUR');
    await text(rows.nth(1), 'Ontvangen onderhoudsgeld400,00 EUR0,00 %0,00 EUR');
    await shot(page, '34-assessment-counted');

    const assessment = await (
      await web.api(CLERK)
    )
      .get(`/api/v1/loans/${loanId}/credit-assessment`)
      .expect(200);
    expect(assessment.body.details.input.incomes).toEqual([
      {
        kind: 'self-employed',
        description: 'fotostudio',
        yearlyProfits: ['24000.00', '30000.00', '36000.00'],
        documentedYears: 2,
      },
      { kind: 'alimony-received', monthlyNet: '400.00', endsOn: '2019-12-31' },
    ]);
    expect(assessment.body.details.result.incomes).toMatchObject([
      { kind: 'self-employed', monthlyNet: '2750.00', counted: '2750.00' },
      { kind: 'alimony-received', monthlyNet: '400.00', counted: '0.00' },
    ]);
    expect(assessment.body.details.input.housing).toEqual({
      tenure: 'owner',
      mortgageGrossCharge: '600.00',
    });
    // What the screen says of the maximum is the API's figure.
    const [whole, cents] = (assessment.body.maximumCredit as string).split('.');
    const maximum = `${whole!.replace(/\B(?=(\d{3})+$)/g, '.')},${cents}`;
    await text(shown, `${maximum} EUR`);
  });

  it('shows the server’s refusal of a commission’s months beside that field; nothing recorded', async () => {
    const loanId = await applied('Makelaardij Commissie');
    const page = await web.signIn(CLERK);
    const form = await household(page, loanId);
    await form
      .getByRole('group', { name: 'Inkomen 1' })
      .getByLabel(/^Netto per maand/)
      .fill('2.100');
    await form.getByRole('button', { name: 'Inkomen toevoegen' }).click();
    const commission = form.getByRole('group', { name: 'Inkomen 2' });
    await commission.getByLabel(/^Soort inkomen/).selectOption('commission');
    expect(await commission.getByLabel(/^Betaald tot en met/).count()).toBe(0);
    await commission.getByLabel(/^Netto per maand/).fill('350,00');
    // Not a whole number: sent as typed, for the server to name (household.incomes.1.structuralMonths).
    const months = commission.getByLabel(/^Maanden structureel/);
    await months.fill('twaalf');
    await form.getByRole('button', { name: 'Beoordeling registreren' }).click();
    await text(await fieldError(page, months), 'moet een geheel getal zijn');
    expect(await commission.getByLabel(/^Netto per maand/).inputValue()).toBe('350,00');
    await (await web.api(CLERK)).get(`/api/v1/loans/${loanId}/credit-assessment`).expect(404);

    await months.fill('12');
    await form.getByRole('button', { name: 'Beoordeling registreren' }).click();
    await page.getByTestId('command-reply').waitFor();
    await text(
      page.getByTestId('assessed-incomes').locator('tbody tr').nth(1),
      'Provisie of commissie350,00 EUR100,00 %350,00 EUR',
    );
    const assessment = await (
      await web.api(CLERK)
    )
      .get(`/api/v1/loans/${loanId}/credit-assessment`)
      .expect(200);
    expect(assessment.body.details.input.incomes[1]).toEqual({
      kind: 'commission',
      monthlyNet: '350.00',
      structuralMonths: 12,
    });
  });
});
