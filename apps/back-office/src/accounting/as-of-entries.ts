import { LocalDate } from '@js-joda/core';
import {
  accountFor,
  accrualEntry,
  accruedInterest,
  asOfDays,
  impairmentAsOf,
  impairmentEntries,
  monthEndsBetween,
  previousMonthEnd,
  type AccountRole,
  type EntryDraft,
} from '@loanbook/accounting';
import {
  Dec,
  dueDateShiftOf,
  formatBusinessDate,
  Money,
  Rate,
  replayLedger,
  type Movement,
  type RepaymentTermsData,
} from '@loanbook/domain';
import type { SqlExecutor } from '@loanbook/event-store';
import {
  accruingLoans,
  bookPositions,
  writeOffs,
  type JournalTables,
  type ReadModelTables,
} from '@loanbook/projections/read-models';
import type { AccountingConfig } from '../config/config';

/** An entry computed as of a day (impairment, accrual): no source event. */
export type AsOfEntry = EntryDraft & { productCode: string; entryId: string };
export type BooksTables = JournalTables & Pick<ReadModelTables, 'loans' | 'payments' | 'schedules'>;
/** Each balance-sheet loan's allowance (by loan id), with its product. */
type Allowances = Map<string, string> & { products?: Map<string, string> };

/**
 * The entries no event records, computed for the day asked: the impairment by days-past-due
 * bucket (ACCOUNTING_IMPAIRMENT_RATES) at each month-end and at the as-of day, as the movement
 * from the previous month-end; with ACCOUNTING_ACCRUAL=on the interest earned not yet due,
 * reversed the next day. Read inside the books' snapshot (the caller's transaction).
 */
export class AsOfEntries {
  constructor(private readonly config: AccountingConfig) {}

  /**
   * The as-of entries that sum, over every day up to `asOf`, to what the journal's as-of entries
   * leave on the accounts: the impairment allowance as of the day (its expense and the use of
   * written-off loans' allowances telescoped over the month-ends), and the accrual of that day
   * (each month-end's accrual is reversed the next day).
   */
  async totals(
    tx: SqlExecutor,
    t: BooksTables,
    asOf: LocalDate,
    knownAt: string | undefined,
  ): Promise<AsOfEntry[]> {
    const day = formatBusinessDate(asOf);
    const current = await this.allowances(tx, t, day, knownAt);
    // A written-off loan's allowance at the month-end before its write-off was used against the
    // loss; over the month-ends the expense is then the allowance of the day plus every use.
    const used = new Map<string, InstanceType<typeof Dec>>();
    const byDate = new Map<string, { loanId: string; productCode: string }[]>();
    for (const w of await writeOffs(tx, t, { upTo: day, knownAt })) {
      const before = formatBusinessDate(previousMonthEnd(LocalDate.parse(w.writtenOffOn)));
      byDate.set(before, [...(byDate.get(before) ?? []), w]);
    }
    for (const [before, loans] of byDate) {
      const product = new Map(loans.map((l) => [l.loanId, l.productCode]));
      const ids = loans.map((l) => l.loanId);
      for (const [id, a] of await this.allowances(tx, t, before, knownAt, ids)) {
        const code = product.get(id)!;
        used.set(code, (used.get(code) ?? new Dec(0)).plus(a));
      }
    }
    const held = new Map<string, InstanceType<typeof Dec>>();
    for (const [id, a] of current) {
      const code = current.products?.get(id) ?? 'impulskrediet';
      held.set(code, (held.get(code) ?? new Dec(0)).plus(a));
    }
    const entries: AsOfEntry[] = [];
    for (const code of [...new Set([...used.keys(), ...held.keys()])].sort()) {
      const line = (role: AccountRole, debit: string, credit: string) => ({
        account: accountFor(this.config.chart, code, role),
        role,
        debit,
        credit,
      });
      const use = (used.get(code) ?? new Dec(0)).toFixed(2);
      const expense = (held.get(code) ?? new Dec(0)).plus(use).toFixed(2);
      const entry = (kind: string, lines: EntryDraft['lines']) =>
        entries.push({
          businessDate: day,
          kind,
          lines,
          productCode: code,
          entryId: `${kind}:${day}:${code}`,
        });
      if (!new Dec(use).isZero()) {
        entry('impairment-use', [
          line('impairment-allowance', use, '0.00'),
          line('write-off-loss', '0.00', use),
        ]);
      }
      if (!new Dec(expense).isZero()) {
        entry('impairment', [
          line('impairment-expense', expense, '0.00'),
          line('impairment-allowance', '0.00', expense),
        ]);
      }
    }
    if (this.config.accrual) entries.push(...(await this.accrual(tx, t, day, false)));
    return entries;
  }

