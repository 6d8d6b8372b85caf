import { ERASED, isErasable, openField } from './field-crypto';

/**
 * Sealed fields can sit anywhere in an event's data: these walk JSON values, so a new event
 * type with personal data needs no change here.
 */

/** The persons whose sealed fields `value` holds. */
export function personIdsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (isErasable(value)) {
    into.add(value.erasable.person);
  } else if (Array.isArray(value)) {
    for (const item of value) personIdsIn(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) personIdsIn(item, into);
  }
  return into;
}

/**
 * `value` with every sealed field opened with its person's data key; a field whose person has
 * no key (forgotten) reads as ERASED. Parts without sealed fields are returned as they are.
 */
export function revealPersonalData<T>(value: T, keys: ReadonlyMap<string, Buffer>): T {
  return reveal(value, keys) as T;
}

/** Every sealed field as ERASED: for readers without keys, so the domain never meets an envelope. */
export function eraseSealed<T>(value: T): T {
  return reveal(value, NO_KEYS) as T;
}

/** One field known to be personal: opened, else ERASED (its person forgotten, or nothing sealed). */
export function revealField(value: unknown, keys: ReadonlyMap<string, Buffer>): string {
  if (!isErasable(value)) return ERASED;
  const key = keys.get(value.erasable.person);
  return key === undefined ? ERASED : openField(key, value);
}

const NO_KEYS: ReadonlyMap<string, Buffer> = new Map();

function reveal(value: unknown, keys: ReadonlyMap<string, Buffer>): unknown {
  if (isErasable(value)) return revealField(value, keys);
  if (Array.isArray(value)) {
    const items = value.map((item) => reveal(item, keys));
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  if (typeof value === 'object' && value !== null) {
    let changed = false;
    const entries = Object.entries(value).map(([k, v]) => {
      const r = reveal(v, keys);
      changed ||= r !== v;
      return [k, r] as const;
    });
    return changed ? Object.fromEntries(entries) : value;
  }
  return value;
}
