import type { CreditAssessmentRuleBook } from '../credit-assessment';
import type { LocalDate } from '@js-joda/core';
import type { Money } from '../money';
import type { ProductCatalogue, ProductCode } from '../products';
import type { Clock, HolidayCalendar } from '../time';
import type { LoanCommand } from './commands';
import type { ReminderPolicy } from './rules/reminders';
import type { LoanState, LoanStatus } from './state';

/**
 * The win-win loans already registered (approved), other than the one being
 * registered: the sum of their principal for the borrowing enterprise and for
 * the lender. The application service reads them; the decider checks the limits.
 */
export interface WinwinExposure {
  borrowerRegistered: Money;
  lenderRegistered: Money;
}

/**
 * The loan a co-financing application names as the Startlening applied for at the same time
 * (DOMAIN.md 3.3), as the application service found it: the figures the combination rules need.
 * `amount` is the offer's when the loan is approved, else the amount applied for.
 */
export type CombinedLoan =
  | { loanId: string; found: false }
  | {
      loanId: string;
      found: true;
      productCode: ProductCode;
      status: LoanStatus;
      naturalPerson: boolean;
      appliedOn: LocalDate;
      amount: Money;
      ownContribution?: Money;
      startAttest?: { number: string; validUntil: LocalDate };
    };

/** What a decision may consult besides the loan's own events. */
export interface DecisionContext {
  catalogue: ProductCatalogue;
  clock: Clock;
  /** Required to approve (register) a win-win loan: see needsWinwinExposure. */
  winwinExposure?: WinwinExposure;
  /** Required when the application names a combined loan: see combinedLoanIdFor. */
  combinedLoan?: CombinedLoan;
  /** The dated rules of the responsible credit maximum; absent: the default rule book. */
  creditAssessmentRules?: CreditAssessmentRuleBook;
  /**
   * An application's place in its file-number series (file-number.ts: its product's prefix and
   * its year), drawn by the application service; absent: the application gets no file number.
   */
  fileSequence?: number;
  /** The days past due at which each reminder is sent; absent: DEFAULT_REMINDER_POLICY. */
  reminderPolicy?: ReminderPolicy;
  /**
   * A disbursement's structured communication, claimed by the application service (unique among
   * the loans: libs/banking derives it from the loan id); absent: the loan gets none.
   */
  structuredCommunication?: { communication: string; attempt: number };
  /**
   * The lender's working-day calendar (Belgian public holidays and its extra bank holidays),
   * given by the application service to every disbursement: under the product's convention
   * `following` it records the holidays its due dates meet, and the dates move off them and off
   * weekends. Absent (a test's context that gives none): the due dates do not move.
   */
  holidays?: HolidayCalendar;
}

/**
 * The loan the application service must read for this command (ctx.combinedLoan): the one a
 * co-financing application names, at application and again at approval. Undefined otherwise.
 */
export function combinedLoanIdFor(command: LoanCommand, state: LoanState): string | undefined {
  if (command.type === 'ApplyForLoan') return command.combinedWithLoanId;
  if (command.type === 'ApproveLoan' && state.status === 'applied')
    return state.application?.combinedWithLoanId;
  return undefined;
}

/** The summary of a loan read for a combination; `found: false` when it does not exist. */
export function combinedLoanOf(loanId: string, state: LoanState): CombinedLoan {
  const app = state.application;
  if (state.status === 'none' || !app) return { loanId, found: false };
  return {
    loanId,
    found: true,
    productCode: app.productCode,
    status: state.status,
    naturalPerson: app.borrower.naturalPerson === true,
    appliedOn: app.appliedOn,
    amount: state.offer?.amount ?? app.amount,
    ...(app.ownContribution ? { ownContribution: app.ownContribution } : {}),
    ...(app.startAttest ? { startAttest: app.startAttest } : {}),
  };
}
