import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  parseStructuredCommunication,
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
import { IdempotencyService } from '../idempotency/idempotency.service';
import { CLOCK, EVENT_STORE } from '../infrastructure/tokens';
import { LoanRepository } from '../loans/loan-repository';
import { LoanCommands } from '../loans/loan-routes';
import { StructuredCommunications } from '../loans/structured-communications';
import { bookedData, outcomeView, type LineOutcome } from './bank-statements.views';
import { planLine } from './matching';
import {
  bookingKey,
  foldStatement,
  LINE_BOOKED,
  LINE_SUSPENDED,
  lineEventId,
  STATEMENT_INDEX_STREAM,
  suspenseItemId,
  UNAPPLIED_CREDIT_HELD,
  unappliedCreditStream,
  type StatementFold,
} from './statement-events';

/** Who books a statement's lines: one actor, so that every import derives the same event ids. */
export const BOOKING_ACTOR = 'system:bank-statements';

export type Booking =
  | { kind: 'booked'; data: BankStatementLineBookedData }
  | { kind: 'suspense'; reason: BankStatementLineSuspendedData['reason']; detail: string };

/**
 * Booking a recorded statement's credit lines (issue 22): each on the loan its structured
 * communication names, through the loans' one command handler (decider, retries), with an
 * idempotency key per statement and line. The line's outcome is recorded after its repayment;
 * a crash in between leaves a line without outcome, and the next import of the file (or the
 * start-up pass) books it: the key makes the repayment a repeat that writes nothing, so
 * nothing is lost and nothing doubled.
 */
@Injectable()
export class LineBookingService implements OnApplicationBootstrap {
  private readonly logger = new Logger('BankStatements');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
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

  /**
   * Books every credit line of the statement that has no outcome yet; the outcomes of all, and
   * the global position of the statement's last event.
   */
  async process(
    streamId: string,
    onLine?: () => void,
  ): Promise<{ lines: LineOutcome[]; position: number }> {
    const fold = foldStatement(await this.store.readStream(streamId));
    if (!fold) throw new Error(`${streamId} is not a bank statement's stream`);
    const lines: LineOutcome[] = [];
    let position = fold.position;
    for (const line of fold.statement.lines) {
      const before = fold.outcomes.get(line.position);
      const recorded = before ?? (await this.bookLine(fold, line));
      position = Math.max(position, recorded.globalPosition);
      lines.push(outcomeView(line, recorded, before !== undefined));
      onLine?.();
    }
    return { lines, position };
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

  /** The unapplied rest of a booked line, held on its loan (nothing when there is none). */
  creditAppend(
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
  async book(
    streamId: string,
    line: StatementLineData,
    loanId: string | undefined,
    meta: RequestMeta,
  ): Promise<Booking> {
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

  /** The statements imported so far, in the order they were. */
  async statementKeys(): Promise<string[]> {
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

  bookingMeta(streamId: string, position: string, what: 'line' | 'assign'): RequestMeta {
    return {
      actor: BOOKING_ACTOR,
      correlationId: streamId,
      requestId: `${streamId}/${position}`,
      idempotency: bookingKey(streamId, position, what),
    };
  }

  /** The envelope of what the statements record, dated the business day it is about. */
  metadata(meta: RequestMeta, effectiveOn: string): NewEvent['metadata'] {
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
