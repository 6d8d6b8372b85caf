import { createHmac, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RuleViolationError } from '@loanbook/domain';
import {
  type AppendResult,
  EventIdConflictError,
  type EventStore,
  type StoredEvent,
} from '@loanbook/event-store';
import { EVENT_STORE, PERSONAL_DATA_KEYS } from '../infrastructure/tokens';
import type { PersonalDataKeys } from '../people/field-crypto';
import type { RequestMeta } from '../audit/request-meta';
import { nameBasedUuid } from '../infrastructure/name-based-uuid';

/** The most events one command writes, guard streams included: the ids a key stands for. */
export const MAX_EVENTS_PER_COMMAND = 16;

/**
 * The event ids of the command a user sent with an Idempotency-Key: derived from the user and
 * the key, so a retry writes the same ids and the store, which keeps each id once, records
 * the command once whatever failed in between (a lost reply, a crash, a restart). The events
 * themselves are the durable record of the key: their metadata holds it with the request's hash.
 */
export function idempotentEventIds(actor: string, key: string): string[] {
  return Array.from({ length: MAX_EVENTS_PER_COMMAND }, (_, i) =>
    nameBasedUuid(`loanbook:idempotency\n${actor}\n${key}\n${i}`),
  );
}

/** What an earlier request with the same key wrote: enough to give its reply again. */
export interface PriorCommand {
  streamId: string;
  version: number;
  position: number;
  /** The command's events on its stream, in order: what the first reply was made from. */
  events: readonly { type: string; data: unknown }[];
}

@Injectable()
export class IdempotencyService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSONAL_DATA_KEYS) private readonly keys: PersonalDataKeys,
  ) {}

  /** The request's hash as stored: keyed, so the database alone cannot test a guessed body. */
  private storedHash(requestHash: string): string {
    return createHmac('sha256', this.keys.request).update(requestHash).digest('base64url');
  }

  /** Ids for a command's events, in order: derived from the key, or random without one. */
  eventIds(meta: RequestMeta): () => string {
    if (!meta.idempotency) return randomUUID;
    const ids = idempotentEventIds(meta.actor, meta.idempotency.key);
    let next = 0;
    return () => {
      if (next >= ids.length) {
        throw new Error(`a command wrote more than ${MAX_EVENTS_PER_COMMAND} events`);
      }
      return ids[next++];
    };
  }

  /** Metadata that marks the events as the record of the key. */
  metadata(meta: RequestMeta): Record<string, string> {
    return meta.idempotency
      ? {
          idempotencyKey: meta.idempotency.key,
          requestHash: this.storedHash(meta.idempotency.requestHash),
        }
      : {};
  }

  /**
   * After an append the store answered without writing (`written: false`: every event id was
   * stored already, in this stream): the command of the request that wrote them, which raced
   * this one with the same key. The store compares ids only, and a twin with another body
   * draws the same ids, so the stored request hash decides: the same request gets the first
   * reply, another one a 422 (`idempotency-key-reused`), never the other's reply.
   */
  async repeatOf(result: AppendResult, meta: RequestMeta): Promise<PriorCommand | undefined> {
    if (result.written || !meta.idempotency) return undefined;
    const prior = await this.prior(meta);
    if (!prior) {
      throw new Error(
        `the store answered an append to ${result.streamId} as a repeat, yet holds none of its key's events`,
      );
    }
    return prior;
  }

  /**
   * After a failed append: the command of a twin request with the same key that won the race
   * (on another stream, e.g. a new loan id, the store answers with an EventIdConflictError),
   * compared by the stored request hash like `repeatOf`.
   */
  async twinOf(error: unknown, meta: RequestMeta): Promise<PriorCommand | undefined> {
    return error instanceof EventIdConflictError ? this.prior(meta) : undefined;
  }

  /**
   * The earlier command sent with this key, if it was recorded. The same key with another
   * request is a 422: the client reused a key by mistake, and must not get another's reply.
   */
  async prior(meta: RequestMeta): Promise<PriorCommand | undefined> {
    if (!meta.idempotency) return undefined;
    const ids = idempotentEventIds(meta.actor, meta.idempotency.key);
    const found = await this.store.readEventsById(ids);
    if (found.length === 0) return undefined;
    const first = found.find((e) => e.eventId === ids[0]) ?? found[0];
    if (first.metadata.requestHash !== this.storedHash(meta.idempotency.requestHash)) {
      throw new RuleViolationError([
        {
          rule: 'idempotency-key-reused',
          message: `the Idempotency-Key ${meta.idempotency.key} was used on ${first.metadata.recordedAt} for another request; send a new key with a new request`,
          field: 'Idempotency-Key',
        },
      ]);
    }
    const mine = found
      .filter((e) => e.streamId === first.streamId)
      .sort((a, b) => a.streamVersion - b.streamVersion);
    const last: StoredEvent = mine[mine.length - 1];
    return {
      streamId: first.streamId,
      version: last.streamVersion,
      position: last.globalPosition,
      events: mine.map((e) => ({ type: e.type, data: e.data })),
    };
  }
}
