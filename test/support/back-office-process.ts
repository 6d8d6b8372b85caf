import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type CompiledScript, compileForNode } from './compile-for-node';
import { freePort } from './private-postgres';

export { freePort } from './private-postgres';

const REPO_ROOT = resolve(__dirname, '..', '..');

/** What a test's back office processes run: the server's entry point, compiled once. */
export interface BuiltBackOffice {
  /** `node` arguments that start the server. */
  nodeArgs: string[];
  /** Environment the compiled server needs (module paths, migrations directory). */
  env: Record<string, string>;
  dispose(): void;
}

/**
 * Compiles apps/back-office/src/main.ts with the repository's compiler options into a
 * directory of this test's own. Unlike `nest build back-office`, which empties the shared
 * dist/apps/back-office first, nothing another test or build does can pull the files from
 * under a server that is starting. About 6 s on 2 cores: once per test file (beforeAll).
 */
export async function buildBackOffice(): Promise<BuiltBackOffice> {
  const compiled: CompiledScript = await compileForNode(
    join(REPO_ROOT, 'apps', 'back-office', 'src', 'main.ts'),
  );
  return { nodeArgs: compiled.nodeArgs, env: compiled.env, dispose: compiled.dispose };
}

export interface BackOfficeProcessOptions {
  /** The server's environment (EVENT_STORE, DATA_DIR, DATABASE_URL, ...); PORT is set here. */
  env: Record<string, string>;
  /** Default: a free port, kept across restarts. */
  port?: number;
  /** How long start() waits for GET /health to answer 200; default 60 s. */
  startTimeoutMs?: number;
}

export interface ProcessExit {
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Keep the last this many characters of the server's output. */
const OUTPUT_LIMIT = 200_000;

/**
 * The back office as a child process, as production runs it: started, killed with SIGKILL,
 * stopped with SIGTERM, and started again on the same port and store.
 */
export class BackOfficeProcess {
  readonly port: number;
  readonly url: string;
  private child?: ChildProcess;
  private exited?: Promise<ProcessExit>;
  private captured = '';
  readonly exits: ProcessExit[] = [];

  private constructor(
    private readonly build: BuiltBackOffice,
    private readonly options: BackOfficeProcessOptions,
    port: number,
  ) {
    this.port = port;
    this.url = `http://127.0.0.1:${port}`;
  }

  /** A server on a free port, started; resolves once /health answers 200. */
  static async start(
    build: BuiltBackOffice,
    options: BackOfficeProcessOptions,
  ): Promise<BackOfficeProcess> {
    const server = new BackOfficeProcess(build, options, options.port ?? (await freePort()));
    await server.start();
    return server;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && !this.child.signalCode;
  }

  /** stdout and stderr of every run so far (the tail), for diagnostics. */
  output(): string {
    return this.captured;
  }

  /**
   * Runs a test step; if it fails, the server's output (its last lines) is added to the
   * error, so that a failure under CI shows what the server said.
   */
  async explainFailure<T>(step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      const tail = `\n--- back office output (tail) ---\n${this.output().slice(-6000)}`;
      if (error instanceof Error || (typeof error === 'object' && error !== null)) {
        (error as { message: string }).message += tail;
        throw error;
      }
      throw new Error(`${String(error)}${tail}`);
    }
  }

  /** The server's JSON log lines (pino) at or above a level: 40 warn, 50 error, 60 fatal. */
  logEntries(minLevel = 40): Array<{ level: number; msg: string; [key: string]: unknown }> {
    const entries: Array<{ level: number; msg: string }> = [];
    for (const line of this.captured.split('\n')) {
      if (!line.startsWith('{')) continue;
      try {
        const entry = JSON.parse(line) as { level?: unknown; msg?: unknown };
        if (typeof entry.level === 'number' && entry.level >= minLevel)
          entries.push({ ...entry, level: entry.level, msg: String(entry.msg ?? '') });
      } catch {
        // a line cut off by the kill
      }
    }
    return entries;
  }

