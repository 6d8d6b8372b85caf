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
  /** The bank's sequence number of the statement (CODA: the coded statement's; camt: ElctrncSeqNb, else LglSeqNb). */
  readonly sequence: string;
  /** The statement's date: the new (closing) balance's date. */
  readonly date: LocalDate;
  /** The bank's id of the statement where it gives one (camt Stmt/Id), else null. */
  readonly statementId: string | null;
  readonly openingBalance: Balance | null;
  readonly closingBalance: Balance | null;
  readonly lines: readonly StatementLine[];
}

export interface StatementAccount {
  /** The IBAN (electronic form, no spaces) when the statement gives one, else null. */
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
   * Where the line is in its statement, stable across imports of the same file: CODA
   * "sequence/detail" ("0003/0000"), camt "entry/transaction" ("3/1"). With the statement's
   * identity it names the line once.
   */
  readonly position: string;
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
