import type { GuaranteeKind, GuaranteeReleaseRefusalReasonCode } from '@loanbook/domain';
import { GUARANTEE_KINDS, isGuaranteeReleaseRefusalReasonCode } from '@loanbook/domain';
import { InputProblems } from './errors';
import type { DateInput, MoneyInput } from './format';
import { formatAmount, formatDate, toDate, toMoney } from './format';
import type { Language, Translations } from './language';
import type { DocumentModel } from './model';
import { paragraph, row, rows } from './model';
import type { BorrowerDetails, LenderDetails } from './parties';
import { borrowerBlock, enterpriseNumberLabel, fileReference } from './parties';
import { GUARANTEE_KIND_LABELS, guaranteeReleaseRefusalSentence } from './reason-texts';
import { checkAddressing, checkReasons, refusalLetter } from './refusal-letter';

/** A refused release of a security or guarantee (DOMAIN.md 4.5). */
export interface GuaranteeReleaseRefusalInput {
  readonly loanId: string;
  /** The short file number ("IK-2022-0042"); absent for loans applied for before them. */
  readonly fileNumber?: string;
  /** The day this notice is drawn up; the PDF's date. */
  readonly documentDate: DateInput;
  readonly lender: LenderDetails;
  readonly borrower: BorrowerDetails;
  readonly productName?: string;
  readonly guarantee: {
    readonly guaranteeId?: string;
    readonly kind: GuaranteeKind;
    /** The guarantor's name; absent (e.g. erased personal data): "the guarantor". */
    readonly guarantor?: string;
    readonly amount: MoneyInput;
    readonly description?: string;
  };
  /** The guarantor's address lines, for the second addressee. */
  readonly guarantorAddress?: readonly string[];
  /** The day the release was asked for. */
  readonly requestDate?: DateInput;
  /** The amount whose release was asked for; absent: the whole guarantee. */
  readonly amountRequested?: MoneyInput;
  readonly refusalDate: DateInput;
  /** At least one; each becomes a full sentence. */
  readonly reasons: readonly GuaranteeReleaseRefusalReasonCode[];
  /** The credit officer's explanation, in the document's language. */
  readonly explanation: string;
  readonly signatory?: string;
}

interface Wording {
  title: string;
  toEnterprise: string;
  toThirdParty: string;
  theGuarantor: string;
  asked: (requestDate: string | undefined, partialAmount: string | undefined) => string;
  decided: (refusalDate: string) => string;
  guarantee: string;
  rows: {
    kind: string;
    guarantor: string;
    amount: string;
    release: string;
    description: string;
    loan: string;
    reference: string;
    borrower: string;
    refusalDate: string;
  };
  whole: string;
  furtherHeading: string;
  further: (contact: string | undefined) => string;
  footer: string;
}

