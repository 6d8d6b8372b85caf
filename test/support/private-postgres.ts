import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A PostgreSQL cluster of a test's own, in a temporary directory on a free port: for tests
 * that stop and start the server (an outage), which must never touch the machine's shared
 * server that other test files use at the same time.
 *
 * Needs the server binaries (initdb, pg_ctl). Root may not run initdb: as root the cluster is
 * created and run as the `postgres` user (runuser). Under CI a missing binary fails the suite
 * (describePrivatePostgres), as a missing shared server does in global-setup.js.
 */

/** The directory holding initdb and pg_ctl: PG_BIN_DIR, else the newest /usr/lib/postgresql/<v>/bin. */
export function findPostgresBinDir(): string | undefined {
  const has = (dir: string) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  const given = process.env.PG_BIN_DIR;
  if (given) return has(given) ? given : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => /^\d+(\.\d+)?$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const dir = join(root, v, 'bin');
    if (has(dir)) return dir;
  }
  return undefined;
}

const isRoot = (): boolean => process.getuid?.() === 0;

/** Why a private cluster cannot be made here, or undefined when it can. */
export function privatePostgresUnavailable(): string | undefined {
  if (!findPostgresBinDir()) {
    return 'no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/<version>/bin; install postgresql or set PG_BIN_DIR';
  }
  if (isRoot() && spawnSync('id', ['-u', 'postgres']).status !== 0) {
    return 'running as root, and initdb refuses root, but there is no postgres user to run it as';
  }
  return undefined;
}

/**
 * `describe` when a private cluster can be made. Otherwise, under CI, a suite whose one test
 * fails saying why; on a developer's machine a skipped suite, with a loud warning.
 */
export function describePrivatePostgres(name: string, fn: () => void): void {
  const problem = privatePostgresUnavailable();
  if (!problem) {
    describe(name, fn);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it('needs a private PostgreSQL cluster', () => {
        throw new Error(`A private PostgreSQL cluster is required under CI: ${problem}`);
      });
    });
    return;
  }
  console.warn(`[loanbook] SKIPPED "${name}": ${problem}`);
  describe.skip(name, fn);
}

/** A port nobody listens on now: bound on port 0, closed, and its number reused. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port'))));
    });
  });
}

export type StopMode = 'fast' | 'immediate';

export interface PrivatePostgres {
  readonly port: number;
  /** The cluster's directory (data, socket, log). */
  readonly dir: string;
  /** A connection URL for user postgres (trust authentication) on 127.0.0.1. */
  url(database?: string): string;
  /** Starts the server again after stop(); resolves once it accepts connections. */
  start(): Promise<void>;
  /**
   * `immediate`: the postmaster and every backend quit at once, as in a crash (recovery at the
   * next start); `fast`: open transactions are rolled back and connections closed, then it stops.
   */
  stop(mode?: StopMode): Promise<void>;
  running(): boolean;
  /** The server's log, for diagnostics. */
  log(): string;
  /** Stops the server (immediate) and removes its directory; safe to call twice. */
  dispose(): Promise<void>;
}

/** initdb into a fresh temporary directory, then start the server on a free port. */
export async function startPrivatePostgres(
  options: { settings?: Record<string, string> } = {},
): Promise<PrivatePostgres> {
  const problem = privatePostgresUnavailable();
  if (problem) throw new Error(`cannot start a private PostgreSQL cluster: ${problem}`);
  const bin = findPostgresBinDir()!;
  const dir = mkdtempSync(join(tmpdir(), 'loanbook-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const asRoot = isRoot();
  if (asRoot) {
    const uid = Number(spawnSync('id', ['-u', 'postgres']).stdout.toString().trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres']).stdout.toString().trim());
    chownSync(dir, uid, gid);
  }
  const exec = (tool: string, args: string[], timeoutMs = 60_000) =>
    run(
      asRoot ? 'runuser' : join(bin, tool),
      asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args,
      timeoutMs,
    );

  let disposed = false;
  let up = false;
  // A test process that dies without its afterAll must not leave a server running.
  const onExit = () => {
    if (!up) return;
    const args = ['-D', dataDir, '-m', 'immediate', 'stop'];
    spawnSync(
      asRoot ? 'runuser' : join(bin, 'pg_ctl'),
      asRoot ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...args] : args,
      { stdio: 'ignore' },
    );
  };
  process.once('exit', onExit);

  try {
    await exec('initdb', [
      '-D',
      dataDir,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    process.off('exit', onExit);
    throw error;
  }
  const port = await freePort();
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    // Durability against the machine crashing is not under test; against the server
    // process stopping it is, and that needs no fsync (the kernel keeps what was written).
    fsync: 'off',
    full_page_writes: 'off',
    ...options.settings,
  };
  const serverOptions = [
    `-p ${port}`,
    `-k ${dir}`,
    ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`),
  ].join(' ');

  // initdb -U postgres: the superuser is called postgres whoever runs the server.
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;

  const cluster: PrivatePostgres = {
    port,
    dir,
    url,
    async start() {
      if (disposed) throw new Error('the private PostgreSQL cluster was disposed');
      await exec('pg_ctl', [
        '-D',
        dataDir,
        '-l',
        logFile,
        '-o',
        serverOptions,
        '-w',
        '-t',
        '60',
        'start',
      ]);
      up = true;
      await waitForConnection(url(), 30_000);
    },
    async stop(mode: StopMode = 'fast') {
      await exec('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
      up = false;
    },
    running: () => up,
    log: () => {
      try {
        return readFileSync(logFile, 'utf8');
      } catch {
        return '';
      }
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      try {
        if (up) await cluster.stop('immediate').catch(() => cluster.stop('fast'));
      } finally {
        process.off('exit', onExit);
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  try {
    await cluster.start();
  } catch (error) {
    await cluster.dispose().catch(() => undefined);
    throw error;
  }
  return cluster;
}

async function waitForConnection(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else
        reject(
          new Error(
            `${[command, ...args].join(' ')} failed (${signal ?? `exit ${code}`}):\n${output}`,
          ),
        );
    });
  });
}
