import type {
  BankStatementLineBookedData,
  BankStatementLineSuspendedData,
  StatementLineData,
} from '@loanbook/banking';
import type { Money } from '@loanbook/domain';
import type { StoredEvent } from '@loanbook/event-store';
import type { SuspenseListItem } from '@loanbook/projections/read-models';
import {
  LINE_BOOKED,
  LINE_SUSPENDED,
  SUSPENSE_ASSIGNED,
  SUSPENSE_REFUNDED,
  type StatementFold,
} from './statement-events';

// What the bank-statements routes answer (bank-statements.response.ts documents them).

export interface LineOutcome {
  position: string;
  amount: string;
  valueDate: string;
  communication: string | null;
  outcome: 'booked' | 'suspense';
  /** Its outcome was recorded before this import: nothing was booked for it now. */
  alreadyRecorded: boolean;
  loanId?: string;
  repaid?: string;
  paymentId?: string | null;
  unappliedCredit?: string;
  itemId?: string;
  reason?: string;
  detail?: string;
}

export interface StatementReport {
  statementKey: string;
  account: string;
  sequence: string;
  date: string;
  format: string;
  /** True when this statement had been imported before: only lines missing an outcome were booked now. */
  alreadyImported: boolean;
  lines: LineOutcome[];
  ignored: { position: string; direction: 'debit'; amount: string; reason: 'debit' }[];
}

/** A statement of the file that is not of one of the lender's accounts: nothing of it recorded. */
export interface IgnoredStatement {
  account: string;
  sequence: string;
  date: string;
  format: string;
  reason: 'foreign-account';
  message: string;
}

export interface ImportResult {
  statements: StatementReport[];
  ignoredStatements: IgnoredStatement[];
  /** The global position of the last event of the statements: minPosition for the suspense list. */
  position: number;
}

/** A suspense item as the API shows it: the read model's row. */
export type SuspenseItemView = SuspenseListItem;

export function bookedData(
  line: StatementLineData,
  loanId: string,
  repaid: Money,
  paymentId: string | null,
  unappliedCredit: Money,
): BankStatementLineBookedData {
  return {
    position: line.position,
    loanId,
    amount: line.amount,
    repaid: repaid.toString(),
    paymentId,
    unappliedCredit: unappliedCredit.toString(),
  };
}

export function outcomeView(
  line: StatementLineData,
  e: StoredEvent,
  alreadyRecorded: boolean,
): LineOutcome {
  const base = {
    position: line.position,
    amount: line.amount,
    valueDate: line.valueDate,
    communication: line.communication,
  };
  if (e.type === LINE_BOOKED) {
    const d = e.data as unknown as BankStatementLineBookedData;
    return {
      ...base,
      outcome: 'booked',
      alreadyRecorded,
      loanId: d.loanId,
      repaid: d.repaid,
      paymentId: d.paymentId,
      unappliedCredit: d.unappliedCredit,
    };
  }
  const d = e.data as unknown as BankStatementLineSuspendedData;
  return {
    ...base,
    outcome: 'suspense',
    alreadyRecorded,
    itemId: d.itemId,
    reason: d.reason,
    detail: d.detail,
  };
}

/** A line's suspense item as its statement's stream has it (the read model's source). */
export function suspenseView(
  fold: StatementFold,
  line: StatementLineData,
): SuspenseItemView | undefined {
  const outcome = fold.outcomes.get(line.position);
  if (outcome?.type !== LINE_SUSPENDED) return undefined;
  const d = outcome.data as unknown as BankStatementLineSuspendedData;
  const resolution = fold.resolutions.get(line.position);
  return {
    itemId: d.itemId,
    statementKey: fold.streamId,
    account: fold.statement.account,
    sequence: fold.statement.sequence,
    statementDate: fold.statement.date,
    position: line.position,
    valueDate: line.valueDate,
    amount: line.amount,
    counterpartyName: line.counterpartyName,
    counterpartyIban: line.counterpartyIban,
    communication: line.communication,
    reason: d.reason,
    detail: d.detail,
    status:
      resolution?.type === SUSPENSE_ASSIGNED
        ? 'assigned'
        : resolution?.type === SUSPENSE_REFUNDED
          ? 'refunded'
          : 'open',
    loanId: resolution?.type === SUSPENSE_ASSIGNED ? String(resolution.data.loanId) : null,
  };
}
