import type { SqlSession, StoredEvent } from '@loanbook/event-store';

/** What a projection's `setup` and `apply` run with. */
export interface ProjectionContext {
  /** The transaction the batch and the checkpoint share (for `setup`: the one creating the generation). */
  readonly tx: SqlSession;
  /** Physical (generation-specific) name of one of this projection's tables; needs no quoting. */
  table(name: string): string;
}

/**
 * A read model kept from the global log. Its changes and its checkpoint are written in one
 * transaction, so `apply` sees each event once; it must still not depend on anything outside
 * that transaction.
 */
export interface Projection {
  /** Lower-case identifier, words joined by `_` (e.g. `loans`, `loan_balances`). */
  readonly name: string;
  /** Bump it when the tables or the meaning change: rebuilt from the start in new tables, switched when caught up. */
  readonly version: number;
  /**
   * The oldest version whose tables the queries of this code can read (default: `version`).
   * While a newer version builds after an upgrade, an active generation at least this old keeps
   * serving; an older one is not served (ProjectionNotReadyError) rather than queried wrongly.
   */
  readonly readableFrom?: number;
  /** Types passed to `apply`; the checkpoint moves past all others. */
  readonly eventTypes: readonly string[];
  /** Logical table names (lower-case identifiers). */
  readonly tables: readonly string[];
  /** CREATE TABLE / INDEX for a new generation, every name through `ctx.table()`. */
  setup(ctx: ProjectionContext): Promise<void>;
  /** A batch of handled events, in log order (never empty). */
  apply(events: StoredEvent[], ctx: ProjectionContext): Promise<void>;
}

// Every word starts with a letter, so the first all-digit word of a physical name is the
// generation: `rm_<name>_<generation>_<table>` can be read back without ambiguity.
const PROJECTION_NAME = /^[a-z][a-z0-9]*(_[a-z][a-z0-9]*)*$/;
const TABLE_NAME = /^[a-z][a-z0-9_]*$/;
const MAX_IDENTIFIER_LENGTH = 63;
/** Generations are checked to fit with this many digits when a projection is registered. */
const GENERATION_DIGITS = 6;

export function physicalTableName(projection: string, generation: number, table: string): string {
  const name = `rm_${projection}_${generation}_${table}`;
  if (name.length > MAX_IDENTIFIER_LENGTH) {
    throw new RangeError(`table name ${name} is longer than PostgreSQL's 63 characters`);
  }
  return name;
}

export function projectionContext(
  tx: SqlSession,
  projection: Pick<Projection, 'name' | 'tables'>,
  generation: number,
): ProjectionContext {
  const names = new Map(
    projection.tables.map((t) => [t, physicalTableName(projection.name, generation, t)]),
  );
  return {
    tx,
    table(name: string): string {
      const physical = names.get(name);
      if (physical === undefined) {
        throw new RangeError(
          `projection ${projection.name} has no table ${JSON.stringify(name)}; declare it in tables`,
        );
      }
      return physical;
    },
  };
}

/** Throws, naming every problem, when projections cannot be run together. */
export function validateProjections(projections: readonly Projection[]): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const p of projections) {
    const label = `projection ${JSON.stringify(p.name)}`;
    if (typeof p.name !== 'string' || !PROJECTION_NAME.test(p.name)) {
      problems.push(
        `${label}: the name must be lower-case words joined by _, each starting with a letter`,
      );
    }
    if (seen.has(p.name)) problems.push(`${label} is listed twice`);
    seen.add(p.name);
    if (!Number.isSafeInteger(p.version) || p.version < 1 || p.version > 2_147_483_647) {
      problems.push(`${label}: version must be a positive integer, got ${String(p.version)}`);
    }
    if (!Array.isArray(p.eventTypes) || p.eventTypes.some((t) => typeof t !== 'string' || !t)) {
      problems.push(`${label}: eventTypes must be a list of event type names`);
    }
    if (!Array.isArray(p.tables) || p.tables.length === 0) {
      problems.push(`${label}: tables must name at least one table`);
      continue;
    }
    if (new Set(p.tables).size !== p.tables.length)
      problems.push(`${label}: a table is listed twice`);
    for (const t of p.tables) {
      if (typeof t !== 'string' || !TABLE_NAME.test(t)) {
        problems.push(`${label}: table ${JSON.stringify(t)} must be a lower-case identifier`);
      } else {
        const longest = `rm_${p.name}_${'9'.repeat(GENERATION_DIGITS)}_${t}`;
        if (longest.length > MAX_IDENTIFIER_LENGTH) {
          problems.push(
            `${label}: table ${t} would be named ${longest} (${longest.length} characters, PostgreSQL keeps 63); shorten the names`,
          );
        }
      }
    }
  }
  if (problems.length > 0) throw new Error(`invalid projections:\n  ${problems.join('\n  ')}`);
}
