import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  LoanStateConflictError,
  RuleViolationError,
  type Clock,
  type ProductCatalogue,
} from '@loanbook/domain';
import { EventStoreUnavailableError } from '@loanbook/event-store';
import { loansProjection, offersPastValidity } from '@loanbook/projections/read-models';
import type { AppConfig } from '../config/config';
import { APP_CONFIG, CATALOGUE, CLOCK } from '../infrastructure/tokens';
import { ExecuteLoanCommand } from '../loans/execute-loan-command';
import type { RequestMeta } from '../audit/request-meta';
import { ReadModelsService } from '../read-models/read-models.service';
import { describe, ScheduledReadModelProcessor } from '../read-models/scheduled-processor';

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

/**
 * DOMAIN.md 2: an offer not disbursed by its offerValidUntil lapses (approved → lapsed). The
 * processor finds the offers past their validity in the loans read model and sends LapseOffer
 * for each through the command bus; the decider checks the date on the loan's own stream and
 * dates the lapse the day after the validity, however late it is recorded.
 *
 * It runs as a ScheduledReadModelProcessor: at start-up once the loans read model has caught
 * up, then every OFFER_LAPSE_INTERVAL_SECONDS. Two back offices running it at once record one
 * lapse: the second append fails on the stream's expected version, decides again on the lapsed
 * loan and gets a 409, which is skipped.
 *
 * With PROJECTIONS=external it still runs here: it only reads the loans table, which the
 * projector keeps in the same database, and records through this process's command handler
 * (the projector has none).
 */
@Injectable()
export class OfferLapseProcessor extends ScheduledReadModelProcessor {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE) private readonly catalogue: ProductCatalogue,
    readModels: ReadModelsService,
    private readonly commandBus: CommandBus,
  ) {
    super('offer-lapse', readModels, config.offerLapseIntervalSeconds, [
      { name: 'loans', version: loansProjection.version },
    ]);
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
      if (this.isStopped) break;
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