const WORDING: Translations<Wording> = {
  nl: {
    title: 'Kennisgeving van weigering tot vrijgave van een zekerheid',
    toEnterprise: 'Aan de onderneming',
    toThirdParty: 'Aan de belanghebbende derde (zekerheidssteller)',
    theGuarantor: 'de zekerheidssteller',
    asked: (requestDate, partialAmount) =>
      `${requestDate === undefined ? 'Er werd' : `Op ${requestDate} werd`} gevraagd de hieronder beschreven zekerheid ${partialAmount === undefined ? 'volledig vrij te geven' : `gedeeltelijk vrij te geven, ten belope van ${partialAmount}`}.`,
    decided: (refusalDate) =>
      `Op ${refusalDate} hebben wij beslist deze vrijgave te weigeren. Zoals artikel 8/1, § 2 van de wet van 21 december 2013 en de Gedragscode voorschrijven, brengen wij de onderneming en de belanghebbende derde hiervan schriftelijk op de hoogte, met de belangrijkste redenen van de weigering.`,
    guarantee: 'De zekerheid',
    rows: {
      kind: 'Soort',
      guarantor: 'Zekerheidssteller',
      amount: 'Bedrag van de zekerheid',
      release: 'Gevraagde vrijgave',
      description: 'Omschrijving',
      loan: 'Krediet',
      reference: 'Interne referentie',
      borrower: 'Kredietnemer',
      refusalDate: 'Datum van de weigering',
    },
    whole: 'Volledig',
    furtherHeading: 'Bijkomende uitleg',
    further: (contact) =>
      `Op verzoek geven wij mondeling of schriftelijk bijkomende uitleg over waarom elk van deze redenen in dit geval wordt ingeroepen. U kunt daarvoor contact met ons opnemen${contact === undefined ? '' : ` (${contact})`}.`,
    footer:
      'Kennisgeving volgens artikel 8/1, § 2 van de wet van 21 december 2013 en de Gedragscode (punt VI).',
  },
  fr: {
    title: 'Notification du refus de libération d’une sûreté',
    toEnterprise: 'À l’entreprise',
    toThirdParty: 'Au tiers intéressé (constituant de la sûreté)',
    theGuarantor: 'le constituant de la sûreté',
    asked: (requestDate, partialAmount) =>
      `${requestDate === undefined ? 'Il nous a été demandé' : `Le ${requestDate}, il nous a été demandé`} de libérer ${partialAmount === undefined ? 'intégralement la sûreté décrite ci-dessous' : `partiellement la sûreté décrite ci-dessous, à concurrence de ${partialAmount}`}.`,
    decided: (refusalDate) =>
      `Le ${refusalDate}, nous avons décidé de refuser cette libération. Conformément à l’article 8/1, § 2, de la loi du 21 décembre 2013 et au Code de conduite, nous en informons par écrit l’entreprise et le tiers intéressé, en leur indiquant les principales raisons du refus.`,
    guarantee: 'La sûreté',
    rows: {
      kind: 'Nature',
      guarantor: 'Constituant de la sûreté',
      amount: 'Montant de la sûreté',
      release: 'Libération demandée',
      description: 'Description',
      loan: 'Crédit',
      reference: 'Référence interne',
      borrower: 'Emprunteur',
      refusalDate: 'Date du refus',
    },
    whole: 'Intégrale',
    furtherHeading: 'Explications complémentaires',
    further: (contact) =>
      `Sur simple demande, nous vous expliquerons, oralement ou par écrit, pourquoi chacune de ces raisons est invoquée en l’espèce. Vous pouvez nous contacter à cet effet${contact === undefined ? '' : ` (${contact})`}.`,
    footer:
      'Notification établie conformément à l’article 8/1, § 2, de la loi du 21 décembre 2013 et au Code de conduite (point VI).',
  },
  en: {
    title: 'Notice of refusal to release a guarantee',
    toEnterprise: 'To the enterprise',
    toThirdParty: 'To the interested third party (guarantor)',
    theGuarantor: 'the guarantor',
    asked: (requestDate, partialAmount) =>
      `${requestDate === undefined ? 'We' : `On ${requestDate} we`} were asked to release ${partialAmount === undefined ? 'the guarantee described below in full' : `${partialAmount} of the guarantee described below`}.`,
    decided: (refusalDate) =>
      `On ${refusalDate} we decided to refuse this release. As article 8/1 § 2 of the Act of 21 December 2013 and the code of conduct require, we inform the enterprise and the interested third party in writing, with the main reasons for the refusal.`,
    guarantee: 'The guarantee',
    rows: {
      kind: 'Kind',
      guarantor: 'Guarantor',
      amount: 'Amount of the guarantee',
      release: 'Release asked',
      description: 'Description',
      loan: 'Credit',
      reference: 'Internal reference',
      borrower: 'Borrower',
      refusalDate: 'Date of the refusal',
    },
    whole: 'In full',
    furtherHeading: 'Further explanation',
    further: (contact) =>
      `On request we explain further, orally or in writing, why each of these reasons applies in this case. Please contact us for this${contact === undefined ? '' : ` (${contact})`}.`,
    footer:
      'Notice under article 8/1 § 2 of the Act of 21 December 2013 and the code of conduct (section VI).',
  },
};

