import { createHash } from 'node:crypto';
import type {
  BankStatement,
  BankStatementImportedData,
  StatementLine,
  StatementLineData,
} from '@loanbook/banking';
import { formatBusinessDate } from '@loanbook/domain';
import type { StoredEvent } from '@loanbook/event-store';
import { nameBasedUuid } from '../infrastructure/name-based-uuid';

/**
 * A bank statement's stream (one per statement: its account's IBAN, its sequence number without
 * leading zeros and its date, the same whether CODA or camt.053 delivered it) and what
 * is recorded on it: the statement as imported, then each credit line's outcome. The stream is
 * the statement's identity: importing it again finds it and writes nothing new.
 */
export const BANK_STATEMENT_IMPORTED = 'BankStatementImported';
export const LINE_BOOKED = 'BankStatementLineBooked';
export const LINE_SUSPENDED = 'BankStatementLineSuspended';
export const SUSPENSE_ASSIGNED = 'SuspenseItemAssigned';
export const SUSPENSE_REFUNDED = 'SuspenseItemRefunded';
export const UNAPPLIED_CREDIT_HELD = 'UnappliedCreditHeld';
/** The list of statements imported (one event per statement): what the suspense list reads. */
export const STATEMENT_LISTED = 'BankStatementListed';
export const STATEMENT_INDEX_STREAM = 'bank-statements';

export const statementStreamId = (account: string, sequence: string, date: string): string =>
  `bank-statement-${account}-${sequence}-${date}`;

/**
 * The streams the statement may have been recorded on before both parsers named it alike: the
 * account as the file wrote it (a Belgian account number in CODA structure 0) and the sequence
 * number as written ("001", camt "1"). A statement found on one is that statement: importing it
 * again, in either format, books only what its own stream has no outcome for.
 */
export function legacyStatementStreamIds(s: BankStatement): string[] {
  const date = formatBusinessDate(s.date);
  const accounts = new Set([s.account.iban ?? s.account.number, s.account.number]);
  const sequences = new Set([s.sequenceAsWritten, s.sequence, s.sequence.padStart(3, '0')]);
  const current = statementStreamId(s.account.iban ?? s.account.number, s.sequence, date);
  const keys = new Set<string>();
  for (const account of accounts) {
    for (const sequence of sequences) keys.add(statementStreamId(account, sequence, date));
  }
  keys.delete(current);
  return [...keys];
}

/** Where a loan's unapplied credits are held: read by the loan's view. */
export const unappliedCreditStream = (loanId: string): string => `unapplied-credits-${loanId}`;

export function statementData(s: BankStatement): BankStatementImportedData {
  const credits = s.lines.filter((l) => l.direction === 'credit');
  return {
    account: s.account.iban ?? s.account.number,
    sequence: s.sequence,
    date: formatBusinessDate(s.date),
    format: s.format,
    statementId: s.statementId,
    lines: credits.map(lineData),
    ignored: s.lines
      .filter((l) => l.direction === 'debit')
      .map((l) => ({
        position: l.position,
        direction: 'debit',
        amount: l.amount,
        reason: 'debit',
      })),
  };
}

function lineData(l: StatementLine): StatementLineData {
  const c = l.communication;
  return {
    position: l.position,
    valueDate: formatBusinessDate(l.valueDate),
    bookingDate: formatBusinessDate(l.bookingDate),
    amount: l.amount,
    currency: l.currency,
    counterpartyName: l.counterparty.name,
    counterpartyIban: l.counterparty.iban,
    communication: c === null ? null : c.kind === 'structured' ? c.communication : c.text,
    structured: c?.kind === 'structured',
    bankReference: l.bankReference,
  };
}

/** The suspense item of a line: one id per statement and position. */
export const suspenseItemId = (streamId: string, position: string): string =>
  nameBasedUuid(`loanbook:suspense\n${streamId}\n${position}`);

/**
 * Event ids of what is written about a line: derived from the statement and the line, so that
 * a second import or a restart writes each once (the store keeps an id once).
 */
export const lineEventId = (streamId: string, position: string, what: string): string =>
  nameBasedUuid(`loanbook:bank-statement\n${streamId}\n${position}\n${what}`);

/** The idempotency key a line's repayment is booked with (and its request hash). */
export function bookingKey(streamId: string, position: string, what: 'line' | 'assign') {
  const key = `bank-statement:${createHash('sha256').update(`${streamId}\n${position}`).digest('hex').slice(0, 32)}:${what}`;
  return { key, requestHash: createHash('sha256').update(key).digest('base64url') };
}

/** A statement's stream folded: the statement, and each line's outcome so far. */
export interface StatementFold {
  streamId: string;
  version: number;
  /** The global position of its last event. */
  position: number;
  statement: BankStatementImportedData;
  outcomes: Map<string, StoredEvent>;
  /** Per suspended line: assigned or refunded since. */
  resolutions: Map<string, StoredEvent>;
}

export function foldStatement(events: readonly StoredEvent[]): StatementFold | undefined {
  const [first] = events;
  if (!first || first.type !== BANK_STATEMENT_IMPORTED) return undefined;
  const outcomes = new Map<string, StoredEvent>();
  const resolutions = new Map<string, StoredEvent>();
  for (const e of events) {
    const position = String(e.data.position ?? '');
    if (e.type === LINE_BOOKED || e.type === LINE_SUSPENDED) outcomes.set(position, e);
    if (e.type === SUSPENSE_ASSIGNED || e.type === SUSPENSE_REFUNDED) resolutions.set(position, e);
  }
  return {
    streamId: first.streamId,
    version: events.at(-1)!.streamVersion,
    position: Math.max(...events.map((e) => e.globalPosition)),
    statement: first.data as unknown as BankStatementImportedData,
    outcomes,
    resolutions,
  };
}
