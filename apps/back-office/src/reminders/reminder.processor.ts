import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  LoanStateConflictError,
  productSendsReminders,
  reminderDue,
  RuleViolationError,
  type Clock,
  type ProductCatalogue,
  type ReminderLevel,
} from '@loanbook/domain';
import { EventStoreUnavailableError } from '@loanbook/event-store';
import {
  loansPastDue,
  loansProjection,
  schedulesProjection,
} from '@loanbook/projections/read-models';
import type { AppConfig } from '../config/config';
import { APP_CONFIG, CATALOGUE, CLOCK } from '../infrastructure/tokens';
import { ExecuteLoanCommand } from '../loans/execute-loan-command';
import { LoanRepository } from '../loans/loan-repository';
import type { RequestMeta } from '../audit/request-meta';
import { ReadModelsService } from '../read-models/read-models.service';
import { describe, ScheduledReadModelProcessor } from '../read-models/scheduled-processor';

/** The actor of the ReminderIssued events it records. */
export const REMINDER_ACTOR = 'reminder-processor';

export interface ReminderRun {
  /** Reminders sent by this run, by level. */
  issued: Record<ReminderLevel, number>;
  /** Loans past due with no reminder due now (sent already, or paid since the read model saw them). */
  skipped: number;
  /** Refused for another reason (logged); the next run tries them again. */
  failed: number;
}

/**
 * Issue 22: the reminder letters of loans in arrears, each level once. The loans read model
 * and the schedules give the loans at least REMINDER_FIRST_DAYS past due; each is decided on
 * its own events (reminderDue, then IssueReminder through the command bus), so a payment the
 * read models have not seen yet sends no letter, and two back offices send one: the second
 * append fails on the stream's version, decides again and finds the level sent (422, skipped).
 * At start-up (a letter missed while the back office was down is sent then, at the level the
 * loan has reached) and every REMINDER_INTERVAL_SECONDS.
 */
@Injectable()
export class ReminderProcessor extends ScheduledReadModelProcessor {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE) private readonly catalogue: ProductCatalogue,
    readModels: ReadModelsService,
    private readonly loans: LoanRepository,
    private readonly commandBus: CommandBus,
  ) {
    super('reminders', readModels, config.reminderIntervalSeconds, [
      { name: loansProjection.name, version: loansProjection.version },
      { name: schedulesProjection.name, version: schedulesProjection.version },
    ]);
  }

  /** One pass: every loan a reminder is due for today gets it. */
  async runOnce(): Promise<ReminderRun> {
    const today = this.clock.today();
    const policy = this.config.reminderPolicy;
    const candidates = await loansPastDue(
      this.readModels.db,
      await this.readModels.tables('loans', 'schedules', 'payments'),
      today.toString(),
      policy.first,
      this.catalogue.products().filter(productSendsReminders),
    );
    const correlationId = randomUUID();
    const run: ReminderRun = {
      issued: { first: 0, second: 0, 'formal-notice': 0 },
      skipped: 0,
      failed: 0,
    };
    for (const { loanId } of candidates) {
      if (this.isStopped) break;
      try {
        const due = reminderDue((await this.loans.load(loanId)).state, today, policy);
        if (!due) {
          run.skipped += 1;
          continue;
        }
        const meta: RequestMeta = { actor: REMINDER_ACTOR, correlationId, requestId: randomUUID() };
        await this.commandBus.execute(
          new ExecuteLoanCommand({ type: 'IssueReminder', loanId, level: due.level }, meta),
        );
        run.issued[due.level] += 1;
      } catch (error) {
        if (isMovedOn(error)) {
          this.logger.debug(`no reminder for ${loanId}: ${(error as Error).message}`);
          run.skipped += 1;
        } else if (error instanceof EventStoreUnavailableError) {
          throw error; // every other loan would fail alike: the next run tries again
        } else {
          this.logger.error(`the reminder for ${loanId} could not be sent: ${describe(error)}`);
          run.failed += 1;
        }
      }
    }
    const issued = Object.values(run.issued).reduce((a, b) => a + b, 0);
    if (issued > 0 || run.failed > 0) {
      this.logger.log(
        `reminders on ${today.toString()}: ${run.issued.first} first, ${run.issued.second} second, ${run.issued['formal-notice']} formal notices; ${run.skipped} skipped, ${run.failed} failed`,
      );
    }
    return run;
  }
}

/** Another writer got there first: paid, defaulted, or the letter sent by another back office. */
function isMovedOn(error: unknown): boolean {
  return (
    error instanceof LoanStateConflictError ||
    (error instanceof RuleViolationError &&
      error.violations.every(
        (v) => v.rule === 'reminder-already-sent' || v.rule === 'reminder-not-due',
      ))
  );
}
