/**
 * Who asked for a command, carried into every event's metadata for the audit trail. Its own
 * module: the edge makes it, the stores and services record it, and none of them should import
 * another for it.
 */
export interface RequestMeta {
  actor: string;
  /** The actor's display name, when their token carries one (the `name` claim): signs documents. */
  actorName?: string;
  correlationId: string;
  requestId: string;
  /** The client's Idempotency-Key and the hash of the request it was sent with. */
  idempotency?: { key: string; requestHash: string };
}