/**
 * The written notice that a guarantee will not be released (DOMAIN.md 4.5), addressed to the
 * enterprise and to the guarantor: the guarantee, the refusal date, every reason as a full
 * sentence, the explanation, and that more is explained on request.
 */
export function guaranteeReleaseRefusalNotice(
  input: GuaranteeReleaseRefusalInput,
  language: Language,
): DocumentModel {
  checkInput(input, language);
  const w = WORDING[language];
  const { guarantee } = input;
  const guarantor = guarantee.guarantor?.trim() || w.theGuarantor;
  const partial =
    input.amountRequested === undefined ? undefined : formatAmount(input.amountRequested, language);
  const reference = fileReference(input.loanId, input.fileNumber);
  const contact = [input.lender.phone, input.lender.email].filter((c): c is string => Boolean(c));
  return refusalLetter(input, language, {
    title: w.title,
    addressees: [
      borrowerBlock(input.borrower, language, w.toEnterprise),
      {
        label: w.toThirdParty,
        lines: [capitalise(guarantor), ...(input.guarantorAddress ?? [])],
      },
    ],
    refusal: [
      {
        blocks: [
          paragraph(
            w.asked(
              input.requestDate === undefined ? undefined : formatDate(input.requestDate, language),
              partial,
            ),
          ),
          paragraph(w.decided(formatDate(input.refusalDate, language))),
        ],
      },
      {
        heading: w.guarantee,
        blocks: [
          rows(
            row(w.rows.kind, GUARANTEE_KIND_LABELS[language][guarantee.kind]),
            row(w.rows.guarantor, capitalise(guarantor)),
            row(w.rows.amount, formatAmount(guarantee.amount, language)),
            row(w.rows.release, partial ?? w.whole),
            guarantee.description !== undefined && row(w.rows.description, guarantee.description),
            row(
              w.rows.loan,
              input.productName === undefined ? reference : `${reference} (${input.productName})`,
            ),
            input.fileNumber !== undefined && row(w.rows.reference, input.loanId),
            row(
              w.rows.borrower,
              `${input.borrower.name}\n${enterpriseNumberLabel(language)} ${input.borrower.enterpriseNumber}`,
            ),
            row(w.rows.refusalDate, formatDate(input.refusalDate, language)),
          ),
        ],
      },
    ],
    reasons: input.reasons.map((code) => guaranteeReleaseRefusalSentence(code, language)),
    closingHeading: w.furtherHeading,
    closing: w.further(contact.length === 0 ? undefined : contact.join(', ')),
    footer: w.footer,
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function checkInput(input: GuaranteeReleaseRefusalInput, language: Language): void {
  const problems = new InputProblems('notice of a refused guarantee release');
  checkAddressing(problems, input, language);
  problems.requireText(input.explanation, 'explanation');
  const { guarantee } = input;
  problems.check(guarantee !== undefined, () => 'guarantee is required');
  if (guarantee !== undefined) {
    problems.check(
      (GUARANTEE_KINDS as readonly string[]).includes(guarantee.kind),
      () => `guarantee.kind must be one of ${GUARANTEE_KINDS.join(', ')}`,
    );
    const amount = toMoney(guarantee.amount);
    problems.check(
      amount.isPositive(),
      () => `guarantee.amount must be above 0, got ${amount.toString()}`,
    );
    if (input.amountRequested !== undefined) {
      const requested = toMoney(input.amountRequested);
      problems.check(
        requested.isPositive() && requested.lte(amount),
        () =>
          `amountRequested ${requested.toString()} must be above 0 and at most the guarantee's ${amount.toString()}`,
      );
    }
  }
  const refused = toDate(input.refusalDate);
  if (input.requestDate !== undefined) {
    const requested = toDate(input.requestDate);
    problems.check(
      !refused.isBefore(requested),
      () => `refusalDate ${refused.toString()} is before the request ${requested.toString()}`,
    );
  }
  checkReasons(problems, input.reasons, isGuaranteeReleaseRefusalReasonCode);
  problems.throwIfAny();
}
