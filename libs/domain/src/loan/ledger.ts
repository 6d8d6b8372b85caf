import { ChronoUnit, type LocalDate } from '@js-joda/core';
import { Money } from '../money/money';
import { MONTHS_PER_PERIOD } from '../products/product';
import { computeSchedule, type Instalment, type ScheduleTerms } from '../schedule/schedule';
import { addMonthsClamped, formatBusinessDate } from '../time/business-date';
import type { AllocationData } from './events';
import type { LoanState, Movement } from './state';

/**
 * The ledger of an active loan: its schedule and what each payment paid of it.
 *
 * Pure and recomputed from the loan's movements (payments and early repayments) whenever it is
 * needed, so that the order of recording never matters, only the business dates:
 * - movements are applied in business-date order (recording order within a day), so a payment
 *   entered late, dated before others, takes its place among them;
 * - a payment pays the oldest instalment due on its date first, interest before principal;
 *   nothing goes to an instalment not yet due (paying ahead is an early repayment);
 * - an early repayment lowers the principal of the instalments due after it and keeps the term:
 *   those instalments are computed again (computeSchedule) on what is left, from the same
 *   disbursement date, as if the loan had been granted for that principal over those periods.
 *
 * The cumulative allocation does not depend on the order of the payments (they all run down the
 * same waterfall of interest and principal parts); the order decides which payment paid what,
 * and whether each payment was within what was due on its day.
 */
export interface LedgerInstalment extends Instalment {
  readonly paidInterest: Money;
  readonly paidPrincipal: Money;
  /** interest + principal − paid */
  readonly unpaid: Money;
  /** The date of the payment that settled it, if it is settled. */
  readonly settledOn?: LocalDate;
}

export interface Overpayment {
  readonly paymentId: string;
  readonly paidOn: LocalDate;
  readonly amount: Money;
  /** What that day's payment could pay, before it: everything due up to the next instalment. */
  readonly due: Money;
  /** The last due date it could pay: the next instalment's (today's, if one falls due today). */
  readonly payableUpTo: LocalDate;
}

export interface Ledger {
  readonly instalments: readonly LedgerInstalment[];
  /** Principal not yet paid, due or not. */
  readonly outstandingPrincipal: Money;
  /** Each payment's allocation, in business-date order of application. */
  readonly allocations: ReadonlyMap<string, AllocationData[]>;
  /** The first payment (in business-date order) that was more than what was due on its day. */
  readonly overpayment?: Overpayment;
  /** Every instalment paid, nothing outstanding. */
  readonly settled: boolean;
}

export interface AmountDue {
  readonly interest: Money;
  readonly principal: Money;
  readonly total: Money;
  /** Instalments with something unpaid. */
  readonly instalments: number;
  /** The oldest instalment with something unpaid. */
  readonly oldestDueOn?: LocalDate;
}

export interface Arrears extends AmountDue {
  /**
   * Calendar days since the oldest instalment past due and unpaid fell due (its dueOn: the date
   * moved to a working day, not the contractual one); 0 without arrears.
   */
  readonly daysPastDue: number;
}

interface Slot {
  instalment: Instalment;
  paidInterest: Money;
  paidPrincipal: Money;
  settledOn?: LocalDate;
}

/** Movements applied in business-date order; recording order breaks ties. */
export function replayLedger(terms: ScheduleTerms, movements: readonly Movement[]): Ledger {
  const ordered = movements
    .map((movement, index) => ({ movement, index }))
    .sort((a, b) => a.movement.date.compareTo(b.movement.date) || a.index - b.index)
    .map((m) => m.movement);

  let slots: Slot[] = computeSchedule(terms).instalments.map(unpaidSlot);
  const allocations = new Map<string, AllocationData[]>();
  let overpayment: Overpayment | undefined;

  for (const m of ordered) {
    if (m.kind === 'payment') {
      const upTo = payableUpTo(slots, m.date);
      const due = sumUnpaid(slots.filter((s) => !s.instalment.dueOn.isAfter(upTo)));
      if (m.amount.gt(due) && !overpayment) {
        overpayment = {
          paymentId: m.paymentId,
          paidOn: m.date,
          amount: m.amount,
          due,
          payableUpTo: upTo,
        };
      }
      allocations.set(m.paymentId, allocate(slots, m.date, upTo, Money.min(m.amount, due)));
    } else {
      slots = reschedule(terms, slots, m.date, m.capital);
    }
  }

  const instalments = slots.map(toLedgerInstalment);
  const outstandingPrincipal = Money.sum(
    instalments.map((i) => i.principal.minus(i.paidPrincipal)),
  );
  return {
    instalments,
    outstandingPrincipal,
    allocations,
    ...(overpayment ? { overpayment } : {}),
    settled: instalments.every((i) => i.unpaid.isZero()),
  };
}

