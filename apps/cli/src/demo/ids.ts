import { createHash } from 'node:crypto';

/** The namespace of every id the demo portfolio derives (a fixed, random v4 UUID). */
export const DEMO_NAMESPACE = '3b6f0a52-8c1e-4d7a-9f35-2a6c1e9d4b80';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A name-based UUID, version 5 (RFC 9562 §5.5): SHA-1 of the namespace's 16 bytes followed by
 * the name in UTF-8, with the version and variant bits set. The same key always gives the same
 * id, which is what makes a second demo load find what the first one wrote.
 */
export function uuidV5(name: string, namespace: string = DEMO_NAMESPACE): string {
  const ns = namespace.toLowerCase();
  if (!UUID_PATTERN.test(ns)) throw new RangeError(`${namespace} is not a UUID`);
  const hash = createHash('sha1')
    .update(Buffer.from(ns.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of one demo item, from its key (`winwin/2021-01/5y/0001`, `impulskrediet/inquiry/0001`). */
export const demoId = (key: string): string => uuidV5(`loanbook-demo-portfolio-v1/${key}`);
