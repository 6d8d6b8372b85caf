import type { RefusalReasonCode } from '@loanbook/domain';
import { isRefusalReasonCode } from '@loanbook/domain';
import { InputProblems } from './errors';
import type { DateInput, MoneyInput } from './format';
import { formatAmount, formatDate, toDate, toMoney } from './format';
import type { Language, Translations } from './language';
import type { DocumentModel } from './model';
import { paragraph, row, rows } from './model';
import type { BorrowerDetails, LenderDetails } from './parties';
import { addressLabel, borrowerBlock, enterpriseNumberLabel, fileRows } from './parties';
import { refusalReasonSentence } from './reason-texts';
import { checkAddressing, checkReasons, refusalLetter } from './refusal-letter';

/** A refused application, as the written refusal statement states it (DOMAIN.md 4.4). */
export interface WrittenRefusalInput {
  readonly loanId: string;
  /** The short file number ("IK-2022-0042"); absent for loans applied for before them. */
  readonly fileNumber?: string;
  /** The day this statement is drawn up; the PDF's date. */
  readonly documentDate: DateInput;
  readonly lender: LenderDetails;
  readonly borrower: BorrowerDetails;
  readonly productName: string;
  readonly applicationDate: DateInput;
  readonly amountRequested: MoneyInput;
  readonly refusalDate: DateInput;
  /** The day the enterprise explicitly asked for the refusal in writing. */
  readonly requestDate: DateInput;
  /** At least one; each becomes a full sentence. */
  readonly reasons: readonly RefusalReasonCode[];
  /** The credit officer's explanation, in the document's language. */
  readonly explanation: string;
  /** Who signs for the lender. */
  readonly signatory?: string;
}

interface Wording {
  title: string;
  to: string;
  opening: (requestDate: string) => string;
  application: string;
  rows: {
    borrower: string;
    product: string;
    applicationDate: string;
    amount: string;
    refusalDate: string;
    requestDate: string;
  };
  closingHeading: string;
  closing: string;
  footer: string;
}

const WORDING: Translations<Wording> = {
  nl: {
    title: 'Schriftelijke verklaring van kredietweigering',
    to: 'Aan de onderneming',
    opening: (requestDate) =>
      `Op uw uitdrukkelijk verzoek van ${requestDate} bevestigen wij hierbij schriftelijk waarom wij uw kredietaanvraag hebben geweigerd. Wij geven u deze verklaring op verzoek van de onderneming, zoals de Gedragscode bij de wet van 21 december 2013 betreffende de financiering van kmo’s voorschrijft.`,
    application: 'Uw aanvraag',
    rows: {
      borrower: 'Onderneming',
      product: 'Kredietvorm',
      applicationDate: 'Datum van de aanvraag',
      amount: 'Gevraagd bedrag',
      refusalDate: 'Datum van de weigering',
      requestDate: 'Datum van uw verzoek',
    },
    closingHeading: 'Tot slot',
    closing:
      'Deze motivering wil u helpen de redenen van de weigering juist te begrijpen. Ze houdt geen verplichting in om de weigering verder te verantwoorden of om een nieuwe aanvraag van uw onderneming te onderzoeken; de kredietgever behoudt zijn contractvrijheid.',
    footer:
      'Schriftelijke verklaring van kredietweigering volgens de Gedragscode bij de wet van 21 december 2013 (art. 8).',
  },
  fr: {
    title: 'Déclaration écrite de refus de crédit',
    to: 'À l’entreprise',
    opening: (requestDate) =>
      `À la suite de votre demande expresse du ${requestDate}, nous vous confirmons par écrit les raisons pour lesquelles nous avons refusé votre demande de crédit. La présente déclaration vous est remise à la demande de l’entreprise, comme le prévoit le Code de conduite visé par la loi du 21 décembre 2013 portant des dispositions diverses concernant le financement des petites et moyennes entreprises.`,
    application: 'Votre demande',
    rows: {
      borrower: 'Entreprise',
      product: 'Forme de crédit',
      applicationDate: 'Date de la demande de crédit',
      amount: 'Montant demandé',
      refusalDate: 'Date du refus',
      requestDate: 'Date de votre demande de déclaration écrite',
    },
    closingHeading: 'En conclusion',
    closing:
      'La présente motivation a pour but de vous permettre de bien comprendre les raisons du refus. Elle n’emporte aucune obligation de justifier davantage le refus ni d’examiner une nouvelle demande de votre entreprise\u00a0; le prêteur conserve sa liberté contractuelle.',
    footer:
      'Déclaration écrite de refus de crédit établie conformément au Code de conduite visé par la loi du 21 décembre 2013 (art. 8).',
  },
  en: {
    title: 'Written statement of credit refusal',
    to: 'To the enterprise',
    opening: (requestDate) =>
      `At your explicit request of ${requestDate} we confirm in writing why we refused your credit application. We give you this statement at the enterprise's request, as the code of conduct of the Act of 21 December 2013 on SME financing requires.`,
    application: 'Your application',
    rows: {
      borrower: 'Enterprise',
      product: 'Kind of credit',
      applicationDate: 'Date of the application',
      amount: 'Amount requested',
      refusalDate: 'Date of the refusal',
      requestDate: 'Date of your request',
    },
    closingHeading: 'Finally',
    closing:
      'This statement is meant to help you understand the reasons for the refusal correctly. It does not oblige us to justify the refusal further or to examine a new application from your enterprise; the lender keeps its freedom of contract.',
    footer:
      'Written statement of credit refusal under the code of conduct of the Act of 21 December 2013 (art. 8).',
  },
};

