import type { Language } from './language';
import type { ReminderLetterInput } from './reminder-letter';
import { reminderLetter } from './reminder-letter';
import { renderDocument } from './render';
import { firstReminder, formalNotice } from './testing/fixtures';
import type { Readback } from './testing/pdf-text';
import { readBack } from './testing/pdf-text';

// Issue 22: the reminder letters of a loan in arrears, from a ReminderIssued's figures.

async function render(input: ReminderLetterInput, language: Language): Promise<Readback> {
  return readBack(await renderDocument(reminderLetter(input, language)));
}

const FORMAL_NOTICE: Record<Language, string[]> = {
  nl: [
    'Ingebrekestelling',
    'Dossier IK-2021-0042 · 30 juni 2021',
    'Brouwerij De Gulden Eend bv Veldstraat 12 9000 Gent Ondernemingsnummer 0403.170.701',
    'Ondanks onze herinneringen van 5 mei 2021 (herinnering) en 20 mei 2021 (tweede herinnering) blijven de hieronder vermelde afbetalingen van uw kredietdossier IK-2021-0042 (Impulskrediet) onbetaald. De oudste vervaldag is 71 dagen verstreken.',
    'Afbetaling 3, vervallen op 20 april 2021 1.234,56 EUR (kapitaal 1.109,56 EUR, interest 125,00 EUR)',
    'Afbetaling 4, vervallen op 31 mei 2021 1.234,56 EUR (kapitaal 1.116,03 EUR, interest 118,53 EUR)',
    'Totaal achterstallig 2.469,12 EUR',
    'Rekening BE68 5390 0754 7034',
    'Gestructureerde mededeling +++090/9337/55493+++',
    'Uiterlijk op 15 juli 2021',
    'Bij deze stellen wij u formeel in gebreke. Wij vorderen de betaling van het achterstallige bedrag van 2.469,12 EUR binnen 15 dagen na de datum van deze brief, dus uiterlijk op 15 juli 2021, op de hierboven vermelde rekening van Hefboom cvba-so, met de gestructureerde mededeling die erbij staat',
    'zonder verdere verwittiging het krediet opzeggen en het volledige openstaande saldo, vermeerderd met de vervallen interesten, onmiddellijk opeisbaar stellen, en de zekerheden aanspreken die voor dit krediet werden gesteld (Persoonlijke zekerheid (borgstelling): Jan Peeters)',
    'Deze brief geldt als ingebrekestelling.',
    'Dossiernummer IK-2021-0042 Interne referentie d3743642-087d-4f6e-a0f4-58f54bfe68f2',
    '(+32 2 274 24 11, krediet@hefboom.example)',
  ],
  fr: [
    'Mise en demeure',
    'Dossier IK-2021-0042 · 30 juin 2021',
    'Malgré nos rappels du 5 mai 2021 (rappel) et 20 mai 2021 (second rappel), les échéances mentionnées ci-dessous de votre dossier de crédit IK-2021-0042 (Impulskrediet) restent impayées. La plus ancienne est échue depuis 71 jours.',
    'Échéance 3, échue le 20 avril 2021 1 234,56 EUR (capital 1 109,56 EUR, intérêts 125,00 EUR)',
    'Échéance 4, échue le 31 mai 2021 1 234,56 EUR (capital 1 116,03 EUR, intérêts 118,53 EUR)',
    'Total arriéré 2 469,12 EUR',
    'Communication structurée +++090/9337/55493+++',
    'dans les 15 jours de la date de la présente, soit au plus tard le 15 juillet 2021, sur le compte de Hefboom cvba-so indiqué ci-dessus, avec la communication structurée',
    'nous résilierons le crédit sans autre avis',
    'nous ferons appel aux sûretés constituées pour ce crédit (Sûreté personnelle (cautionnement): Jan Peeters)',
    'La présente vaut mise en demeure.',
  ],
  en: [
    'Formal notice of default',
    'File IK-2021-0042 · 30 June 2021',
    'Instalment 3, due on 20 April 2021 EUR 1,234.56 (principal EUR 1,109.56, interest EUR 125.00)',
    'Instalment 4, due on 31 May 2021 EUR 1,234.56 (principal EUR 1,116.03, interest EUR 118.53)',
    'Total overdue EUR 2,469.12',
    'Structured communication +++090/9337/55493+++',
    'within 15 days of the date of this letter, that is by 15 July 2021 at the latest, to the account of Hefboom cvba-so given above, with the structured communication given with it',
    'terminate the credit without further notice and call the whole outstanding balance',
    'call the guarantees given for this credit (Personal security (surety): Jan Peeters)',
    'This letter constitutes a formal notice of default.',
  ],
};

describe.each(['nl', 'fr', 'en'] as const)('the formal notice in %s', (language) => {
  let given: Readback;
  beforeAll(async () => {
    given = await render(formalNotice(), language);
  });

  it.each([
    ['HTML', (b: Readback) => b.htmlText],
    ['PDF', (b: Readback) => b.pdfText],
  ])(
    'the %s names the borrower, each instalment past due, the total, how to pay, the deadline and what follows it',
    (_, text) => {
      for (const part of FORMAL_NOTICE[language]) expect(text(given)).toContain(part);
    },
  );

  it("the PDF carries the title and the letter's date", () => {
    expect(given.info.Title).toBe(reminderLetter(formalNotice(), language).title);
    expect(String(given.info.CreationDate)).toContain('20210630');
  });
});

