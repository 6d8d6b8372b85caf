import type { InputProblems } from './errors';
import type { DateInput } from './format';
import { formatDate, toDate } from './format';
import type { Language, Translations } from './language';
import { LANGUAGES, isLanguage } from './language';
import type { AddressBlock, DocumentModel, Section } from './model';
import { list, paragraph } from './model';
import type { BorrowerDetails, LenderDetails } from './parties';
import { checkBorrower, checkLender, fileReference, footerLine, senderLines } from './parties';

/**
 * What the code of conduct's two refusal letters share: the written refusal statement
 * (DOMAIN.md 4.4) and the notice of a refused guarantee release (4.5). Each is a letter from the
 * lender about one loan, stating what was refused, every reason as a full sentence, the credit
 * officer's explanation, a closing paragraph and the signature.
 */
export interface RefusalLetterInput {
  readonly loanId: string;
  /** The short file number ("IK-2022-0042"); absent for loans applied for before them. */
  readonly fileNumber?: string;
  /** The day the letter is drawn up; the PDF's date. */
  readonly documentDate: DateInput;
  readonly lender: LenderDetails;
  readonly borrower: BorrowerDetails;
  /** At least one reason code, each once. */
  readonly reasons: readonly string[];
  /** The credit officer's explanation, in the document's language. */
  readonly explanation: string;
  /** Who signs for the lender. */
  readonly signatory?: string;
}

/** The letter's own parts, in the document's language. */
export interface RefusalLetterParts {
  readonly title: string;
  readonly addressees: readonly AddressBlock[];
  /** What was asked and refused: the sections before the reasons. */
  readonly refusal: readonly Section[];
  /** Every reason as a full sentence. */
  readonly reasons: readonly string[];
  readonly closingHeading: string;
  /** The paragraph before the signature. */
  readonly closing: string;
  /** The footer's line under the lender's. */
  readonly footer: string;
}

interface Wording {
  reference: (loanId: string, date: string) => string;
  reasons: string;
  explanation: string;
  signature: (lender: string, signatory: string | undefined) => string;
}

const WORDING: Translations<Wording> = {
  nl: {
    reference: (loanId, date) => `Kenmerk ${loanId} · ${date}`,
    reasons: 'Redenen van de weigering',
    explanation: 'Toelichting',
    signature: (lender, signatory) =>
      signatory === undefined ? `Voor ${lender}` : `Voor ${lender},\n${signatory}`,
  },
  fr: {
    reference: (loanId, date) => `Référence ${loanId} · ${date}`,
    reasons: 'Motifs du refus',
    explanation: 'Explications',
    signature: (lender, signatory) =>
      signatory === undefined ? `Pour ${lender}` : `Pour ${lender},\n${signatory}`,
  },
  en: {
    reference: (loanId, date) => `Reference ${loanId} · ${date}`,
    reasons: 'Reasons for the refusal',
    explanation: 'Explanation',
    signature: (lender, signatory) =>
      signatory === undefined ? `For ${lender}` : `For ${lender},\n${signatory}`,
  },
};

/** The letter: the lender's letterhead, the refusal, the reasons, the explanation, the closing. */
export function refusalLetter(
  input: RefusalLetterInput,
  language: Language,
  parts: RefusalLetterParts,
): DocumentModel {
  const w = WORDING[language];
  const reference = fileReference(input.loanId, input.fileNumber);
  return {
    language,
    title: parts.title,
    author: input.lender.name,
    subject: `${parts.title} ${reference}`,
    date: toDate(input.documentDate),
    referenceLine: w.reference(reference, formatDate(input.documentDate, language)),
    sender: senderLines(input.lender, language),
    addressees: parts.addressees,
    sections: [
      ...parts.refusal,
      { heading: w.reasons, blocks: [list(parts.reasons)] },
      { heading: w.explanation, blocks: [paragraph(input.explanation)] },
      {
        heading: parts.closingHeading,
        blocks: [
          paragraph(parts.closing),
          paragraph(w.signature(input.lender.name, input.signatory)),
        ],
      },
    ],
    footer: [footerLine(input.lender, language), parts.footer],
  };
}

/** The language, the loan and the parties: a letter's first checks. */
export function checkAddressing(
  problems: InputProblems,
  input: Pick<RefusalLetterInput, 'loanId' | 'lender' | 'borrower'>,
  language: Language,
): void {
  problems.check(isLanguage(language), () => `language must be one of ${LANGUAGES.join(', ')}`);
  problems.requireText(input.loanId, 'loanId');
  checkLender(input.lender, problems);
  checkBorrower(input.borrower, problems);
}

/** At least one reason, each a code the letter can word (`known`), none twice. */
export function checkReasons(
  problems: InputProblems,
  reasons: readonly string[],
  known: (code: string) => boolean,
): void {
  problems.check(
    Array.isArray(reasons) && reasons.length > 0,
    () => 'at least one reason is required',
  );
  const unknown = (reasons ?? []).filter((code) => !known(code));
  problems.check(unknown.length === 0, () => `unknown reason codes: ${unknown.join(', ')}`);
  problems.check(new Set(reasons).size === (reasons ?? []).length, () => 'a reason is given twice');
}
