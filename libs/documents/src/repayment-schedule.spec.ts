import { LocalDate } from '@js-joda/core';
import { Money, Rate, computeSchedule, dueDateShiftOf } from '@loanbook/domain';
import { formatDate } from './format';
import type { Language } from './language';
import { renderDocument } from './render';
import { renderText } from './render-text';
import type { RepaymentScheduleInput } from './repayment-schedule';
import { repaymentSchedule, scheduleRows } from './repayment-schedule';
import { disbursedSchedule } from './testing/fixtures';
import type { Readback } from './testing/pdf-text';
import { readBack } from './testing/pdf-text';

// Issue 22: the repayment schedule handed over at disbursement, with the structured
// communication to pay with and the due dates moved off non-working days.

async function render(input: RepaymentScheduleInput, language: Language): Promise<Readback> {
  return readBack(await renderDocument(repaymentSchedule(input, language)));
}

/** What every rendering shows, in each language (rows and sentences, not the table's cells). */
const PARTS: Record<Language, string[]> = {
  nl: [
    'Aflossingstabel',
    'Krediet van 12.000,00 EUR, uitbetaald op 21 juni 2021',
    'Dossier IK-2021-0042 · 21 juni 2021',
    'Brouwerij De Gulden Eend bv Veldstraat 12 9000 Gent Ondernemingsnummer 0403.170.701',
    'Kredietbedrag 12.000,00 EUR',
    'Rentevoet 5,00 % per jaar (nominaal), vast',
    'Looptijd 6 maanden',
    'Aantal afbetalingen 6',
    'Rekeningen BE68 5390 0754 7034 BE71 0961 2345 6769',
    'Begunstigde Hefboom cvba-so',
    'Gestructureerde mededeling +++090/9337/55493+++',
    'altijd met deze gestructureerde mededeling: zo wordt uw betaling meteen op uw krediet geboekt.',
    'Valt een vervaldag op een zaterdag, een zondag of een Belgische wettelijke feestdag, dan schuift ze op naar de eerstvolgende werkdag',
    'De interest blijft berekend over de contractuele periodes',
    'Nr. Vervaldag Kapitaal (EUR) Interest (EUR) Te betalen (EUR) Saldo (EUR)',
    '22 juli 2021',
    '(contractueel 21 juli 2021)',
    '23 augustus 2021',
    '(contractueel 21 augustus 2021)',
    '(contractueel 21 november 2021)',
    '1.979,27 50,00 2.029,27 10.020,73',
    '3 21 september 2021 1.995,80 33,47 2.029,27 6.037,41',
    '6 21 december 2021 2.020,84 8,42 2.029,26 0,00',
    'Totaal 12.000,00 175,61 12.175,61',
  ],
  fr: [
    'Tableau d’amortissement',
    'Crédit de 12 000,00 EUR, versé le 21 juin 2021',
    `Montant du crédit 12 000,00 EUR`,
    'Taux d’intérêt 5,00 % par an (nominal), fixe',
    'Comptes BE68 5390 0754 7034 BE71 0961 2345 6769',
    'Communication structurée +++090/9337/55493+++',
    'est reportée au premier jour ouvrable suivant',
    '(contractuelle : 21 juillet 2021)',
    `3 21 septembre 2021 1 995,80 33,47 2 029,27 6 037,41`,
    `Total 12 000,00 175,61 12 175,61`,
  ],
  en: [
    'Repayment schedule',
    'Credit of EUR 12,000.00, paid out on 21 June 2021',
    'File IK-2021-0042 · 21 June 2021',
    'Interest rate 5.00 % a year (nominal), fixed',
    'Structured communication +++090/9337/55493+++',
    'moves to the next working day',
    '(contractual: 21 July 2021)',
    '3 21 September 2021 1,995.80 33.47 2,029.27 6,037.41',
    'Total 12,000.00 175.61 12,175.61',
  ],
};

describe.each(['nl', 'fr', 'en'] as const)('the repayment schedule in %s', (language) => {
  let given: Readback;
  beforeAll(async () => {
    given = await render(disbursedSchedule(), language);
  });

  it.each([
    ['HTML', (b: Readback) => b.htmlText],
    ['PDF', (b: Readback) => b.pdfText],
  ])(
    'the %s names the borrower, the loan, how to pay, every instalment with its moved and contractual date, and the totals',
    (_, text) => {
      for (const part of PARTS[language])
        expect([part, text(given)]).toEqual([part, expect.stringContaining(part)]);
    },
  );

  it("the PDF carries the title and the schedule's date", () => {
    expect(given.info.Title).toBe(repaymentSchedule(disbursedSchedule(), language).title);
    expect(String(given.info.CreationDate)).toContain('20210621');
  });
});