describe('the first reminder', () => {
  let nl: Readback;
  beforeAll(async () => {
    nl = await render(firstReminder(), 'nl');
  });

  it('given one instalment 15 days past due, asks for it within 8 days, without the formal wording', () => {
    for (const part of [
      'Herinnering: achterstallige betaling',
      'Bij nazicht van uw kredietdossier IK-2021-0042 (Impulskrediet) stellen wij vast dat de hieronder vermelde afbetalingen nog niet (volledig) betaald zijn. De oudste vervaldag is 15 dagen verstreken.',
      'Afbetaling 3, vervallen op 20 april 2021 1.234,56 EUR',
      'Rekening BE68 5390 0754 7034',
      'Gestructureerde mededeling +++090/9337/55493+++',
      'Uiterlijk op 13 mei 2021',
      'Wij vragen u het achterstallige bedrag van 1.234,56 EUR uiterlijk op 13 mei 2021 over te schrijven op de hierboven vermelde rekening van Hefboom cvba-so, met de gestructureerde mededeling die erbij staat',
      'Hebt u het bedrag intussen betaald, dan mag u deze brief als zonder voorwerp beschouwen.',
    ]) {
      expect(nl.htmlText).toContain(part);
      expect(nl.pdfText).toContain(part);
    }
    expect(nl.htmlText).not.toContain('Afbetaling 4');
    expect(nl.htmlText).not.toContain('ingebrekestelling');
    expect(nl.htmlText).not.toContain('opeisbaar');
  });
});

describe('reminderLetter', () => {
  const text = (changes: Partial<ReminderLetterInput>, language: Language = 'nl') =>
    JSON.stringify(reminderLetter({ ...formalNotice(), ...changes }, language));

  it('given the second reminder, refers to the first and announces the formal notice', () => {
    const second = text({
      level: 'second',
      earlierReminders: [{ level: 'first', issuedOn: '2021-05-05' }],
    });
    expect(second).toContain('Tweede herinnering: achterstallige betaling');
    expect(second).toContain('Op 5 mei 2021 stuurden wij u een herinnering');
    expect(second).toContain('uiterlijk op 8 juli 2021');
    expect(second).toContain('dan zijn wij genoodzaakt u in gebreke te stellen');
    expect(second).not.toContain('Deze brief geldt als ingebrekestelling.');
  });

  it('given no account configured nor a communication, says to pay the lender quoting the file', () => {
    const letter = text({ account: undefined, structuredCommunication: undefined });
    expect(letter).toContain(
      'op de rekening van Hefboom cvba-so, met vermelding van het dossiernummer.',
    );
    expect(letter).not.toContain('Gestructureerde mededeling');
    expect(letter).not.toContain('"Rekening"');
  });

  it('given no guarantees, the formal notice calls none', () => {
    expect(text({ guarantees: [] })).not.toContain('zekerheden aanspreken');
  });

  it('given a loan without file number, names it by its id', () => {
    expect(text({ fileNumber: undefined })).toContain(
      'Dossier d3743642-087d-4f6e-a0f4-58f54bfe68f2 · 30 juni 2021',
    );
  });

  it('given another payment period, counts it from the letter date', () => {
    expect(text({ paymentDays: 30 })).toContain(
      'binnen 30 dagen na de datum van deze brief, dus uiterlijk op 30 juli 2021',
    );
  });

  it('given figures that do not add up, refuses to make the letter, naming each', () => {
    const [one, two] = formalNotice().instalments;
    expect(() =>
      reminderLetter(
        {
          ...formalNotice(),
          instalments: [{ ...one, principal: '1109.55' }, two],
          totalDue: '2469.13',
        },
        'nl',
      ),
    ).toThrow(
      /instalment 3: principal 1109.55 \+ interest 125.00 is not its total 1234.56; totalDue 2469.13 is not the instalments' sum 2469.12/,
    );
  });

  it('given no instalment, an instalment not yet due, or no days past due, refuses it', () => {
    expect(() => reminderLetter({ ...formalNotice(), instalments: [] }, 'nl')).toThrow(
      /at least one instalment past due is required/,
    );
    const [one] = formalNotice().instalments;
    expect(() =>
      reminderLetter(
        { ...formalNotice(), instalments: [{ ...one, dueOn: '2021-06-30' }], totalDue: '1234.56' },
        'nl',
      ),
    ).toThrow(/instalment 3 falls due 2021-06-30, not before the letter/);
    expect(() => reminderLetter({ ...formalNotice(), daysPastDue: 0 }, 'nl')).toThrow(
      /daysPastDue must be a whole number above 0/,
    );
  });

  it("given a borrower's name with markup, shows it as text", async () => {
    const back = await render(
      {
        ...formalNotice(),
        borrower: { ...formalNotice().borrower, name: 'Bakkerij <i>Jan</i> & Zoon' },
      },
      'nl',
    );
    expect(back.html).not.toContain('<i>');
    expect(back.htmlText).toContain('Bakkerij <i>Jan</i> & Zoon');
    expect(back.pdfText).toContain('Bakkerij <i>Jan</i> & Zoon');
  });
});
