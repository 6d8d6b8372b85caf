import 'reflect-metadata';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/config';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen(config.port);
  const base = `http://localhost:${config.port}`;
  const where =
    config.eventStore === 'pglite'
      ? `embedded PGlite in ${config.dataDir}`
      : `PostgreSQL (schema ${config.databaseSchema})`;
  process.stdout.write(
    `\nLoanbook back office is listening on ${base} (event store: ${where})\n` +
      `  API docs: ${base}/api/docs    health: ${base}/health\n\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Loanbook could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
