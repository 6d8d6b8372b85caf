import { writeFileSync } from 'node:fs';
import { parseBusinessDate } from '@loanbook/domain';
import type { LocalDate } from '@js-joda/core';
import { BooksService, type BookEntry } from '../../../back-office/src/accounting/books.service';
import { journalCsv, journalXlsx } from '../../../back-office/src/accounting/journal-export';
import { ReadModelsService } from '../../../back-office/src/read-models/read-models.service';
import {
  askBackOffice,
  BackOfficeAnswerError,
  backOfficeHead,
  describeStore,
  loadCliConfig,
  runningBackOffice,
  withBackOffice,
  type CliIo,
} from '../cli-context';
import { progressOn } from '../progress';

export interface AccountingExportOptions {
  from: string;
  to: string;
  /** commander checks it is csv or xlsx. */
  format: 'csv' | 'xlsx';
  out?: string;
}

/** A bad option value: exit code 2, like a usage error. */
import { AccountingOptionError } from './accounting-option-error';
export { AccountingOptionError };

/**
 * `loanbook accounting export --from 2022-01-01 --to 2022-06-30 --format xlsx --out books.xlsx`:
 * the journal of the range (with the impairment and accrual entries as of its month-ends and
 * its last day) as the accountant's package, rendered as GET /accounting/journal's CSV and
 * journal.xlsx are. The read models are caught up first; while a back office holds the
 * embedded store, its journal is read over HTTP and written here the same way.
 */
export async function runAccountingExport(
  io: CliIo,
  options: AccountingExportOptions,
): Promise<void> {
  const config = loadCliConfig(io.env);
  const date = (value: string, option: string): LocalDate => {
    try {
      return parseBusinessDate(value);
    } catch (error) {
      throw new AccountingOptionError(`${option}: ${(error as Error).message}`);
    }
  };
  const from = date(options.from, '--from');
  const to = date(options.to, '--to');
  if (to.isBefore(from)) throw new AccountingOptionError('--to lies before --from');
  const out = options.out ?? `journal-${options.from}-${options.to}.${options.format}`;

  const server = runningBackOffice(config);
  let entries: BookEntry[];
  if (server) {
    entries = [];
    const minPosition = String(await backOfficeHead(config, server));
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams({
        from: options.from,
        to: options.to,
        limit: '500',
        minPosition,
      });
      if (cursor) query.set('cursor', cursor);
      const page: { entries: BookEntry[]; nextCursor: string | null } = await askBackOffice<{
        entries: BookEntry[];
        nextCursor: string | null;
      }>(config, server, {
        path: `/accounting/journal?${query.toString()}`,
        roles: ['accountant'],
      }).catch((error: unknown) => {
        if (error instanceof BackOfficeAnswerError && error.status === 400) {
          throw new AccountingOptionError(error.message);
        }
        throw error;
      });
      entries.push(...page.entries);
      cursor = page.nextCursor;
    } while (cursor);
  } else {
    const progress = progressOn(io.stderr, `Reading the journal from ${describeStore(config)}`);
    progress.start(2, 'catching up the read models');
    try {
      entries = await withBackOffice(config, io, async (context) => {
        await context.get(ReadModelsService).catchUp();
        progress.update(1, 'reading the journal');
        return (await context.get(BooksService).journal({ from, to })).entries;
      });
    } finally {
      progress.stop();
    }
  }
  const body =
    options.format === 'csv'
      ? journalCsv(entries)
      : await journalXlsx(entries, { from: options.from, to: options.to, language: 'nl' });
  writeFileSync(out, body);
  const lines = entries.reduce((n, e) => n + e.lines.length, 0);
  io.stdout.write(
    `The journal from ${options.from} to ${options.to}: ${entries.length} entries, ${lines} lines, in ${out}\n`,
  );
}
