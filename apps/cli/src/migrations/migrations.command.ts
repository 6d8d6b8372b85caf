import type { INestApplicationContext } from '@nestjs/common';
import { FileNumberMigration } from '../../../back-office/src/loans/file-number-migration';
import { StructuredCommunicationMigration } from '../../../back-office/src/loans/structured-communication-migration';
import { describeStore, loadCliConfig, withBackOffice, type CliIo } from '../cli-context';
import { progressOn } from '../progress';

/** A migration that gives the loans written before a change what the change gives new ones. */
interface LoanMigration {
  run(onLoan: (done: number, total: number) => void, signal?: AbortSignal): Promise<number>;
}

async function runLoanMigration(
  io: CliIo,
  what: { title: string; given: string },
  migration: (context: INestApplicationContext) => LoanMigration,
): Promise<void> {
  const config = loadCliConfig(io.env);
  const progress = progressOn(io.stderr, `${what.title} in ${describeStore(config)}`);
  let started = false;
  const given = await withBackOffice(config, io, (context, signal) =>
    migration(context).run((done, total) => {
      if (!started) {
        progress.start(total, 'loans');
        started = true;
      }
      progress.update(done, 'loans');
    }, signal),
  );
  progress.stop();
  io.stdout.write(`${given} loan(s) given ${what.given}\n`);
}

/** `loanbook structured-communications assign`: for the loans disbursed before they were given. */
export const runStructuredCommunicationsAssign = (io: CliIo): Promise<void> =>
  runLoanMigration(
    io,
    {
      title: 'Giving structured communications to the loans disbursed without one',
      given: 'a structured communication',
    },
    (context) => context.get(StructuredCommunicationMigration),
  );

/** `loanbook file-numbers assign`: for the loans applied for before file numbers were given. */
export const runFileNumbersAssign = (io: CliIo): Promise<void> =>
  runLoanMigration(
    io,
    {
      title: 'Giving file numbers to the loans applied for without one',
      given: 'a file number',
    },
    (context) => context.get(FileNumberMigration),
  );
