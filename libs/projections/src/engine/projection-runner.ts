import { AsyncResource } from 'node:async_hooks';
import {
  type EventStore,
  EventStoreUnavailableError,
  type LogCheckpoint,
  type ReadAllResult,
  type SqlDatabase,
  Wakeup,
} from '@loanbook/event-store';
import { applyBatch } from './apply-batch';
import { debug, info, type ProjectionLogger, silentLogger } from './logger';
import { type Projection, validateProjections } from './projection';
import { ReadModels, type ProjectionStatus } from './read-models';
import {
  activateGeneration,
  dropRetiredTables,
  ensureGeneration,
  type GenerationRow,
  loadGenerations,
  startRebuild,
} from './registry';

export interface ProjectionRunnerOptions {
  /** Where the global log is read. */
  store: Pick<EventStore, 'readAll'>;
  /** Where the read models and the registry live: the store's own database. */
  database: SqlDatabase;
  projections: readonly Projection[];
  /** Events read (and applied in one transaction) at a time; default 2000. */
  batchSize?: number;
  /** Sleep between polls when there is nothing to do (`notify()` cuts it short); default 500 ms. */
  pollIntervalMs?: number;
  logger?: ProjectionLogger;
  /**
   * How long a replaced generation's tables outlive the switch, for readers still holding
   * their names (ReadModels caches them for 1 s); 0 drops them in the switch. Default 10 s.
   */
  retiredTablesGraceMs?: number;
  /** How long one generation may catch up before the others get a turn; default 1000 ms. */
  sliceMs?: number;
  /** Called after this runner switched a projection to a new generation. */
  onSwitch?: (switched: SwitchedProjection) => void;
}

export interface SwitchedProjection {
  projection: string;
  version: number;
  generation: number;
  /** The generation it replaced, if any. */
  retired?: number;
}

export interface CatchUpResult {
  /** Events read past, over all generations. */
  events: number;
  passes: number;
}

interface PassResult {
  events: number;
  /** Something happened that may leave more to do (events read, a switch, a lost claim). */
  busy: boolean;
}

const PROGRESS_LOG_MS = 10_000;
const MAX_BACKOFF_MS = 60_000;

/**
 * Keeps projections up to date from the global log. Each pass loads the registry, starts
 * the generations the code needs, and lets each active or building generation of the code's
 * version catch up in batches: read (the next batch is prefetched while one is applied),
 * then apply and move the checkpoint in one transaction. Several runners, in one process or
 * many, may run the same projections: a batch is applied once whoever applies it.
 */
export class ProjectionRunner {
  readonly projections: readonly Projection[];
  private readonly store: Pick<EventStore, 'readAll'>;
  private readonly database: SqlDatabase;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly graceMs: number;
  private readonly sliceMs: number;
  private readonly logger: ProjectionLogger;
  private readonly onSwitch?: (switched: SwitchedProjection) => void;
  private readonly readModels: ReadModels;

  private exclusiveTail: Promise<unknown> = Promise.resolve();
  private loop?: Promise<void>;
  private stopping = false;
  private readonly wakeup = new Wakeup();
  private readonly failures = new Map<string, { attempts: number; retryAt: number }>();
  private readonly warnedNewer = new Set<string>();
  private readonly progressSeen = new Map<string, { events: number; loggedAt: number }>();

  constructor(options: ProjectionRunnerOptions) {
    validateProjections(options.projections);
    this.projections = [...options.projections];
    this.store = options.store;
    this.database = options.database;
    this.batchSize = positive(options.batchSize ?? 2000, 'batchSize');
    this.pollIntervalMs = positive(options.pollIntervalMs ?? 500, 'pollIntervalMs');
    this.graceMs = Math.max(0, options.retiredTablesGraceMs ?? 10_000);
    this.sliceMs = positive(options.sliceMs ?? 1000, 'sliceMs');
    this.logger = options.logger ?? silentLogger;
    this.onSwitch = options.onSwitch;
    this.readModels = new ReadModels(options.database);
  }

  /**
   * Starts the polling loop and resolves once the projections have their generations (or
   * that failed: it is logged and retried, so a database still starting is no reason to crash).
   */
  async start(): Promise<void> {
    if (this.loop) return;
    this.stopping = false;
    this.wakeup.restart();
    await this.exclusive(async () => {
      for (const projection of this.projections) {
        try {
          await this.ensure(projection);
        } catch (error) {
          this.failed(projection.name, error);
        }
      }
    });
    if (this.stopping) return;
    this.loop = this.run();
  }

  /** Stops polling; waits for the batch in progress to commit. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeup.stop();
    await this.loop;
    await this.exclusive(async () => undefined);
    this.loop = undefined;
  }

  /** Polls now (after a command has committed) instead of at the end of the poll interval. */
  notify(): void {
    this.wakeup.wake();
  }