/** The ledger as it stood at the end of `asOf`: the movements dated later left out. */
export function ledgerAsOf(
  terms: ScheduleTerms,
  movements: readonly Movement[],
  asOf: LocalDate,
): Ledger {
  return replayLedger(
    terms,
    movements.filter((m) => !m.date.isAfter(asOf)),
  );
}

/** Unpaid parts of the instalments due on or before `on`: what a payment that day may pay. */
export function amountDue(ledger: Ledger, on: LocalDate): AmountDue {
  return summarise(ledger.instalments.filter((i) => !i.dueOn.isAfter(on)));
}

/**
 * Arrears at the end of `asOf`, from a ledger of the movements up to that day (ledgerAsOf):
 * the unpaid parts of the instalments due before it. An instalment due that day is due, not
 * yet in arrears.
 */
export function arrearsOf(ledger: Ledger, asOf: LocalDate): Arrears {
  const due = summarise(ledger.instalments.filter((i) => i.dueOn.isBefore(asOf)));
  return {
    ...due,
    daysPastDue: due.oldestDueOn ? due.oldestDueOn.until(asOf, ChronoUnit.DAYS) : 0,
  };
}

/** The schedule terms of an active (or later) loan: its offer and disbursement. */
export function scheduleTermsOf(state: LoanState): ScheduleTerms {
  if (!state.offer || !state.disbursement) {
    throw new Error(`loan ${state.loanId ?? '?'} has not been disbursed: it has no ledger`);
  }
  return {
    principal: state.disbursement.amount,
    annualRate: state.offer.annualRate,
    termMonths: state.offer.termMonths,
    repayment: state.offer.repayment,
    disbursedOn: state.disbursement.disbursedOn,
    ...(state.disbursement.dueDateShift ? { dueDateShift: state.disbursement.dueDateShift } : {}),
  };
}

/** The loan's ledger with every movement recorded. */
export function ledgerOf(state: LoanState, asOf?: LocalDate): Ledger {
  const terms = scheduleTermsOf(state);
  return asOf ? ledgerAsOf(terms, state.movements, asOf) : replayLedger(terms, state.movements);
}

/**
 * The end of the interest period of the last instalment due on or before `on`, if any: its
 * contractual due date (interest runs on the contractual periods, whatever day it is paid on).
 */
export function lastDueOnOrBefore(ledger: Ledger, on: LocalDate): LocalDate | undefined {
  const last = ledger.instalments.filter((i) => !i.dueOn.isAfter(on)).at(-1);
  return last && (last.contractualDueOn ?? last.dueOn);
}

export function formatAllocation(allocation: readonly AllocationData[]): string {
  return allocation
    .map(
      (a) =>
        `instalment ${a.instalment} (due ${a.dueOn}): ${a.interest} interest, ${a.principal} principal`,
    )
    .join('; ');
}

function unpaidSlot(instalment: Instalment): Slot {
  return { instalment, paidInterest: Money.zero(), paidPrincipal: Money.zero() };
}

function unpaidOf(s: Slot): { interest: Money; principal: Money } {
  return {
    interest: s.instalment.interest.minus(s.paidInterest),
    principal: s.instalment.principal.minus(s.paidPrincipal),
  };
}

function sumUnpaid(slots: readonly Slot[]): Money {
  return Money.sum(
    slots.map((s) => {
      const u = unpaidOf(s);
      return u.interest.plus(u.principal);
    }),
  );
}

/**
 * The last due date a payment on `on` may pay: the next instalment's (one due that day included).
 * Paying the next instalment before its due date is normal; more than that is an early repayment.
 * After the last due date, everything.
 */
