import { LocalDate } from '@js-joda/core';
import {
  FINANCING_AID_LINK,
  OMBUDSMAN,
  PRODUCT_CODES,
  PRODUCT_SHEETS,
  SHEET_LANGUAGES,
  defaultCatalogue,
  isSheetLanguage,
  productSheet,
  versionPeriodText,
} from './index';

// The product sheet of DOMAIN.md 4.1 / seed 002 part I.A.3: items (i) to (viii), in Dutch and
// English, the figures read from the version in force.

const catalogue = defaultCatalogue();
const on = LocalDate.parse('2022-03-01');
const versionOf = (code: (typeof PRODUCT_CODES)[number]) => catalogue.versionOn(code, on)!;

describe('productSheet', () => {
  it.each(PRODUCT_CODES.flatMap((code) => SHEET_LANGUAGES.map((lang) => [code, lang] as const)))(
    'given %s in %s then every item (i) to (viii) is there',
    (code, lang) => {
      const sheet = productSheet(versionOf(code), lang);
      expect(sheet.creditForm).toBe(PRODUCT_SHEETS[code].creditForm[lang]); // (i)
      expect(sheet.characteristics.length).toBeGreaterThanOrEqual(4); // (ii)
      expect(sheet.availableTerms).toMatch(/\d+/); // (iii)
      expect(sheet.earlyRepayment.length).toBeGreaterThan(20); // (iv)
      expect(sheet.possibleCosts.length).toBeGreaterThanOrEqual(2); // (v)
      expect(sheet.typicalUses.length).toBeGreaterThanOrEqual(1); // (vi)
      expect(sheet.financingAid).toEqual({
        url: 'https://www.financieringvanondernemingen.be',
        text: FINANCING_AID_LINK.text[lang],
      }); // (vii)
      expect(sheet.ombudsman).toEqual({
        name: 'Ombudsfin — Ombudsman in financiële geschillen',
        address: 'North Gate II, Koning Albert II-laan 8 bus 2, 1000 Brussel',
        email: 'ombudsman@ombudsfin.be',
      }); // (viii)
      expect(sheet.productVersion).toBe(versionOf(code).version);
      expect(sheet.lender).toBe(versionOf(code).lenderIdentity);
    },
  );

  it('given the co-financing in Dutch then the figures are those of the version, written the Belgian way', () => {
    const sheet = productSheet(versionOf('cofinanciering'), 'nl');
    expect(sheet.title).toBe('Productfiche KMO-cofinanciering');
    expect(sheet.characteristics).toEqual(
      expect.arrayContaining([
        'Bedrag: van € 1,00 tot € 350.000,00.',
        'Vaste rentevoet voor de hele looptijd: de IRS-rentevoet voor de looptijd op de dag van het aanbod, verhoogd met 0,53 %, met een minimum van 3 %.',
        'Vrijstelling van kapitaalaflossing (enkel interest) bij de start: 12 of 24 maanden.',
        'Hoogstens 4 keer de eigen inbreng en hoogstens 50 % van de investeringsbehoefte; de cofinanciering van de partner is minstens 20 % en de eigen inbreng minstens 10 % van de investeringsbehoefte.',
        'De looptijd van de cofinancier mag onbeperkt langer zijn, en hoogstens 24 maanden korter.',
      ]),
    );
    expect(sheet.availableTerms).toBe('Bepaalde duur van 36 tot 120 maanden.');
    expect(sheet.earlyRepayment).toMatch(
      /^Vervroegde terugbetaling is mogelijk, geheel of gedeeltelijk/,
    );
    expect(sheet.earlyRepayment).toContain('hoogstens 6 maanden contractuele interest');
  });

  it('given the start loan in English then the 3.25 % of the two-year holiday is on it', () => {
    const sheet = productSheet(versionOf('startlening'), 'en');
    expect(sheet.characteristics).toEqual(
      expect.arrayContaining([
        'A fixed rate of 3 % for the whole term.',
        'With a capital holiday of 24 months (only with a written justification) the rate is 3.25 %.',
        'For starters with at most 4 years of self-employment in main occupation.',
        'At most 4 times the own contribution.',
        'Amount: EUR 1.00 to EUR 100,000.00.',
      ]),
    );
  });

  it('given the win-win loan then early repayment is of the whole principal only, without fee, and the guarantee share is that of the version', () => {
    const sheet = productSheet(versionOf('winwinlening'), 'en');
    expect(sheet.earlyRepayment).toBe(
      'Early repayment is possible only of the whole remaining principal at once; a partial early repayment is refused. No fee on early repayment.',
    );
    expect(sheet.availableTerms).toBe('A fixed term of 60 to 120 months, in whole years.');
    expect(sheet.characteristics).toContain(
      'Government guarantee: 30 % of the principal definitively lost when the borrower goes bankrupt, is manifestly insolvent or is dissolved.',
    );
    const before = productSheet(
      catalogue.versionOn('winwinlening', LocalDate.parse('2019-01-01'))!,
      'nl',
    );
    expect(before.availableTerms).toBe('Bepaalde duur van precies 96 maanden (8 jaar).');
  });

  it('given the Impulskrediet then its rate follows the version: 6 % in 2018, 7 % in 2022', () => {
    const in2018 = productSheet(
      catalogue.versionOn('impulskrediet', LocalDate.parse('2018-06-01'))!,
      'nl',
    );
    expect(in2018.characteristics).toContain('Vaste rentevoet van 6 % voor de hele looptijd.');
    expect(productSheet(versionOf('impulskrediet'), 'nl').characteristics).toContain(
      'Vaste rentevoet van 7 % voor de hele looptijd.',
    );
    expect(productSheet(versionOf('impulskrediet'), 'en').characteristics).toContain(
      'No capital holiday.',
    );
  });

  it('reads languages and periods', () => {
    expect(isSheetLanguage('nl')).toBe(true);
    expect(isSheetLanguage('fr')).toBe(false);
    expect(OMBUDSMAN.email).toBe('ombudsman@ombudsfin.be');
    const [six] = catalogue.versions('impulskrediet');
    expect(versionPeriodText(six, 'nl')).toBe('van 2016-01-01 tot en met 2021-01-31');
    expect(versionPeriodText(versionOf('cofinanciering'), 'en')).toBe('from 2018-01-01');
  });
});