  /**
   * Runs passes until one reads nothing: every generation has caught up with what the log
   * shows now (later events, or events held back by a transaction still running, wait).
   * Errors are thrown, not retried.
   */
  async catchUp(): Promise<CatchUpResult> {
    let events = 0;
    let passes = 0;
    for (;;) {
      const pass = await this.exclusive(() => this.pass(true));
      passes += 1;
      events += pass.events;
      if (!pass.busy || this.stopping) return { events, passes };
    }
  }

  /** One pass: each generation catches up for at most a slice; returns the events read. */
  async runOnce(): Promise<number> {
    return (await this.exclusive(() => this.pass(true))).events;
  }

  /**
   * Starts a new generation of `name` (same version) built from the start of the log; the
   * active one keeps serving until it has caught up. The loop (or `catchUp()`) builds it.
   */
  async rebuild(name: string): Promise<{ generation: number }> {
    const projection = this.projections.find((p) => p.name === name);
    if (!projection) {
      throw new RangeError(
        `unknown projection ${JSON.stringify(name)}; known: ${this.projections.map((p) => p.name).join(', ')}`,
      );
    }
    const generation = await this.exclusive(() => startRebuild(this.database, projection));
    info(this.logger, `projection ${name}: rebuilding as generation ${generation}`);
    this.notify();
    return { generation };
  }

