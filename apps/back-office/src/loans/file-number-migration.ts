import { Inject, Injectable } from '@nestjs/common';
import {
  fileNumberSeries,
  formatBusinessDate,
  formatFileNumber,
  type Clock,
  type LoanEvent,
} from '@loanbook/domain';
import { WrongExpectedVersionError, type EventStore } from '@loanbook/event-store';
import { CLOCK, EVENT_STORE } from '../infrastructure/tokens';
import { FileNumbers } from './file-numbers';
import { LoanRepository } from './loan-repository';
import { migrateEach, scanLog } from './loan-migration';

/** The migration's actor in the events' metadata. */
export const FILE_NUMBER_MIGRATION_ACTOR = 'system:file-number-migration';

/**
 * Loans applied for before file numbers were given at application get theirs (issue 21): a
 * LoanFileNumberAssigned on the loan (never a changed LoanApplied) with the FileNumberAssigned of
 * its series in the same transaction, drawn like an application's (file-numbers.ts), so the
 * number is never given twice, also beside applications being registered. The loans are taken in
 * the order they were applied for (business date, then the log), so that within a year the older
 * files get the lower numbers of those the migration gives. Running it again gives nothing twice.
 */
@Injectable()
export class FileNumberMigration {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly loans: LoanRepository,
    private readonly fileNumbers: FileNumbers,
  ) {}

  /** The loans without a file number, in the order they were applied for. */
  async pending(): Promise<string[]> {
    const applied: { loanId: string; appliedOn: string; position: number }[] = [];
    const given = new Set<string>();
    await scanLog(this.store, (e) => {
      const loanId = String(e.data.loanId);
      if (e.type === 'LoanApplied') {
        if (e.data.fileNumber !== undefined) given.add(loanId);
        else
          applied.push({ loanId, appliedOn: String(e.data.appliedOn), position: applied.length });
      }
      if (e.type === 'LoanFileNumberAssigned') given.add(loanId);
    });
    return applied
      .filter((a) => !given.has(a.loanId))
      .sort((a, b) => a.appliedOn.localeCompare(b.appliedOn) || a.position - b.position)
      .map((a) => a.loanId);
  }

  /** Gives each pending loan its file number; `onLoan` after each. The number given. */
  async run(onLoan?: (done: number, total: number) => void, signal?: AbortSignal): Promise<number> {
    return migrateEach(await this.pending(), (id) => this.assign(id), onLoan, signal);
  }

  private async assign(loanId: string): Promise<boolean> {
    // A lost race (the loan written meanwhile, or the series' number taken by an application)
    // reads both again; many in a row only under a flood of applications in the same series.
    for (let attempt = 0; attempt < 50; attempt++) {
      const loan = await this.loans.load(loanId);
      const application = loan.state.application;
      if (!application || application.fileNumber !== undefined) return false;
      const claim = await this.fileNumbers.claim(application);
      const event: LoanEvent = {
        type: 'LoanFileNumberAssigned',
        effectiveOn: formatBusinessDate(this.clock.today()),
        data: {
          loanId,
          fileNumber: formatFileNumber(
            fileNumberSeries(application.productCode, application.appliedOn.year()),
            claim.sequence,
          ),
        },
      };
      const meta = {
        actor: FILE_NUMBER_MIGRATION_ACTOR,
        correlationId: loanId,
        requestId: `file-number-migration/${loanId}`,
      };
      try {
        await this.loans.append(loanId, [event], loan.version, meta, undefined, claim);
        return true;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
      }
    }
    throw new Error(`loan ${loanId}: no file number could be given in 50 attempts`);
  }
}
