import { formatBusinessDate } from '../../time';
import { REMINDER_LEVELS, type IssueReminder } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent } from '../events';
import { ledgerOf, arrearsOf } from '../ledger';
import type { LoanState } from '../state';
import { requireStatus } from '../rules/common';
import { DEFAULT_REMINDER_POLICY, remindersApply } from '../rules/reminders';

/**
 * A reminder letter for a loan in arrears (issue 22): sent once per level, on the day the
 * processor finds the loan's days past due at the level's threshold or beyond, naming each
 * unpaid instalment past due. Dated the day it is sent (a letter is not back-dated).
 */
export function decideIssueReminder(
  command: IssueReminder,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['active']);
  const policy = ctx.reminderPolicy ?? DEFAULT_REMINDER_POLICY;
  const today = ctx.clock.today();
  const ledger = ledgerOf(state, today);
  const arrears = arrearsOf(ledger, today);
  const threshold = policy[command.level];
  const rank = REMINDER_LEVELS.indexOf(command.level);
  const sent = state.reminders.find((r) => REMINDER_LEVELS.indexOf(r.level) >= rank);
  // Alone: when the lender does not service the loan, its arrears say nothing to it.
  new Violations()
    .check(
      !remindersApply(state),
      'reminder-not-serviced',
      () =>
        'a win-win loan is repaid to the lender who registered it: the lender sends its reminders',
    )
    .throwIfAny();
  new Violations()
    .check(
      sent !== undefined,
      'reminder-already-sent',
      () =>
        sent!.level === command.level
          ? `the ${command.level} reminder was sent on ${formatBusinessDate(sent!.issuedOn)}; a level is sent once`
          : `the ${sent!.level} reminder was sent on ${formatBusinessDate(sent!.issuedOn)}, after which a ${command.level} reminder is no longer sent`,
      'level',
    )
    .check(
      arrears.daysPastDue < threshold,
      'reminder-not-due',
      () =>
        arrears.daysPastDue === 0
          ? `the loan has no instalment past due on ${formatBusinessDate(today)}; a ${command.level} reminder comes at ${threshold} days past due`
          : `the loan is ${arrears.daysPastDue} days past due on ${formatBusinessDate(today)}; a ${command.level} reminder comes at ${threshold}`,
      'level',
    )
    .throwIfAny();
  const issuedOn = formatBusinessDate(today);
  const pastDue = ledger.instalments.filter(
    (i) => i.dueOn.isBefore(today) && i.unpaid.isPositive(),
  );
  return [
    {
      type: 'ReminderIssued',
      effectiveOn: issuedOn,
      data: {
        loanId: command.loanId,
        level: command.level,
        issuedOn,
        daysPastDue: arrears.daysPastDue,
        instalments: pastDue.map((i) => ({
          instalment: i.number,
          dueOn: formatBusinessDate(i.dueOn),
          interest: i.interest.minus(i.paidInterest).toString(),
          principal: i.principal.minus(i.paidPrincipal).toString(),
          total: i.unpaid.toString(),
        })),
        totalDue: arrears.total.toString(),
      },
    },
  ];
}
