import type { NewEvent } from '../event-store.port';
import {
  decodeMetadata,
  METADATA_PROPERTY,
  type RecordedLike,
  toEventData,
  toStoredEvent,
} from './event-codec';

const newEvent: NewEvent = {
  eventId: '0F8FAD5B-D9CB-469F-A165-70867728950E',
  type: 'LoanApproved',
  data: { amount: '12500.00', nested: { é: ['ü', 1] } },
  metadata: {
    effectiveOn: '2025-03-14',
    recordedAt: '2025-03-14T10:00:00.000Z',
    actor: 'officer-7',
    schemaVersion: 2,
    extra: { list: [1, 'two'] },
  },
};

/** What the server hands back for an event this store wrote (properties plus its own keys). */
function recordedOf(overrides: Partial<RecordedLike> = {}): RecordedLike {
  const sent = toEventData(newEvent);
  return {
    streamId: 'p-loan-1',
    id: sent.id,
    revision: 2n,
    type: sent.type,
    data: sent.data,
    metadata: { ...(sent.metadata as object), '$schema.format': 'Json', '$schema.name': sent.type },
    isJson: true,
    position: { commit: 5000n, prepare: 5120n },
    ...overrides,
  };
}

describe('event codec', () => {
  it('sends JSON events under the port id, the metadata as one string property', () => {
    const sent = toEventData(newEvent);
    expect(sent).toEqual({
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      contentType: 'application/json',
      type: 'LoanApproved',
      data: newEvent.data,
      metadata: { [METADATA_PROPERTY]: JSON.stringify(newEvent.metadata) },
    });
    // What multiStreamAppend accepts: string keys, string values.
    expect(Object.values(sent.metadata as object).every((v) => typeof v === 'string')).toBe(true);
  });

  it('reads back the envelope with version = revision + 1 and positions from (commit, prepare)', () => {
    expect(toStoredEvent(recordedOf(), 'loan-1')).toEqual({
      eventId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      type: 'LoanApproved',
      data: newEvent.data,
      metadata: newEvent.metadata,
      streamId: 'loan-1',
      streamVersion: 3,
      globalPosition: 5120,
      transactionId: '5000',
    });
  });

  it('parses data and metadata the client left as bytes', () => {
    const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    const recorded = recordedOf();
    const stored = toStoredEvent(
      {
        ...recorded,
        data: bytes(recorded.data),
        metadata: bytes(recorded.metadata),
        isJson: false,
      },
      'loan-1',
    );
    expect(stored?.data).toEqual(newEvent.data);
    expect(stored?.metadata).toEqual(newEvent.metadata);
  });

  it.each([
    ['data that is not a JSON object', { data: [1, 2] }],
    ['binary data that is not JSON', { data: new Uint8Array([0xff, 0x00]), isJson: false }],
    ['metadata without the store property', { metadata: { producer: 'someone else' } }],
    ['no metadata', { metadata: undefined }],
  ] as [string, Partial<RecordedLike>][])(
    'does not take %s for its own event',
    (_label, overrides) => {
      expect(toStoredEvent(recordedOf(overrides), 'loan-1')).toBeUndefined();
    },
  );

  it('decodes only a JSON object held in the property', () => {
    expect(decodeMetadata({ [METADATA_PROPERTY]: '{"schemaVersion":1}' })).toEqual({
      schemaVersion: 1,
    });
    expect(decodeMetadata({ [METADATA_PROPERTY]: '[1]' })).toBeUndefined();
    expect(decodeMetadata({ [METADATA_PROPERTY]: '{broken' })).toBeUndefined();
    expect(decodeMetadata('text')).toBeUndefined();
  });

  it('fails loudly on an event without its log position', () => {
    expect(() => toStoredEvent(recordedOf({ position: undefined }), 'loan-1')).toThrow(
      /without its log position/,
    );
  });
});
