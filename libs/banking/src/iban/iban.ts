import {
  electronicFormatIBAN,
  friendlyFormatIBAN,
  isValidIBAN,
  validateIBAN,
  ValidationErrorsIBAN,
} from 'ibantools';

/** An IBAN in its electronic form ("BE68539007547034"): only parseIban makes one. */
export type Iban = string & { readonly __brand: 'Iban' };

export class IbanError extends Error {
  readonly code = 'iban' as const;

  constructor(message: string) {
    super(message);
    this.name = 'IbanError';
  }
}

const REASONS: Partial<Record<ValidationErrorsIBAN, string>> = {
  [ValidationErrorsIBAN.NoIBANProvided]: 'it is empty',
  [ValidationErrorsIBAN.NoIBANCountry]: 'it does not start with a known country code',
  [ValidationErrorsIBAN.WrongBBANLength]: 'it has the wrong length for its country',
  [ValidationErrorsIBAN.WrongBBANFormat]: "its account part is not shaped as its country's",
  [ValidationErrorsIBAN.ChecksumNotNumber]:
    'its check digits (3rd and 4th characters) are not digits',
  [ValidationErrorsIBAN.WrongIBANChecksum]:
    'its check digits do not match (is there a typing error?)',
  [ValidationErrorsIBAN.WrongAccountBankBranchChecksum]:
    "its national account number's own check digits do not match (is there a typing error?)",
};

/**
 * Reads an IBAN as people write it (spaces, lower case: "be68 5390 0754 7034") and checks it
 * with ibantools (country length and format, mod-97, and the national check where the country
 * has one, as Belgium's mod 97 of the BBAN).
 */
export function parseIban(text: string): Iban {
  const electronic = electronicFormatIBAN(text) ?? '';
  if (isValidIBAN(electronic)) return electronic as Iban;
  const codes = validateIBAN(electronic).errorCodes;
  const reason = codes.map((c) => REASONS[c]).find((r) => r !== undefined) ?? 'it is not valid';
  throw new IbanError(`${JSON.stringify(text)} is not an IBAN: ${reason}`);
}

export function isIban(text: string): boolean {
  try {
    parseIban(text);
    return true;
  } catch {
    return false;
  }
}

/** "BE68 5390 0754 7034": groups of four, for people. */
export function formatIban(iban: Iban): string {
  return friendlyFormatIBAN(iban) ?? iban;
}

/**
 * The lender's accounts from configuration (LENDER_IBAN): one or more IBANs, comma-separated.
 * Every bad entry is named in one error, so that one start-up shows all that must be fixed.
 */
export function parseIbanList(text: string, setting = 'LENDER_IBAN'): Iban[] {
  const entries = text.split(',').map((e) => e.trim());
  if (entries.every((e) => e === '')) {
    throw new IbanError(
      `${setting} is empty: set it to the lender's IBAN, or several separated by commas`,
    );
  }
  const problems: string[] = [];
  const ibans: Iban[] = [];
  entries.forEach((entry, index) => {
    if (entry === '') {
      problems.push(`entry ${index + 1} is empty`);
      return;
    }
    try {
      const iban = parseIban(entry);
      if (ibans.includes(iban)) problems.push(`${JSON.stringify(entry)} is given twice`);
      else ibans.push(iban);
    } catch (e) {
      problems.push((e as Error).message);
    }
  });
  if (problems.length > 0) {
    throw new IbanError(`${setting} must be IBANs separated by commas: ${problems.join('; ')}`);
  }
  return ibans;
}
