import { READ_MODEL_PROJECTIONS } from '@loanbook/projections/read-models';
import { runProjectorProcess } from './projector';

runProjectorProcess(process.env, READ_MODEL_PROJECTIONS).catch((error: unknown) => {
  process.stderr.write(
    `Loanbook projector failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
