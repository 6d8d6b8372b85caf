import type { LogCheckpoint, SqlExecutor } from '@loanbook/event-store';
import { ProjectionNotReadyError } from './errors';
import { clearFailures, loadFailures, type ProjectionFailure, publicFailure } from './failures';
import { physicalTableName } from './projection';
import { type GenerationStatus, loadGenerations, loadStatus } from './registry';

export interface ReadModelsOptions {
  /** How long an active generation's table names are reused without asking; default 1000 ms. */
  cacheTtlMs?: number;
  /** How often `waitFor` asks; default 25 ms. */
  pollIntervalMs?: number;
  /** The event store's positions are in log order (EventStore.positionsInLogOrder). */
  positionsInLogOrder?: boolean;
  /**
   * Per projection, the oldest version whose tables this code's queries read (Projection's
   * `readableFrom`): an older active generation is not served while the new one builds.
   */
  readableFrom?: Readonly<Record<string, number>>;
}

export interface ProjectionStatus {
  name: string;
  version: number;
  generation: number;
  status: Exclude<GenerationStatus, 'retired'>;
  checkpoint: LogCheckpoint;
  /** Events read past since the generation was created. */
  eventsProcessed: number;
  /** Events in the log after the checkpoint. */
  lag: number;
  /** The log's last event: where the checkpoint is headed. */
  head: LogCheckpoint;
  createdAt: string;
  updatedAt: string;
  caughtUpAt: string | null;
  /**
   * The event this generation cannot apply, when it is stopped at one (degraded): its
   * checkpoint sits just before it, and it reads no further until the event applies.
   */
  failure: ProjectionFailure | null;
}

interface Active {
  generation: number;
  tables: ReadonlySet<string>;
  expiresAt: number;
}

const ACTIVE_SQL = `SELECT generation, version, tables FROM projections WHERE name = $1 AND status = 'active'`;

// The event at `position` is readable here, and at or behind the active checkpoint in log order.
const REACHED_SQL = `SELECT EXISTS (
  SELECT 1 FROM projections p JOIN events e ON e.global_position = $2::bigint
   WHERE p.name = $1 AND p.status = 'active'
     AND (e.transaction_id, e.global_position)
      <= (p.checkpoint_transaction_id, p.checkpoint_global_position)) AS reached`;

// Positions in log order (KurrentDB; its events are not in this database): a comparison.
const REACHED_BY_POSITION_SQL = `SELECT EXISTS (
  SELECT 1 FROM projections p
   WHERE p.name = $1 AND p.status = 'active' AND p.checkpoint_global_position >= $2::bigint)
  AS reached`;

/** The reading side of projections: which tables to query, and how far they are. */
export class ReadModels {
  private readonly cacheTtlMs: number;
  private readonly pollIntervalMs: number;
  private readonly reachedSql: string;
  private readonly active = new Map<string, Active>();
  private readonly loading = new Map<string, Promise<Active>>();
  private readonly readableFrom: Readonly<Record<string, number>>;

  constructor(
    private readonly db: SqlExecutor,
    options: ReadModelsOptions = {},
  ) {
    this.cacheTtlMs = Math.max(0, options.cacheTtlMs ?? 1000);
    this.pollIntervalMs = Math.max(1, options.pollIntervalMs ?? 25);
    this.reachedSql = options.positionsInLogOrder ? REACHED_BY_POSITION_SQL : REACHED_SQL;
    this.readableFrom = options.readableFrom ?? {};
  }

  /**
   * Physical name of `table` in the active generation of `projection` (a bare identifier).
   * ProjectionNotReadyError until its first build has caught up.
   */
  async activeTable(projection: string, table: string): Promise<string> {
    const active = await this.activeGeneration(projection);
    const name = physicalTableName(projection, active.generation, table);
    if (!active.tables.has(name)) {
      throw new RangeError(`read model ${projection} has no table ${JSON.stringify(table)}`);
    }
    return name;
  }