  /** Starts the server (again); resolves once GET /health answers 200. */
  async start(): Promise<void> {
    if (this.running()) throw new Error(`the back office is running already (pid ${this.pid})`);
    const child = spawn(process.execPath, this.build.nodeArgs, {
      cwd: REPO_ROOT,
      // Not the test's own environment: only what is given, so that nothing a developer
      // exported (EVENT_STORE, PROJECTIONS, AUTH_*) changes the server under test.
      env: {
        ...inherited(['PATH', 'HOME', 'TZ', 'LANG', 'TMPDIR']),
        ...this.build.env,
        // The load tests approve offers dated years ago and disburse them later: no
        // processor may lapse them meanwhile, unless a test asks for it.
        OFFER_LAPSE_INTERVAL_SECONDS: '0',
        REMINDER_INTERVAL_SECONDS: '0',
        DOCUMENTS: 'off',
        ...this.options.env,
        PORT: String(this.port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const append = (chunk: Buffer) => {
      this.captured += chunk.toString();
      if (this.captured.length > OUTPUT_LIMIT * 1.5)
        this.captured = this.captured.slice(-OUTPUT_LIMIT);
    };
    child.stdout!.on('data', append);
    child.stderr!.on('data', append);
    this.exited = new Promise<ProcessExit>((resolveExit) => {
      child.on('exit', (code, signal) => {
        const exit = { pid: child.pid ?? -1, code, signal };
        this.exits.push(exit);
        this.captured += `\n[back office pid ${exit.pid} exited: ${signal ?? `code ${code}`}]\n`;
        resolveExit(exit);
      });
      child.on('error', (error) => {
        const exit = { pid: child.pid ?? -1, code: -1, signal: null };
        this.captured += `\n[back office could not be started: ${error.message}]\n`;
        resolveExit(exit);
      });
    });
    this.captured += `\n[back office pid ${child.pid} starting on port ${this.port}]\n`;
    await this.waitHealthy(this.options.startTimeoutMs ?? 60_000);
  }

  /** kill -9: no shutdown hook runs, whatever was in flight is cut off. */
  async kill(): Promise<ProcessExit> {
    return this.signal('SIGKILL', 0);
  }

  /** SIGTERM: Nest's shutdown hooks close the store; SIGKILL if it takes longer than 20 s. */
  async stop(): Promise<ProcessExit> {
    return this.signal('SIGTERM', 20_000);
  }

  /**
   * CPU time (user + system) the server processes have used so far, in ms, over every run
   * (Linux /proc; undefined elsewhere): how busy the server was, whatever else ran meanwhile.
   */
  cpuMs(): number | undefined {
    const now = this.running() ? readCpuMs(this.pid!) : 0;
    return now === undefined ? undefined : this.cpuMsOfEarlierRuns + now;
  }

  private cpuMsOfEarlierRuns = 0;

  private async signal(signal: NodeJS.Signals, graceMs: number): Promise<ProcessExit> {
    const child = this.child;
    const exited = this.exited;
    if (!child || !exited) throw new Error('the back office was never started');
    if (this.running()) this.cpuMsOfEarlierRuns += readCpuMs(child.pid!) ?? 0;
    if (this.running()) child.kill(signal);
    if (graceMs > 0) {
      const timer = setTimeout(() => {
        if (this.running()) child.kill('SIGKILL');
      }, graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    }
    return exited;
  }

  private async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer yet';
    while (Date.now() < deadline) {
      if (!this.running()) {
        throw new Error(
          `the back office exited while starting (${last}):\n${this.output().slice(-5000)}`,
        );
      }
      try {
        const res = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2000) });
        const body = await res.text();
        if (res.status === 200) return;
        last = `GET /health answered ${res.status}: ${body}`;
      } catch (error) {
        last = `GET /health failed: ${error instanceof Error ? error.message : String(error)}`;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const tail = this.output().slice(-5000);
    if (this.running()) this.child?.kill('SIGKILL');
    throw new Error(
      `the back office did not answer GET /health 200 within ${timeoutMs} ms (${last}):\n${tail}`,
    );
  }
}

function inherited(names: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of names) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

/** utime + stime of a process, from /proc/<pid>/stat, in ms. */
function readCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name (which may hold spaces) are space-separated.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** USER_HZ: 100 on every Linux this runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
