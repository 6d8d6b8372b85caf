import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { StatementLineData } from '@loanbook/banking';
import { LoanStateConflictError, Money, RuleViolationError, type Clock } from '@loanbook/domain';
import type { EventStore } from '@loanbook/event-store';
import { ProjectionNotReadyError } from '@loanbook/projections';
import { findSuspenseItem, listSuspenseItems } from '@loanbook/projections/read-models';
import type { RequestMeta } from '../audit/request-meta';
import type { Page } from '../http/page-query';
import { NotFoundProblem } from '../http/problem';
import { CLOCK, EVENT_STORE } from '../infrastructure/tokens';
import { LoanRepository } from '../loans/loan-repository';
import { ReadModelsService } from '../read-models/read-models.service';
import { suspenseView, type SuspenseItemView } from './bank-statements.views';
import { LineBookingService } from './line-booking.service';
import {
  foldStatement,
  lineEventId,
  SUSPENSE_ASSIGNED,
  SUSPENSE_REFUNDED,
  suspenseItemId,
  unappliedCreditStream,
  type StatementFold,
} from './statement-events';

/** The projection the suspense list reads (libs/projections read-models/suspense). */
export const SUSPENSE_PROJECTION = 'bank_suspense';

/**
 * The suspense items: received lines no loan took. The list is the bank_suspense read model's;
 * an assignment or a refund is decided on the statement's own stream (its truth), and the read
 * model follows it (the reply's position is the minPosition to read it back with).
 */
@Injectable()
export class SuspenseService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly loans: LoanRepository,
    private readonly booking: LineBookingService,
    private readonly readModels: ReadModelsService,
  ) {}

  /** A page of the suspense items, oldest first: the open ones, or all. */
  async list(status: 'open' | 'all', page: Page) {
    await this.readModels.reached([SUSPENSE_PROJECTION], page.minPosition);
    return listSuspenseItems(
      this.readModels.db,
      await this.readModels.tables('suspenseStatements', 'suspenseItems'),
      { status, limit: page.limit, ...(page.cursor !== undefined ? { cursor: page.cursor } : {}) },
    );
  }

  /** A clerk names the loan a suspense item pays: booked as a matched line would be. */
  async assign(
    itemId: string,
    loanId: string,
    meta: RequestMeta,
  ): Promise<SuspenseItemView & { eventPosition: number }> {
    const { fold, line } = await this.openItem(itemId);
    // The booking actor, not the clerk: two clerks assigning one item book it once.
    const bookingMeta = this.booking.bookingMeta(fold.streamId, line.position, 'assign');
    const loan = await this.loans.load(loanId);
    if (loan.version === 0) throw new NotFoundProblem(`there is no loan ${loanId}`);
    const booking = await this.booking.book(fold.streamId, line, loanId, bookingMeta);
    if (booking.kind === 'suspense') {
      throw new RuleViolationError([
        { rule: `bank-statement-${booking.reason}`, message: booking.detail, field: 'loanId' },
      ]);
    }
    const metadata = this.booking.metadata(meta, line.valueDate);
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
      ...this.booking.creditAppend(fold.streamId, line, booking.data, metadata, 'assign'),
    ]);
    return this.itemOn(fold.streamId, line.position);
  }

  /** The money went back to the payer: the item is closed, nothing is booked. */
  async refund(
    itemId: string,
    note: string,
    meta: RequestMeta,
  ): Promise<SuspenseItemView & { eventPosition: number }> {
    const { fold, line } = await this.openItem(itemId);
    const today = this.clock.today().toString();
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
            refundedOn: today,
            note,
          },
          metadata: this.booking.metadata(meta, today),
        },
      ],
      // A clerk assigning it at the same moment makes this one fail: one resolution per item.
      { expectedVersion: fold.version },
    );
    return this.itemOn(fold.streamId, line.position);
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

  /**
   * The item as its statement's stream has it now, and that stream's last global position
   * (eventPosition: `position` is the line's), the minPosition to read the list back with.
   */
  private async itemOn(
    streamId: string,
    position: string,
  ): Promise<SuspenseItemView & { eventPosition: number }> {
    const fold = foldStatement(await this.store.readStream(streamId))!;
    const line = fold.statement.lines.find((l) => l.position === position)!;
    const item = suspenseView(fold, line)!;
    return { ...item, eventPosition: fold.position };
  }

  /**
   * The item's statement and line, checked open on the statement's stream. The read model says
   * where the item is; one suspended a moment ago may not be in it yet, so the statements are
   * searched then, as the read model would have it once it catches up.
   */
  private async openItem(
    itemId: string,
  ): Promise<{ fold: StatementFold; line: StatementLineData }> {
    const found = await this.locate(itemId);
    if (!found) throw new NotFoundProblem(`there is no suspense item ${itemId}`);
    const { fold, line } = found;
    const item = suspenseView(fold, line);
    if (!item) throw new NotFoundProblem(`there is no suspense item ${itemId}`);
    if (item.status !== 'open') {
      throw new LoanStateConflictError(
        item.status,
        'ResolveSuspenseItem',
        `the suspense item is ${item.status} already`,
      );
    }
    return { fold, line };
  }

  private async locate(
    itemId: string,
  ): Promise<{ fold: StatementFold; line: StatementLineData } | undefined> {
    const inModel = await this.fromReadModel(itemId);
    const keys = inModel ? [inModel.statementKey] : await this.booking.statementKeys();
    for (const streamId of keys) {
      const fold = foldStatement(await this.store.readStream(streamId));
      const line = fold?.statement.lines.find(
        (l) => suspenseItemId(streamId, l.position) === itemId,
      );
      if (fold && line) return { fold, line };
    }
    return undefined;
  }

  private async fromReadModel(itemId: string) {
    try {
      return await findSuspenseItem(
        this.readModels.db,
        await this.readModels.tables('suspenseItems'),
        itemId,
      );
    } catch (error) {
      // Not built yet (a first start, a rebuild of an old version): the statements are searched.
      if (error instanceof ProjectionNotReadyError) return undefined;
      throw error;
    }
  }
}
