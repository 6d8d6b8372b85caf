/** Stream names reserved for the adapter's own bookkeeping: one stream per stored event id. */
export const CLAIM_STREAM_PREFIX = 'loanbook-event-id-';

// Read, never written: reading a stream that does not exist is the cheapest "does the server answer".
const HEALTH_CHECK_STREAM = 'loanbook-health-check';

/**
 * Maps the port's stream ids to KurrentDB stream names and back. Every name carries the store's
 * prefix, so that several stores (or test runs) can share one server without seeing each other.
 */
export class StreamNames {
  constructor(readonly prefix: string) {
    if (typeof prefix !== 'string') throw new RangeError('streamPrefix must be a string');
    // `$`-names are KurrentDB's system streams: the store would write where readAll never looks.
    if (prefix.startsWith('$')) {
      throw new RangeError(`streamPrefix must not start with '$' (system streams), got ${prefix}`);
    }
  }

  stored(streamId: string): string {
    return this.prefix + streamId;
  }

  claim(eventId: string): string {
    return `${this.prefix}${CLAIM_STREAM_PREFIX}${eventId.toLowerCase()}`;
  }

  healthCheck(): string {
    return this.prefix + HEALTH_CHECK_STREAM;
  }

  /**
   * The port's stream id of a KurrentDB stream, or undefined when the stream is not one of this
   * store's: outside the prefix, a system stream or an event-id claim.
   */
  owned(streamName: string): string | undefined {
    if (!streamName.startsWith(this.prefix) || streamName.startsWith('$')) return undefined;
    const streamId = streamName.slice(this.prefix.length);
    return streamId.startsWith(CLAIM_STREAM_PREFIX) ? undefined : streamId;
  }
}

/** A stream id the port may write: not empty, not a system stream, not a claim stream. */
export function assertWritableStreamId(streamId: unknown): asserts streamId is string {
  if (typeof streamId !== 'string' || streamId.length === 0) {
    throw new RangeError('stream id must be a non-empty string');
  }
  if (streamId.startsWith('$')) {
    throw new RangeError(`stream id ${streamId} starts with '$', which KurrentDB reserves`);
  }
  if (streamId.startsWith(CLAIM_STREAM_PREFIX)) {
    throw new RangeError(`stream id ${streamId} uses the event store's reserved prefix`);
  }
}
