import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { liveDataDirOwner, type DataDirOwner } from '@loanbook/event-store';
import { loadOrCreateDevSecret } from '../../back-office/src/auth/dev-secret';
import { mintToken } from '../../back-office/src/auth/dev-token';
import type { Role } from '../../back-office/src/auth/roles';
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
    // Loaded here, not at the top: `loanbook token` and the usage errors never open the store, and
    // the whole back office is most of the command line's start-up time.
    const { createBackOfficeContext } = await import('../../back-office/src/bootstrap');
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

/**
 * The back office that holds the embedded store, when one runs and says where it serves: the
 * embedded store has one owner, so the commands that may ask it (report, projections status and
 * retry) do so instead of opening the store.
 */
export function runningBackOffice(config: AppConfig): (DataDirOwner & { url: string }) | undefined {
  if (config.eventStore !== 'pglite') return undefined;
  const owner = liveDataDirOwner(join(config.dataDir, 'event-store'));
  return owner?.url ? { ...owner, url: owner.url } : undefined;
}

/**
 * A request to the running back office, with a five-minute token signed like `npm run token`'s
 * (the shared or development secret this command reads too). Problems come back as errors that
 * say what the back office answered.
 */
export async function askBackOffice<T>(
  config: AppConfig,
  server: DataDirOwner & { url: string },
  request: { method?: 'GET' | 'POST'; path: string; roles: Role[] },
): Promise<T> {
  const auth = config.auth;
  if (auth.mode === 'jwks') {
    throw new Error(
      `the back office at ${server.url} (PID ${server.pid}) holds the embedded store, and with an identity provider this command cannot sign a token: call ${server.url}/api/v1${request.path} with yours`,
    );
  }
  const secret =
    auth.mode === 'shared-secret' ? auth.secret : await loadOrCreateDevSecret(auth.secretFile);
  const token = await mintToken({
    secret,
    sub: 'loanbook-cli',
    roles: request.roles,
    ttlSeconds: 300,
    ...(auth.mode === 'shared-secret' ? { issuer: auth.issuer, audience: auth.audience } : {}),
  });
  const res = await fetch(`${server.url}/api/v1${request.path}`, {
    method: request.method ?? 'GET',
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
  });
  const body = (await res.json().catch(() => ({}))) as T & { detail?: string; title?: string };
  if (!res.ok) {
    throw new BackOfficeAnswerError(
      res.status,
      `the back office at ${server.url} answered ${res.status}: ${body.detail ?? body.title ?? res.statusText}`,
    );
  }
  return body;
}

/**
 * The running back office's log head, for a read that must show everything recorded before the
 * command ran: pass it as minPosition, and the back office answers once its read models have
 * caught up with it (its projections may lag behind its last commands by a moment).
 */
export async function backOfficeHead(
  config: AppConfig,
  server: DataDirOwner & { url: string },
): Promise<number> {
  const { projections } = await askBackOffice<{
    projections: { head: { globalPosition: number } }[];
  }>(config, server, { path: '/projections', roles: ['admin'] });
  return Math.max(0, ...projections.map((p) => p.head.globalPosition));
}

export class BackOfficeAnswerError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'BackOfficeAnswerError';
  }
}
