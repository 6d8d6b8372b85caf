import { SUMMARY_INFORMATION_HEADINGS, summaryInformationDocument } from './summary-information';
import type { SummaryInformationInput } from './summary-information';
import { renderDocument } from './render';
import { cofinancingOffer, impulskredietOffer, winwinOffer } from './testing/fixtures';
import type { Readback } from './testing/pdf-text';
import { readBack } from './testing/pdf-text';

// The summary information document in French (issue 21), read back from its HTML and its PDF as
// a reader sees them: Belgian French formats ("23 456,78 EUR", "20 avril 2018"), the eleven
// items under their French headings, and what issue 21 added in every language: the file
// number beside the loan id, the borrower's address, the instalments and the total cost from the
// offer's schedule, and the officers' names under the lender's.

const NUMERALS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi'];

function item(text: string, n: number): string {
  const headings = SUMMARY_INFORMATION_HEADINGS.fr.map((h, i) => `${NUMERALS[i]}. ${h}`);
  const start = text.indexOf(headings[n]);
  expect([headings[n], start >= 0]).toEqual([headings[n], true]);
  const end = n + 1 < headings.length ? text.indexOf(headings[n + 1]) : text.length;
  expect(end).toBeGreaterThan(start);
  return text.slice(start + headings[n].length, end);
}

const render = async (input: SummaryInformationInput, language: 'nl' | 'fr' | 'en' = 'fr') =>
  readBack(await renderDocument(summaryInformationDocument(input, language)));

/** An Impulskrediet with a file number, the schedule's figures and two signing officers. */
const offer = (): SummaryInformationInput => ({
  ...impulskredietOffer(),
  loanId: '5b0f1c2e-9a7d-4e3b-8c41-7f2d6a9e0b13',
  fileNumber: 'IK-2018-0042',
  schedule: {
    instalments: 57,
    instalment: '468.31',
    lastInstalment: '468.02',
    totalInterest: '3236.89',
  },
  signatories: ['Bart Peeters', 'Chloé Dubois'],
});

const ITEMS: string[][] = [
  [
    'Nom Hefboom cvba-so',
    'Koning Albert II-laan 37 1030 Brussel',
    'Numéro d’entreprise 0458.447.573',
    'Téléphone +32 2 274 24 11',
    'Site web https://www.hefboom.example',
  ],
  [
    'Forme de crédit Impulskrediet',
    'Échéances constantes (annuités)',
    'Périodicité des paiements Mensuelle',
    'Franchise de capital Aucune',
    'Montant de l’échéance 468,31 EUR dernière échéance : 468,02 EUR',
    'Principales caractéristiques de cette forme de crédit :',
  ],
  [
    'Durée 57 mois',
    'Première échéance 20 avril 2018',
    'Échéance finale 20 décembre 2022',
    'Nombre d’échéances 57',
  ],
  [
    'Montant du crédit 23 456,78 EUR',
    'Total des intérêts 3 236,89 EUR',
    // 3,236.89 interest + 125.00 file costs; the reservation commission has no amount.
    'Coût total du crédit 3 361,89 EUR hors frais dépendant de l’utilisation du crédit (point vi)',
    'Montant total à rembourser 26 818,67 EUR',
    'comme si le crédit était mis à disposition à la date de l’offre',
  ],
  [
    'Taux d’intérêt 7,00 % par an (taux nominal)',
    'Type de taux Fixe pendant toute la durée du crédit',
    'Le taux peut-il varier ? Non : le taux ne peut pas varier pendant la durée du crédit.',
  ],
  ['Dossierkosten 125,00 EUR', 'droits d’enregistrement'],
  ['sur le compte de l’emprunteur (BE68 5390 0754 7034)', 'au plus tard le 14 avril 2018'],
  [
    'une indemnité de remploi est due, limitée à six mois d’intérêts sur le capital remboursé anticipativement : pour le montant total de 23 456,78 EUR au taux de 7,00 %, elle s’élève au maximum à 820,99 EUR.',
    'n’excède pas 2 000 000,00 EUR',
    'en tout ou en partie',
  ],
  [
    'Sûreté personnelle (cautionnement) Jan Peeters : 11 728,39 EUR',
    'Sûreté réelle (gage ou hypothèque) Brouwerij De Gulden Eend bv : 15 000,00 EUR',
  ],
  [
    'L’offre est valable jusqu’au (inclus) 14 avril 2018',
    'sont valables jusqu’au 14 avril 2018 inclus.',
  ],
  ['https://www.financieringvanondernemingen.be'],
];

