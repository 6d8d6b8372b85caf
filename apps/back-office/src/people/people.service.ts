import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { formatBusinessDate, type Clock } from '@loanbook/domain';
import type { EventStore, SqlExecutor, StoredEvent } from '@loanbook/event-store';
import type { PersonForgottenData } from '@loanbook/messaging/stored-event-types';
import {
  CLOCK,
  EVENT_STORE,
  PERSONAL_DATA_KEYS,
  READ_MODEL_DATABASE,
} from '../infrastructure/tokens';
import type { RequestMeta } from '../audit/request-meta';
import {
  lookupHash,
  newDataKey,
  sealField,
  unwrapDataKey,
  wrapDataKey,
  type ErasableField,
  type IdentifierKind,
  type PersonalDataKeys,
} from './field-crypto';
import { personIdsIn, revealPersonalData } from './personal-data';
import { nameBasedUuid } from '../infrastructure/name-based-uuid';

export const PERSON_FORGOTTEN = 'PersonForgotten';
export const PEOPLE_EVENT_SCHEMA_VERSION = 1;

export const personStreamId = (personId: string): string => `person-${personId}`;

/** A person as the writer of their data needs them: the id to store, the key to seal with. */
export interface Person {
  personId: string;
  dataKey: Buffer;
}

export interface ForgottenPerson {
  personId: string;
  /** When the key was destroyed, the first time (ISO timestamp). */
  forgottenAt: string;
}

/**
 * The people registry (migration 005) in the event store's own database: finds a person by
 * a keyed hash of their identifier, keeps their data key wrapped, and forgets them by
 * destroying it. Every reader of personal data takes the keys from here, never from a cache,
 * so that a person forgotten by one process is forgotten for all.
 */
