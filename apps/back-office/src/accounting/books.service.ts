import { Inject, Injectable } from '@nestjs/common';
import { LocalDate } from '@js-joda/core';
import {
  accountFor,
  entryTotals,
  trialBalanceRows,
  type AccountRole,
  type EntryDraft,
  type TrialBalanceRow,
} from '@loanbook/accounting';
import { Dec, formatBusinessDate } from '@loanbook/domain';
import { type EventStore, hasSqlDatabase, type SqlExecutor } from '@loanbook/event-store';
import {
  InvalidJournalCursorError,
  journalEntries,
  journalTotals,
} from '@loanbook/projections/read-models';
import { dropKnownAt, readModelsKnownAt } from '@loanbook/reporting';
import type { AccountingConfig, AppConfig } from '../config/config';
import { ValidationProblem } from '../http/problem';
import { APP_CONFIG, EVENT_STORE } from '../infrastructure/tokens';
import { ReadModelsService } from '../read-models/read-models.service';
import { AsOfEntries, type BooksTables } from './as-of-entries';
import { compareKeys, cursorProblem, decodeKey, encodeKey, keyOf } from './journal-cursor';

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

/**
 * The books (issue 23): the journal read model's entries, with the entries computed as of a day
 * (as-of-entries.ts: impairment, accrual), and the trial balance and the ledgers they sum to. Nothing is closed by a job: every figure is computed for the day asked.
 * Every read is one REPEATABLE READ snapshot; knownAt rebuilds the loans and schedules read
 * models from the events recorded by then (libs/reporting's readModelsKnownAt) and counts only
 * the journal entries of those events.
 */
@Injectable()
export class BooksService {
  private readonly accounting: AccountingConfig;
  private readonly asOf: AsOfEntries;

  constructor(
    private readonly readModels: ReadModelsService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.accounting = config.accounting;
    this.asOf = new AsOfEntries(config.accounting);
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
      const computed = (
        await this.asOf.entries(tx, t, q.from, q.to, first, last, q.knownAt)
      ).filter((e) => after === undefined || compareKeys(keyOf(e), after) > 0);
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
      const computed = await this.asOf.entries(tx, t, q.from, q.to, q.from, q.to, q.knownAt);
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
    t: BooksTables,
    asOf: LocalDate,
    knownAt: string | undefined,
    language: BooksLanguage = 'nl',
  ) {
    const stored = await journalTotals(tx, t, { to: formatBusinessDate(asOf), knownAt });
    const computed = await this.asOf.totals(tx, t, asOf, knownAt);
    return trialBalanceRows([...stored, ...entryTotals(computed)], this.chart).map((r) => ({
      ...r,
      name: r.name[language],
    }));
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
    body: (tx: SqlExecutor, t: BooksTables, position: number) => Promise<T>,
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
