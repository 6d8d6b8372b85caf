import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { StatementImportService } from '../../../back-office/src/bank-statements/statement-import.service';
import { describeStore, loadCliConfig, withBackOffice, type CliIo } from '../cli-context';
import { progressOn } from '../progress';

/** Who the CLI's imports are recorded as (the HTTP route records the clerk). */
export const CLI_IMPORT_ACTOR = 'cli:bank-statements';

/**
 * `loanbook bank-statements import FILE`: the file as POST /api/v1/bank-statements takes it,
 * on the store directly, with a progress bar per line booked. Prints the outcome of every line
 * as JSON on stdout. Importing it again books only what was not booked yet.
 */
export async function runBankStatementsImport(io: CliIo, file: string): Promise<void> {
  const config = loadCliConfig(io.env);
  const bytes = readFileSync(file);
  const progress = progressOn(io.stderr, `Importing ${file} into ${describeStore(config)}`);
  let started = false;
  const result = await withBackOffice(config, io, (context) =>
    context
      .get(StatementImportService)
      .import(
        bytes,
        { actor: CLI_IMPORT_ACTOR, correlationId: randomUUID(), requestId: `cli/${file}` },
        (done, total) => {
          if (!started) {
            progress.start(total, 'booking');
            started = true;
          }
          progress.update(done, 'booking');
        },
      ),
  );
  progress.stop();
  const reports = result.statements;
  for (const s of result.ignoredStatements) io.stderr.write(`ignored: ${s.message}\n`);
  const lines = reports.flatMap((r) => r.lines);
  const booked = lines.filter((l) => l.outcome === 'booked').length;
  io.stderr.write(
    `${reports.length} statement(s), ${lines.length} credit line(s): ${booked} booked, ${lines.length - booked} in suspense; ${reports.reduce((n, r) => n + r.ignored.length, 0)} debit(s) ignored\n`,
  );
  io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