@Injectable()
export class PeopleService {
  constructor(
    // The store's own database, which also holds the read models.
    @Inject(READ_MODEL_DATABASE) private readonly db: SqlExecutor,
    @Inject(PERSONAL_DATA_KEYS) private readonly keys: PersonalDataKeys,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The person with this identifier, registered now if unknown. One statement, safe under
   * concurrent calls: the unique lookup hash makes the later inserts take the first row
   * (DO UPDATE rather than DO NOTHING, so the row comes back even when another transaction
   * inserted it after this statement's snapshot).
   */
  async findOrCreate(kind: IdentifierKind, identifier: string): Promise<Person> {
    const personId = randomUUID();
    const dataKey = newDataKey();
    const [row] = await this.db.query<{ person_id: string; wrapped_key: string | null }>(
      `INSERT INTO people (person_id, lookup_hash, wrapped_key) VALUES ($1::uuid, $2, $3)
       ON CONFLICT (lookup_hash) DO UPDATE SET lookup_hash = EXCLUDED.lookup_hash
       RETURNING person_id::text, wrapped_key`,
      [
        personId,
        lookupHash(this.keys, kind, identifier),
        wrapDataKey(this.keys, personId, dataKey),
      ],
    );
    if (row.person_id === personId) return { personId, dataKey };
    if (row.wrapped_key === null) {
      // Forgetting clears the lookup hash with the key, so a findable row always has a key.
      throw new Error(`person ${row.person_id} is findable but has no key`);
    }
    return {
      personId: row.person_id,
      dataKey: unwrapDataKey(this.keys, row.person_id, row.wrapped_key),
    };
  }

  /**
   * The id of the person findable by this identifier, without registering one: undefined when
   * nobody has it (never registered, or forgotten, which clears the lookup hash).
   */
  async find(kind: IdentifierKind, identifier: string): Promise<string | undefined> {
    const [row] = await this.db.query<{ person_id: string }>(
      `SELECT person_id::text FROM people WHERE lookup_hash = $1`,
      [lookupHash(this.keys, kind, identifier)],
    );
    return row?.person_id;
  }

  /** Encrypts one of a person's fields. */
  seal(person: Person, value: string): ErasableField {
    return sealField(person.dataKey, person.personId, value);
  }

  /** The data keys of these persons, in one query; forgotten (and unknown) persons have none. */
  async dataKeys(personIds: Iterable<string>): Promise<Map<string, Buffer>> {
    const ids = [...new Set(personIds)];
    const keys = new Map<string, Buffer>();
    if (ids.length === 0) return keys;
    const rows = await this.db.query<{ person_id: string; wrapped_key: string }>(
      `SELECT person_id::text, wrapped_key FROM people
        WHERE person_id = ANY ($1::uuid[]) AND wrapped_key IS NOT NULL`,
      [ids],
    );
    for (const r of rows)
      keys.set(r.person_id, unwrapDataKey(this.keys, r.person_id, r.wrapped_key));
    return keys;
  }

  /** Stored events with their sealed fields opened, or ERASED for forgotten persons. */
  async reveal(events: StoredEvent[]): Promise<StoredEvent[]> {
    const ids = new Set<string>();
    for (const e of events) personIdsIn(e.data, ids);
    if (ids.size === 0) return events;
    const keys = await this.dataKeys(ids);
    return events.map((e) => ({ ...e, data: revealPersonalData(e.data, keys) }));
  }

  /**
   * Destroys the person's data key and lookup hash, then records PersonForgotten. Undefined
   * for an unknown person. Forgetting again answers with the first date; it also appends the
   * audit event again under the same event id, which the store ignores when the first
   * attempt recorded it and records when that attempt failed after destroying the key.
   */
  async forget(
    personId: string,
    reason: string,
    meta: RequestMeta,
  ): Promise<ForgottenPerson | undefined> {
    const now = this.clock.now();
    const forgotten = await this.db.query<{ forgotten_ms: number }>(
      `UPDATE people SET wrapped_key = NULL, lookup_hash = NULL, forgotten_at = $2::timestamptz
        WHERE person_id = $1::uuid AND forgotten_at IS NULL
       RETURNING (extract(epoch FROM forgotten_at) * 1000)::float8 AS forgotten_ms`,
      [personId, now.toISOString()],
    );
    const [row] =
      forgotten.length > 0
        ? forgotten
        : await this.db.query<{ forgotten_ms: number | null }>(
            `SELECT (extract(epoch FROM forgotten_at) * 1000)::float8 AS forgotten_ms
               FROM people WHERE person_id = $1::uuid`,
            [personId],
          );
    if (row === undefined) return undefined;
    if (row.forgotten_ms === null) throw new Error(`person ${personId} was not forgotten`);
    const forgottenAt = new Date(row.forgotten_ms).toISOString();
    // Generated documents hold the person's data in clear: their renditions go with the key.
    // Also on a repeat, for a document the documents processor stored meanwhile.
    await this.db.query(
      `WITH erased AS (
         UPDATE documents SET erased_at = $2::timestamptz
          WHERE $1::uuid = ANY (person_ids) AND erased_at IS NULL RETURNING document_id)
       DELETE FROM document_renditions WHERE document_id IN (SELECT document_id FROM erased)`,
      [personId, forgottenAt],
    );
    const data: PersonForgottenData = { personId, forgottenAt, reason };
    await this.store.appendToStream(
      personStreamId(personId),
      [
        {
          eventId: forgottenEventId(personId),
          type: PERSON_FORGOTTEN,
          data: { ...data },
          metadata: {
            effectiveOn: formatBusinessDate(this.clock.today()),
            recordedAt: now.toISOString(),
            actor: meta.actor,
            correlationId: meta.correlationId,
            causationId: meta.requestId,
            schemaVersion: PEOPLE_EVENT_SCHEMA_VERSION,
          },
        },
      ],
      { expectedVersion: 'any' },
    );
    return { personId, forgottenAt };
  }
}

/** One PersonForgotten per person, whoever asks and however often: a name-based UUID. */
export function forgottenEventId(personId: string): string {
  return nameBasedUuid(`loanbook:person-forgotten\n${personId}`);
}
