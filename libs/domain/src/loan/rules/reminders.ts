import type { LocalDate } from '@js-joda/core';
import { REMINDER_LEVELS, type ReminderLevel } from '../commands';
import { arrearsOf, ledgerOf, type Arrears } from '../ledger';
import type { ProductCode } from '../../products';
import type { LoanState } from '../state';

/** The days past due at which each reminder is sent (REMINDER_*_DAYS in the configuration). */
export type ReminderPolicy = Readonly<Record<ReminderLevel, number>>;

/** Issue 22: a first reminder at 15 days past due, a second at 30, the formal notice at 60. */
export const DEFAULT_REMINDER_POLICY: ReminderPolicy = Object.freeze({
  first: 15,
  second: 30,
  'formal-notice': 60,
});

/** Thresholds that escalate: each a whole number of days, each level later than the one before. */
export function reminderPolicyProblems(policy: ReminderPolicy): string[] {
  const problems: string[] = [];
  REMINDER_LEVELS.forEach((level, i) => {
    const days = policy[level];
    if (!Number.isInteger(days) || days < 1)
      problems.push(
        `the ${level} reminder's days past due must be a whole number ≥ 1, not ${days}`,
      );
    else if (i > 0 && days <= policy[REMINDER_LEVELS[i - 1]])
      problems.push(
        `the ${level} reminder (${days} days) must come after the ${REMINDER_LEVELS[i - 1]} (${policy[REMINDER_LEVELS[i - 1]]} days)`,
      );
  });
  return problems;
}

/** Products whose loans the lender services: a win-win loan is the friend's to collect. */
export function productSendsReminders(productCode: ProductCode): boolean {
  return productCode !== 'winwinlening';
}

export function remindersApply(state: LoanState): boolean {
  return (
    state.status === 'active' &&
    state.application !== undefined &&
    productSendsReminders(state.application.productCode)
  );
}

/**
 * The reminder a loan is due on `on`, if any: the highest level its days past due have
 * reached and that it has not had yet. A loan found late (the processor was down) gets the
 * level it has reached, not the ones it passed: a letter says what is true that day.
 */
export function reminderDue(
  state: LoanState,
  on: LocalDate,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): { level: ReminderLevel; arrears: Arrears } | undefined {
  if (!remindersApply(state)) return undefined;
  const arrears = arrearsOf(ledgerOf(state, on), on);
  const reached = REMINDER_LEVELS.filter((l) => arrears.daysPastDue >= policy[l]);
  const highest = reached.at(-1);
  if (highest === undefined) return undefined;
  const sentFrom = Math.max(-1, ...state.reminders.map((r) => REMINDER_LEVELS.indexOf(r.level)));
  return REMINDER_LEVELS.indexOf(highest) > sentFrom ? { level: highest, arrears } : undefined;
}
