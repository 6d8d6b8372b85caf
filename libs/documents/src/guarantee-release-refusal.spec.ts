import type { GuaranteeReleaseRefusalReasonCode } from '@loanbook/domain';
import { GUARANTEE_RELEASE_REFUSAL_REASON_CODES } from '@loanbook/domain';
import type { GuaranteeReleaseRefusalInput } from './guarantee-release-refusal';
import { guaranteeReleaseRefusalNotice } from './guarantee-release-refusal';
import type { Language } from './language';
import { GUARANTEE_RELEASE_REFUSAL_SENTENCES } from './reason-texts';
import { renderDocument } from './render';
import { releaseRefusal } from './testing/fixtures';
import type { Readback } from './testing/pdf-text';
import { readBack } from './testing/pdf-text';

// DOMAIN.md 4.5: the written notice of a refused guarantee release, to the enterprise and to
// the interested third party.

async function render(input: GuaranteeReleaseRefusalInput, language: Language): Promise<Readback> {
  return readBack(await renderDocument(guaranteeReleaseRefusalNotice(input, language)));
}

const MANDATORY: Record<Language, string[]> = {
  nl: [
    'Kennisgeving van weigering tot vrijgave van een zekerheid',
    'Aan de onderneming Brouwerij De Gulden Eend bv',
    'Aan de belanghebbende derde (zekerheidssteller) Jan Peeters Kerkplein 3 9050 Gentbrugge',
    'Op 14 september 2020 werd gevraagd de hieronder beschreven zekerheid gedeeltelijk vrij te geven, ten belope van 5.000,00 EUR.',
    'Op 28 september 2020 hebben wij beslist deze vrijgave te weigeren.',
    'Soort Persoonlijke zekerheid (borgstelling)',
    'Zekerheidssteller Jan Peeters',
    'Bedrag van de zekerheid 11.728,39 EUR',
    'Gevraagde vrijgave 5.000,00 EUR',
    'Krediet L-2018-0042 (Impulskrediet)',
    'Datum van de weigering 28 september 2020',
    'Toelichting Het openstaande kapitaal bedraagt nog 9.876,54 EUR.',
    'Op verzoek geven wij mondeling of schriftelijk bijkomende uitleg over waarom elk van deze redenen in dit geval wordt ingeroepen.',
    '(+32 2 274 24 11, krediet@hefboom.example)',
  ],
  en: [
    'Notice of refusal to release a guarantee',
    'To the enterprise Brouwerij De Gulden Eend bv',
    'To the interested third party (guarantor) Jan Peeters Kerkplein 3 9050 Gentbrugge',
    'On 14 September 2020 we were asked to release EUR 5,000.00 of the guarantee described below.',
    'On 28 September 2020 we decided to refuse this release.',
    'Kind Personal security (surety)',
    'Guarantor Jan Peeters',
    'Amount of the guarantee EUR 11,728.39',
    'Release asked EUR 5,000.00',
    'Credit L-2018-0042 (Impulskrediet)',
    'Date of the refusal 28 September 2020',
    'Explanation Het openstaande kapitaal bedraagt nog 9.876,54 EUR.',
    'On request we explain further, orally or in writing, why each of these reasons applies in this case.',
  ],
  fr: [
    'Notification du refus de libération d’une sûreté',
    'À l’entreprise Brouwerij De Gulden Eend bv',
    'Au tiers intéressé (constituant de la sûreté) Jan Peeters Kerkplein 3 9050 Gentbrugge',
    'Le 14 septembre 2020, il nous a été demandé de libérer partiellement la sûreté décrite ci-dessous, à concurrence de 5 000,00 EUR.',
    'Le 28 septembre 2020, nous avons décidé de refuser cette libération.',
    'Nature Sûreté personnelle (cautionnement)',
    'Constituant de la sûreté Jan Peeters',
    'Montant de la sûreté 11 728,39 EUR',
    'Libération demandée 5 000,00 EUR',
    'Crédit L-2018-0042 (Impulskrediet)',
    'Date du refus 28 septembre 2020',
    'Explications Het openstaande kapitaal bedraagt nog 9.876,54 EUR.',
    'Sur simple demande, nous vous expliquerons, oralement ou par écrit, pourquoi chacune de ces raisons est invoquée en l’espèce.',
    '(+32 2 274 24 11, krediet@hefboom.example)',
  ],
};

