import { Inject, Injectable } from '@nestjs/common';
import { parseStatementFile, StatementFormatError, type BankStatement } from '@loanbook/banking';
import { RuleViolationError } from '@loanbook/domain';
import type { EventStore } from '@loanbook/event-store';
import type { RequestMeta } from '../audit/request-meta';
import type { AppConfig } from '../config/config';
import { ValidationProblem } from '../http/problem';
import { APP_CONFIG, EVENT_STORE } from '../infrastructure/tokens';
import type { IgnoredStatement, ImportResult, StatementReport } from './bank-statements.views';
import { LineBookingService } from './line-booking.service';
import {
  BANK_STATEMENT_IMPORTED,
  legacyStatementStreamIds,
  lineEventId,
  STATEMENT_INDEX_STREAM,
  STATEMENT_LISTED,
  statementData,
  statementStreamId,
} from './statement-events';

/** No statement of the file is of one of the lender's accounts (LENDER_IBAN): 422, nothing recorded. */
export class ForeignAccountError extends RuleViolationError {}

/**
 * A statement file in (issue 22): read, its statements of the lender's accounts recorded once
 * each on their own stream, then their credit lines booked (LineBookingService). Statements of
 * other accounts in the same file are reported and left alone.
 */
@Injectable()
export class StatementImportService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly booking: LineBookingService,
  ) {}

  /** Reads, checks and records a file's statements, then books their lines. */
  async import(
    bytes: Uint8Array,
    meta: RequestMeta,
    onLine?: (done: number, total: number) => void,
  ): Promise<ImportResult> {
    const { ours, ignoredStatements } = this.byAccount(this.parse(bytes));
    const total = ours.reduce(
      (n, s) => n + s.lines.filter((l) => l.direction === 'credit').length,
      0,
    );
    let done = 0;
    let position = 0;
    const statements: StatementReport[] = [];
    for (const s of ours) {
      const data = statementData(s);
      const { streamId, existing } = await this.recorded(s);
      if (!existing) {
        // The statement and its place in the list, once: the ids are the statement's.
        const metadata = this.booking.metadata(meta, data.date);
        await this.store.appendToStreams([
          {
            streamId,
            expectedVersion: 'any',
            events: [
              {
                eventId: lineEventId(streamId, '', 'imported'),
                type: BANK_STATEMENT_IMPORTED,
                data: data as unknown as Record<string, unknown>,
                metadata,
              },
            ],
          },
          {
            streamId: STATEMENT_INDEX_STREAM,
            expectedVersion: 'any',
            events: [
              {
                eventId: lineEventId(streamId, '', 'listed'),
                type: STATEMENT_LISTED,
                data: { statementKey: streamId, account: data.account, date: data.date },
                metadata,
              },
            ],
          },
        ]);
      }
      const processed = await this.booking.process(streamId, () => onLine?.(++done, total));
      position = Math.max(position, processed.position);
      statements.push({
        statementKey: streamId,
        account: data.account,
        sequence: data.sequence,
        date: data.date,
        format: data.format,
        alreadyImported: existing,
        lines: processed.lines,
        ignored: data.ignored,
      });
    }
    return { statements, ignoredStatements, position };
  }

  /**
   * The stream the statement is recorded on: its own, or one an earlier version keyed it by
   * (legacyStatementStreamIds), so that a statement recorded before is never recorded twice.
   */
  private async recorded(s: BankStatement): Promise<{ streamId: string; existing: boolean }> {
    const data = statementData(s);
    const streamId = statementStreamId(data.account, data.sequence, data.date);
    for (const candidate of [streamId, ...legacyStatementStreamIds(s)]) {
      const [first] = await this.store.readStream(candidate, { maxCount: 1 });
      if (first?.type === BANK_STATEMENT_IMPORTED) return { streamId: candidate, existing: true };
    }
    return { streamId, existing: false };
  }

  private parse(bytes: Uint8Array): BankStatement[] {
    try {
      return parseStatementFile(bytes);
    } catch (error) {
      if (error instanceof StatementFormatError) {
        throw new ValidationProblem([
          {
            field: `${error.where}: ${error.field}`,
            code: 'bank-statement-format',
            message: error.message,
          },
        ]);
      }
      throw error;
    }
  }

  /**
   * The file's statements of the lender's accounts, and the others, named. A file with none of
   * the lender's is a mistake (another company's file): a 422 that names its accounts.
   */
  private byAccount(statements: BankStatement[]): {
    ours: BankStatement[];
    ignoredStatements: IgnoredStatement[];
  } {
    const lender = new Set<string>(this.config.lenderIbans);
    const isOurs = (s: BankStatement) => s.account.iban !== null && lender.has(s.account.iban);
    const ours = statements.filter(isOurs);
    const accounts =
      lender.size === 0 ? 'none is configured (LENDER_IBAN)' : [...lender].join(', ');
    const ignoredStatements = statements
      .filter((s) => !isOurs(s))
      .map((s): IgnoredStatement => ({
        account: s.account.iban ?? s.account.number,
        sequence: s.sequence,
        date: s.date.toString(),
        format: s.format,
        reason: 'foreign-account',
        message: `the statement is of account ${s.account.iban ?? s.account.number}, which is not one of the lender's (${accounts}); nothing of it was recorded`,
      }));
    if (ours.length > 0) return { ours, ignoredStatements };
    throw new ForeignAccountError(
      [...new Set(ignoredStatements.map((s) => s.account))].map((account) => ({
        rule: 'bank-statement-account',
        message: `the statement is of account ${account}, which is not one of the lender's (${accounts}); nothing of the file was recorded`,
        field: 'account',
      })),
    );
  }
}
