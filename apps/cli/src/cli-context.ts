import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { createBackOfficeContext } from '../../back-office/src/bootstrap';
import { loadConfig, type AppConfig } from '../../back-office/src/config/config';

/** Where a command writes: stdout for its result, stderr for progress and messages. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** The CLI is quieter than the server: LOG_LEVEL defaults to warn. */
export const CLI_DEFAULT_LOG_LEVEL = 'warn';

/**
 * The back office's configuration, from the same environment variables and with the same
 * checks (README "Configuration"); only LOG_LEVEL has another default.
 */
export function loadCliConfig(env: NodeJS.ProcessEnv): AppConfig {
  const level = env.LOG_LEVEL?.trim();
  return loadConfig(
    { ...env, LOG_LEVEL: level ? level : CLI_DEFAULT_LOG_LEVEL },
    { serving: false },
  );
}

/** "the embedded PGlite store in /data/event-store" or "PostgreSQL at host:5432/db, schema loanbook". */
export function describeStore(config: AppConfig): string {
  if (config.eventStore === 'pglite')
    return `the embedded PGlite store in ${config.dataDir}/event-store`;
  if (config.eventStore === 'kurrentdb') return `KurrentDB (read models in PostgreSQL)`;
  let where = 'PostgreSQL';
  try {
    const url = new URL(config.databaseUrl ?? '');
    where = `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    // the URL was checked by loadConfig; keep the plain name
  }
  return `${where}, schema ${config.databaseSchema}`;
}

/** Stopped by Ctrl-C (SIGINT) or SIGTERM; the process exits with 130. */
export class CliInterruptedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliInterruptedError';
  }
}

/**
 * Runs `fn` on a back-office application context and always closes it, so the store is shut
 * down cleanly (PGlite writes its files). The CLI owns SIGINT and SIGTERM while it runs: the
 * first one aborts `signal`, and the command stops at its next safe point (Nest's own shutdown
 * hooks would close the store under a running command); a second one exits at once.
 */
export async function withBackOffice<T>(
  config: AppConfig,
  io: CliIo,
  fn: (context: INestApplicationContext, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      io.stderr.write(`\n${signal} again: stopping at once\n`);
      process.exit(130);
    }
    io.stderr.write(
      `\n${signal}: stopping after the current step (press Ctrl-C again to stop at once)\n`,
    );
    controller.abort();
  };
  checkDataDir(config);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const context = await createBackOfficeContext(config, {
      storeOwner: `\`npm run cli -- ${process.argv.slice(2).join(' ')}\``,
    });
    try {
      return await fn(context, controller.signal);
    } finally {
      await context.close();
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** The embedded store needs a directory it can write: checked first, saying what to set. */
function checkDataDir(config: AppConfig): void {
  if (config.eventStore !== 'pglite') return;
  const dir = join(config.dataDir, 'event-store');
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.R_OK | constants.W_OK);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the embedded store cannot use ${dir} (${reason}): set DATA_DIR to a directory this user can write`,
    );
  }
}
