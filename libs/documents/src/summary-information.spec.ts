import { DocumentInputError } from './errors';
import type { Language } from './language';
import { renderDocument } from './render';
import type { SummaryInformationInput } from './summary-information';
import {
  DEFAULT_SECURITIES_INFO_URL,
  SUMMARY_INFORMATION_HEADINGS,
  summaryInformationDocument,
} from './summary-information';
import { cofinancingOffer, impulskredietOffer, winwinOffer } from './testing/fixtures';
import type { Readback } from './testing/pdf-text';
import { readBack } from './testing/pdf-text';

// DOMAIN.md 4.2: the summary information document of an offer, with the code of conduct's
// eleven items, each under its numbered heading and with the loan's own figures.

const NUMERALS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi'];

async function render(input: SummaryInformationInput, language: Language): Promise<Readback> {
  return readBack(await renderDocument(summaryInformationDocument(input, language)));
}

/** The text under item n's heading, up to the next item's heading (or the end). */
export function item(text: string, language: Language, n: number): string {
  const headings = SUMMARY_INFORMATION_HEADINGS[language].map((h, i) => `${NUMERALS[i]}. ${h}`);
  const start = text.indexOf(headings[n]);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = n + 1 < headings.length ? text.indexOf(headings[n + 1]) : text.length;
  expect(end).toBeGreaterThan(start);
  return text.slice(start + headings[n].length, end);
}

/** What each item must show for the Impulskrediet fixture, in each language. */
const IMPULSKREDIET_ITEMS: Record<'nl' | 'en', string[][]> = {
  nl: [
    [
      'Naam Hefboom cvba-so',
      'Koning Albert II-laan 37 1030 Brussel',
      'Ondernemingsnummer 0458.447.573',
      'Telefoon +32 2 274 24 11',
      'E-mail krediet@hefboom.example',
      'Website https://www.hefboom.example',
    ],
    [
      'Kredietvorm Impulskrediet',
      'Constante termijnen (annuïteiten)',
      'Betalingen Maandelijks',
      'Kapitaalvrije periode Geen',
      'Termijnbedrag 468,31 EUR',
      'Voor ondernemers zonder toegang tot bankkrediet.',
      'Twee jaar gratis coaching na de toekenning.',
    ],
    ['Looptijd 57 maanden', 'Eerste vervaldag 20 april 2018', 'Eindvervaldag 20 december 2022'],
    ['Kredietbedrag 23.456,78 EUR'],
    [
      'Rentevoet 7,00 % per jaar (nominaal)',
      'Vast voor de volledige looptijd',
      'de rentevoet kan tijdens de looptijd niet wijzigen',
    ],
    [
      'Dossierkosten 125,00 EUR',
      'Reserveringscommissie 0,5 % per jaar op het niet-opgenomen bedrag',
      'registratierechten',
    ],
    ['rekening van de kredietnemer (BE68 5390 0754 7034)', 'uiterlijk op 14 april 2018'],
    [
      'maximaal 6 maanden interest op het vervroegd terugbetaalde kapitaal: voor het volledige bedrag van 23.456,78 EUR aan 7,00 % is dat 820,99 EUR',
      'kredieten tot 2.000.000,00 EUR',
      'geheel of gedeeltelijk',
    ],
    [
      'Persoonlijke zekerheid (borgstelling) Jan Peeters: 11.728,39 EUR',
      'Zakelijke zekerheid (pand of hypotheek) Brouwerij De Gulden Eend bv: 15.000,00 EUR Pand op de handelszaak',
    ],
    ['Het aanbod geldt tot en met 14 april 2018'],
    ['https://www.financieringvanondernemingen.be'],
  ],
  en: [
    [
      'Name Hefboom cvba-so',
      'Koning Albert II-laan 37 1030 Brussel',
      'Enterprise number 0458.447.573',
      'Telephone +32 2 274 24 11',
      'E-mail krediet@hefboom.example',
      'Website https://www.hefboom.example',
    ],
    [
      'Kind of credit Impulskrediet',
      'Constant instalments (annuity)',
      'Payments Monthly',
      'Capital holiday None',
      'Instalment EUR 468.31',
    ],
    ['Term 57 months', 'First due date 20 April 2018', 'Final due date 20 December 2022'],
    ['Amount of credit EUR 23,456.78'],
    [
      'Interest rate 7.00 % a year (nominal)',
      'Fixed for the whole term',
      'the rate cannot change during the term',
    ],
    [
      'Dossierkosten EUR 125.00',
      'Reserveringscommissie 0,5 % per jaar op het niet-opgenomen bedrag',
      'registration duties',
    ],
    ["the borrower's account (BE68 5390 0754 7034)", 'by 14 April 2018 at the latest'],
    [
      'at most 6 months of interest on the capital repaid early: for the full amount of EUR 23,456.78 at 7.00 % that is EUR 820.99',
      'credits up to EUR 2,000,000.00',
      'wholly or in part',
    ],
    [
      'Personal security (surety) Jan Peeters: EUR 11,728.39',
      'Real security (pledge or mortgage) Brouwerij De Gulden Eend bv: EUR 15,000.00 Pand op de handelszaak',
    ],
    ['The offer holds until (inclusive) 14 April 2018'],
    ['https://www.financieringvanondernemingen.be'],
  ],
};

