import { randomUUID } from 'node:crypto';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  LoanStateConflictError,
  RuleViolationError,
  type Clock,
  type ProductCatalogue,
} from '@loanbook/domain';
import { EventStoreUnavailableError, type SqlExecutor } from '@loanbook/event-store';
import { loansProjection, offersPastValidity } from '@loanbook/projections/read-models';
import type { AppConfig } from '../config/config';
import { APP_CONFIG, CATALOGUE, CLOCK } from '../infrastructure/tokens';
import { ExecuteLoanCommand } from '../loans/execute-loan-command';
import type { RequestMeta } from '../audit/request-meta';
import { ReadModelsService } from '../read-models/read-models.service';

/** The actor of the OfferLapsed events it records. */
export const OFFER_LAPSE_ACTOR = 'offer-lapse-processor';

export interface OfferLapseRun {
  /** Offers lapsed by this run. */
  lapsed: number;
  /** Left alone: disbursed, withdrawn or lapsed meanwhile (409), or still valid after all (422). */
  skipped: number;
  /** Refused for another reason (logged); the next run tries them again. */
  failed: number;
}

/** How long one wait for the read model lasts before the processor looks again (and at `stopped`). */
const WAIT_SLICE_MS = 1_000;
const MAX_WAIT_PAUSE_MS = 30_000;

/**
 * DOMAIN.md 2: an offer not disbursed by its offerValidUntil lapses (approved → lapsed). The
 * processor finds the offers past their validity in the loans read model and sends LapseOffer
 * for each through the command bus; the decider checks the date on the loan's own stream and
 * dates the lapse the day after the validity, however late it is recorded.
 *
 * Nothing is lost while the back office is down: every run scans for every open offer past
 * its date, and the first run comes at start-up, once the read model has caught up with the
 * log as it was then. Two back offices running it at once record one lapse: the second append
 * fails on the stream's expected version, decides again on the lapsed loan and gets a 409,
 * which is skipped.
 *
 * With PROJECTIONS=external it still runs here: it only reads the loans table, which the
 * projector keeps in the same database, and records through this process's command handler
 * (the projector has none).
 */
@Injectable()
export class OfferLapseProcessor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('offer-lapse');
  private stopped = false;
  private timer?: NodeJS.Timeout;
  private wake?: () => void;
  /** The start-up wait or the run in progress: shutdown lets it finish. */
  private current?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE) private readonly catalogue: ProductCatalogue,
    private readonly readModels: ReadModelsService,
    private readonly commandBus: CommandBus,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.offerLapseIntervalSeconds === 0) return;
    // Not awaited: the API serves while the read model catches up.
    this.current = this.startUp();
  }

  // Before shutdown rather than on it: the store closes in EventStoreLifecycle's
  // onApplicationShutdown, which Nest runs alongside every other provider's; the timer must
  // be stopped and a run in progress finished first.
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.wake?.();
    await this.current;
  }

  /** One pass: every open offer past its validity today is lapsed, or skipped if it moved on. */
  async runOnce(): Promise<OfferLapseRun> {
    const today = this.clock.today();
    const loans = await this.readModels.models.activeTable('loans', 'loans');
    const lapsing = this.catalogue.products().filter((code) => this.catalogue.offerLapses(code));
    const due = await offersPastValidity(this.readModels.db, loans, today, lapsing);
    const correlationId = randomUUID();
    const run: OfferLapseRun = { lapsed: 0, skipped: 0, failed: 0 };
    for (const loanId of due) {
      if (this.stopped) break;
      const meta: RequestMeta = {
        actor: OFFER_LAPSE_ACTOR,
        correlationId,
        requestId: randomUUID(),
      };
      try {
        await this.commandBus.execute(new ExecuteLoanCommand({ type: 'LapseOffer', loanId }, meta));
        run.lapsed += 1;
      } catch (error) {
        if (isConflict(error) || isStillValid(error)) {
          // The read model lagged behind the loan: someone disbursed, withdrew or lapsed it.
          this.logger.debug(`offer ${loanId} not lapsed: ${(error as Error).message}`);
          run.skipped += 1;
        } else if (error instanceof EventStoreUnavailableError) {
          throw error; // every other offer would fail alike: the next run tries again
        } else {
          this.logger.error(`offer ${loanId} could not be lapsed: ${describe(error)}`);
          run.failed += 1;
        }
      }
    }
    if (run.lapsed > 0 || run.failed > 0) {
      this.logger.log(
        `offers past their validity on ${today.toString()}: ${run.lapsed} lapsed, ${run.skipped} skipped, ${run.failed} failed`,
      );
    }
    return run;
  }

  private async startUp(): Promise<void> {
    if (await this.caughtUp()) await this.scheduled();
  }

  /** A run, then the next one in OFFER_LAPSE_INTERVAL_SECONDS (runs never overlap). */
  private async scheduled(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.runOnce();
    } catch (error) {
      this.logger.warn(`offer-lapse run failed, next run as scheduled: ${describe(error)}`);
    }
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.current = this.scheduled();
    }, this.config.offerLapseIntervalSeconds * 1000);
    // The HTTP server keeps the process alive, not this timer.
    this.timer.unref();
  }

  /**
   * Waits until the loans read model of this code's version is active and has reached the
   * log's last event as it was at start-up: before that it may miss offers (a rebuild still
   * under way) or show lapsed ones as open. False if the application stops first.
   */
  private async caughtUp(): Promise<boolean> {
    const started = Date.now();
    let head: number | undefined;
    let told = false;
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        head ??= await logHead(this.readModels.db);
        if (
          (await this.readModels.models.waitFor('loans', head, WAIT_SLICE_MS)) &&
          (await this.currentVersionActive())
        ) {
          return true;
        }
      } catch (error) {
        this.logger.warn(`waiting for the loans read model: ${describe(error)}`);
      }
      if (!told && Date.now() - started > 60_000) {
        told = true;
        this.logger.log(
          `offers are lapsed once version ${loansProjection.version} of the loans read model has caught up with the log (position ${head ?? '?'}); still waiting`,
        );
      }
      await this.pause(Math.min(MAX_WAIT_PAUSE_MS, attempt * 500));
    }
    return false;
  }

  private async currentVersionActive(): Promise<boolean> {
    const generations = await this.readModels.models.status(['loans']);
    return generations.some((g) => g.status === 'active' && g.version === loansProjection.version);
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/** The global position of the last event stored (0 for an empty log). */
async function logHead(db: SqlExecutor): Promise<number> {
  const [row] = await db.query<{ head: string }>(
    'SELECT coalesce(max(global_position), 0)::text AS head FROM events',
  );
  return Number(row?.head ?? 0);
}

function isConflict(error: unknown): boolean {
  return error instanceof LoanStateConflictError;
}

function isStillValid(error: unknown): boolean {
  return (
    error instanceof RuleViolationError &&
    error.violations.some((v) => v.rule === 'offer-still-valid')
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
