import { Inject, Injectable } from '@nestjs/common';
import { LocalDate } from '@js-joda/core';
import {
  accountFor,
  accrualEntry,
  accruedInterest,
  asOfDays,
  entryTotals,
  impairmentAsOf,
  impairmentEntries,
  monthEndsBetween,
  previousMonthEnd,
  trialBalanceRows,
  type AccountRole,
  type EntryDraft,
  type TrialBalanceRow,
} from '@loanbook/accounting';
import {
  Dec,
  formatBusinessDate,
  Money,
  Rate,
  replayLedger,
  type Movement,
  type RepaymentTermsData,
} from '@loanbook/domain';
import { type EventStore, hasSqlDatabase, type SqlExecutor } from '@loanbook/event-store';
import {
  accruingLoans,
  bookPositions,
  InvalidJournalCursorError,
  journalEntries,
  journalTotals,
  writeOffs,
  type JournalTables,
  type ReadModelTables,
} from '@loanbook/projections/read-models';
import { dropKnownAt, readModelsKnownAt } from '@loanbook/reporting';
import type { AccountingConfig, AppConfig } from '../config/config';
import { ValidationProblem } from '../http/problem';
import { APP_CONFIG, EVENT_STORE } from '../infrastructure/tokens';
import { ReadModelsService } from '../read-models/read-models.service';

/** The read models the books read: the journal, and for the as-of entries loans and schedules. */
export const BOOKS_PROJECTIONS = ['journal', 'loans', 'loan_schedules'];

export type BooksLanguage = 'nl' | 'fr' | 'en';

export interface BookLine {
  account: string;
  accountName: string;
  role: AccountRole;
  debit: string;
  credit: string;
}

/** A journal entry as the API shows it; an as-of entry (impairment, accrual) has no source event. */
export interface BookEntry {
  entryId: string;
  businessDate: string;
  /** When its source event was recorded; null for an as-of entry (computed, not recorded). */
  recordedAt: string | null;
  sourceEventId: string | null;
  loanId: string | null;
  productCode: string;
  kind: string;
  lines: BookLine[];
}

export interface BooksQuery {
  /** As known at this instant (ISO): only the events recorded by then. */
  knownAt?: string;
  minPosition?: number;
  language?: BooksLanguage;
}

/** An entry computed as of a day (impairment, accrual): no source event. */
type AsOfEntry = EntryDraft & { productCode: string; entryId: string };
type Tables = JournalTables & Pick<ReadModelTables, 'loans' | 'payments' | 'schedules'>;
/** A key after which a page starts: business date, log position, entry id. */
type Key = [string, number, string];
/** As-of entries sort after the day's recorded ones. */
const AS_OF_POSITION = Number.MAX_SAFE_INTEGER;

/**
 * The books (issue 23): the journal read model's entries, with the entries computed as of a day
 * — the impairment by days-past-due bucket (ACCOUNTING_IMPAIRMENT_RATES) at each month-end and
 * at the as-of day, the movement from the previous month-end; with ACCOUNTING_ACCRUAL=on the
 * interest earned not yet due, reversed the next day — and the trial balance and the ledgers
 * they sum to. Nothing is closed by a job: every figure is computed for the day asked.
 * Every read is one REPEATABLE READ snapshot; knownAt rebuilds the loans and schedules read
 * models from the events recorded by then (libs/reporting's readModelsKnownAt) and counts only
 * the journal entries of those events.
 */
@Injectable()
export class BooksService {
  private readonly accounting: AccountingConfig;

  constructor(
    private readonly readModels: ReadModelsService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.accounting = config.accounting;
  }

  get chart() {
    return this.accounting.chart;
  }

  /** A page of the journal from..to, or all of it without a limit. */
  async journal(
    q: BooksQuery & { from: LocalDate; to: LocalDate; limit?: number; cursor?: string },
  ): Promise<{ entries: BookEntry[]; nextCursor: string | null; position: number }> {
    return this.read(q, async (tx, t, position) => {
      const after = q.cursor === undefined ? undefined : decodeKey(q.cursor);
      const stored = await journalEntries(tx, t, {
        from: formatBusinessDate(q.from),
        to: formatBusinessDate(q.to),
        knownAt: q.knownAt,
        limit: q.limit,
        cursor: q.cursor,
      }).catch((error: unknown) => {
        if (error instanceof InvalidJournalCursorError) throw cursorProblem();
        throw error;
      });
      // The as-of entries of the days this page can reach: from the cursor's day to `to`, or,
      // when stored entries remain, to the day before the last stored one of the page (an as-of
      // entry follows every recorded entry of its day, some of which are on the next page).
      const first = after ? LocalDate.parse(after[0]) : q.from;
      const lastStored = stored.nextCursor ? stored.entries.at(-1)?.businessDate : undefined;
      const last = lastStored ? LocalDate.parse(lastStored).minusDays(1) : q.to;
      const computed = (await this.asOfEntries(tx, t, q.from, q.to, first, last, q.knownAt)).filter(
        (e) => after === undefined || compareKeys(keyOf(e), after) > 0,
      );
      const merged = [
        ...stored.entries.map((e) => ({ ...e, lines: e.lines as EntryDraft['lines'] })),
        ...computed,
      ].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
      const limit = q.limit ?? merged.length;
      const page = merged.slice(0, limit);
      const more = merged.length > limit || stored.nextCursor !== null;
      const lastOfPage = page.at(-1);
      return {
        entries: page.map((e) => this.show(e, q.language)),
        nextCursor: more && lastOfPage ? encodeKey(keyOf(lastOfPage)) : null,
        position,
      };
    });
  }