  /** True once the event at `position` (a command reply's) is reflected in the active generation. */
  async hasReached(projection: string, position: number): Promise<boolean> {
    if (!Number.isSafeInteger(position) || position < 0) {
      throw new RangeError(`position must be a non-negative integer, got ${String(position)}`);
    }
    if (position === 0) return true;
    const [row] = await this.db.query<{ reached: boolean }>(this.reachedSql, [
      projection,
      position,
    ]);
    return row?.reached === true;
  }

  /** Polls `hasReached` until it holds (true) or `timeoutMs` has passed (false). */
  async waitFor(projection: string, position: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + Math.max(0, timeoutMs);
    for (;;) {
      if (await this.hasReached(projection, position)) return true;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(this.pollIntervalMs, left)));
    }
  }

  /**
   * The global position every one of these read models has reached (their active generations'
   * lowest checkpoint); 0 while one has none. Unlike `status`, it counts nothing in the log.
   */
  async position(names: readonly string[]): Promise<number> {
    const active = (await loadGenerations(this.db, names)).filter((g) => g.status === 'active');
    if (names.some((name) => !active.some((g) => g.name === name))) return 0;
    return Math.min(...active.map((g) => g.checkpoint.globalPosition));
  }

  /** The live (active and building) generations, of `names` or of every projection. */
  async status(names?: readonly string[]): Promise<ProjectionStatus[]> {
    const [rows, failures] = await Promise.all([
      loadStatus(this.db, names),
      loadFailures(this.db, names),
    ]);
    const failureOf = (name: string, generation: number) => {
      const failure = failures.find((f) => f.name === name && f.generation === generation);
      return failure ? publicFailure(failure) : null;
    };
    return rows.map((r) => ({
      name: r.name,
      version: r.version,
      generation: r.generation,
      status: r.status as ProjectionStatus['status'],
      checkpoint: r.checkpoint,
      eventsProcessed: r.eventsProcessed,
      lag: r.lag,
      head: r.head,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      caughtUpAt: r.caughtUpAt,
      failure: failureOf(r.name, r.generation),
    }));
  }

  /**
   * The events live generations (of `names`, or of every projection) are stopped at: none
   * while every read model applies everything. One small table, cheap enough for a health check.
   */
  async failures(names?: readonly string[]): Promise<ProjectionFailure[]> {
    return (await loadFailures(this.db, names)).map(publicFailure);
  }

  /**
   * Forgets the failures of `name`'s live generations, so that every runner tries the event
   * again on its next pass (instead of at its next slow retry); returns what was forgotten.
   */
  clearFailures(name: string): Promise<ProjectionFailure[]> {
    return clearFailures(this.db, name);
  }

  /** Forgets cached table names (after a switch this process knows of). */
  invalidate(projection?: string): void {
    if (projection === undefined) this.active.clear();
    else this.active.delete(projection);
  }

  private async activeGeneration(projection: string): Promise<Active> {
    const cached = this.active.get(projection);
    if (cached && cached.expiresAt > Date.now()) return cached;
    let loading = this.loading.get(projection);
    if (!loading) {
      loading = this.loadActive(projection).finally(() => this.loading.delete(projection));
      this.loading.set(projection, loading);
    }
    return loading;
  }

  private async loadActive(projection: string): Promise<Active> {
    const [row] = await this.db.query<{ generation: number; version: number; tables: string[] }>(
      ACTIVE_SQL,
      [projection],
    );
    if (!row) {
      this.active.delete(projection);
      throw new ProjectionNotReadyError(projection);
    }
    // Tables of a version older than the queries know (an upgrade still rebuilding): a 503
    // that says so, rather than a query on columns that are not there.
    const needed = this.readableFrom[projection];
    if (needed !== undefined && Number(row.version) < needed) {
      this.active.delete(projection);
      throw new ProjectionNotReadyError(projection, needed);
    }
    const active = {
      generation: row.generation,
      tables: new Set(row.tables),
      expiresAt: Date.now() + this.cacheTtlMs,
    };
    this.active.set(projection, active);
    return active;
  }
}