describe('repaymentSchedule', () => {
  const text = (changes: Partial<RepaymentScheduleInput>, language: Language = 'nl') =>
    renderText(repaymentSchedule({ ...disbursedSchedule(), ...changes }, language));

  it('given the text rendering, lines each instalment up in columns, the contractual date under the moved one', () => {
    const lines = text({}).split('\n');
    const first = lines.findIndex((l) => l.includes('22 juli 2021'));
    expect(lines[first]).toMatch(
      /^ {2}1 {2}22 juli 2021 +1\.979,27 +50,00 +2\.029,27 +10\.020,73$/,
    );
    expect(lines[first + 1]).toMatch(/^ {5}\(contractueel 21 juli 2021\)$/);
  });

  it('given due dates that do not move, says so and shows no contractual dates', () => {
    const plain = disbursedSchedule().instalments.map(({ contractualDueOn, ...i }) => ({
      ...i,
      dueOn: contractualDueOn ?? i.dueOn,
    }));
    const schedule = text({ dueDateConvention: 'none', instalments: plain });
    expect(schedule).toContain('De vervaldagen zijn de contractuele');
    expect(schedule).toContain('21 juli 2021');
    expect(schedule).not.toContain('contractueel');
    expect(schedule).not.toContain('eerstvolgende werkdag');
  });

  it('given one account, or none configured, says where to pay accordingly', () => {
    const one = text({ accounts: ['BE68 5390 0754 7034'] });
    expect(one).toContain('Rekening: BE68 5390 0754 7034');
    expect(one).toContain('over op de hierboven vermelde rekening, altijd');
    const none = text({ accounts: [] });
    expect(none).not.toContain('Rekening');
    expect(none).toContain('over op onze rekening, altijd');
  });

  it('given a loan without file number, names it by its id', () => {
    expect(text({ fileNumber: undefined })).toContain(
      'Dossier d3743642-087d-4f6e-a0f4-58f54bfe68f2 · 21 juni 2021',
    );
  });

  it('given figures that do not make the schedule, refuses it, naming each problem', () => {
    const [one, ...rest] = disbursedSchedule().instalments;
    expect(() =>
      repaymentSchedule(
        { ...disbursedSchedule(), instalments: [{ ...one, principal: '1979.28' }, ...rest] },
        'nl',
      ),
    ).toThrow(
      /instalment 1: principal 1979.28 \+ interest 50.00 is not its total 2029.27; instalment 1: balance 10020.73 is not 10020.72;.*the instalments repay 12000.01, not the amount 12000.00/,
    );
    expect(() => repaymentSchedule({ ...disbursedSchedule(), instalments: rest }, 'nl')).toThrow(
      /instalment 1 is numbered 2/,
    );
  });

  it('given a malformed communication, a moved date before its contractual one, or no instalment, refuses it', () => {
    const [one, ...rest] = disbursedSchedule().instalments;
    expect(() =>
      repaymentSchedule({ ...disbursedSchedule(), structuredCommunication: '090933755493' }, 'nl'),
    ).toThrow(/structuredCommunication must read \+\+\+ddd\/dddd\/ddddd\+\+\+, got "090933755493"/);
    expect(() =>
      repaymentSchedule(
        { ...disbursedSchedule(), instalments: [{ ...one, dueOn: '2021-07-20' }, ...rest] },
        'nl',
      ),
    ).toThrow(/instalment 1: due on 2021-07-20, not after its contractual date 2021-07-21/);
    expect(() => repaymentSchedule({ ...disbursedSchedule(), instalments: [] }, 'nl')).toThrow(
      /at least one instalment is required/,
    );
  });

  it("given a borrower's name with markup or control characters, shows it as text", async () => {
    const back = await render(
      {
        ...disbursedSchedule(),
        borrower: { ...disbursedSchedule().borrower, name: 'Bakkerij <i>Jan</i> & Zoon\u0007' },
        productName: '<script>alert(1)</script>',
      },
      'nl',
    );
    expect(back.html).not.toContain('<i>');
    expect(back.html).not.toContain('<script>');
    expect(back.html).not.toContain('\u0007');
    expect(back.htmlText).toContain('Bakkerij <i>Jan</i> & Zoon');
    expect(back.pdfText).toContain('Bakkerij <i>Jan</i> & Zoon');
    expect(back.htmlText).toContain('Product <script>alert(1)</script>');
  });

  it('given a long schedule, repeats the table header on every page and never splits a row', async () => {
    const { instalments } = computeSchedule({
      principal: Money.parse('250000.00'),
      annualRate: Rate.parse('0.045'),
      termMonths: 120,
      repayment: { method: 'linear', frequency: 'monthly', capitalHolidayMonths: 0 },
      disbursedOn: LocalDate.parse('2021-06-21'),
      dueDateShift: dueDateShiftOf({ convention: 'following', holidays: ['2021-07-21'] }),
    });
    const back = await render(
      {
        ...disbursedSchedule(),
        amount: '250000.00',
        annualRate: '0.045',
        termMonths: 120,
        repayment: { method: 'linear', frequency: 'monthly' },
        instalments: scheduleRows(instalments),
      },
      'nl',
    );
    expect(back.pdfPages.length).toBeGreaterThan(2);
    const header = 'Nr. Vervaldag Kapitaal (EUR) Interest (EUR) Te betalen (EUR) Saldo (EUR)';
    const tablePages = back.pdfPages.filter((page) => /\b2\.083,33\b/.test(page));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) expect(page).toContain(header);
    // Every instalment's figures stand whole on one page.
    for (const i of instalments) {
      const figures = `${i.number} ${formatDate(i.dueOn, 'nl')}`;
      expect([figures, back.pdfPages.some((page) => page.includes(figures))]).toEqual([
        figures,
        true,
      ]);
    }
    expect(back.pdfText).toContain('Totaal 250.000,00');
  });
});
