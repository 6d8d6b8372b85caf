import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  parseStatementFile,
  parseStructuredCommunication,
  StatementFormatError,
  type BankStatement,
  type BankStatementLineBookedData,
  type BankStatementLineSuspendedData,
  type StatementLineData,
} from '@loanbook/banking';
import {
  LoanStateConflictError,
  LOAN_EVENT_SCHEMA_VERSION,
  Money,
  RuleViolationError,
  type Clock,
} from '@loanbook/domain';
import type { EventStore, NewEvent, StoredEvent, StreamAppend } from '@loanbook/event-store';
import type { RequestMeta } from '../audit/request-meta';
import type { AppConfig } from '../config/config';
import { NotFoundProblem, ValidationProblem } from '../http/problem';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { APP_CONFIG, CLOCK, EVENT_STORE } from '../infrastructure/tokens';
import { LoanRepository } from '../loans/loan-repository';
import { LoanCommands } from '../loans/loan-routes';
import { StructuredCommunications } from '../loans/structured-communications';
import { planLine } from './matching';
import {
  BANK_STATEMENT_IMPORTED,
  bookingKey,
  foldStatement,
  LINE_BOOKED,
  LINE_SUSPENDED,
  lineEventId,
  STATEMENT_INDEX_STREAM,
  STATEMENT_LISTED,
  statementData,
  statementStreamId,
  SUSPENSE_ASSIGNED,
  SUSPENSE_REFUNDED,
  suspenseItemId,
  UNAPPLIED_CREDIT_HELD,
  unappliedCreditStream,
  type StatementFold,
} from './statement-events';

/** The account of a statement is not one of the lender's (LENDER_IBAN): 422, nothing recorded. */
export class ForeignAccountError extends RuleViolationError {}

/** Who books a statement's lines: one actor, so that every import derives the same event ids. */
export const BOOKING_ACTOR = 'system:bank-statements';

