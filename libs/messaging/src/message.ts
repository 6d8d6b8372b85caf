import type { IHeaders, Message } from 'kafkajs';
import type { EventMetadata, StoredEvent } from '@loanbook/event-store';

/** The topic every event of the log goes to. Its `.v1` is the version of the message envelope. */
export const LOAN_EVENTS_TOPIC = 'loanbook.loan-events.v1';

/** Header names, lower case as Kafka tooling shows them. */
export const HEADERS = {
  eventType: 'event-type',
  eventId: 'event-id',
  schemaVersion: 'schema-version',
  contentType: 'content-type',
} as const;

/**
 * The message value: the stored event as it is in the store (never upcast; personal data still
 * sealed, so forgetting a person erases it on the topic too). ARCHITECTURE.md "Events on Kafka"
 * and libs/messaging/schemas describe it.
 */
export interface EventMessage {
  eventId: string;
  type: string;
  /** The version of this type's data shape (= metadata.schemaVersion). */
  schemaVersion: number;
  streamId: string;
  streamVersion: number;
  globalPosition: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

/** Keyed by stream id: one partition per stream keeps each loan's events in order. */
export function toKafkaMessage(event: StoredEvent): Message {
  const value: EventMessage = {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.metadata.schemaVersion,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    globalPosition: event.globalPosition,
    data: event.data,
    metadata: event.metadata,
  };
  return {
    key: event.streamId,
    value: JSON.stringify(value),
    headers: {
      [HEADERS.eventType]: event.type,
      [HEADERS.eventId]: event.eventId,
      [HEADERS.schemaVersion]: String(event.metadata.schemaVersion),
      [HEADERS.contentType]: 'application/json',
    },
  };
}

export class MessageFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MessageFormatError';
  }
}

/**
 * A consumer's side: the message value parsed, checked against its key and headers. Consumers
 * get each event at least once and deduplicate by `eventId`.
 */
export function parseKafkaMessage(message: {
  key: Buffer | string | null;
  value: Buffer | string | null;
  headers?: IHeaders;
}): EventMessage {
  if (message.value === null) throw new MessageFormatError('message has no value');
  let value: EventMessage;
  try {
    value = JSON.parse(message.value.toString()) as EventMessage;
  } catch (error) {
    throw new MessageFormatError(`message value is not JSON: ${(error as Error).message}`);
  }
  const expect = (what: string, actual: unknown, expected: unknown) => {
    if (actual !== expected) {
      throw new MessageFormatError(
        `${what} is ${JSON.stringify(actual)}, the value says ${JSON.stringify(expected)}`,
      );
    }
  };
  expect('key', message.key?.toString(), value.streamId);
  const header = (name: string) => message.headers?.[name]?.toString();
  expect(`header ${HEADERS.eventType}`, header(HEADERS.eventType), value.type);
  expect(`header ${HEADERS.eventId}`, header(HEADERS.eventId), value.eventId);
  expect(
    `header ${HEADERS.schemaVersion}`,
    header(HEADERS.schemaVersion),
    String(value.schemaVersion),
  );
  return value;
}