describe('summaryInformationDocument in French', () => {
  let back: Readback;
  beforeAll(async () => {
    back = await render(offer());
  });

  it.each([
    ['HTML', (b: Readback) => b.htmlText],
    ['PDF', (b: Readback) => b.pdfText],
  ])(
    'the %s shows the eleven items under their French headings, with Belgian French figures',
    (_, text) => {
      const shown = text(back);
      expect(shown).toContain('Document d’information succinct');
      expect(shown).toContain('Offre de crédit du 15 mars 2018 : Impulskrediet');
      ITEMS.forEach((expected, n) => {
        const under = item(shown, n);
        for (const figure of expected)
          expect([n, under.includes(figure), figure]).toEqual([n, true, figure]);
      });
    },
  );

  it.each([
    ['HTML', (b: Readback) => b.htmlText],
    ['PDF', (b: Readback) => b.pdfText],
  ])(
    'the %s gives the file number beside the loan id, the address and the signatures',
    (_, text) => {
      const shown = text(back);
      expect(shown).toContain('Référence IK-2018-0042 · 16 mars 2018');
      expect(shown).toContain(
        'Numéro de dossier IK-2018-0042 Référence interne 5b0f1c2e-9a7d-4e3b-8c41-7f2d6a9e0b13',
      );
      expect(shown).toContain('Adresse Veldstraat 12 9000 Gent');
      expect(shown).toContain('Pour Hefboom cvba-so, Bart Peeters Chloé Dubois');
    },
  );

  it('writes the French no-break spaces: inside amounts, before the unit and the colon', () => {
    expect(back.html).toContain('23\u202f456,78\u00a0EUR');
    expect(back.html).toContain('7,00\u00a0%');
    expect(back.html).toContain('Le taux peut-il varier\u00a0?');
    expect(back.html).toContain('<html lang="fr">');
  });

  it('numbers its PDF pages in French and says the language', () => {
    expect(back.pdfText).toMatch(/Page 1 sur \d/);
    expect(back.info.Title).toBe('Document d’information succinct');
  });

  it('given the first of a month, writes it as an ordinal: "1er"', async () => {
    const first = await render({ ...offer(), offerDate: '2018-03-01', documentDate: '2018-03-01' });
    expect(first.pdfText).toContain('Offre de crédit du 1er mars 2018');
  });

  it('given a co-financing offer, states the standard scheme and that no costs are charged', async () => {
    const shown = (await render(cofinancingOffer())).htmlText;
    expect(item(shown, 5)).toContain('Néant : aucuns frais ne sont portés en compte');
    expect(item(shown, 7)).toContain('Le montant du présent crédit dépasse 1 000 000,00 EUR.');
    expect(item(shown, 8)).toContain(
      'Aucune : la présente offre de crédit ne requiert aucune sûreté',
    );
    expect(item(shown, 2)).toContain('Durée 84 mois (7 ans)');
    expect(item(shown, 1)).toContain('Franchise de capital Pendant une période de 24 mois (2 ans)');
  });

  it('given a win-win loan, states the public guarantee with its share, no fee, whole repayment only', async () => {
    const shown = (await render(winwinOffer())).pdfText;
    expect(item(shown, 8)).toContain(
      'Garantie publique Vlaamse overheid (PMV) : 15 000,00 EUR, couverture de 40 %',
    );
    expect(item(shown, 7)).toContain(
      'Aucune indemnité n’est due en cas de remboursement anticipé.',
    );
    expect(item(shown, 7)).toContain('un remboursement anticipé partiel n’est pas possible');
  });
});

describe('what issue 21 added, in every language', () => {
  it.each([
    [
      'nl',
      'Dossiernummer IK-2018-0042 Interne referentie',
      'Totale kostprijs van het krediet 3.361,89 EUR',
      'Voor Hefboom cvba-so, Bart Peeters Chloé Dubois',
      'Termijnbedrag 468,31 EUR laatste termijn: 468,02 EUR',
    ],
    [
      'en',
      'File number IK-2018-0042 Internal reference',
      'Total cost of the credit EUR 3,361.89',
      'For Hefboom cvba-so, Bart Peeters Chloé Dubois',
      'Instalment EUR 468.31 last instalment: EUR 468.02',
    ],
  ] as const)('in %s', async (language, file, cost, signature, instalment) => {
    const back = await render(offer(), language);
    for (const shown of [back.htmlText, back.pdfText]) {
      expect(shown).toContain(file);
      expect(shown).toContain(cost);
      expect(shown).toContain(signature);
      expect(shown).toContain(instalment);
    }
  });

  it('given no costs, the total cost is the interest to the cent and the total adds the amount', async () => {
    const back = await render({ ...offer(), costs: [] });
    expect(item(back.htmlText, 3)).toContain(
      'Coût total du crédit 3 236,89 EUR Montant total à rembourser 26 693,67 EUR',
    );
  });

  it('given a loan without a file number, keeps the loan id as the file number', async () => {
    const { fileNumber: _, ...old } = offer();
    const back = await render(old, 'nl');
    expect(back.htmlText).toContain('Dossiernummer 5b0f1c2e-9a7d-4e3b-8c41-7f2d6a9e0b13');
    expect(back.htmlText).not.toContain('Interne referentie');
  });
});