describe.each(['nl', 'en'] as const)('summaryInformationDocument in %s', (language) => {
  describe('given an Impulskrediet offer', () => {
    let back: Readback;
    beforeAll(async () => {
      back = await render(impulskredietOffer(), language);
    });

    it.each([
      ['HTML', (b: Readback) => b.htmlText],
      ['PDF', (b: Readback) => b.pdfText],
    ])('the %s shows all eleven items in order, each with the loan’s own figures', (_, text) => {
      const shown = text(back);
      IMPULSKREDIET_ITEMS[language].forEach((expected, n) => {
        const under = item(shown, language, n);
        for (const figure of expected) expect(under).toContain(figure);
      });
    });

    it.each([
      ['HTML', (b: Readback) => b.htmlText],
      ['PDF', (b: Readback) => b.pdfText],
    ])('the %s names the borrower, the loan, the offer date and the document date', (_, text) => {
      const shown = text(back);
      const dates =
        language === 'nl' ? ['15 maart 2018', '16 maart 2018'] : ['15 March 2018', '16 March 2018'];
      for (const part of ['Brouwerij De Gulden Eend bv', '0403.170.701', 'L-2018-0042', ...dates]) {
        expect(shown).toContain(part);
      }
    });

    it('the PDF carries the title, the lender as author and the document date', () => {
      expect(back.info).toMatchObject({
        Title:
          language === 'nl' ? 'Samenvattend informatiedocument' : 'Summary information document',
        Author: 'Hefboom cvba-so',
        CreationDate: 'D:20180316000000Z',
      });
    });
  });

  describe('given a co-financing offer above the small-credit ceiling, priced on the IRS', () => {
    let back: Readback;
    beforeAll(async () => {
      back = await render(cofinancingOffer(), language);
    });

    it('states how the rate was set, the standard scheme, no costs, no securities and the given link', () => {
      for (const shown of [back.htmlText, back.pdfText]) {
        expect(item(shown, language, 4)).toContain(
          'IRS 7 jaar 0,412 % + marge 0,53 %, minimum 3 %',
        );
        expect(item(shown, language, 4)).toContain(language === 'nl' ? '3,00 %' : '3.00 %');
        expect(item(shown, language, 1)).toContain(
          language === 'nl' ? '24 maanden (2 jaar)' : '24 months (2 years)',
        );
        expect(item(shown, language, 2)).toContain(
          language === 'nl' ? '84 maanden (7 jaar)' : '84 months (7 years)',
        );
        expect(item(shown, language, 5)).toMatch(language === 'nl' ? /^ Geen:/ : /^ None:/);
        const fee = item(shown, language, 7);
        expect(fee).toContain(language === 'nl' ? '1.000.000,00 EUR' : 'EUR 1,000,000.00');
        expect(fee).toContain('Euribor');
        expect(fee).toContain('IRS');
        expect(fee).not.toMatch(/6 (maanden|months)/);
        expect(item(shown, language, 8)).toMatch(language === 'nl' ? /^ Geen:/ : /^ None:/);
        expect(item(shown, language, 10)).toContain(
          'https://www.financieringvanondernemingen.be/nl/zekerheden',
        );
      }
    });
  });

  describe('given a win-win loan with the government guarantee', () => {
    let back: Readback;
    beforeAll(async () => {
      back = await render(winwinOffer(), language);
    });

    it('states the public guarantee with its amount and share, no fee and whole repayment only', () => {
      for (const shown of [back.htmlText, back.pdfText]) {
        expect(item(shown, language, 8)).toContain(
          language === 'nl'
            ? 'Overheidswaarborg Vlaamse overheid (PMV): 15.000,00 EUR, dekking 40 %'
            : 'Public guarantee Vlaamse overheid (PMV): EUR 15,000.00, covers 40 %',
        );
        const fee = item(shown, language, 7);
        expect(fee).toContain(language === 'nl' ? 'geen vergoeding verschuldigd' : 'No fee is due');
        expect(fee).toContain(
          language === 'nl'
            ? 'enkel voor het volledige openstaande kapitaal'
            : 'only possible of the whole',
        );
        expect(item(shown, language, 4)).toContain(language === 'nl' ? '1,75 %' : '1.75 %');
      }
    });
  });
});

