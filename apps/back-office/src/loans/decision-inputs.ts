import { Inject, Injectable } from '@nestjs/common';
import type { Clock, DecisionContext, LoanCommand, ProductCatalogue } from '@loanbook/domain';
import { WorkingDayCalendar } from '@loanbook/banking';
import type { AppConfig } from '../config/config';
import { APP_CONFIG, CATALOGUE, CLOCK } from '../infrastructure/tokens';
import { ReferenceCurvesService } from '../reference-curves/reference-curves.service';
import { readCombinedLoan } from './combined-loan';
import { LoanRepository, type LoadedLoan } from './loan-repository';
import { isWinwinRegistration, WinwinExposureGuard, type WinwinGuard } from './winwin-exposure';
import { FileNumbers, type FileNumberClaim } from './file-numbers';
import { StructuredCommunications, type CommunicationClaim } from './structured-communications';

/** A command as the decider takes it, with everything it is decided on. */
export interface DecisionInputs {
  command: LoanCommand;
  context: DecisionContext;
  /** A win-win registration's guard streams, appended with its events. */
  guard?: WinwinGuard;
  /** A new application's file number: its counter stream, appended with its events. */
  fileNumber?: FileNumberClaim;
  /** A disbursement's structured communication: its stream, appended with its events. */
  communication?: CommunicationClaim;
}

/**
 * Everything a decision needs beyond the loan and the request, gathered in one place so that a
 * route only maps a request to a command and the decider stays pure: the catalogue, the clock
 * and the credit rules; a new application's file number (file-numbers.ts); the reference curve in force (KMO-cofinanciering's price, an early
 * repayment under the standard scheme); a win-win registration's exposure; the start loan a
 * co-financing is combined with.
 */
@Injectable()
export class DecisionInputsBuilder {
  constructor(
    private readonly loans: LoanRepository,
    private readonly curves: ReferenceCurvesService,
    private readonly winwin: WinwinExposureGuard,
    private readonly fileNumbers: FileNumbers,
    private readonly communications: StructuredCommunications,
    @Inject(CATALOGUE) private readonly catalogue: ProductCatalogue,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.holidays = new WorkingDayCalendar(config.bankHolidays);
  }

  /** Belgian public holidays and the lender's (BANK_HOLIDAYS): what a disbursement's due dates move off. */
  private readonly holidays: WorkingDayCalendar;

  async gather(command: LoanCommand, loan: LoadedLoan): Promise<DecisionInputs> {
    const [guard, fileNumber, communication, combinedLoan, decided] = await Promise.all([
      isWinwinRegistration(command, loan.state)
        ? this.winwin.read(command.loanId, loan.state)
        : undefined,
      command.type === 'ApplyForLoan' && loan.state.status === 'none'
        ? this.fileNumbers.claim(command)
        : undefined,
      command.type === 'DisburseLoan' && loan.state.status === 'approved'
        ? this.communications.claim(command.loanId)
        : undefined,
      readCombinedLoan(this.loans, command, loan.state),
      this.withReferenceCurve(command),
    ]);
    return {
      command: decided,
      guard,
      fileNumber,
      communication,
      context: {
        catalogue: this.catalogue,
        clock: this.clock,
        winwinExposure: guard?.exposure,
        combinedLoan,
        creditAssessmentRules: this.config.creditAssessmentRules,
        fileSequence: fileNumber?.sequence,
        reminderPolicy: this.config.reminderPolicy,
        holidays: this.holidays,
        structuredCommunication: communication && {
          communication: communication.communication,
          attempt: communication.attempt,
        },
      },
    };
  }

  /** Only a product priced from the curve needs it; the others ignore it. */
  private async withReferenceCurve(command: LoanCommand): Promise<LoanCommand> {
    switch (command.type) {
      case 'ApproveLoan':
        return { ...command, referenceCurve: await this.curves.inForceOn(command.approvedOn) };
      case 'RepayEarly':
        return { ...command, referenceCurve: await this.curves.inForceOn(command.repaidOn) };
      default:
        return command;
    }
  }
}
