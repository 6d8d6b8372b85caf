import type {
  LogCheckpoint,
  ReadAllResult,
  SqlDatabase,
  SqlSession,
  StoredEvent,
} from '@loanbook/event-store';
import { type Projection, projectionContext } from './projection';
import { claimBatch } from './registry';

const handledTypes = new WeakMap<Projection, ReadonlySet<string>>();

function handles(projection: Projection): ReadonlySet<string> {
  let types = handledTypes.get(projection);
  if (!types) {
    types = new Set(projection.eventTypes);
    handledTypes.set(projection, types);
  }
  return types;
}

/**
 * Applies one batch read from `from` to a generation, and moves its checkpoint to the
 * batch's, in one transaction. The checkpoint is claimed first, conditionally: when it is no
 * longer `from` (another runner got there first) nothing is applied and the answer is false.
 *
 * `onApplying` is called once the projection's first statement is on its way (or at once if
 * there is nothing to apply): the moment to start reading the next batch, so that reading
 * it overlaps the database's work rather than delaying the statement.
 *
 * `clearFailure`: the generation is stopped at the batch's first event (projection_failures);
 * applying the batch deletes that record in the same transaction.
 */
export async function applyBatch(
  database: SqlDatabase,
  projection: Projection,
  generation: number,
  from: LogCheckpoint,
  batch: ReadAllResult,
  onApplying?: () => void,
  options: { clearFailure?: boolean } = {},
): Promise<boolean> {
  const types = handles(projection);
  const handled: StoredEvent[] = batch.events.filter((e) => types.has(e.type));
  return database.transaction(async (tx) => {
    // First, so that a competing runner waits on the registry row before touching any table.
    const claimed = await claimBatch(
      tx,
      projection.name,
      generation,
      from,
      batch.checkpoint,
      batch.events.length,
    );
    if (!claimed) return false;
    if (options.clearFailure) {
      await tx.query(`DELETE FROM projection_failures WHERE name = $1 AND generation = $2`, [
        projection.name,
        generation,
      ]);
    }
    if (handled.length === 0) {
      onApplying?.();
      return true;
    }
    await projection.apply(
      handled,
      projectionContext(onApplying ? announcing(tx, onApplying) : tx, projection, generation),
    );
    return true;
  });
}

/** The session, calling `announce` once, right after the first statement has been sent. */
function announcing(tx: SqlSession, announce: () => void): SqlSession {
  let announced = false;
  const once = <T>(sent: Promise<T>): Promise<T> => {
    if (!announced) {
      announced = true;
      announce();
    }
    return sent;
  };
  return {
    query: <R extends object = Record<string, unknown>>(
      text: string,
      params?: readonly unknown[],
    ) => once(tx.query<R>(text, params)),
    exec: (script: string) => once(tx.exec(script)),
  };
}
