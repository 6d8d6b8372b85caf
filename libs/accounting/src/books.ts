import { LocalDate, TemporalAdjusters } from '@js-joda/core';
import { Dec } from '@loanbook/domain';
import { accountFor, type AccountRole, type ChartOfAccounts } from './chart';
import type { EntryDraft } from './posting';

/**
 * Reading the books as of a day, pure: the month-ends the as-of entries (impairment, accrual)
 * fall on, the accrual's entries, and the trial balance from debits and credits by product and
 * role, mapped onto the chart's accounts.
 */

/** The month-ends from `from` to `to`, both included. */
export function monthEndsBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const ends: LocalDate[] = [];
  for (
    let m = from.with(TemporalAdjusters.lastDayOfMonth());
    !m.isAfter(to);
    m = m.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth())
  ) {
    ends.push(m);
  }
  return ends;
}

/** The last month-end strictly before `date`. */
export function previousMonthEnd(date: LocalDate): LocalDate {
  return date.withDayOfMonth(1).minusDays(1);
}

export function isMonthEnd(date: LocalDate): boolean {
  return date.equals(date.with(TemporalAdjusters.lastDayOfMonth()));
}

/**
 * The days as-of entries are computed on in a range: each month-end in it, and `to` itself when
 * it is not one (the books as they stand at the end of that day).
 */
export function asOfDays(from: LocalDate, to: LocalDate): LocalDate[] {
  const days = monthEndsBetween(from, to);
  if (!isMonthEnd(to) && !to.isBefore(from)) days.push(to);
  return days;
}

/**
 * Interest accrued and not yet due at the end of `businessDate` (Dr accrued interest / Cr interest
 * income), or its reversal on the next day (`reversal`), for a product's total.
 */
export function accrualEntry(
  businessDate: string,
  amount: string,
  chart: ChartOfAccounts,
  productCode: string,
  reversal = false,
): EntryDraft | undefined {
  if (new Dec(amount).isZero()) return undefined;
  const a = new Dec(amount).toFixed(2);
  const line = (role: AccountRole, debit: string, credit: string) => ({
    account: accountFor(chart, productCode, role),
    role,
    debit,
    credit,
  });
  return {
    businessDate,
    kind: reversal ? 'accrual-reversal' : 'accrual',
    lines: reversal
      ? [line('interest-income', a, '0.00'), line('accrued-interest-receivable', '0.00', a)]
      : [line('accrued-interest-receivable', a, '0.00'), line('interest-income', '0.00', a)],
  };
}

export interface TrialBalanceRow {
  account: string;
  name: { nl: string; fr: string; en: string };
  role: AccountRole;
  debit: string;
  credit: string;
  /** Debit less credit: positive a debit balance, negative a credit balance. */
  balance: string;
}

/**
 * Debits and credits by product and role → one row per account of the chart (in the chart's
 * order, accounts with nothing on them included), each product's role on its own account.
 */
export function trialBalanceRows(
  totals: readonly { productCode: string; role: AccountRole; debit: string; credit: string }[],
  chart: ChartOfAccounts,
): TrialBalanceRow[] {
  const sums = new Map<
    string,
    { debit: InstanceType<typeof Dec>; credit: InstanceType<typeof Dec> }
  >(chart.accounts.map((a) => [a.number, { debit: new Dec(0), credit: new Dec(0) }]));
  for (const t of totals) {
    const s = sums.get(accountFor(chart, t.productCode, t.role))!;
    s.debit = s.debit.plus(t.debit);
    s.credit = s.credit.plus(t.credit);
  }
  return chart.accounts.map((a) => {
    const s = sums.get(a.number)!;
    return {
      account: a.number,
      name: a.name,
      role: a.role,
      debit: s.debit.toFixed(2),
      credit: s.credit.toFixed(2),
      balance: s.debit.minus(s.credit).toFixed(2),
    };
  });
}

/** Each entry's lines as totals by product and role (to add computed entries to stored ones). */
export function entryTotals(
  entries: readonly (EntryDraft & { productCode: string })[],
): { productCode: string; role: AccountRole; debit: string; credit: string }[] {
  return entries.flatMap((e) =>
    e.lines.map((l) => ({
      productCode: e.productCode,
      role: l.role,
      debit: l.debit,
      credit: l.credit,
    })),
  );
}