/**
 * The written refusal statement the enterprise may ask for (DOMAIN.md 4.4): the application,
 * every reason as a full sentence, the officer's explanation, and that it is given at the
 * enterprise's request under the code of conduct.
 */
export function writtenRefusalStatement(
  input: WrittenRefusalInput,
  language: Language,
): DocumentModel {
  checkInput(input, language);
  const w = WORDING[language];
  const requestDate = formatDate(input.requestDate, language);
  return refusalLetter(input, language, {
    title: w.title,
    addressees: [borrowerBlock(input.borrower, language, w.to)],
    refusal: [
      { blocks: [paragraph(w.opening(requestDate))] },
      {
        heading: w.application,
        blocks: [
          rows(
            row(w.rows.borrower, input.borrower.name),
            row(enterpriseNumberLabel(language), input.borrower.enterpriseNumber),
            ...(input.borrower.address && input.borrower.address.length > 0
              ? [row(addressLabel(language), input.borrower.address.join('\n'))]
              : []),
            ...fileRows(input.loanId, input.fileNumber, language),
            row(w.rows.product, input.productName),
            row(w.rows.applicationDate, formatDate(input.applicationDate, language)),
            row(w.rows.amount, formatAmount(input.amountRequested, language)),
            row(w.rows.refusalDate, formatDate(input.refusalDate, language)),
            row(w.rows.requestDate, requestDate),
          ),
        ],
      },
    ],
    reasons: input.reasons.map((code) => refusalReasonSentence(code, language)),
    closingHeading: w.closingHeading,
    closing: w.closing,
    footer: w.footer,
  });
}

function checkInput(input: WrittenRefusalInput, language: Language): void {
  const problems = new InputProblems('written refusal statement');
  checkAddressing(problems, input, language);
  problems.requireText(input.productName, 'productName');
  problems.requireText(input.explanation, 'explanation');
  const amount = toMoney(input.amountRequested);
  problems.check(
    amount.isPositive(),
    () => `amountRequested must be above 0, got ${amount.toString()}`,
  );
  const applied = toDate(input.applicationDate);
  const refused = toDate(input.refusalDate);
  const requested = toDate(input.requestDate);
  problems.check(
    !refused.isBefore(applied),
    () => `refusalDate ${refused.toString()} is before the application ${applied.toString()}`,
  );
  problems.check(
    !requested.isBefore(applied),
    () => `requestDate ${requested.toString()} is before the application ${applied.toString()}`,
  );
  checkReasons(problems, input.reasons, isRefusalReasonCode);
  problems.throwIfAny();
}
