import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ProjectionRunner, ReadModels } from '@loanbook/projections';
import { READ_MODEL_PROJECTIONS, type ReadModelTables } from '@loanbook/projections/read-models';
import type { EventStore, SqlDatabase } from '@loanbook/event-store';
import type { AppConfig } from '../config/config';
import { ReadModelBehindProblem } from '../http/problem';
import { APP_CONFIG, EVENT_STORE, READ_MODEL_DATABASE } from '../infrastructure/tokens';

/** How long a query with `minPosition` waits for its read model before answering 503. */
const MIN_POSITION_WAIT_MS = 5_000;

/** Which projection keeps each read-model table, and the table's name within it. */
const READ_MODEL_TABLES: Record<keyof ReadModelTables, [projection: string, table: string]> = {
  loans: ['loans', 'loans'],
  inquiries: ['inquiries', 'inquiries'],
  payments: ['loans', 'payments'],
  guarantees: ['loans', 'guarantees'],
  guaranteeMoves: ['loans', 'guarantee_moves'],
  schedules: ['loan_schedules', 'schedules'],
};

/**
 * The read models: their tables for queries, read-your-writes waits, and — unless a separate
 * projector process keeps them (PROJECTIONS=external) — the runner that keeps them up to date.
 */
@Injectable()
export class ReadModelsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('projections');
  readonly models: ReadModels;
  private runner?: ProjectionRunner;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DATABASE) readonly db: SqlDatabase,
  ) {
    this.models = new ReadModels(db, { positionsInLogOrder: store.positionsInLogOrder });
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

  async onApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
  }

  /** Wakes the in-process runner after a command has committed. */
  notify(): void {
    this.runner?.notify();
  }

  /** Catches the in-process runner up with the whole log (the demo loader uses it). */
  async catchUp(): Promise<void> {
    await this.runner?.catchUp();
  }

  /**
   * Physical names of the tables a query reads. Only their projections must have finished their
   * first build: the loans list must not wait for a new schedules projection.
   */
  async tables<K extends keyof ReadModelTables>(...names: K[]): Promise<Pick<ReadModelTables, K>> {
    const resolved = await Promise.all(
      names.map((name) => {
        const [projection, table] = READ_MODEL_TABLES[name];
        return this.models.activeTable(projection, table);
      }),
    );
    return Object.fromEntries(names.map((name, i) => [name, resolved[i]])) as Pick<
      ReadModelTables,
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
