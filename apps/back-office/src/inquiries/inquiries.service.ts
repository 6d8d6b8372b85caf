import { Inject, Injectable } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import {
  decideInquiry,
  decidedAt,
  LoanStateConflictError,
  evolveInquiry,
  initialInquiryState,
  INQUIRY_EVENT_SCHEMA_VERSION,
  type Clock,
  type InquiryEvent,
  type ProductCatalogue,
  type RegisterInquiry,
} from '@loanbook/domain';
import { WrongExpectedVersionError, type EventStore } from '@loanbook/event-store';
import { IdempotencyService, type PriorCommand } from '../idempotency/idempotency.service';
import { CATALOGUE, CLOCK, EVENT_STORE } from '../infrastructure/tokens';
import type { RequestMeta } from '../audit/request-meta';
import { EventsCommitted } from '../read-models/events-committed';

export interface InquiryResult {
  inquiryId: string;
  version: number;
  position: number;
}

export const inquiryStreamId = (inquiryId: string): string => `inquiry-${inquiryId}`;

/** First contacts: one short stream each, so the funnel counts them from the log like any fact. */
@Injectable()
export class InquiriesService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CATALOGUE) private readonly catalogue: ProductCatalogue,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly eventBus: EventBus,
    private readonly idempotency: IdempotencyService,
  ) {}

  async register(command: RegisterInquiry, meta: RequestMeta): Promise<InquiryResult> {
    const streamId = inquiryStreamId(command.inquiryId);
    const stored = await this.store.readStream(streamId);
    // After the read: a twin with the same key that commits in between is found here, instead
    // of its inquiry being decided on (a 409 "already exists" for the repeat of a success).
    const prior = await this.idempotency.prior(meta);
    if (prior) return replyOf(prior);
    const state = stored
      .map(
        (e) =>
          ({
            type: e.type,
            effectiveOn: e.metadata.effectiveOn,
            data: e.data,
          }) as unknown as InquiryEvent,
      )
      .reduce(evolveInquiry, initialInquiryState);
    const events = decidedAt(stored.length, () =>
      decideInquiry(command, state, { catalogue: this.catalogue, clock: this.clock }),
    );
    const eventId = this.idempotency.eventIds(meta);
    try {
      const result = await this.store.appendToStream(
        streamId,
        events.map((e) => ({
          eventId: eventId(),
          type: e.type,
          data: e.data as unknown as Record<string, unknown>,
          metadata: {
            effectiveOn: e.effectiveOn,
            recordedAt: this.clock.now().toISOString(),
            actor: meta.actor,
            correlationId: meta.correlationId,
            causationId: meta.requestId,
            schemaVersion: INQUIRY_EVENT_SCHEMA_VERSION,
            ...this.idempotency.metadata(meta),
          },
        })),
        { expectedVersion: stored.length },
      );
      // A twin with the same key wrote these ids first: its reply only if it sent this body.
      const repeat = await this.idempotency.repeatOf(result, meta);
      if (repeat) return replyOf(repeat);
      this.eventBus.publish(new EventsCommitted(result.lastGlobalPosition));
      return {
        inquiryId: command.inquiryId,
        version: result.nextExpectedVersion,
        position: result.lastGlobalPosition,
      };
    } catch (error) {
      const twin = await this.idempotency.twinOf(error, meta);
      if (twin) return replyOf(twin);
      // Registered meanwhile by another request: the conflict the decider would have found.
      if (error instanceof WrongExpectedVersionError) {
        throw new LoanStateConflictError(
          'registered',
          command.type,
          `inquiry ${command.inquiryId} is already registered`,
          error.actualVersion,
        );
      }
      throw error;
    }
  }
}

function replyOf(prior: PriorCommand): InquiryResult {
  return {
    inquiryId: prior.streamId.replace(/^inquiry-/, ''),
    version: prior.version,
    position: prior.position,
  };
}
