/**
 * What a bank statement's stream records (issue 22), as stored and as sent to Kafka: the
 * back office writes these shapes (apps/back-office/src/bank-statements) and the messaging
 * schemas are generated from them (libs/messaging/schemas/stored-events.ts re-exports them).
 * Dates are ISO (YYYY-MM-DD), amounts decimal strings.
 */

/** Why a credit line went to suspense. */
export type SuspenseReason =
  | 'no-communication'
  | 'not-structured'
  | 'unknown-communication'
  | 'not-euro'
  | 'loan-not-active'
  | 'refused';

/** A credit line of a bank statement as recorded. */
export interface StatementLineData {
  /** CODA "sequence/detail" ("0003/0000"), camt.053 "entry/transaction" ("3/1"). */
  position: string;
  valueDate: string;
  bookingDate: string;
  amount: string;
  currency: string;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  /** A valid structured communication in its normal form, else the free text; or null. */
  communication: string | null;
  structured: boolean;
  bankReference: string | null;
}

/** A bank statement imported (CODA or camt.053): its identity and its credit lines. */
export interface BankStatementImportedData {
  account: string;
  sequence: string;
  date: string;
  format: 'coda' | 'camt.053';
  statementId: string | null;
  lines: StatementLineData[];
  /** Debit lines: reported, not booked. */
  ignored: { position: string; direction: 'debit'; amount: string; reason: 'debit' }[];
}

/** A statement's place in the list of statements (the suspense list reads it). */
export interface BankStatementListedData {
  statementKey: string;
  account: string;
  date: string;
}

/** A credit line booked on the loan its communication names. */
export interface BankStatementLineBookedData {
  position: string;
  loanId: string;
  amount: string;
  /** What the repayment (InstalmentPaid) took; "0.00" when nothing was payable. */
  repaid: string;
  paymentId: string | null;
  /** The rest, held on the loan (UnappliedCreditHeld). */
  unappliedCredit: string;
}

/** A credit line no loan took: a suspense item, for a clerk. */
export interface BankStatementLineSuspendedData {
  position: string;
  itemId: string;
  reason: SuspenseReason;
  detail: string;
}

/** A suspense item booked by a clerk on a loan. */
export interface SuspenseItemAssignedData extends BankStatementLineBookedData {
  itemId: string;
  assignedBy: string;
}

/** A suspense item's money sent back to its payer. */
export interface SuspenseItemRefundedData {
  position: string;
  itemId: string;
  refundedBy: string;
  refundedOn: string;
  note: string;
}

/** Money received for a loan beyond what was payable: held for a clerk to decide. */
export interface UnappliedCreditHeldData {
  loanId: string;
  amount: string;
  receivedOn: string;
  statementKey: string;
  position: string;
  counterpartyName: string | null;
}
