import 'reflect-metadata';
import { inspect } from 'node:util';
import { PgliteEventStore } from '@loanbook/event-store';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/config';
import { EVENT_STORE } from './infrastructure/tokens';

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
  // A second process on the same data directory is told where this one serves.
  const store = app.get(EVENT_STORE);
  if (store instanceof PgliteEventStore) store.describeOwner({ url: base });
  const where =
    config.eventStore === 'pglite'
      ? `embedded PGlite in ${config.dataDir}`
      : config.eventStore === 'kurrentdb'
        ? `KurrentDB, read models in PostgreSQL (schema ${config.databaseSchema})`
        : `PostgreSQL (schema ${config.databaseSchema})`;
  const auth =
    config.auth.mode === 'development'
      ? `  Every endpoint but /health takes a bearer token. Development tokens, signed with the secret in\n` +
        `  ${config.auth.secretFile}:\n` +
        `    TOKEN=$(npm run -s token -- --sub alice --roles clerk)\n` +
        `    curl -H "Authorization: Bearer $TOKEN" ${base}/api/v1/loans\n` +
        `  Roles: clerk, credit-officer, analyst, admin (README "Security").\n`
      : config.auth.mode === 'jwks'
        ? `  Bearer tokens are checked on ${config.auth.jwksUrl} (issuer ${config.auth.issuer}).\n`
        : `  Bearer tokens are checked on AUTH_SHARED_SECRET; npm run token -- --sub <user> --roles <roles> mints one.\n`;
  process.stdout.write(
    `\nLoanbook back office is listening on ${base} (event store: ${where})\n` +
      `  Web app: ${base}/${config.auth.mode === 'development' ? ' (sign in with a name and roles)' : ''}\n` +
      `  API docs: ${base}/api/docs (open in a browser; Authorize with a token)    health: ${base}/health\n` +
      auth +
      '\n',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`Loanbook could not start: ${describe(error)}\n`);
  process.exit(1);
});

/** Some libraries (PGlite among them) reject with plain objects: show what they hold. */
function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String((error as { message: unknown }).message);
  }
  return inspect(error, { depth: 3 });
}
