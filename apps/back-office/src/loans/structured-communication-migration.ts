import { Inject, Injectable } from '@nestjs/common';
import { formatBusinessDate, type Clock, type LoanEvent } from '@loanbook/domain';
import { WrongExpectedVersionError, type EventStore } from '@loanbook/event-store';
import { CLOCK, EVENT_STORE } from '../infrastructure/tokens';
import { LoanRepository } from './loan-repository';
import { migrateEach, scanLog } from './loan-migration';
import { StructuredCommunications } from './structured-communications';

/** The migration's actor in the events' metadata. */
export const MIGRATION_ACTOR = 'system:structured-communication-migration';

/**
 * Loans disbursed before structured communications were given at disbursement get theirs, as a
 * StructuredCommunicationAssigned of their own (never a changed LoanDisbursed), reserved like a
 * disbursement's (structured-communications.ts). Running it again gives nothing twice: a loan
 * that has one is left alone, and a loan written meanwhile or a communication taken meanwhile
 * makes that loan be read and claimed again.
 */
@Injectable()
export class StructuredCommunicationMigration {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly loans: LoanRepository,
    private readonly communications: StructuredCommunications,
  ) {}

  /** The loans disbursed without a communication, by a pass over the log. */
  async pending(): Promise<string[]> {
    const disbursed = new Set<string>();
    const given = new Set<string>();
    await scanLog(this.store, (e) => {
      const loanId = String(e.data.loanId);
      if (e.type === 'LoanDisbursed') {
        disbursed.add(loanId);
        if (e.data.structuredCommunication !== undefined) given.add(loanId);
      }
      if (e.type === 'StructuredCommunicationAssigned') given.add(loanId);
    });
    return [...disbursed].filter((id) => !given.has(id));
  }

  /** Gives each pending loan its communication; `onLoan` after each. The number given. */
  async run(onLoan?: (done: number, total: number) => void, signal?: AbortSignal): Promise<number> {
    return migrateEach(await this.pending(), (id) => this.assign(id), onLoan, signal);
  }

  private async assign(loanId: string): Promise<boolean> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const loan = await this.loans.load(loanId);
      if (!loan.state.disbursement || loan.state.structuredCommunication !== undefined)
        return false;
      const claim = await this.communications.claim(loanId);
      const event: LoanEvent = {
        type: 'StructuredCommunicationAssigned',
        effectiveOn: formatBusinessDate(this.clock.today()),
        data: {
          loanId,
          structuredCommunication: claim.communication,
          communicationAttempt: claim.attempt,
        },
      };
      const meta = {
        actor: MIGRATION_ACTOR,
        correlationId: loanId,
        requestId: `migration/${loanId}`,
      };
      try {
        await this.loans.append(loanId, [event], loan.version, meta, undefined, undefined, claim);
        return true;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
      }
    }
    throw new Error(`loan ${loanId}: no structured communication could be given in 50 attempts`);
  }
}
