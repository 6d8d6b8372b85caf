import type { InputProblems } from './errors';
import type { Language, Translations } from './language';
import type { AddressBlock, Row } from './model';
import { row } from './model';

/** The lender as the documents name it (DOMAIN.md 4.2 i): identity and contact details. */
export interface LenderDetails {
  readonly name: string;
  /** Address lines: street and number, postcode and municipality. */
  readonly address: readonly string[];
  readonly enterpriseNumber?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly website?: string;
}

/** The borrowing enterprise. */
export interface BorrowerDetails {
  readonly name: string;
  /** KBO/BCE number, "0123.456.789". */
  readonly enterpriseNumber: string;
  /** Address lines: street and number, postal code and municipality. */
  readonly address?: readonly string[];
}

const LABELS: Translations<{
  name: string;
  address: string;
  enterpriseNumber: string;
  phone: string;
  email: string;
  website: string;
}> = {
  nl: {
    name: 'Naam',
    address: 'Adres',
    enterpriseNumber: 'Ondernemingsnummer',
    phone: 'Telefoon',
    email: 'E-mail',
    website: 'Website',
  },
  fr: {
    name: 'Nom',
    address: 'Adresse',
    enterpriseNumber: 'Numéro d’entreprise',
    phone: 'Téléphone',
    email: 'E-mail',
    website: 'Site web',
  },
  en: {
    name: 'Name',
    address: 'Address',
    enterpriseNumber: 'Enterprise number',
    phone: 'Telephone',
    email: 'E-mail',
    website: 'Website',
  },
};

export function enterpriseNumberLabel(language: Language): string {
  return LABELS[language].enterpriseNumber;
}

export function addressLabel(language: Language): string {
  return LABELS[language].address;
}

const FILE_LABELS: Translations<{ fileNumber: string; reference: string }> = {
  nl: { fileNumber: 'Dossiernummer', reference: 'Interne referentie' },
  fr: { fileNumber: 'Numéro de dossier', reference: 'Référence interne' },
  en: { fileNumber: 'File number', reference: 'Internal reference' },
};

/**
 * What a reader quotes on the phone: the short file number ("IK-2022-0042") when the loan has
 * one, else (loans applied for before file numbers) the loan id.
 */
export function fileReference(loanId: string, fileNumber: string | undefined): string {
  return fileNumber ?? loanId;
}

/** The file number, with the loan id beside it; only the loan id for a loan without a number. */
export function fileRows(
  loanId: string,
  fileNumber: string | undefined,
  language: Language,
): Row[] {
  const t = FILE_LABELS[language];
  return fileNumber === undefined
    ? [row(t.fileNumber, loanId)]
    : [row(t.fileNumber, fileNumber), row(t.reference, loanId)];
}

/** The lender's identity and every contact detail the input gives. */
export function lenderRows(lender: LenderDetails, language: Language): Row[] {
  const t = LABELS[language];
  const rows: Row[] = [row(t.name, lender.name)];
  if (lender.address.length > 0) rows.push(row(t.address, lender.address.join('\n')));
  if (lender.enterpriseNumber) rows.push(row(t.enterpriseNumber, lender.enterpriseNumber));
  if (lender.phone) rows.push(row(t.phone, lender.phone));
  if (lender.email) rows.push(row(t.email, lender.email));
  if (lender.website) rows.push(row(t.website, lender.website));
  return rows;
}

/** Letterhead lines under the lender's name. */
export function senderLines(lender: LenderDetails, language: Language): string[] {
  const t = LABELS[language];
  const contact = [
    lender.phone ? `${t.phone} ${lender.phone}` : undefined,
    lender.email,
    lender.website,
  ].filter((part): part is string => Boolean(part));
  return [
    ...lender.address,
    ...(lender.enterpriseNumber ? [`${t.enterpriseNumber} ${lender.enterpriseNumber}`] : []),
    ...(contact.length > 0 ? [contact.join(' · ')] : []),
  ];
}

export function borrowerBlock(
  borrower: BorrowerDetails,
  language: Language,
  label?: string,
): AddressBlock {
  return {
    ...(label === undefined ? {} : { label }),
    lines: [
      borrower.name,
      ...(borrower.address ?? []),
      `${LABELS[language].enterpriseNumber} ${borrower.enterpriseNumber}`,
    ],
  };
}

/** "Hefboom vzw · Koningsstraat 1, 1000 Brussel · Ondernemingsnummer 0403.170.701". */
export function footerLine(lender: LenderDetails, language: Language): string {
  return [
    lender.name,
    lender.address.join(', '),
    lender.enterpriseNumber
      ? `${LABELS[language].enterpriseNumber} ${lender.enterpriseNumber}`
      : undefined,
  ]
    .filter((part): part is string => Boolean(part && part.length > 0))
    .join(' · ');
}

export function checkLender(lender: LenderDetails | undefined, problems: InputProblems): void {
  problems.check(lender !== undefined, () => 'lender is required');
  if (lender === undefined) return;
  problems.requireText(lender.name, 'lender.name');
  problems.check(
    Array.isArray(lender.address) && lender.address.some((line) => line.trim().length > 0),
    () => 'lender.address needs at least one line',
  );
}

export function checkBorrower(
  borrower: BorrowerDetails | undefined,
  problems: InputProblems,
): void {
  problems.check(borrower !== undefined, () => 'borrower is required');
  if (borrower === undefined) return;
  problems.requireText(borrower.name, 'borrower.name');
  problems.requireText(borrower.enterpriseNumber, 'borrower.enterpriseNumber');
}
