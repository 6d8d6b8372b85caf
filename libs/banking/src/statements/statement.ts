import type { LocalDate } from '@js-joda/core';
import type { StructuredCommunication } from '../structured-communication';

/**
 * A bank statement as both parsers give it (CODA and camt.053), whatever the bank's layout.
 * Amounts are decimal strings with two decimals ("125.50"), never JavaScript numbers; a line's
 * amount is always positive, its direction says which way the money went.
 */
export interface BankStatement {
  readonly format: 'coda' | 'camt.053';
  /** The account the statement is of. */
  readonly account: StatementAccount;
  /**
   * The bank's sequence number of the statement as a number without leading zeros ("1"), the
   * same in both formats (CODA: the coded statement's "001"; camt: ElctrncSeqNb, else LglSeqNb).
   */
  readonly sequence: string;
  /** The sequence number as the file writes it ("001" in CODA): older records were keyed by it. */
  readonly sequenceAsWritten: string;
  /** The statement's date: the new (closing) balance's date. */
  readonly date: LocalDate;
  /** The bank's id of the statement where it gives one (camt Stmt/Id), else null. */
  readonly statementId: string | null;
  readonly openingBalance: Balance | null;
  readonly closingBalance: Balance | null;
  readonly lines: readonly StatementLine[];
}

export interface StatementAccount {
  /**
   * The IBAN (electronic form, no spaces, upper case) when the statement gives one or the
   * account is a Belgian account number (CODA structure 0, whose IBAN it determines), else null.
   */
  readonly iban: string | null;
  /** The account as the statement writes it (an IBAN, or a Belgian or foreign account number). */
  readonly number: string;
  readonly currency: string;
}

export interface Balance {
  /** Signed: "-12.30" is a debit balance. */
  readonly amount: string;
  readonly date: LocalDate;
}

export interface StatementLine {
  /**
   * Where the line is in its statement, the same in both formats: a credit line's order among
   * the statement's credit lines ("1", "2", …), a debit line's among its debits ("D1", …). With
   * the statement's identity it names the line once, whichever format delivered it.
   */
  readonly position: string;
  /**
   * Where the bank's file puts it: CODA "sequence/detail" ("0003/0000"), camt
   * "entry/transaction" ("3/1"); for a clerk comparing with the bank's statement.
   */
  readonly bankPosition: string;
  readonly direction: 'credit' | 'debit';
  /** Positive, two decimals. */
  readonly amount: string;
  readonly currency: string;
  readonly valueDate: LocalDate;
  readonly bookingDate: LocalDate;
  /** The bank's reference of the movement, where it gives one. */
  readonly bankReference: string | null;
  readonly counterparty: Counterparty;
  readonly communication: Communication | null;
}

export interface Counterparty {
  readonly name: string | null;
  /** The counterparty's IBAN when the account given is a valid IBAN, else null. */
  readonly iban: string | null;
  /** The account as the bank wrote it (an IBAN or an older account number), or null. */
  readonly account: string | null;
  readonly bic: string | null;
}

export type Communication =
  | {
      readonly kind: 'structured';
      readonly communication: StructuredCommunication;
    }
  /**
   * Free text, or a structured reference that is not a valid Belgian structured communication
   * (an ISO 11649 RF reference, a typing error): kept as the bank gave it, for a clerk to read.
   */
  | { readonly kind: 'free'; readonly text: string };

/**
 * The file is not a statement we can read: which line (CODA: 1-based line number; camt: the
 * element's path) and which field, and what is wrong. Nothing of a malformed file is used.
 */
export class StatementFormatError extends Error {
  readonly code = 'bank-statement-format' as const;

  constructor(
    readonly format: 'coda' | 'camt.053' | 'unknown',
    /** CODA: "line 7"; camt.053: the element's path. */
    readonly where: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${format === 'unknown' ? 'statement' : format} ${where}, ${field}: ${problem}`);
    this.name = 'StatementFormatError';
  }
}

/**
 * The lines of a statement with their positions: credits and debits each numbered in the
 * statement's order, so that the same statement read from CODA or from camt.053 names each of
 * its lines alike (the files' own numbering differs: "0003/0000" against "3/1").
 */
export function numberLines(lines: readonly Omit<StatementLine, 'position'>[]): StatementLine[] {
  let credits = 0;
  let debits = 0;
  return lines.map((l) => ({
    position: l.direction === 'credit' ? String(++credits) : `D${++debits}`,
    ...l,
  }));
}

/** A statement's sequence number as a number without leading zeros ("001" and "1" → "1"); null when it is not digits. */
export function sequenceNumber(text: string): string | null {
  const digits = text.trim();
  return /^\d+$/.test(digits) ? digits.replace(/^0+(?=\d)/, '') : null;
}