export interface LineOutcome {
  position: string;
  amount: string;
  valueDate: string;
  communication: string | null;
  outcome: 'booked' | 'suspense';
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

export interface SuspenseItemView {
  itemId: string;
  statementKey: string;
  account: string;
  sequence: string;
  statementDate: string;
  position: string;
  valueDate: string;
  amount: string;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  communication: string | null;
  reason: string;
  detail: string;
  status: 'open' | 'assigned' | 'refunded';
  loanId: string | null;
}

/**
 * Bank statements in (issue 22): each statement recorded once on its own stream, then each of its
 * credit lines booked on the loan its structured communication names, through the loans' one
 * command handler (decider, retries), with an idempotency key per statement and line. The line's
 * outcome is recorded after its repayment; a crash in between leaves a line without outcome,
 * and the next import of the file (or the start-up pass) books it: the key makes the repayment
 * a repeat that writes nothing, so nothing is lost and nothing doubled.
 */
@Injectable()
export class BankStatementsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(BankStatementsService.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly loans: LoanRepository,
    private readonly commands: LoanCommands,
    private readonly communications: StructuredCommunications,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** Lines left without an outcome by a crash are booked at start-up, not only on a re-import. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      const pending = await this.pendingStatements();
      for (const streamId of pending) await this.process(streamId);
      if (pending.length > 0) this.logger.log(`booked the rest of ${pending.length} statement(s)`);
    } catch (error) {
      this.logger.error(`could not finish the statements imported before: ${String(error)}`);
    }
  }

  /** Reads, checks and records a file's statements, then books their lines. */
  async import(
    bytes: Uint8Array,
    meta: RequestMeta,
    onLine?: (done: number, total: number) => void,
  ): Promise<StatementReport[]> {
    const statements = this.parse(bytes);
    this.checkAccounts(statements);
    const total = statements.reduce(
      (n, s) => n + s.lines.filter((l) => l.direction === 'credit').length,
      0,
    );
    let done = 0;
    const reports: StatementReport[] = [];
    for (const s of statements) {
      const data = statementData(s);
      const streamId = statementStreamId(data.account, data.sequence, data.date);
      const existing = await this.store.readStream(streamId, { maxCount: 1 });
      const metadata = this.metadata(meta, data.date);
      if (existing.length === 0) {
        // The statement and its place in the list, once: the ids are the statement's.
        await this.store.appendToStreams([
          {
            streamId,
            expectedVersion: 'any',
            events: [
              {
                eventId: lineEventId(streamId, '', 'imported'),
                type: BANK_STATEMENT_IMPORTED,
                data: data as unknown as Record<string, unknown>,
                metadata,
              },
            ],
          },
          {
            streamId: STATEMENT_INDEX_STREAM,
            expectedVersion: 'any',
            events: [
              {
                eventId: lineEventId(streamId, '', 'listed'),
                type: STATEMENT_LISTED,
                data: { statementKey: streamId, account: data.account, date: data.date },
                metadata,
              },
            ],
          },
        ]);
      }
      const lines = await this.process(streamId, () => onLine?.(++done, total));
      reports.push({
        statementKey: streamId,
        account: data.account,
        sequence: data.sequence,
        date: data.date,
        format: data.format,
        alreadyImported: existing.length > 0,
        lines,
        ignored: data.ignored,
      });
    }
    return reports;
  }

  /** Books every credit line of the statement that has no outcome yet; the outcomes of all. */
  async process(streamId: string, onLine?: () => void): Promise<LineOutcome[]> {
    const fold = foldStatement(await this.store.readStream(streamId));
    if (!fold) throw new Error(`${streamId} is not a bank statement's stream`);
    const outcomes: LineOutcome[] = [];
    for (const line of fold.statement.lines) {
      const recorded = fold.outcomes.get(line.position) ?? (await this.bookLine(fold, line));
      outcomes.push(outcomeView(line, recorded));
      onLine?.();
    }
    return outcomes;
  }

  private async bookLine(fold: StatementFold, line: StatementLineData): Promise<StoredEvent> {
    const { streamId } = fold;
    let loanId: string | undefined;
    if (line.structured && line.communication !== null) {
      loanId = await this.communications.loanOf(parseStructuredCommunication(line.communication));
    }
    const meta = this.bookingMeta(streamId, line.position, 'line');
    const booking = await this.book(streamId, line, loanId, meta);
    const metadata = this.metadata(meta, line.valueDate);
    const appends: StreamAppend[] = [];
    let event: NewEvent;
    if (booking.kind === 'booked') {
      event = {
        eventId: lineEventId(streamId, line.position, 'outcome'),
        type: LINE_BOOKED,
        data: booking.data as unknown as Record<string, unknown>,
        metadata,
      };
      appends.push(...this.creditAppend(streamId, line, booking.data, metadata, 'line'));
    } else {
      const data: BankStatementLineSuspendedData = {
        position: line.position,
        itemId: suspenseItemId(streamId, line.position),
        reason: booking.reason,
        detail: booking.detail,
      };
      event = {
        eventId: lineEventId(streamId, line.position, 'outcome'),
        type: LINE_SUSPENDED,
        data: data as unknown as Record<string, unknown>,
        metadata,
      };
    }
    // 'any': the id is the line's, so a second writer of the same outcome writes nothing.
    await this.store.appendToStreams([
      { streamId, expectedVersion: 'any', events: [event] },
      ...appends,
    ]);
    const [stored] = await this.store.readEventsById([event.eventId]);
    return stored;
  }

  private creditAppend(
    streamId: string,
    line: StatementLineData,
    data: BankStatementLineBookedData,
    metadata: NewEvent['metadata'],
    what: string,
  ): StreamAppend[] {
    if (!Money.parse(data.unappliedCredit).isPositive()) return [];
    return [
      {
        streamId: unappliedCreditStream(data.loanId),
        expectedVersion: 'any',
        events: [
          {
            eventId: lineEventId(streamId, line.position, `credit-${what}`),
            type: UNAPPLIED_CREDIT_HELD,
            data: {
              loanId: data.loanId,
              amount: data.unappliedCredit,
              receivedOn: line.valueDate,
              statementKey: streamId,
              position: line.position,
              counterpartyName: line.counterpartyName,
            },
            metadata,
          },
        ],
      },
    ];
  }

  /**
   * The repayment of a line on a loan, through the loans' command handler with the line's
   * idempotency key. A repeat (a crash after the repayment, before the outcome) finds the first
   * repayment and gets its reply: the loan's state since then is not decided on again.
   */
  private async book(
    streamId: string,
    line: StatementLineData,
    loanId: string | undefined,
    meta: RequestMeta,
  ): Promise<
    | { kind: 'booked'; data: BankStatementLineBookedData }
    | { kind: 'suspense'; reason: BankStatementLineSuspendedData['reason']; detail: string }
  > {
    const amount = Money.parse(line.amount);
    const prior = loanId !== undefined ? await this.idempotency.prior(meta) : undefined;
    if (prior && loanId !== undefined) {
      const paid = prior.events.find((e) => e.type === 'InstalmentPaid')?.data as
        { paymentId: string; amount: string } | undefined;
      const repaid = paid ? Money.parse(paid.amount) : Money.zero();
      return {
        kind: 'booked',
        data: bookedData(line, loanId, repaid, paid?.paymentId ?? null, amount.minus(repaid)),
      };
    }
    const loan = loanId !== undefined ? await this.loans.load(loanId) : undefined;
    const plan = planLine(
      line,
      loan && loan.version > 0 ? { loanId: loanId!, state: loan.state } : undefined,
    );
    if (plan.kind === 'suspense') return plan;
    if (!plan.repay.isPositive()) {
      return {
        kind: 'booked',
        data: bookedData(line, plan.loanId, Money.zero(), null, plan.unappliedCredit),
      };
    }
    try {
      const reply = await this.commands.run(
        { type: 'RepayInstalment', loanId: plan.loanId, paidOn: plan.paidOn, amount: plan.repay },
        meta,
      );
      const paid = reply.recorded.find((e) => e.type === 'InstalmentPaid')?.data as
        { paymentId: string; amount: string } | undefined;
      const repaid = paid ? Money.parse(paid.amount) : plan.repay;
      return {
        kind: 'booked',
        data: bookedData(line, plan.loanId, repaid, paid?.paymentId ?? null, amount.minus(repaid)),
      };
    } catch (error) {
      if (error instanceof RuleViolationError || error instanceof LoanStateConflictError) {
        return { kind: 'suspense', reason: 'refused', detail: error.message };
      }
      throw error;
    }
  }

  /** The suspense items, open ones first (or only those). */
  async suspense(status: 'open' | 'all' = 'open'): Promise<SuspenseItemView[]> {
    const items: SuspenseItemView[] = [];
    for (const streamId of await this.statementKeys()) {
      const fold = foldStatement(await this.store.readStream(streamId));
      if (!fold) continue;
      for (const line of fold.statement.lines) {
        const item = suspenseView(fold, line);
        if (item && (status === 'all' || item.status === 'open')) items.push(item);
      }
    }
    return items;
  }

  /** A clerk names the loan a suspense item pays: booked as a matched line would be. */
  async assign(itemId: string, loanId: string, meta: RequestMeta): Promise<SuspenseItemView> {
    const { fold, line } = await this.openItem(itemId);
    // The booking actor, not the clerk: two clerks assigning one item book it once.
    const bookingMeta = this.bookingMeta(fold.streamId, line.position, 'assign');
    const loan = await this.loans.load(loanId);
    if (loan.version === 0) throw new NotFoundProblem(`there is no loan ${loanId}`);
    const booking = await this.book(fold.streamId, line, loanId, bookingMeta);
    if (booking.kind === 'suspense') {
      throw new RuleViolationError([
        { rule: `bank-statement-${booking.reason}`, message: booking.detail, field: 'loanId' },
      ]);
    }
    const metadata = this.metadata(meta, line.valueDate);
    await this.store.appendToStreams([
      {
        streamId: fold.streamId,
        expectedVersion: 'any',
        events: [
          {
            eventId: lineEventId(fold.streamId, line.position, 'resolved'),
            type: SUSPENSE_ASSIGNED,
            data: { ...booking.data, itemId, assignedBy: meta.actor },
            metadata,
          },
        ],
      },
      ...this.creditAppend(fold.streamId, line, booking.data, metadata, 'assign'),
    ]);
    return this.item(itemId);
  }

  /** The money went back to the payer: the item is closed, nothing is booked. */
  async refund(itemId: string, note: string, meta: RequestMeta): Promise<SuspenseItemView> {
    const { fold, line } = await this.openItem(itemId);
    await this.store.appendToStream(
      fold.streamId,
      [
        {
          eventId: randomUUID(),
          type: SUSPENSE_REFUNDED,
          data: {
            position: line.position,
            itemId,
            refundedBy: meta.actor,
            refundedOn: this.clock.today().toString(),
            note,
          },
          metadata: this.metadata(meta, this.clock.today().toString()),
        },
      ],
      // A clerk assigning it at the same moment makes this one fail: one resolution per item.
      { expectedVersion: fold.version },
    );
    return this.item(itemId);
  }

  /** The loan's unapplied credits: money received beyond what was due, for a clerk to decide. */
  async unappliedCredits(loanId: string) {
    if ((await this.loans.load(loanId)).version === 0) {
      throw new NotFoundProblem(`there is no loan ${loanId}`);
    }
    const events = await this.store.readStream(unappliedCreditStream(loanId));
    const credits = events.map((e) => ({
      amount: String(e.data.amount),
      receivedOn: String(e.data.receivedOn),
      statementKey: String(e.data.statementKey),
      position: String(e.data.position),
    }));
    return {
      total: Money.sum(credits.map((c) => Money.parse(c.amount))).toString(),
      credits,
    };
  }

  private async item(itemId: string): Promise<SuspenseItemView> {
    const found = (await this.suspense('all')).find((i) => i.itemId === itemId);
    if (!found) throw new NotFoundProblem(`there is no suspense item ${itemId}`);
    return found;
  }

  private async openItem(
    itemId: string,
  ): Promise<{ fold: StatementFold; line: StatementLineData }> {
    for (const streamId of await this.statementKeys()) {
      const fold = foldStatement(await this.store.readStream(streamId));
      const line = fold?.statement.lines.find(
        (l) => suspenseItemId(streamId, l.position) === itemId,
      );
      if (!fold || !line) continue;
      const item = suspenseView(fold, line);
      if (!item) break;
      if (item.status !== 'open') {
        throw new LoanStateConflictError(
          item.status,
          'ResolveSuspenseItem',
          `the suspense item is ${item.status} already`,
        );
      }
      return { fold, line };
    }
    throw new NotFoundProblem(`there is no suspense item ${itemId}`);
  }

  private async statementKeys(): Promise<string[]> {
    const listed = await this.store.readStream(STATEMENT_INDEX_STREAM);
    return [...new Set(listed.map((e) => String(e.data.statementKey)))];
  }

  private async pendingStatements(): Promise<string[]> {
    const pending: string[] = [];
    for (const streamId of await this.statementKeys()) {
      const fold = foldStatement(await this.store.readStream(streamId));
      if (fold && fold.statement.lines.some((l) => !fold.outcomes.has(l.position))) {
        pending.push(streamId);
      }
    }
    return pending;
  }

  private parse(bytes: Uint8Array): BankStatement[] {
    try {
      return parseStatementFile(bytes);
    } catch (error) {
      if (error instanceof StatementFormatError) {
        throw new ValidationProblem([
          {
            field: `${error.where}: ${error.field}`,
            code: 'bank-statement-format',
            message: error.message,
          },
        ]);
      }
      throw error;
    }
  }

  private checkAccounts(statements: BankStatement[]): void {
    const lender = new Set<string>(this.config.lenderIbans);
    const foreign = [
      ...new Set(
        statements
          .filter((s) => s.account.iban === null || !lender.has(s.account.iban))
          .map((s) => s.account.iban ?? s.account.number),
      ),
    ];
    if (foreign.length === 0) return;
    const accounts =
      lender.size === 0 ? 'none is configured (LENDER_IBAN)' : [...lender].join(', ');
    throw new ForeignAccountError(
      foreign.map((account) => ({
        rule: 'bank-statement-account',
        message: `the statement is of account ${account}, which is not one of the lender's (${accounts}); nothing of the file was recorded`,
        field: 'account',
      })),
    );
  }

  private bookingMeta(streamId: string, position: string, what: 'line' | 'assign'): RequestMeta {
    return {
      actor: BOOKING_ACTOR,
      correlationId: streamId,
      requestId: `${streamId}/${position}`,
      idempotency: bookingKey(streamId, position, what),
    };
  }

  private metadata(meta: RequestMeta, effectiveOn: string): NewEvent['metadata'] {
    return {
      effectiveOn,
      recordedAt: this.clock.now().toISOString(),
      actor: meta.actor,
      correlationId: meta.correlationId,
      causationId: meta.requestId,
      schemaVersion: LOAN_EVENT_SCHEMA_VERSION,
    };
  }
}

function bookedData(
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

function outcomeView(line: StatementLineData, e: StoredEvent): LineOutcome {
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
      loanId: d.loanId,
      repaid: d.repaid,
      paymentId: d.paymentId,
      unappliedCredit: d.unappliedCredit,
    };
  }
  const d = e.data as unknown as BankStatementLineSuspendedData;
  return { ...base, outcome: 'suspense', itemId: d.itemId, reason: d.reason, detail: d.detail };
}

function suspenseView(fold: StatementFold, line: StatementLineData): SuspenseItemView | undefined {
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