export function payableUpTo(
  slots: readonly { instalment: Instalment }[],
  on: LocalDate,
): LocalDate {
  const next = slots.find((s) => !s.instalment.dueOn.isBefore(on));
  return next ? next.instalment.dueOn : on;
}

/**
 * Pays `amount` (at most what is payable: due up to `upTo`) down the waterfall, oldest instalment
 * first, interest before principal; returns what went where.
 */
function allocate(slots: Slot[], on: LocalDate, upTo: LocalDate, amount: Money): AllocationData[] {
  const allocation: AllocationData[] = [];
  let left = amount;
  for (const s of slots) {
    if (!left.isPositive() || s.instalment.dueOn.isAfter(upTo)) break;
    const unpaid = unpaidOf(s);
    const interest = Money.min(left, unpaid.interest);
    left = left.minus(interest);
    const principal = Money.min(left, unpaid.principal);
    left = left.minus(principal);
    if (interest.isZero() && principal.isZero()) continue;
    s.paidInterest = s.paidInterest.plus(interest);
    s.paidPrincipal = s.paidPrincipal.plus(principal);
    if (unpaidOf(s).interest.isZero() && unpaidOf(s).principal.isZero()) s.settledOn = on;
    allocation.push({
      instalment: s.instalment.number,
      dueOn: formatBusinessDate(s.instalment.dueOn),
      interest: interest.toString(),
      principal: principal.toString(),
    });
  }
  return allocation;
}

/**
 * After `capital` is repaid early on `on`: the instalments due by then stay as they are, the
 * later ones (not yet paid: nothing is paid ahead) are computed again on their principal less
 * the capital, over the same remaining periods and the rest of any capital holiday.
 */
function reschedule(terms: ScheduleTerms, slots: Slot[], on: LocalDate, capital: Money): Slot[] {
  const past = slots.filter((s) => !s.instalment.dueOn.isAfter(on));
  const future = slots.slice(past.length);
  const remaining = Money.sum(future.map((s) => s.instalment.principal)).minus(capital);
  if (remaining.isNegative()) {
    throw new RangeError(
      `an early repayment of ${capital.toString()} on ${formatBusinessDate(on)} is more than the ${Money.sum(future.map((s) => s.instalment.principal)).toString()} not yet due`,
    );
  }
  if (remaining.isZero() || future.length === 0) return past;
  const monthsPerPeriod = MONTHS_PER_PERIOD[terms.repayment.frequency];
  const k0 = past.length;
  const holidayPeriods = terms.repayment.capitalHolidayMonths / monthsPerPeriod;
  const recomputed = computeSchedule(
    {
      principal: remaining,
      annualRate: terms.annualRate,
      termMonths: future.length * monthsPerPeriod,
      repayment: {
        ...terms.repayment,
        capitalHolidayMonths: Math.max(0, holidayPeriods - k0) * monthsPerPeriod,
      },
      disbursedOn: terms.disbursedOn,
      ...(terms.dueDateShift ? { dueDateShift: terms.dueDateShift } : {}),
    },
    { dueDate: (start, months) => addMonthsClamped(start, k0 * monthsPerPeriod + months) },
  );
  return [
    ...past,
    ...recomputed.instalments.map((i) => unpaidSlot({ ...i, number: k0 + i.number })),
  ];
}

function toLedgerInstalment(s: Slot): LedgerInstalment {
  const u = unpaidOf(s);
  return {
    ...s.instalment,
    paidInterest: s.paidInterest,
    paidPrincipal: s.paidPrincipal,
    unpaid: u.interest.plus(u.principal),
    ...(s.settledOn ? { settledOn: s.settledOn } : {}),
  };
}

function summarise(instalments: readonly LedgerInstalment[]): AmountDue {
  const open = instalments.filter((i) => i.unpaid.isPositive());
  const interest = Money.sum(open.map((i) => i.interest.minus(i.paidInterest)));
  const principal = Money.sum(open.map((i) => i.principal.minus(i.paidPrincipal)));
  return {
    interest,
    principal,
    total: interest.plus(principal),
    instalments: open.length,
    ...(open.length > 0 ? { oldestDueOn: open[0].dueOn } : {}),
  };
}