describe('summaryInformationDocument', () => {
  it('uses the Dutch headings of the code of conduct', () => {
    const headings = summaryInformationDocument(impulskredietOffer(), 'nl')
      .sections.filter((s) => s.number !== undefined)
      .map((s) => `${s.number}. ${s.heading}`);

    expect(headings).toEqual([
      'i. Identiteit en contactgegevens van de kredietgever',
      'ii. Soort krediet en belangrijkste kenmerken',
      'iii. Looptijd van de overeenkomst',
      'iv. Kredietbedrag',
      'v. Rentevoet',
      'vi. Gebruikelijke kosten',
      'vii. Terbeschikkingstelling',
      'viii. Vergoeding bij vervroegde terugbetaling',
      'ix. Gevraagde zekerheden',
      'x. Gestanddoeningstermijn',
      'xi. Meer informatie over zekerheden',
    ]);
  });

  it('given no link for item xi, points to financieringvanondernemingen.be', () => {
    const model = summaryInformationDocument(impulskredietOffer(), 'en');
    const xi = model.sections.find((s) => s.number === 'xi');

    expect(DEFAULT_SECURITIES_INFO_URL).toBe('https://www.financieringvanondernemingen.be');
    expect(xi?.blocks).toEqual([expect.objectContaining({ url: DEFAULT_SECURITIES_INFO_URL })]);
  });

  it('given an English document, writes no Dutch wording of its own', () => {
    const text = JSON.stringify(summaryInformationDocument(cofinancingOffer(), 'en'));
    for (const dutch of [
      'Kredietbedrag',
      'Looptijd',
      'maanden',
      'Gestanddoeningstermijn',
      'Geen',
    ]) {
      expect(text).not.toContain(dutch);
    }
  });

  it('given the same offer twice, gives the same PDF bytes', async () => {
    const first = await renderDocument(summaryInformationDocument(impulskredietOffer(), 'nl'));
    const second = await renderDocument(summaryInformationDocument(impulskredietOffer(), 'nl'));

    expect(first.pdf.equals(second.pdf)).toBe(true);
    expect(first.html).toBe(second.html);
  });

  it('given a borrower whose name holds markup, shows the name as text in HTML and PDF', async () => {
    const name = 'Bakkerij <script>alert("x")</script> & Zonen';
    const back = await render(
      { ...impulskredietOffer(), borrower: { ...impulskredietOffer().borrower, name } },
      'nl',
    );

    expect(back.html).not.toMatch(/<script/i);
    expect(back.htmlText).toContain(name);
    expect(back.pdfText).toContain(name);
  });

  describe('the early-repayment scheme must fit the amount (DOMAIN.md 4.3)', () => {
    const offer = (amount: string, kind: 'six-months-cap' | 'standard') =>
      summaryInformationDocument(
        {
          ...impulskredietOffer(),
          amount,
          earlyRepayment:
            kind === 'six-months-cap'
              ? { kind, ceiling: '2000000.00', capOnFullAmount: '70000.00' }
              : { kind, ceiling: '2000000.00' },
        },
        'nl',
      );

    it('given a credit of exactly the ceiling, takes the six months’ cap', () => {
      expect(() => offer('2000000.00', 'six-months-cap')).not.toThrow();
    });

    it('given a credit one cent above the ceiling, refuses the six months’ cap', () => {
      expect(() => offer('2000000.01', 'six-months-cap')).toThrow(/standard scheme applies/);
    });

    it('given a credit of exactly the ceiling, refuses the standard scheme', () => {
      expect(() => offer('2000000.00', 'standard')).toThrow(/six months' cap applies/);
    });

    it('given a credit one cent above the ceiling, takes the standard scheme', () => {
      expect(() => offer('2000000.01', 'standard')).not.toThrow();
    });
  });

  describe('the offer must hold at least until the day it is made', () => {
    it('given a validity ending on the offer date, accepts it', () => {
      expect(() =>
        summaryInformationDocument(
          { ...impulskredietOffer(), offerValidUntil: '2018-03-15' },
          'nl',
        ),
      ).not.toThrow();
    });

    it('given a validity ending the day before, refuses it', () => {
      expect(() =>
        summaryInformationDocument(
          { ...impulskredietOffer(), offerValidUntil: '2018-03-14' },
          'nl',
        ),
      ).toThrow(/offerValidUntil 2018-03-14 is before the offer date 2018-03-15/);
    });
  });

  it('given a variable rate, requires how it can change', () => {
    const variable = (changes?: string) =>
      summaryInformationDocument(
        { ...impulskredietOffer(), rate: { annualRate: '0.05', fixed: false, changes } },
        'nl',
      );

    expect(() => variable()).toThrow(/rate.changes/);
    const model = variable('jaarlijks herzien op 1 januari, op basis van Euribor 12 maanden');
    const rateItem = JSON.stringify(model.sections.find((s) => s.number === 'v'));
    expect(rateItem).toContain(
      'Ja: jaarlijks herzien op 1 januari, op basis van Euribor 12 maanden',
    );
    expect(rateItem).toContain('Variabel');
  });

  it('given several problems, names them all at once', () => {
    const input: SummaryInformationInput = {
      ...impulskredietOffer(),
      loanId: ' ',
      termMonths: 0,
      lender: { ...impulskredietOffer().lender, name: '' },
      securities: [{ kind: 'personal', guarantor: '', amount: '0.00' }],
      securitiesInfoUrl: 'javascript:alert(1)',
    };

    let error: unknown;
    try {
      summaryInformationDocument(input, 'nl');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DocumentInputError);
    expect((error as DocumentInputError).problems).toEqual([
      'loanId is required',
      'lender.name is required',
      'termMonths must be a whole number of months above 0, got 0',
      'repayment.capitalHolidayMonths must be a whole number from 0 to below the term, got 0',
      'securities[0].guarantor is required',
      'securities[0].amount must be above 0, got 0.00',
      'securitiesInfoUrl must be a web address (http or https), got "javascript:alert(1)"',
    ]);
  });
});

describe('the due dates of item iii (issue 22)', () => {
  const iii = async (input: SummaryInformationInput, language: Language) =>
    item((await render(input, language)).pdfText, language, 2);

  it.each([
    [
      'nl',
      'Valt een vervaldag op een zaterdag, een zondag of een Belgische wettelijke feestdag, dan schuift ze op naar de eerstvolgende werkdag. De interest blijft berekend over de contractuele periodes',
      'Bij de terbeschikkingstelling ontvangt u de aflossingstabel met elke vervaldag en elk bedrag, samen met de gestructureerde mededeling waarmee u elke afbetaling overschrijft.',
    ],
    [
      'fr',
      'Une échéance qui tombe un samedi, un dimanche ou un jour férié légal belge est reportée au premier jour ouvrable suivant.',
      'vous recevrez le tableau d’amortissement avec chaque échéance et chaque montant, ainsi que la communication structurée',
    ],
    [
      'en',
      'A due date that falls on a Saturday, a Sunday or a Belgian public holiday moves to the next working day.',
      'When the funds are made available you will receive the repayment schedule with every due date and amount, together with the structured communication',
    ],
  ] as const)(
    'given a product whose due dates follow working days, says so in %s, and that the schedule follows',
    async (language, workingDays, scheduleFollows) => {
      const text = await iii({ ...impulskredietOffer(), dueDateConvention: 'following' }, language);
      expect(text).toContain(workingDays);
      expect(text).toContain(scheduleFollows);
    },
  );

  it('given a product whose due dates do not move, or none said, promises only the schedule', async () => {
    for (const dueDateConvention of ['none', undefined] as const) {
      const text = await iii({ ...impulskredietOffer(), dueDateConvention }, 'nl');
      expect(text).not.toContain('eerstvolgende werkdag');
      expect(text).toContain('Bij de terbeschikkingstelling ontvangt u de aflossingstabel');
    }
  });

  it('given an unknown convention, refuses it', () => {
    expect(() =>
      summaryInformationDocument(
        { ...impulskredietOffer(), dueDateConvention: 'preceding' as never },
        'nl',
      ),
    ).toThrow(/dueDateConvention must be following or none, got preceding/);
  });
});
