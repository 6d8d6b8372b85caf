import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import {
  type ProjectionFailure,
  ProjectionRunner,
  type ProjectionStatus,
  ReadModels,
} from '@loanbook/projections';
import {
  READ_MODEL_PROJECTIONS,
  type JournalTables,
  type ReadModelTables,
  type SuspenseTables,
} from '@loanbook/projections/read-models';

import type { EventStore, SqlDatabase } from '@loanbook/event-store';
import type { AppConfig } from '../config/config';
import { ReadModelBehindProblem } from '../http/problem';
import { APP_CONFIG, EVENT_STORE, READ_MODEL_DATABASE } from '../infrastructure/tokens';

/** How long a query with `minPosition` waits for its read model before answering 503. */
const MIN_POSITION_WAIT_MS = 5_000;
/** How long the health check reuses the lag of the degraded read models. */
const DEGRADED_CACHE_MS = 1_000;

/** The tables the back office queries: the reports', the reminders' and the suspense work queues (issue 22). */
export type BackOfficeTables = ReadModelTables &
  JournalTables &
  SuspenseTables & { reminders: string };

/** Which projection keeps each read-model table, and the table's name within it. */
const READ_MODEL_TABLES: Record<keyof BackOfficeTables, [projection: string, table: string]> = {
  loans: ['loans', 'loans'],
  inquiries: ['inquiries', 'inquiries'],
  payments: ['loans', 'payments'],
  guarantees: ['loans', 'guarantees'],
  guaranteeMoves: ['loans', 'guarantee_moves'],
  schedules: ['loan_schedules', 'schedules'],
  reminders: ['reminders', 'reminders'],
  journal: ['journal', 'entries'],
  suspenseStatements: ['bank_suspense', 'statements'],
  suspenseItems: ['bank_suspense', 'items'],
};

/**
 * The read models: their tables for queries, read-your-writes waits, and — unless a separate
 * projector process keeps them (PROJECTIONS=external) — the runner that keeps them up to date.
 */
@Injectable()
export class ReadModelsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('projections');
  readonly models: ReadModels;
  private runner?: ProjectionRunner;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DATABASE) readonly db: SqlDatabase,
  ) {
    this.models = new ReadModels(db, {
      positionsInLogOrder: store.positionsInLogOrder,
      readableFrom: Object.fromEntries(
        READ_MODEL_PROJECTIONS.map((p) => [p.name, p.readableFrom ?? p.version]),
      ),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.projections !== 'in-process') return;
    this.runner = new ProjectionRunner({
      store: this.store,
      database: this.db,
      projections: READ_MODEL_PROJECTIONS,
      logger: this.logger,
      // A rebuilt generation took over: queries must read its tables from now on.
      onSwitch: ({ projection }) => this.models.invalidate(projection),
    });
    await this.runner.start();
    this.logger.log('projections running in process');
  }

  // Before the store closes (EventStoreLifecycle, on shutdown): a runner mid-batch finishes.
  async beforeApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
  }

  /** Wakes the in-process runner after a command has committed. */
  notify(): void {
    this.runner?.notify();
  }

  /**
   * Catches the in-process runner up with the whole log (the demo loader uses it). A read
   * model stopped at an event it cannot apply makes it throw ProjectionStoppedError, once the
   * others have caught up.
   */
  async catchUp(): Promise<void> {
    await this.runner?.catchUp();
  }

  /** Every projection's live generations: version, checkpoint, lag, and the event it is stopped at. */
  status(): Promise<ProjectionStatus[]> {
    return this.models.status();
  }

  /**
   * The degraded read models: live generations stopped at an event they cannot apply, with
   * their lag. The health check asks it on every probe: the failures are one small table, and
   * the lag (a count over the log) is asked only when there are some, at most once a second.
   */
  async degraded(): Promise<ProjectionStatus[]> {
    const failures = await this.models.failures();
    if (failures.length === 0) return [];
    const cached = this.degradedCache;
    if (cached && cached.expiresAt > Date.now() && sameFailures(cached.failures, failures))
      return cached.status;
    const status = (await this.models.status([...new Set(failures.map((f) => f.name))])).filter(
      (s) => s.failure !== null,
    );
    this.degradedCache = { failures, status, expiresAt: Date.now() + DEGRADED_CACHE_MS };
    return status;
  }

  private degradedCache?: {
    failures: ProjectionFailure[];
    status: ProjectionStatus[];
    expiresAt: number;
  };

  /**
   * After a fix: forgets the events `name`'s generations are stopped at, so that the runners
   * (this one at once, a projector's on its next pass) try them again. Returns what was forgotten.
   */
  async retry(name: string): Promise<ProjectionFailure[]> {
    if (!READ_MODEL_PROJECTIONS.some((p) => p.name === name)) {
      throw new RangeError(
        `there is no projection ${JSON.stringify(name)}: choose one of ${READ_MODEL_PROJECTIONS.map((p) => p.name).join(', ')}`,
      );
    }
    this.degradedCache = undefined;
    return this.runner ? this.runner.retry(name) : this.models.clearFailures(name);
  }

  /**
   * Physical names of the tables a query reads. Only their projections must have finished their
   * first build: the loans list must not wait for a new schedules projection.
   */
  async tables<K extends keyof BackOfficeTables>(
    ...names: K[]
  ): Promise<Pick<BackOfficeTables, K>> {
    const resolved = await Promise.all(
      names.map((name) => {
        const [projection, table] = READ_MODEL_TABLES[name];
        return this.models.activeTable(projection, table);
      }),
    );
    return Object.fromEntries(names.map((name, i) => [name, resolved[i]])) as Pick<
      BackOfficeTables,
      K
    >;
  }

  /** Read-your-writes: waits until every projection a query reads has reached `position`. */
  async reached(projections: string[], position: number | undefined): Promise<void> {
    if (position === undefined) return;
    const done = await Promise.all(
      projections.map((p) => this.models.waitFor(p, position, MIN_POSITION_WAIT_MS)),
    );
    if (done.includes(false)) throw new ReadModelBehindProblem(position);
  }
}

function sameFailures(a: readonly ProjectionFailure[], b: readonly ProjectionFailure[]): boolean {
  const key = (f: ProjectionFailure) => `${f.name}/${f.generation}/${f.event.id}/${f.attempts}`;
  return a.length === b.length && a.every((f, i) => key(f) === key(b[i]));
}