describe.each(['nl', 'fr', 'en'] as const)('guaranteeReleaseRefusalNotice in %s', (language) => {
  let given: Readback;
  let all: Readback;
  beforeAll(async () => {
    given = await render(releaseRefusal(), language);
    all = await render(
      { ...releaseRefusal(), reasons: [...GUARANTEE_RELEASE_REFUSAL_REASON_CODES] },
      language,
    );
  });

  it.each([
    ['HTML', (b: Readback) => b.htmlText],
    ['PDF', (b: Readback) => b.pdfText],
  ])(
    'the %s addresses both parties and states the guarantee, the refusal and the explanation',
    (_, text) => {
      for (const part of MANDATORY[language]) expect(text(given)).toContain(part);
    },
  );

  it.each([
    ['HTML', (b: Readback) => b.htmlText],
    ['PDF', (b: Readback) => b.pdfText],
  ])('the %s gives the sentence of each reason given, and of no other', (_, text) => {
    const sentences = GUARANTEE_RELEASE_REFUSAL_SENTENCES[language];
    for (const code of GUARANTEE_RELEASE_REFUSAL_REASON_CODES) {
      expect([code, text(all).includes(sentences[code])]).toEqual([code, true]);
      expect([code, text(given).includes(sentences[code])]).toEqual([
        code,
        releaseRefusal().reasons.includes(code),
      ]);
    }
  });
});

describe('guarantee release refusal sentences', () => {
  it.each(['nl', 'fr', 'en'] as const)(
    'in %s: every code of the domain has its own full sentence',
    (language) => {
      const sentences = GUARANTEE_RELEASE_REFUSAL_SENTENCES[language];
      expect(Object.keys(sentences).sort()).toEqual(
        [...GUARANTEE_RELEASE_REFUSAL_REASON_CODES].sort(),
      );
      const texts = GUARANTEE_RELEASE_REFUSAL_REASON_CODES.map((code) => sentences[code]);
      expect(new Set(texts).size).toBe(texts.length);
      for (const sentence of texts) expect(sentence).toMatch(/^[A-Z].{20,}\.$/);
    },
  );
});

describe('guaranteeReleaseRefusalNotice', () => {
  const notice = (changes: Partial<GuaranteeReleaseRefusalInput>, language: Language = 'nl') =>
    guaranteeReleaseRefusalNotice({ ...releaseRefusal(), ...changes }, language);
  const text = (changes: Partial<GuaranteeReleaseRefusalInput>, language: Language = 'nl') =>
    JSON.stringify(notice(changes, language));

  it('given no guarantor name, addresses “the guarantor”', () => {
    const guarantee = { ...releaseRefusal().guarantee, guarantor: undefined };

    expect(notice({ guarantee }, 'nl').addressees[1].lines[0]).toBe('De zekerheidssteller');
    expect(notice({ guarantee }, 'en').addressees[1].lines[0]).toBe('The guarantor');
  });

  it('given no amount asked, speaks of releasing the whole guarantee', () => {
    expect(text({ amountRequested: undefined })).toContain('volledig vrij te geven');
    expect(text({ amountRequested: undefined })).toContain('"Volledig"');
    expect(text({ amountRequested: undefined, requestDate: undefined }, 'en')).toContain(
      'We were asked to release the guarantee described below in full.',
    );
  });

  it('given a government guarantee, names its kind', () => {
    const guarantee = {
      kind: 'government' as const,
      guarantor: 'Vlaamse overheid (PMV)',
      amount: '15000.00',
    };
    expect(text({ guarantee, amountRequested: undefined })).toContain('Overheidswaarborg');
  });

  it('given an amount asked equal to the guarantee, accepts it; a cent more, refuses it', () => {
    expect(() => notice({ amountRequested: '11728.39' })).not.toThrow();
    expect(() => notice({ amountRequested: '11728.40' })).toThrow(
      /amountRequested 11728.40 must be above 0 and at most the guarantee's 11728.39/,
    );
  });

  it('given a refusal before the request, refuses it; on the same day, accepts it', () => {
    expect(() => notice({ refusalDate: '2020-09-14' })).not.toThrow();
    expect(() => notice({ refusalDate: '2020-09-13' })).toThrow(
      /refusalDate 2020-09-13 is before the request 2020-09-14/,
    );
  });

  it('given no reason or an unknown one, refuses it', () => {
    expect(() => notice({ reasons: [] })).toThrow(/at least one reason is required/);
    const reasons = [
      'open-commitments-covered',
      'full-moon',
    ] as unknown as GuaranteeReleaseRefusalReasonCode[];
    expect(() => notice({ reasons })).toThrow(/unknown reason codes: full-moon/);
  });

  it('given a guarantor name with markup, shows it as text', async () => {
    const guarantee = { ...releaseRefusal().guarantee, guarantor: 'Jan <b>Peeters</b> & Co' };
    const back = await render({ ...releaseRefusal(), guarantee }, 'en');

    expect(back.html).not.toContain('<b>');
    expect(back.htmlText).toContain('Jan <b>Peeters</b> & Co');
    expect(back.pdfText).toContain('Jan <b>Peeters</b> & Co');
  });
});
