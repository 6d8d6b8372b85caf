import { LOG_START, type EventStore, type StoredEvent } from '@loanbook/event-store';

/** Every stored event, oldest first: what a migration reads to find the loans it is for. */
export async function scanLog(store: EventStore, visit: (e: StoredEvent) => void): Promise<void> {
  for (let from = LOG_START; ;) {
    const batch = await store.readAll(from, { batchSize: 1000 });
    if (batch.events.length === 0) return;
    batch.events.forEach(visit);
    from = batch.checkpoint;
  }
}

/** Gives each pending loan what the migration gives; `onLoan` after each. The number given. */
export async function migrateEach(
  pending: readonly string[],
  assign: (loanId: string) => Promise<boolean>,
  onLoan?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<number> {
  let given = 0;
  for (const [i, loanId] of pending.entries()) {
    if (signal?.aborted) break;
    if (await assign(loanId)) given++;
    onLoan?.(i + 1, pending.length);
  }
  return given;
}