  /** Every account of the chart at the end of asOf: debits, credits and balance. */
  async trialBalance(
    q: BooksQuery & { asOf: LocalDate },
  ): Promise<{ rows: (Omit<TrialBalanceRow, 'name'> & { name: string })[]; position: number }> {
    return this.read(q, async (tx, t, position) => ({
      rows: await this.balances(tx, t, q.asOf, q.knownAt, q.language),
      position,
    }));
  }

  /** One account's lines from..to, with its balance before `from` and after each line. */
  async ledger(q: BooksQuery & { account: string; from: LocalDate; to: LocalDate }) {
    const account = this.chart.accounts.find((a) => a.number === q.account);
    if (!account) {
      throw new ValidationProblem([
        {
          field: 'account',
          code: 'unknown-account',
          message: `${q.account} is not an account of the chart: one of ${this.chart.accounts.map((a) => a.number).join(', ')}`,
        },
      ]);
    }
    return this.read(q, async (tx, t, position) => {
      const opening =
        (await this.balances(tx, t, q.from.minusDays(1), q.knownAt, q.language)).find(
          (r) => r.account === q.account,
        )?.balance ?? '0.00';
      const stored = await journalEntries(tx, t, {
        from: formatBusinessDate(q.from),
        to: formatBusinessDate(q.to),
        knownAt: q.knownAt,
      });
      const computed = await this.asOfEntries(tx, t, q.from, q.to, q.from, q.to, q.knownAt);
      const entries = [
        ...stored.entries.map((e) => ({ ...e, lines: e.lines as EntryDraft['lines'] })),
        ...computed,
      ].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
      let balance = new Dec(opening);
      const lines = [];
      for (const e of entries.map((x) => this.show(x, q.language))) {
        for (const l of e.lines.filter((x) => x.account === q.account)) {
          balance = balance.plus(l.debit).minus(l.credit);
          lines.push({
            entryId: e.entryId,
            businessDate: e.businessDate,
            recordedAt: e.recordedAt,
            sourceEventId: e.sourceEventId,
            loanId: e.loanId,
            kind: e.kind,
            debit: l.debit,
            credit: l.credit,
            balance: balance.toFixed(2),
          });
        }
      }
      return {
        account: account.number,
        name: account.name[q.language ?? 'nl'],
        role: account.role,
        from: formatBusinessDate(q.from),
        to: formatBusinessDate(q.to),
        knownAt: q.knownAt ?? null,
        openingBalance: new Dec(opening).toFixed(2),
        closingBalance: balance.toFixed(2),
        lines,
        position,
      };
    });
  }

  private async balances(
    tx: SqlExecutor,
    t: Tables,
    asOf: LocalDate,
    knownAt: string | undefined,
    language: BooksLanguage = 'nl',
  ) {
    const stored = await journalTotals(tx, t, { to: formatBusinessDate(asOf), knownAt });
    const computed = await this.asOfTotals(tx, t, asOf, knownAt);
    return trialBalanceRows([...stored, ...entryTotals(computed)], this.chart).map((r) => ({
      ...r,
      name: r.name[language],
    }));
  }

  /**
   * The as-of entries that sum, over every day up to `asOf`, to what the journal's as-of entries
   * leave on the accounts: the impairment allowance as of the day (its expense and the use of
   * written-off loans' allowances telescoped over the month-ends), and the accrual of that day
   * (each month-end's accrual is reversed the next day).
   */
  private async asOfTotals(
    tx: SqlExecutor,
    t: Tables,
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
        account: accountFor(this.chart, code, role),
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
    if (this.accounting.accrual) entries.push(...(await this.accrual(tx, t, day, false)));
    return entries;
  }

  /**
   * The as-of entries of from..to on the days in [first, last]: at each month-end and at `to`,
   * the impairment's movement since the previous month-end; with accrual, the accrual of those
   * days and, the day after each month-end, its reversal.
   */
  private async asOfEntries(
    tx: SqlExecutor,
    t: Tables,
    from: LocalDate,
    to: LocalDate,
    first: LocalDate,
    last: LocalDate,
    knownAt: string | undefined,
  ): Promise<AsOfEntry[]> {
    const entries: AsOfEntry[] = [];
    const within = (d: LocalDate) => !d.isBefore(first) && !d.isAfter(last);
    // A month-end's allowances are the next month's previous ones: computed once.
    const known = new Map<string, Awaited<ReturnType<BooksService['allowances']>>>();
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
      if (this.accounting.accrual) entries.push(...(await this.accrual(tx, t, day, false)));
    }
    if (this.accounting.accrual) {
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
    t: Tables,
    day: string,
    knownAt: string | undefined,
    loanIds?: string[],
  ): Promise<Map<string, string> & { products?: Map<string, string> }> {
    const positions = await bookPositions(tx, t, { asOf: day, knownAt, loanIds });
    const allowances: Map<string, string> & { products?: Map<string, string> } = impairmentAsOf(
      positions,
      this.accounting.impairment,
    );
    allowances.products = new Map(positions.map((p) => [p.loanId, p.productCode]));
    return allowances;
  }