  /**
   * The as-of entries of from..to on the days in [first, last]: at each month-end and at `to`,
   * the impairment's movement since the previous month-end; with accrual, the accrual of those
   * days and, the day after each month-end, its reversal.
   */
  async entries(
    tx: SqlExecutor,
    t: BooksTables,
    from: LocalDate,
    to: LocalDate,
    first: LocalDate,
    last: LocalDate,
    knownAt: string | undefined,
  ): Promise<AsOfEntry[]> {
    const entries: AsOfEntry[] = [];
    const within = (d: LocalDate) => !d.isBefore(first) && !d.isAfter(last);
    // A month-end's allowances are the next month's previous ones: computed once.
    const known = new Map<string, Allowances>();
    const allowancesOn = async (day: string) => {
      if (!known.has(day)) known.set(day, await this.allowances(tx, t, day, knownAt));
      return known.get(day)!;
    };
    for (const c of asOfDays(from, to).filter(within)) {
      const day = formatBusinessDate(c);
      const before = formatBusinessDate(previousMonthEnd(c));
      const previous = await allowancesOn(before);
      const current = await allowancesOn(day);
      const writtenOff = new Set(
        (await writeOffs(tx, t, { after: before, upTo: day, knownAt })).map((w) => w.loanId),
      );
      entries.push(...this.impairment(day, previous, current, writtenOff));
      if (this.config.accrual) entries.push(...(await this.accrual(tx, t, day, false)));
    }
    if (this.config.accrual) {
      // A month-end's accrual is reversed on the first of the next month.
      for (const m of monthEndsBetween(from.minusDays(1), to.minusDays(1))) {
        const next = m.plusDays(1);
        if (within(next) && !next.isBefore(from)) {
          const reversed = await this.accrual(tx, t, formatBusinessDate(m), true);
          entries.push(...reversed.map((e) => ({ ...e, businessDate: formatBusinessDate(next) })));
        }
      }
    }
    return entries;
  }

  /** Each balance-sheet loan's allowance at the end of `day`, with its product. */
  private async allowances(
    tx: SqlExecutor,
    t: BooksTables,
    day: string,
    knownAt: string | undefined,
    loanIds?: string[],
  ): Promise<Allowances> {
    const positions = await bookPositions(tx, t, { asOf: day, knownAt, loanIds });
    const allowances: Allowances = impairmentAsOf(positions, this.config.impairment);
    allowances.products = new Map(positions.map((p) => [p.loanId, p.productCode]));
    return allowances;
  }

  /** The impairment entries of a day, per product (a product may book on accounts of its own). */
  private impairment(
    day: string,
    previous: Allowances,
    current: Allowances,
    writtenOff: Set<string>,
  ): AsOfEntry[] {
    const productOf = (id: string) =>
      current.products?.get(id) ?? previous.products?.get(id) ?? 'impulskrediet';
    const products = new Set([...previous.keys(), ...current.keys()].map(productOf));
    const entries: AsOfEntry[] = [];
    for (const product of [...products].sort()) {
      const pick = (m: Map<string, string>) =>
        new Map([...m].filter(([id]) => productOf(id) === product));
      const own = new Set([...writtenOff].filter((id) => productOf(id) === product));
      impairmentEntries(
        day,
        pick(previous),
        pick(current),
        own,
        this.config.chart,
        product,
      ).forEach((e, n) =>
        entries.push({
          ...e,
          productCode: product,
          entryId: `${e.kind}:${day}:${product}:${n + 1}`,
        }),
      );
    }
    return entries;
  }

  /** The interest accrued not yet due at the end of `day`, per product; or its reversal. */
  private async accrual(
    tx: SqlExecutor,
    t: BooksTables,
    day: string,
    reversal: boolean,
  ): Promise<AsOfEntry[]> {
    const asOf = LocalDate.parse(day);
    const totals = new Map<string, InstanceType<typeof Dec>>();
    for (const loan of await accruingLoans(tx, t, day)) {
      if (!this.config.chart.products[loan.productCode]?.balanceSheet) continue;
      const disbursedOn = LocalDate.parse(loan.disbursedOn);
      const movements: Movement[] = loan.early
        .filter((x) => !LocalDate.parse(x.on).isAfter(asOf))
        .map((x) => ({
          kind: 'early',
          date: LocalDate.parse(x.on),
          capital: Money.parse(x.capital),
          full: false,
        }));
      const { instalments } = replayLedger(
        {
          principal: Money.parse(loan.disbursedAmount),
          annualRate: Rate.parse(loan.offer.annualRate),
          termMonths: loan.offer.termMonths,
          repayment: loan.offer.repayment as RepaymentTermsData,
          disbursedOn,
          ...(loan.dueDateShift ? { dueDateShift: dueDateShiftOf(loan.dueDateShift) } : {}),
        },
        movements,
      );
      const accrued = accruedInterest(instalments, disbursedOn, asOf);
      totals.set(loan.productCode, (totals.get(loan.productCode) ?? new Dec(0)).plus(accrued));
    }
    const entries: AsOfEntry[] = [];
    for (const [product, amount] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
      const e = accrualEntry(day, amount.toFixed(2), this.config.chart, product, reversal);
      if (e) entries.push({ ...e, productCode: product, entryId: `${e.kind}:${day}:${product}` });
    }
    return entries;
  }
}
