import { Inject, Injectable } from '@nestjs/common';
import {
  foldLoan,
  isLoanEventType,
  LOAN_EVENT_SCHEMA_VERSION,
  type Clock,
  type LoanEvent,
  type LoanState,
} from '@loanbook/domain';
import type { AppendResult, EventStore, StoredEvent } from '@loanbook/event-store';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { CLOCK, EVENT_STORE } from '../infrastructure/tokens';
import { WinwinExposureGuard, type WinwinGuard } from './winwin-exposure';

/** Who asked for a command, carried into every event's metadata for the audit trail. */
export interface RequestMeta {
  actor: string;
  correlationId: string;
  requestId: string;
  /** The client's Idempotency-Key and the hash of the request it was sent with. */
  idempotency?: { key: string; requestHash: string };
}

export interface LoadedLoan {
  state: LoanState;
  /** The stream version: 0 when the loan does not exist. */
  version: number;
  events: StoredEvent[];
}

export const loanStreamId = (loanId: string): string => `loan-${loanId}`;

/** Reads and writes a loan's stream; the only place that knows how loan events are stored. */
@Injectable()
export class LoanRepository {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly guard: WinwinExposureGuard,
    private readonly idempotency: IdempotencyService,
  ) {}

  async load(loanId: string): Promise<LoadedLoan> {
    const events = await this.store.readStream(loanStreamId(loanId));
    return {
      state: foldLoan(events.map(toLoanEvent)),
      version: events.at(-1)?.streamVersion ?? 0,
      events,
    };
  }

  /**
   * Appends a decision's events. A win-win registration also counts itself in its guard
   * streams, in the same transaction (see winwin-exposure.ts).
   */
  async append(
    loanId: string,
    events: LoanEvent[],
    expectedVersion: number,
    meta: RequestMeta,
    guard?: WinwinGuard,
  ): Promise<AppendResult> {
    const recordedAt = this.clock.now().toISOString();
    const metadata = (effectiveOn: string) => ({
      effectiveOn,
      recordedAt,
      actor: meta.actor,
      correlationId: meta.correlationId,
      causationId: meta.requestId,
      schemaVersion: LOAN_EVENT_SCHEMA_VERSION,
      ...this.idempotency.metadata(meta),
    });
    const eventId = this.idempotency.eventIds(meta);
    const loanEvents = events.map((e) => ({
      eventId: eventId(),
      type: e.type,
      data: e.data as unknown as Record<string, unknown>,
      metadata: metadata(e.effectiveOn),
    }));
    const counted = guard
      ? this.guard.countedEvents(guard, events, metadata(events[0].effectiveOn), eventId)
      : [];
    if (counted.length === 0) {
      return this.store.appendToStream(loanStreamId(loanId), loanEvents, { expectedVersion });
    }
    const [result] = await this.store.appendToStreams([
      { streamId: loanStreamId(loanId), events: loanEvents, expectedVersion },
      ...counted,
    ]);
    return result;
  }
}

/**
 * Stored envelope → domain event. Old shapes are upcast here when a schema version changes;
 * stored events are never rewritten.
 */
export function toLoanEvent(stored: StoredEvent): LoanEvent {
  if (!isLoanEventType(stored.type)) {
    throw new Error(`stream ${stored.streamId} holds an unknown event type ${stored.type}`);
  }
  return {
    type: stored.type,
    effectiveOn: stored.metadata.effectiveOn,
    data: upcast(stored),
  } as unknown as LoanEvent;
}

/**
 * Events written before four eyes (schema version 1) name their registrar and approver only
 * in the metadata's actor; the data has carried them since.
 */
function upcast(stored: StoredEvent): Record<string, unknown> {
  const actor = stored.metadata.actor ?? 'unknown';
  if (stored.type === 'LoanApplied' && stored.data.registeredBy === undefined) {
    return { ...stored.data, registeredBy: actor };
  }
  if (stored.type === 'LoanApproved' && stored.data.approvedBy === undefined) {
    return { ...stored.data, approvedBy: [actor] };
  }
  return stored.data;
}
