import {
  decodeJournalCursor,
  encodeJournalCursor,
  InvalidJournalCursorError,
} from '@loanbook/projections/read-models';
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

/** The read model's cursor codec: one format for stored and computed entries' keys. */
export function encodeKey(key: JournalKey): string {
  return encodeJournalCursor(key);
}

export function decodeKey(cursor: string): JournalKey {
  try {
    return decodeJournalCursor(cursor);
  } catch (error) {
    if (error instanceof InvalidJournalCursorError) throw cursorProblem();
    throw error;
  }
}

export function cursorProblem(): ValidationProblem {
  return new ValidationProblem([
    { field: 'cursor', code: 'cursor', message: 'the cursor is not one this API gave out' },
  ]);
}
