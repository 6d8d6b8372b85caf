import { AsyncResource } from 'node:async_hooks';
import {
  type EventStore,
  EventStoreUnavailableError,
  type LogCheckpoint,
  type ReadAllResult,
  type SqlDatabase,
  type StoredEvent,
  Wakeup,
} from '@loanbook/event-store';
import { applyBatch } from './apply-batch';
import {
  describeFailure,
  isTransient,
  loadFailures,
  type ProjectionFailure,
  ProjectionStoppedError,
  publicFailure,
  recordFailure,
  type StandingFailure,
} from './failures';
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
  /**
   * How long a generation stopped at an event it cannot apply waits before trying it again
   * (a fix deployed by a restart, or an error that went away); default 60 s. `retry(name)`
   * tries at once.
   */
  failureRetryMs?: number;
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
  /** Generations stopped at an event they cannot apply. */
  stopped: ProjectionFailure[];
}

/** How a batch that failed was taken apart (see `isolate`). */
interface Isolated {
  /** Events applied (in parts) before the one that fails on its own, or all of them. */
  events: number;
  checkpoint: LogCheckpoint;
  /** The event that fails on its own, and its error; none when every part applied. */
  poison?: { event: StoredEvent; error: unknown };
  /** Another runner moved the checkpoint meanwhile: it has the batch. */
  lost?: boolean;
}

