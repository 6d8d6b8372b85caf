import { ValidationProblem } from '../http/problem';

/** A key after which a journal page starts: business date, log position, entry id. */
export type JournalKey = [string, number, string];
/** As-of entries sort after the day's recorded ones. */
const AS_OF_POSITION = Number.MAX_SAFE_INTEGER;

export function keyOf(e: {
  businessDate: string;
  position?: number;
  entryId?: string;
}): JournalKey {
  return [e.businessDate, e.position ?? AS_OF_POSITION, e.entryId!];
}

export function compareKeys(a: JournalKey, b: JournalKey): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return a[2] === b[2] ? 0 : a[2] < b[2] ? -1 : 1;
}

export function encodeKey(key: JournalKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeKey(cursor: string): JournalKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === 3 &&
      /^\d{4}-\d{2}-\d{2}$/.test(String(key[0])) &&
      Number.isSafeInteger(key[1]) &&
      typeof key[2] === 'string' &&
      /^[0-9a-z:.-]{1,120}$/.test(key[2])
    ) {
      return key as JournalKey;
    }
  } catch {
    // fall through
  }
  throw cursorProblem();
}

export function cursorProblem(): ValidationProblem {
  return new ValidationProblem([
    { field: 'cursor', code: 'cursor', message: 'the cursor is not one this API gave out' },
  ]);
}
