import type { RefusalReasonCode } from '@loanbook/domain';
import { REFUSAL_REASON_CODES } from '@loanbook/domain';
import { DocumentInputError } from './errors';
import type { Language } from './language';
import { REFUSAL_REASON_SENTENCES } from './reason-texts';
import type { WrittenRefusalInput } from './refusal-statement';
import { writtenRefusalStatement } from './refusal-statement';
import { renderDocument } from './render';
import { refusal } from './testing/fixtures';
import type { Readback } from './testing/pdf-text';
import { readBack } from './testing/pdf-text';

// DOMAIN.md 4.4: the written refusal statement the enterprise may ask for.

async function render(input: WrittenRefusalInput, language: Language): Promise<Readback> {
  return readBack(await renderDocument(writtenRefusalStatement(input, language)));
}

const MANDATORY: Record<Language, string[]> = {
  nl: [
    'Schriftelijke verklaring van kredietweigering',
    'Brouwerij De Gulden Eend bv',
    'Ondernemingsnummer 0403.170.701',
    'Dossiernummer L-2019-0311',
    'Kredietvorm Impulskrediet',
    'Datum van de aanvraag 11 februari 2019',
    'Gevraagd bedrag 18.765,43 EUR',
    'Datum van de weigering 4 maart 2019',
    'Datum van uw verzoek 24 juni 2019',
    'Op uw uitdrukkelijk verzoek van 24 juni 2019',
    'op verzoek van de onderneming, zoals de Gedragscode',
    'Toelichting Het financieel plan steunt op een omzetgroei van 40 % zonder onderbouwing.',
    'An Janssens, kredietadviseur',
    'Hefboom cvba-so',
    '+32 2 274 24 11',
  ],
  en: [
    'Written statement of credit refusal',
    'Brouwerij De Gulden Eend bv',
    'Enterprise number 0403.170.701',
    'File number L-2019-0311',
    'Kind of credit Impulskrediet',
    'Date of the application 11 February 2019',
    'Amount requested EUR 18,765.43',
    'Date of the refusal 4 March 2019',
    'Date of your request 24 June 2019',
    'At your explicit request of 24 June 2019',
    "at the enterprise's request, as the code of conduct",
    'Explanation Het financieel plan steunt op een omzetgroei van 40 % zonder onderbouwing.',
    'An Janssens, kredietadviseur',
  ],
  fr: [
    'Déclaration écrite de refus de crédit',
    'À l’entreprise Brouwerij De Gulden Eend bv Veldstraat 12 9000 Gent',
    'Numéro d’entreprise 0403.170.701',
    'Adresse Veldstraat 12 9000 Gent',
    'Numéro de dossier L-2019-0311',
    'Forme de crédit Impulskrediet',
    'Date de la demande de crédit 11 février 2019',
    'Montant demandé 18 765,43 EUR',
    'Date du refus 4 mars 2019',
    'Date de votre demande de déclaration écrite 24 juin 2019',
    'À la suite de votre demande expresse du 24 juin 2019',
    'à la demande de l’entreprise, comme le prévoit le Code de conduite',
    'Motifs du refus',
    'Explications Het financieel plan steunt op een omzetgroei van 40 % zonder onderbouwing.',
    'Pour Hefboom cvba-so, An Janssens, kredietadviseur',
  ],
};

describe.each(['nl', 'fr', 'en'] as const)('writtenRefusalStatement in %s', (language) => {
  let given: Readback;
  let all: Readback;
  beforeAll(async () => {
    given = await render(refusal(), language);
    all = await render({ ...refusal(), reasons: [...REFUSAL_REASON_CODES] }, language);
  });

  it.each([
    ['HTML', (b: Readback) => b.htmlText],
    ['PDF', (b: Readback) => b.pdfText],
  ])('the %s states the application, the dates, the explanation and why it is given', (_, text) => {
    for (const part of MANDATORY[language]) expect(text(given)).toContain(part);
  });

  it.each([
    ['HTML', (b: Readback) => b.htmlText],
    ['PDF', (b: Readback) => b.pdfText],
  ])('the %s gives the sentence of each reason given, and of no other', (_, text) => {
    const sentences = REFUSAL_REASON_SENTENCES[language];
    for (const code of REFUSAL_REASON_CODES) {
      // [code, ...] so a failure names the code.
      expect([code, text(all).includes(sentences[code])]).toEqual([code, true]);
      expect([code, text(given).includes(sentences[code])]).toEqual([
        code,
        refusal().reasons.includes(code),
      ]);
    }
  });
});

describe('refusal reason sentences', () => {
  it.each(['nl', 'fr', 'en'] as const)(
    'in %s: every code of the domain has its own full sentence',
    (language) => {
      const sentences = REFUSAL_REASON_SENTENCES[language];
      expect(Object.keys(sentences).sort()).toEqual([...REFUSAL_REASON_CODES].sort());
      const texts = REFUSAL_REASON_CODES.map((code) => sentences[code]);
      expect(new Set(texts).size).toBe(texts.length);
      for (const sentence of texts) {
        expect(sentence).toMatch(/^[A-Z].{20,}\.$/);
      }
    },
  );

  it('says the same thing in Dutch and English, in each language’s words', () => {
    expect(REFUSAL_REASON_SENTENCES.nl['outside-lender-policy']).toBe(
      'De aanvraag past niet binnen ons kredietbeleid.',
    );
    expect(REFUSAL_REASON_SENTENCES.en['outside-lender-policy']).toBe(
      'The application does not fit within our credit policy.',
    );
    for (const code of REFUSAL_REASON_CODES) {
      expect(REFUSAL_REASON_SENTENCES.nl[code]).not.toBe(REFUSAL_REASON_SENTENCES.en[code]);
    }
  });
});

describe('writtenRefusalStatement input', () => {
  const statement = (changes: Partial<WrittenRefusalInput>) => () =>
    writtenRefusalStatement({ ...refusal(), ...changes }, 'nl');

  it('given no reason, refuses to make the statement', () => {
    expect(statement({ reasons: [] })).toThrow(DocumentInputError);
    expect(statement({ reasons: [] })).toThrow(/at least one reason is required/);
  });

  it('given an unknown code, names it', () => {
    const reasons = ['known-payment-arrears', 'bad-weather'] as unknown as RefusalReasonCode[];
    expect(statement({ reasons })).toThrow(/unknown reason codes: bad-weather/);
  });

  it('given a reason twice, refuses it', () => {
    expect(statement({ reasons: ['known-payment-arrears', 'known-payment-arrears'] })).toThrow(
      /a reason is given twice/,
    );
  });

  it('given a request on the application day, accepts it; a day before, refuses it', () => {
    expect(statement({ requestDate: '2019-02-11' })).not.toThrow();
    expect(statement({ requestDate: '2019-02-10' })).toThrow(
      /requestDate 2019-02-10 is before the application 2019-02-11/,
    );
  });

  it('given a refusal on the application day, accepts it; a day before, refuses it', () => {
    expect(statement({ refusalDate: '2019-02-11' })).not.toThrow();
    expect(statement({ refusalDate: '2019-02-10' })).toThrow(/refusalDate 2019-02-10/);
  });

  it('given no explanation, refuses it', () => {
    expect(statement({ explanation: '  ' })).toThrow(/explanation is required/);
  });
});

describe('the documents’ language', () => {
  it('given a language other than nl, fr or en, refuses to write', () => {
    expect(() => writtenRefusalStatement(refusal(), 'de' as Language)).toThrow(
      /language must be one of nl, fr, en/,
    );
  });
});