  /** Version, status, checkpoint and lag of this runner's projections' live generations. */
  status(): Promise<ProjectionStatus[]> {
    return this.readModels.status(this.projections.map((p) => p.name));
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      let pass: PassResult;
      try {
        pass = await this.exclusive(() => this.pass(false));
        failures = 0;
      } catch (error) {
        // The registry could not be read: the database is down or unreachable.
        failures += 1;
        const delay = Math.min(
          MAX_BACKOFF_MS,
          Math.max(this.pollIntervalMs, 1000 * 2 ** (failures - 1)),
        );
        this.logFailure(
          `projection runner: pass failed (attempt ${failures}), retrying in ${delay} ms`,
          error,
        );
        await this.wakeup.sleep(delay, { backoff: true });
        continue;
      }
      if (!pass.busy && !this.stopping) await this.wakeup.sleep(this.pollIntervalMs);
    }
  }

  private async pass(strict: boolean): Promise<PassResult> {
    const names = this.projections.map((p) => p.name);
    const rows = await loadGenerations(this.database, names);
    const result: PassResult = { events: 0, busy: false };
    for (const projection of this.projections) {
      if (this.stopping) break;
      if (!strict && this.backingOff(projection.name)) continue;
      try {
        const own = rows.filter((r) => r.name === projection.name);
        const done = await this.runProjection(projection, own);
        result.events += done.events;
        result.busy ||= done.busy;
        this.failures.delete(projection.name);
      } catch (error) {
        if (strict) throw error;
        this.failed(projection.name, error);
      }
    }
    if (!this.stopping && rows.some((r) => r.status === 'retired' && !r.tablesDroppedAt)) {
      try {
        const dropped = await dropRetiredTables(this.database, names, this.graceMs);
        if (dropped > 0)
          info(this.logger, `projections: dropped the tables of ${dropped} retired generation(s)`);
      } catch (error) {
        if (strict) throw error;
        this.logFailure('projections: dropping retired tables failed', error);
      }
    }
    return result;
  }

  private working(projection: Projection, rows: GenerationRow[]): GenerationRow[] {
    return rows
      .filter(
        (r) =>
          r.version === projection.version && (r.status === 'active' || r.status === 'building'),
      )
      .sort((a, b) => (a.status === b.status ? 0 : a.status === 'active' ? -1 : 1));
  }

  private async runProjection(projection: Projection, rows: GenerationRow[]): Promise<PassResult> {
    let generations = this.working(projection, rows);
    if (generations.length === 0) {
      if (!(await this.ensure(projection))) return { events: 0, busy: false };
      generations = this.working(
        projection,
        await loadGenerations(this.database, [projection.name]),
      );
    }
    const result: PassResult = { events: 0, busy: false };
    for (const generation of generations) {
      if (this.stopping) break;
      const done = await this.drive(projection, generation);
      result.events += done.events;
      result.busy ||= done.busy;
    }
    return result;
  }

  /** False when a newer version owns the projection and this runner must leave it alone. */
  private async ensure(projection: Projection): Promise<boolean> {
    const outcome = await ensureGeneration(this.database, projection);
    if (outcome.kind === 'newer') {
      if (!this.warnedNewer.has(projection.name)) {
        this.warnedNewer.add(projection.name);
        this.logger.warn(
          `projection ${projection.name}: version ${outcome.version} is in the database, this code has version ${projection.version}; leaving it alone (rebuild to take it back)`,
        );
      }
      return false;
    }
    this.warnedNewer.delete(projection.name);
    if (outcome.kind === 'started') {
      info(
        this.logger,
        `projection ${projection.name}: building version ${projection.version} as generation ${outcome.generation} from the start of the log` +
          (outcome.abandoned ? ` (abandoning the build of generation ${outcome.abandoned})` : ''),
      );
    }
    return true;
  }

  /** Catches one generation up for at most a slice. */
  private async drive(projection: Projection, generation: GenerationRow): Promise<PassResult> {
    const deadline = Date.now() + this.sliceMs;
    const result: PassResult = { events: 0, busy: false };
    let from = generation.checkpoint;
    let next: Promise<ReadAllResult> | undefined = this.read(from);
    try {
      while (next) {
        const batch = await next;
        next = undefined;
        if (batch.events.length === 0) {
          if (generation.status === 'building')
            result.busy ||= await this.switchOver(projection, generation);
          break;
        }
        // Read ahead while the database applies this batch: on PostgreSQL the two overlap.
        // Bound here, outside the batch's transaction: the read is no part of it.
        const readAhead = AsyncResource.bind(() => {
          if (!next && !this.stopping && Date.now() < deadline) next = this.read(batch.checkpoint);
        });
        const applied = await applyBatch(
          this.database,
          projection,
          generation.generation,
          from,
          batch,
          readAhead,
        );
        result.busy = true;
        if (!applied) {
          debug(
            this.logger,
            `projection ${projection.name} generation ${generation.generation}: checkpoint moved by another runner`,
          );
          break;
        }
        result.events += batch.events.length;
        from = batch.checkpoint;
        this.progress(projection, generation, from, batch.events.length);
      }
    } finally {
      if (next) await next.catch(() => undefined);
    }
    return result;
  }

  private read(from: LogCheckpoint): Promise<ReadAllResult> {
    const reading = this.store.readAll(from, { batchSize: this.batchSize });
    // Handled now, awaited later: a prefetch that fails while a batch is applied must not
    // count as an unhandled rejection.
    reading.catch(() => undefined);
    return reading;
  }

  private async switchOver(projection: Projection, generation: GenerationRow): Promise<boolean> {
    const switched = await activateGeneration(
      this.database,
      projection.name,
      generation.generation,
      this.graceMs === 0,
    );
    if (!switched) return false;
    info(
      this.logger,
      `projection ${projection.name}: generation ${switched.generation} (version ${projection.version}) caught up and is active` +
        (switched.retired ? `; generation ${switched.retired} retired` : ''),
    );
    this.readModels.invalidate(projection.name);
    this.onSwitch?.({
      projection: projection.name,
      version: projection.version,
      generation: switched.generation,
      retired: switched.retired,
    });
    return true;
  }

  private progress(
    projection: Projection,
    generation: GenerationRow,
    checkpoint: LogCheckpoint,
    events: number,
  ): void {
    const key = `${projection.name}/${generation.generation}`;
    const now = Date.now();
    const seen = this.progressSeen.get(key) ?? { events: 0, loggedAt: now };
    seen.events += events;
    if (now - seen.loggedAt >= PROGRESS_LOG_MS) {
      seen.loggedAt = now;
      info(
        this.logger,
        `projection ${projection.name} generation ${generation.generation} (${generation.status}): ${seen.events} events read since start, at ${checkpoint.transactionId}/${checkpoint.globalPosition}`,
      );
    }
    this.progressSeen.set(key, seen);
  }

  private backingOff(name: string): boolean {
    const failure = this.failures.get(name);
    return failure !== undefined && Date.now() < failure.retryAt;
  }

  private failed(name: string, error: unknown): void {
    const attempts = (this.failures.get(name)?.attempts ?? 0) + 1;
    const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (attempts - 1));
    this.failures.set(name, { attempts, retryAt: Date.now() + delay });
    this.logFailure(
      `projection ${name}: failed (attempt ${attempts}), retrying in ${delay} ms`,
      error,
    );
  }

  private logFailure(message: string, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    if (error instanceof EventStoreUnavailableError)
      this.logger.warn(`${message}: ${error.message}`);
    else this.logger.error(`${message}: ${detail}`);
  }

  /** Passes, rebuilds and start-up never overlap within one runner. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.exclusiveTail.then(task);
    this.exclusiveTail = result.catch(() => undefined);
    return result;
  }
}

function positive(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${what} must be a positive integer, got ${String(value)}`);
  }
  return value;
}
