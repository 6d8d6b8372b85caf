#!/usr/bin/env node
import 'reflect-metadata';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError } from '../../back-office/src/config/config';
import { CliInterruptedError, type CliIo } from './cli-context';
import { DemoInterruptedError } from './demo/interrupted';
import { ReportOptionError } from './report/report-option-error';
import type { ReportOptions } from './report/report.command';
import { AccountingOptionError } from './accounting/accounting-option-error';
import type { AccountingExportOptions } from './accounting/accounting.command';
import { DataDirLockedError } from '@loanbook/event-store';
import { DEFAULT_REPORT_LANGUAGE, REPORT_LANGUAGES } from '@loanbook/reporting/model';
import { runToken, TokenOptionError, type TokenOptions } from './token/token.command';

// The commands that open the store load the back office (most of the start-up time): each is
// imported when it runs, so `loanbook token` and --help start in a fraction of a second.
const demo = () => import('./demo/demo.command');
const projectionsCommand = () => import('./projections/projections.command');
const report = () => import('./report/report.command');
const bankStatements = () => import('./bank-statements/bank-statements.command');
const migrations = () => import('./migrations/migrations.command');
const accounting = () => import('./accounting/accounting.command');

/** The command line: demo data and read-model maintenance, on the back office's configuration. */
export function buildProgram(io: CliIo): Command {
  const program = new Command()
    .name('loanbook')
    .description(
      'Loanbook command line. Configured like the back office (EVENT_STORE, DATA_DIR, DATABASE_URL, DATABASE_SCHEMA, ...); LOG_LEVEL defaults to warn.',
    )
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });

  program
    .command('demo')
    .description(
      'Load the demo portfolio (win-win registrations of January–May 2021, the Impulskrediet intake since 2016) through the back office command path. Running it again adds nothing.',
    )
    .action(async () => (await demo()).runDemo(io));

  const projections = program
    .command('projections')
    .description('Inspect and rebuild the read models');
  projections
    .command('status')
    .description(
      'Show each projection: its generations, checkpoint, progress, and the event a degraded one is stopped at',
    )
    .option('--json', 'print JSON instead of a table')
    .action(async (options: { json?: boolean }) =>
      (await projectionsCommand()).runProjectionsStatus(io, options),
    );
  projections
    .command('rebuild')
    .argument('<name>', 'the projection to rebuild, e.g. loans or inquiries')
    .description('Rebuild a projection from the start of the log into new tables, then switch over')
    .action(async (name: string) => (await projectionsCommand()).runProjectionsRebuild(io, name));
  projections
    .command('retry')
    .argument('<name>', 'the projection stopped at an event, e.g. loans')
    .description(
      'After a fix: try the event a degraded projection is stopped at again, and catch it up',
    )
    .action(async (name: string) => (await projectionsCommand()).runProjectionsRetry(io, name));

  const statements = program.command('bank-statements').description('Bank statements in');
  statements
    .command('import')
    .argument('<file>', 'a CODA or camt.053 file')
    .description(
      'Import a statement file and book its credit lines on the loans their structured communications name (the others to suspense); again books nothing twice',
    )
    .action(async (file: string) => (await bankStatements()).runBankStatementsImport(io, file));
  program
    .command('structured-communications')
    .description('Structured communications of loans')
    .command('assign')
    .description(
      'Migration: give a structured communication to every loan disbursed before they were given at disbursement (StructuredCommunicationAssigned); again gives nothing twice',
    )
    .action(async () => (await migrations()).runStructuredCommunicationsAssign(io));
  program
    .command('file-numbers')
    .description('File numbers of loans')
    .command('assign')
    .description(
      'Migration: give a file number (IK-2021-0042) to every loan applied for before they were given at application (LoanFileNumberAssigned); again gives nothing twice',
    )
    .action(async () => (await migrations()).runFileNumbersAssign(io));

  program
    .command('report')
    .description(
      'Write the portfolio report: one HTML file with charts (opens offline), an Excel workbook with a sheet per table, and a CSV file per table',
    )
    .option('--as-of <date>', 'business date the figures are as of, YYYY-MM-DD (default: today)')
    .option(
      '--from <date>',
      'first day of the period for flows (default: 1 January of the as-of year)',
    )
    .option(
      '--known-at <instant>',
      'as the portfolio was known at this instant, e.g. 2021-06-01T12:00:00Z (only events recorded by then)',
    )
    .addOption(
      new Option('--lang <language>', 'the language of the report: its texts, figures and dates')
        .choices(REPORT_LANGUAGES)
        .default(DEFAULT_REPORT_LANGUAGE),
    )
    .option('--out <dir>', 'directory to write the files into', 'report')
    .action(async (options: ReportOptions) => (await report()).runReport(io, options));

  program
    .command('accounting')
    .description('The books (issue 23)')
    .command('export')
    .description(
      "Write the journal of a range as the accountant's package: a row per line, with the impairment and accrual entries as of its month-ends",
    )
    .requiredOption('--from <date>', 'first business date, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last business date, included')
    .addOption(
      new Option('--format <format>', 'the file written').choices(['csv', 'xlsx']).default('csv'),
    )
    .option('--out <file>', 'the file to write (default journal-<from>-<to>.<format>)')
    .action(async (options: AccountingExportOptions) =>
      (await accounting()).runAccountingExport(io, options),
    );

  program
    .command('token')
    .description(
      "Print a bearer token signed with the shared secret (AUTH_SHARED_SECRET, or the embedded store's development secret)",
    )
    .requiredOption('--sub <user>', 'the user id, recorded as the actor of their commands')
    .requiredOption(
      '--roles <roles>',
      'comma-separated: clerk, credit-officer, analyst, admin, accountant',
    )
    .option('--approval-limit <amount>', "a credit officer's approval limit, e.g. 50000.00")
    .option('--name <name>', 'the display name that signs documents, e.g. "Bart Peeters"')
    .option('--ttl <hours>', 'hours until the token expires', '8')
    .action((options: TokenOptions) => runToken(io, options));

  return program;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; usage errors were already printed by commander.
      return error.exitCode;
    }
    if (error instanceof DemoInterruptedError || error instanceof CliInterruptedError) {
      io.stderr.write(`\nloanbook ${argv.slice(2).join(' ')}: ${error.message}\n`);
      return 130;
    }
    if (error instanceof TokenOptionError) {
      io.stderr.write(`loanbook token: ${error.message}\n`);
      return 2;
    }
    if (error instanceof AccountingOptionError) {
      io.stderr.write(`loanbook accounting export: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ReportOptionError) {
      io.stderr.write(`loanbook report: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (error instanceof DataDirLockedError) {
      io.stderr.write(`\nloanbook ${argv.slice(2).join(' ')}: ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`\nloanbook ${argv.slice(2).join(' ')} failed: ${message}\n`);
    if (error instanceof Error && ['debug', 'trace'].includes(io.env.LOG_LEVEL ?? '')) {
      io.stderr.write(`${(error.cause instanceof Error ? error.cause : error).stack}\n`);
    }
    return 1;
  }
}

if (require.main === module) {
  main(process.argv, { env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`loanbook failed: ${String(error)}\n`);
      process.exit(1);
    },
  );
}