  /** The impairment entries of a day, per product (a product may book on accounts of its own). */
  private impairment(
    day: string,
    previous: Map<string, string> & { products?: Map<string, string> },
    current: Map<string, string> & { products?: Map<string, string> },
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
      impairmentEntries(day, pick(previous), pick(current), own, this.chart, product).forEach(
        (e, n) =>
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
    t: Tables,
    day: string,
    reversal: boolean,
  ): Promise<AsOfEntry[]> {
    const asOf = LocalDate.parse(day);
    const totals = new Map<string, InstanceType<typeof Dec>>();
    for (const loan of await accruingLoans(tx, t, day)) {
      if (!this.chart.products[loan.productCode]?.balanceSheet) continue;
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
        },
        movements,
      );
      const accrued = accruedInterest(instalments, disbursedOn, asOf);
      totals.set(loan.productCode, (totals.get(loan.productCode) ?? new Dec(0)).plus(accrued));
    }
    const entries: AsOfEntry[] = [];
    for (const [product, amount] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
      const e = accrualEntry(day, amount.toFixed(2), this.chart, product, reversal);
      if (e) entries.push({ ...e, productCode: product, entryId: `${e.kind}:${day}:${product}` });
    }
    return entries;
  }

  /** The entry with the configured chart's accounts (lines keep their role; see the projection). */
  private show(
    e: EntryDraft & {
      productCode: string;
      entryId?: string;
      recordedAt?: string;
      sourceEventId?: string;
      loanId?: string;
    },
    language: BooksLanguage = 'nl',
  ): BookEntry {
    const names = new Map(this.chart.accounts.map((a) => [a.number, a.name[language]]));
    return {
      entryId: e.entryId!,
      businessDate: e.businessDate,
      recordedAt: e.recordedAt ?? null,
      sourceEventId: e.sourceEventId ?? null,
      loanId: e.loanId ?? null,
      productCode: e.productCode,
      kind: e.kind,
      lines: e.lines.map((l) => {
        const account = accountFor(this.chart, e.productCode, l.role);
        return {
          account,
          accountName: names.get(account) ?? '',
          role: l.role,
          debit: l.debit,
          credit: l.credit,
        };
      }),
    };
  }

  /** One snapshot of the read models (or, with knownAt, of them as known then). */
  private async read<T>(
    q: BooksQuery,
    body: (tx: SqlExecutor, t: Tables, position: number) => Promise<T>,
  ): Promise<T> {
    if (q.knownAt !== undefined && !hasSqlDatabase(this.store)) {
      throw new ValidationProblem([
        {
          field: 'knownAt',
          code: 'unsupported',
          message: `knownAt needs the events in SQL: not available with the ${this.store.adapter} event store`,
        },
      ]);
    }
    await this.readModels.reached(BOOKS_PROJECTIONS, q.minPosition);
    const position = await this.readModels.models.position(BOOKS_PROJECTIONS);
    const tables = await this.readModels.tables('journal', 'loans', 'payments', 'schedules');
    return this.readModels.db.transaction(async (tx) => {
      if (q.knownAt === undefined) {
        await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        return body(tx, tables, position);
      }
      await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const known = await readModelsKnownAt(tx, q.knownAt);
      const result = await body(tx, { ...known.tables, journal: tables.journal }, known.position);
      await dropKnownAt(tx);
      return result;
    });
  }
}

function keyOf(e: { businessDate: string; position?: number; entryId?: string }): Key {
  return [e.businessDate, e.position ?? AS_OF_POSITION, e.entryId!];
}

function compareKeys(a: Key, b: Key): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return a[2] === b[2] ? 0 : a[2] < b[2] ? -1 : 1;
}

function encodeKey(key: Key): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeKey(cursor: string): Key {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === 3 &&
      /^\d{4}-\d{2}-\d{2}$/.test(String(key[0])) &&
      Number.isSafeInteger(key[1]) &&
      typeof key[2] === 'string' &&
      /^[0-9a-z:.-]{1,120}$/.test(key[2])
    ) {
      return key as Key;
    }
  } catch {
    // fall through
  }
  throw cursorProblem();
}

function cursorProblem(): ValidationProblem {
  return new ValidationProblem([
    { field: 'cursor', code: 'cursor', message: 'the cursor is not one this API gave out' },
  ]);
}
