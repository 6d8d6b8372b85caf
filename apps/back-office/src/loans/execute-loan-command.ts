import { Inject, Logger } from '@nestjs/common';
import { Command, CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import {
  decide,
  decidedAt,
  LoanStateConflictError,
  type Clock,
  type LoanCommand,
} from '@loanbook/domain';
import { WrongExpectedVersionError, type StoredEvent } from '@loanbook/event-store';
import { IdempotencyService, type PriorCommand } from '../idempotency/idempotency.service';
import { CLOCK } from '../infrastructure/tokens';
import { EventsCommitted } from '../read-models/events-committed';
import { commandReply, type LoanCommandReply } from './command-reply';
import type { RequestMeta } from '../audit/request-meta';
import { LoanRepository, loanAt, loanStreamId, type LoadedLoan } from './loan-repository';
import { DecisionInputsBuilder } from './decision-inputs';
import { isFileNumberStream } from './file-numbers';
import { isCommunicationStream } from './structured-communications';
import { LoanWarnings } from './loan-warnings';

/** A loan command's reply: see command-reply.ts. */
export type LoanCommandResult = LoanCommandReply;

/** Any loan command, with the client's If-Match version if it sent one. */
export class ExecuteLoanCommand extends Command<LoanCommandResult> {
  constructor(
    readonly command: LoanCommand,
    readonly meta: RequestMeta,
    readonly ifMatch?: number,
  ) {
    super();
  }
}

/** A concurrent writer won the race this many times in a row: give up with a 409. */
const MAX_ATTEMPTS = 3;
/**
 * Concurrent applications of one product and year race for the next file number: the loser
 * lost nothing of its own (its loan stream is untouched), so it draws again, this often at most.
 */
const MAX_FILE_NUMBER_ATTEMPTS = 50;

/**
 * Load, decide, append. On a version conflict the decision is taken again on the fresh state,
 * unless the client pinned the version with If-Match: then the conflict is its answer.
 */
@CommandHandler(ExecuteLoanCommand)
export class ExecuteLoanCommandHandler implements ICommandHandler<
  ExecuteLoanCommand,
  LoanCommandResult
> {
  private readonly logger = new Logger(ExecuteLoanCommandHandler.name);

  constructor(
    private readonly loans: LoanRepository,
    private readonly inputs: DecisionInputsBuilder,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly eventBus: EventBus,
    private readonly idempotency: IdempotencyService,
    private readonly warnings: LoanWarnings,
  ) {}

  async execute({ command, meta, ifMatch }: ExecuteLoanCommand): Promise<LoanCommandResult> {
    let numberDraws = 0;
    for (let attempt = 1; ; attempt++) {
      // A repeat of a recorded command (same Idempotency-Key) gets the first reply, decided
      // on nothing new. Checked on every attempt: a racing twin may have just written it.
      // After the load: a twin that commits in between is then found here, instead of its
      // loan state being decided on (an approved loan: a 409 for the repeat of a success).
      const loan = await this.loans.load(command.loanId);
      const prior = await this.idempotency.prior(meta);
      if (prior) return this.replyOf(prior, command.loanId, loan);
      if (ifMatch !== undefined && ifMatch !== loan.version) {
        throw new LoanStateConflictError(
          loan.state.status,
          command.type,
          `the loan is at version ${loan.version}, not ${ifMatch} as the request's If-Match says`,
          loan.version,
        );
      }
      const inputs = await this.inputs.gather(command, loan);
      const { guard, fileNumber, communication } = inputs;
      const events = decidedAt(loan.version, () =>
        decide(inputs.command, loan.state, inputs.context),
      );
      try {
        const result = await this.loans.append(
          command.loanId,
          events,
          loan.version,
          meta,
          guard,
          fileNumber,
          communication,
        );
        // A twin with the same key wrote these ids first: its reply only if it sent this body.
        const repeat = await this.idempotency.repeatOf(result, meta);
        if (repeat) return this.replyOf(repeat, command.loanId);
        this.eventBus.publish(new EventsCommitted(result.lastGlobalPosition));
        const after = await this.loans.advance(loan, result.recorded);
        return this.reply(command.loanId, after, after.events.slice(loan.events.length));
      } catch (error) {
        const twin = await this.idempotency.twinOf(error, meta);
        if (twin) return this.replyOf(twin, command.loanId);
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (
          (isFileNumberStream(error.streamId) || isCommunicationStream(error.streamId)) &&
          ++numberDraws < MAX_FILE_NUMBER_ATTEMPTS
        ) {
          // Another application took the number (another loan the structured communication):
          // draw the next one, a moment apart so that a crowd does not collide again in step.
          attempt -= 1;
          await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 4 * numberDraws)));
          continue;
        }
        if (ifMatch !== undefined || attempt >= MAX_ATTEMPTS) {
          const fresh = await this.loans.load(command.loanId);
          throw new LoanStateConflictError(
            fresh.state.status,
            command.type,
            'the loan was changed by another request at the same time; reload it and try again',
            fresh.version,
          );
        }
        this.logger.debug(
          `version conflict on loan ${command.loanId}, deciding again (attempt ${attempt})`,
        );
      }
    }
  }

  /**
   * The first reply again, for a repeat of a recorded command: made from the loan as it was
   * after the command's events, whatever happened to it since.
   */
  private async replyOf(
    prior: PriorCommand,
    loanId: string,
    loaded?: LoadedLoan,
  ): Promise<LoanCommandResult> {
    // An application without a loanId draws a new one per request: the first one's counts.
    const priorLoanId = prior.streamId.replace(/^loan-/, '');
    // The loan as loaded may predate the prior command: a twin that committed meanwhile.
    const current =
      loaded && loanStreamId(loanId) === prior.streamId && loaded.version >= prior.version
        ? loaded
        : await this.loans.load(priorLoanId);
    const after = loanAt(current, prior.version);
    return this.reply(priorLoanId, after, after.events.slice(-prior.events.length));
  }

  private async reply(loanId: string, after: LoadedLoan, recorded: StoredEvent[]) {
    const warnings = await this.warnings.of(loanId, after.state);
    return commandReply(loanId, after, recorded, this.clock.today(), warnings);
  }
}
