import { createHash } from 'node:crypto';

/**
 * A UUID (version 8: custom, name-based) from a name: the same name always gives the same id.
 * How a retried or repeated write finds itself: event ids of an idempotent command, the one
 * PersonForgotten of a person, the one document made from an event.
 */
export function nameBasedUuid(name: string): string {
  const b = createHash('sha256').update(name).digest();
  b[6] = (b[6] & 0x0f) | 0x80;
  b[8] = (b[8] & 0x3f) | 0x80; // RFC 9562 variant
  const hex = b.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
