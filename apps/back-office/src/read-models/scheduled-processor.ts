import {
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { SqlExecutor } from '@loanbook/event-store';
import type { ReadModelsService } from './read-models.service';

/** How long one wait for the read models lasts before the processor looks again (and at `stopped`). */
const WAIT_SLICE_MS = 1_000;
const MAX_WAIT_PAUSE_MS = 30_000;

/** A read model a processor scans, at the version of this code. */
export interface ScannedReadModel {
  name: string;
  version: number;
}

/**
 * A processor that records what the clock makes due (offers that lapse, reminders) from what
 * read models show: a first run at start-up, once they have caught up with the log as it was
 * then (before that they may miss a loan, or show one as it no longer is), then a run every
 * `intervalSeconds`, never two at once. Nothing is missed while the back office is down: each
 * run scans for everything due. Each run's commands are decided on the loans' own events, so a
 * read model that lags only costs a skipped loan, and two back offices record a thing once.
 */
export abstract class ScheduledReadModelProcessor
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  protected readonly logger: Logger;
  private stopped = false;
  private timer?: NodeJS.Timeout;
  private wake?: () => void;
  /** The start-up wait or the run in progress: shutdown lets it finish. */
  private current?: Promise<void>;

  protected constructor(
    private readonly processorName: string,
    protected readonly readModels: ReadModelsService,
    /** 0: the processor does not run. */
    private readonly intervalSeconds: number,
    private readonly scanned: readonly ScannedReadModel[],
  ) {
    this.logger = new Logger(processorName);
  }

  /** One pass over everything due now. */
  abstract runOnce(): Promise<unknown>;

  protected get isStopped(): boolean {
    return this.stopped;
  }

  onApplicationBootstrap(): void {
    if (this.intervalSeconds === 0) return;
    // Not awaited: the API serves while the read models catch up.
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

  private async startUp(): Promise<void> {
    if (await this.caughtUp()) await this.scheduled();
  }

  private async scheduled(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.runOnce();
    } catch (error) {
      this.logger.warn(
        `${this.processorName} run failed, next run as scheduled: ${describe(error)}`,
      );
    }
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.current = this.scheduled();
    }, this.intervalSeconds * 1000);
    // The HTTP server keeps the process alive, not this timer.
    this.timer.unref();
  }

  /**
   * Waits until each scanned read model of this code's version is active and has reached the
   * log's last event as it was at start-up. False if the application stops first.
   */
  private async caughtUp(): Promise<boolean> {
    const started = Date.now();
    let head: number | undefined;
    let told = false;
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        head ??= await logHead(this.readModels.db);
        const reached = await Promise.all(
          this.scanned.map((m) => this.readModels.models.waitFor(m.name, head!, WAIT_SLICE_MS)),
        );
        if (!reached.includes(false) && (await this.currentVersionsActive())) return true;
      } catch (error) {
        this.logger.warn(`waiting for the read models: ${describe(error)}`);
      }
      if (!told && Date.now() - started > 60_000) {
        told = true;
        this.logger.log(
          `${this.processorName} runs once ${this.scanned.map((m) => `version ${m.version} of ${m.name}`).join(' and ')} has caught up with the log (position ${head ?? '?'}); still waiting`,
        );
      }
      await this.pause(Math.min(MAX_WAIT_PAUSE_MS, attempt * 500));
    }
    return false;
  }

  private async currentVersionsActive(): Promise<boolean> {
    const generations = await this.readModels.models.status(this.scanned.map((m) => m.name));
    return this.scanned.every((m) =>
      generations.some(
        (g) => g.name === m.name && g.status === 'active' && g.version === m.version,
      ),
    );
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

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