const PROGRESS_LOG_MS = 10_000;
const MAX_BACKOFF_MS = 60_000;
/** A generation still stopped at an event is said again at warn level at most this often. */
const STILL_STOPPED_WARN_MS = 60 * 60_000;

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
  private readonly failureRetryMs: number;

  private exclusiveTail: Promise<unknown> = Promise.resolve();
  private loop?: Promise<void>;
  private stopping = false;
  private readonly wakeup = new Wakeup();
  private readonly failures = new Map<string, { attempts: number; retryAt: number }>();
  private readonly warnedNewer = new Set<string>();
  private readonly progressSeen = new Map<string, { events: number; loggedAt: number }>();
  /** Failures this runner has said (name/generation/event id → when it last warned). */
  private readonly told = new Map<string, number>();

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
    this.failureRetryMs = Math.max(0, options.failureRetryMs ?? 60_000);
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
   * Errors are thrown, not retried. A generation that meets an event it cannot apply stops
   * just before it (recorded, see `retry`) while the others catch up; then this throws
   * ProjectionStoppedError naming the events.
   */
  async catchUp(): Promise<CatchUpResult> {
    let events = 0;
    let passes = 0;
    for (;;) {
      const pass = await this.exclusive(() => this.pass(true));
      passes += 1;
      events += pass.events;
      if (!pass.busy || this.stopping) {
        if (pass.stopped.length > 0 && !this.stopping)
          throw new ProjectionStoppedError(pass.stopped);
        return { events, passes };
      }
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
    const projection = this.known(name);
    const generation = await this.exclusive(() => startRebuild(this.database, projection));
    info(this.logger, `projection ${name}: rebuilding as generation ${generation}`);
    this.notify();
    return { generation };
  }

  /** Version, status, checkpoint, lag and failure of this runner's projections' live generations. */
  status(): Promise<ProjectionStatus[]> {
    return this.readModels.status(this.projections.map((p) => p.name));
  }

  /**
   * After a fix: forgets the events `name`'s generations are stopped at, so that this runner
   * (woken now) and any other (on its next pass) try them again at once instead of at the next
   * slow retry. Returns the failures forgotten; a new one is recorded (and logged) if the
   * event still fails.
   */
  async retry(name: string): Promise<ProjectionFailure[]> {
    this.known(name);
    const cleared = await this.exclusive(() => this.readModels.clearFailures(name));
    for (const f of cleared) this.told.delete(failureKey(f));
    if (cleared.length > 0)
      info(
        this.logger,
        `projection ${name}: retrying ${cleared.map((f) => `generation ${f.generation} at event ${f.event.id}`).join(', ')}`,
      );
    this.notify();
    return cleared;
  }

  private known(name: string): Projection {
    const projection = this.projections.find((p) => p.name === name);
    if (!projection) {
      throw new RangeError(
        `unknown projection ${JSON.stringify(name)}; known: ${this.projections.map((p) => p.name).join(', ')}`,
      );
    }
    return projection;
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
    const failures = await loadFailures(this.database, names);
    const result: PassResult = { events: 0, busy: false, stopped: [] };
    for (const projection of this.projections) {
      if (this.stopping) break;
      if (!strict && this.backingOff(projection.name)) continue;
      try {
        const own = rows.filter((r) => r.name === projection.name);
        const done = await this.runProjection(
          projection,
          own,
          failures.filter((f) => f.name === projection.name),
        );
        result.events += done.events;
        result.busy ||= done.busy;
        result.stopped.push(...done.stopped);
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

  private async runProjection(
    projection: Projection,
    rows: GenerationRow[],
    failures: StandingFailure[],
  ): Promise<PassResult> {
    let generations = this.working(projection, rows);
    if (generations.length === 0) {
      if (!(await this.ensure(projection))) return { events: 0, busy: false, stopped: [] };
      generations = this.working(
        projection,
        await loadGenerations(this.database, [projection.name]),
      );
    }
    const result: PassResult = { events: 0, busy: false, stopped: [] };
    for (const generation of generations) {
      if (this.stopping) break;
      const failure = failures.find((f) => f.generation === generation.generation);
      const done = await this.drive(projection, generation, failure);
      result.events += done.events;
      result.busy ||= done.busy;
      result.stopped.push(...done.stopped);
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

  /**
   * Catches one generation up for at most a slice. A batch that fails for a reason other than
   * the database being away is taken apart (`isolate`): the events before the one that fails
   * are applied, the generation stops just before it, and the failure is recorded. A stopped
   * generation is left alone until its slow retry is due (or `retry` cleared the record).
   */
  private async drive(
    projection: Projection,
    generation: GenerationRow,
    failure?: StandingFailure,
  ): Promise<PassResult> {
    const result: PassResult = { events: 0, busy: false, stopped: [] };
    if (failure) {
      this.noticeStanding(failure);
      if (failure.sinceRetryMs < this.failureRetryMs) {
        result.stopped.push(publicFailure(failure));
        return result;
      }
    }
    const deadline = Date.now() + this.sliceMs;
    let from = generation.checkpoint;
    // Until a batch applies, the generation is stopped at `failure`: the batch that applies
    // deletes its record in the same transaction.
    let stoppedAt = failure;
    let next: Promise<ReadAllResult> | undefined = this.read(from);
    try {
      while (next) {
        let batch = await next;
        next = undefined;
        if (batch.events.length === 0) {
          if (stoppedAt) {
            // Another runner applied the event without knowing of the record: it is stale.
            await this.clearStale(projection, generation, from);
            stoppedAt = undefined;
          }
          if (generation.status === 'building')
            result.busy ||= await this.switchOver(projection, generation);
          break;
        }
        // A retry tries the event it stopped at on its own first: one transaction, not a search.
        if (
          stoppedAt &&
          batch.events[0].eventId === stoppedAt.event.id &&
          batch.events.length > 1
        ) {
          batch = { events: [batch.events[0]], checkpoint: checkpointOf(batch.events[0]) };
        }
        // Read ahead while the database applies this batch: on PostgreSQL the two overlap.
        // Bound here, outside the batch's transaction: the read is no part of it.
        const current = batch;
        const readAhead = AsyncResource.bind(() => {
          if (!next && !this.stopping && Date.now() < deadline)
            next = this.read(current.checkpoint);
        });
        let applied: boolean;
        try {
          applied = await applyBatch(
            this.database,
            projection,
            generation.generation,
            from,
            batch,
            readAhead,
            { clearFailure: stoppedAt !== undefined },
          );
        } catch (error) {
          if (isTransient(error)) throw error;
          // The prefetch reads past the batch: it is of no use now. (Set by `readAhead`.)
          const prefetch = next as Promise<ReadAllResult> | undefined;
          next = undefined;
          if (prefetch) await prefetch.catch(() => undefined);
          const isolated = await this.isolate(
            projection,
            generation,
            from,
            batch,
            error,
            stoppedAt !== undefined,
          );
          result.busy = true;
          if (isolated.events > 0) {
            if (stoppedAt) this.recovered(projection, generation, stoppedAt);
            stoppedAt = undefined;
            result.events += isolated.events;
            this.progress(projection, generation, isolated.checkpoint, isolated.events);
          }
          from = isolated.checkpoint;
          if (isolated.lost) break;
          if (isolated.poison) {
            result.stopped.push(
              await this.stopAt(
                projection,
                generation,
                isolated.poison.event,
                isolated.poison.error,
              ),
            );
            break;
          }
          // Every part applied on its own: go on from there.
          if (!this.stopping && Date.now() < deadline) next = this.read(from);
          continue;
        }
        result.busy = true;
        if (!applied) {
          debug(
            this.logger,
            `projection ${projection.name} generation ${generation.generation}: checkpoint moved by another runner`,
          );
          break;
        }
        if (stoppedAt) this.recovered(projection, generation, stoppedAt);
        stoppedAt = undefined;
        result.events += batch.events.length;
        from = batch.checkpoint;
        this.progress(projection, generation, from, batch.events.length);
      }
    } finally {
      if (next) await next.catch(() => undefined);
    }
    return result;
  }

  /**
   * Finds the event a failed batch fails on: applies the first half of what is left (each part
   * in a transaction of its own, moving the checkpoint), or halves the part again when it
   * fails too, until one event fails on its own. Every event before it is then applied and
   * the checkpoint sits just before it. About log2(batch size) transactions; if every part
   * applies on its own (the failure came from events together, or went away), nothing is
   * left to blame.
   */
  private async isolate(
    projection: Projection,
    generation: GenerationRow,
    from: LogCheckpoint,
    batch: ReadAllResult,
    error: unknown,
    clearFailure: boolean,
  ): Promise<Isolated> {
    const events = batch.events;
    debug(
      this.logger,
      `projection ${projection.name} generation ${generation.generation}: a batch of ${events.length} events failed (${describeErrorShort(error)}); looking for the event`,
    );
    let checkpoint = from;
    let applied = 0;
    let clear = clearFailure;
    // events[start, end) fails from `checkpoint`; `failed` is that error when it is exactly so.
    let start = 0;
    let end = events.length;
    let failed: { error: unknown } | undefined = { error };
    // Once `start` reaches `end`, every part presumed to fail has applied: the caller reads on.
    while (!this.stopping && start < end) {
      const single = end - start === 1;
      if (single && failed)
        return {
          events: applied,
          checkpoint,
          poison: { event: events[start], error: failed.error },
        };
      const mid = single ? end : start + Math.floor((end - start) / 2);
      const part: ReadAllResult = {
        events: events.slice(start, mid),
        checkpoint: mid === events.length ? batch.checkpoint : checkpointOf(events[mid - 1]),
      };
      let ok: boolean;
      try {
        ok = await applyBatch(
          this.database,
          projection,
          generation.generation,
          checkpoint,
          part,
          undefined,
          { clearFailure: clear },
        );
      } catch (partError) {
        if (isTransient(partError)) throw partError;
        end = mid;
        failed = { error: partError };
        continue;
      }
      if (!ok) return { events: applied, checkpoint, lost: true };
      clear = false;
      applied += part.events.length;
      checkpoint = part.checkpoint;
      // What is left is presumed to fail, not known to: a lone event is tried before blamed.
      start = mid;
      failed = undefined;
    }
    return { events: applied, checkpoint };
  }

  /** Records that `event` stops the generation; says so once, at error level. */
  private async stopAt(
    projection: Projection,
    generation: GenerationRow,
    event: StoredEvent,
    error: unknown,
  ): Promise<ProjectionFailure> {
    const { failure, first } = await recordFailure(
      this.database,
      projection.name,
      generation.generation,
      event,
      error,
    );
    const key = failureKey(failure);
    if (first || !this.told.has(key)) {
      this.told.set(key, Date.now());
      this.logger.error(
        `${describeFailure(failure)}. The events before it are applied; this read model (${generation.status}) reads no further and is degraded, the other projections go on. It is tried again every ${seconds(this.failureRetryMs)}, or at once after \`npm run cli -- projections retry ${projection.name}\`.`,
      );
    } else {
      this.stillStopped(failure);
    }
    return publicFailure(failure);
  }

  /** A failure recorded before (by another runner, or before a restart): said once by each runner. */
  private noticeStanding(failure: StandingFailure): void {
    const key = failureKey(failure);
    if (this.told.has(key)) return;
    this.told.set(key, Date.now());
    this.logger.warn(
      `${describeFailure(failure)} (since ${failure.firstFailedAt}, ${failure.attempts} attempt(s)); it is tried again every ${seconds(this.failureRetryMs)}, or at once after \`npm run cli -- projections retry ${failure.name}\``,
    );
  }

  /** A retry that failed again: debug, and now and then a reminder at warn level. */
  private stillStopped(failure: StandingFailure): void {
    const key = failureKey(failure);
    const message = `${describeFailure(failure)} (attempt ${failure.attempts}, failing since ${failure.firstFailedAt})`;
    if (Date.now() - (this.told.get(key) ?? 0) >= STILL_STOPPED_WARN_MS) {
      this.told.set(key, Date.now());
      this.logger.warn(`still: ${message}`);
    } else debug(this.logger, message);
  }

  private recovered(
    projection: Projection,
    generation: GenerationRow,
    failure: StandingFailure,
  ): void {
    this.told.delete(failureKey(failure));
    info(
      this.logger,
      `projection ${projection.name} generation ${generation.generation}: event ${failure.event.id} (${failure.event.type}) applies now after ${failure.attempts} failed attempt(s); going on`,
    );
  }

  /** The generation's checkpoint is past the recorded event: the record is no longer true. */
  private async clearStale(
    projection: Projection,
    generation: GenerationRow,
    at: LogCheckpoint,
  ): Promise<void> {
    await this.database.query(
      `DELETE FROM projection_failures WHERE name = $1 AND generation = $2`,
      [projection.name, generation.generation],
    );
    info(
      this.logger,
      `projection ${projection.name} generation ${generation.generation}: at the head of the log (${at.transactionId}/${at.globalPosition}); its recorded failure is cleared`,
    );
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

/** "60 s", "0.05 s": the retry interval as the log says it. */
function seconds(ms: number): string {
  return `${ms / 1000} s`;
}

function checkpointOf(event: StoredEvent): LogCheckpoint {
  return { transactionId: event.transactionId, globalPosition: event.globalPosition };
}

function failureKey(f: ProjectionFailure): string {
  return `${f.name}/${f.generation}/${f.event.id}`;
}

function describeErrorShort(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function positive(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${what} must be a positive integer, got ${String(value)}`);
  }
  return value;
}
