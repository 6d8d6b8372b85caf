import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { runDemo } from '../../apps/cli/src/demo/demo.command';
import { type Benchmark, type Measurement, type BenchContext, secondsSince } from './types';

// Compiled to dist/bench/bench/suite: the repository is four levels up.
const ROOT = resolve(__dirname, '..', '..', '..', '..');
const START_AIM_S = 5;
const TOKEN_AIM_S = 2;
/** Longer than any start: the first one builds the web app and the back office. */
const BUILD_TIMEOUT_MS = 300_000;
const START_TIMEOUT_MS = 60_000;

const fmt = (n: number, digits = 2) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The embedded quick start as a new user has it: PGlite in DATA_DIR, no PostgreSQL, no Kafka. */
function embeddedEnv(dataDir: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EVENT_STORE: 'pglite',
    DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: 'silent',
  };
  for (const name of [
    'DATABASE_URL',
    'DATABASE_SCHEMA',
    'KAFKA_BROKERS',
    'AUTH_SHARED_SECRET',
    'PERSONAL_DATA_KEY',
    'AUTH_JWKS_URL',
    'PROJECTIONS',
    'npm_config_prefix',
  ])
    delete env[name];
  return env;
}

/** The whole process group (npm, its shell, node): `npm start` does not pass signals on. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone already
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Seconds from spawning `command` to the first answer of `url` with `status` (polled every 10 ms),
 * then the process group is stopped and its exit awaited (PGlite's data directory is free again).
 */
async function timeToAnswer(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  url: string,
  accept: (status: number) => boolean,
  timeoutMs: number,
): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2_000);
  });
  try {
    for (;;) {
      if (child.exitCode !== null) {
        throw new Error(`${command} ${args.join(' ')} exited with ${child.exitCode}: ${stderr}`);
      }
      if (secondsSince(started) * 1000 > timeoutMs) {
        throw new Error(`${command} ${args.join(' ')}: no answer on ${url} in ${timeoutMs} ms`);
      }
      const status = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
        (r) => r.status,
        () => 0,
      );
      if (accept(status)) return secondsSince(started);
      await sleep(10);
    }
  } finally {
    await stop(child);
  }
}

/** Seconds for `command` to run to its end, and its standard output. */
async function timeToExit(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ seconds: number; stdout: string }> {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2_000)));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  const seconds = secondsSince(started);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr}`);
  return { seconds, stdout };
}

async function medianOf(runs: number, measure: () => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push(await measure());
  return times;
}

/**
 * Start-up and Token (issue 24): the real commands as a user types them, in child processes,
 * the median of a few runs. `npm start` a second time with nothing changed (the first, untimed,
 * builds what it must) until GET /health answers 200, on the embedded PGlite store; and
 * `npm run -s token` until it has printed a token. Baselines of the same run: `node -e ''`,
 * and a bare NestJS app started as a process until it answers.
 */
export const startup: Benchmark = async (ctx: BenchContext) => {
  const runs = ctx.quick ? 3 : 5;
  const dataDir = await mkdtemp(join(tmpdir(), 'loanbook-bench-start-'));
  try {
    const port = await freePort();
    const env = embeddedEnv(dataDir, port);
    const health = `http://127.0.0.1:${port}/health`;
    const healthy = (status: number) => status === 200;

    ctx.log('start-up: a first npm start (builds if stale; untimed) on a fresh PGlite store');
    await timeToAnswer('npm', ['start'], env, health, healthy, BUILD_TIMEOUT_MS);
    let book: string | undefined;
    if (!ctx.quick) {
      // A demo-sized book, loaded by the demo itself (untimed) into the same data directory.
      ctx.log('start-up: loading the demo portfolio into the store (untimed)');
      await runDemo({
        env: embeddedEnv(dataDir, port),
        stdout: new PassThrough().resume(),
        stderr: new PassThrough().resume(),
      });
      book = 'the demo portfolio (npm run demo: 15,197 events, its read models caught up)';
    }

    ctx.log(`start-up: node -e '' and a bare NestJS app, ${runs} runs each`);
    const nodeBare = await medianOf(
      runs,
      async () => (await timeToExit(process.execPath, ['-e', ''], env)).seconds,
    );
    const barePort = await freePort();
    const bareNest = await medianOf(runs, () =>
      timeToAnswer(
        process.execPath,
        [join(ROOT, 'bench', 'run.js'), 'suite/bare-start-child'],
        { ...env, PORT: String(barePort) },
        `http://127.0.0.1:${barePort}/`,
        (status) => status > 0,
        START_TIMEOUT_MS,
      ),
    );
    ctx.log(`start-up: npm start, ${runs} runs`);
    const starts = await medianOf(runs, () =>
      timeToAnswer('npm', ['start'], env, health, healthy, START_TIMEOUT_MS),
    );
    ctx.log(
      `token: npm run -s token, a first run (builds the CLI if stale; untimed), then ${runs} runs`,
    );
    const token = async () => {
      const { seconds, stdout } = await timeToExit(
        'npm',
        ['run', '-s', 'token', '--', '--sub', 'eva', '--roles', 'analyst'],
        env,
      );
      if (!/^[\w-]+\.[\w-]+\.[\w-]+\s*$/.test(stdout)) {
        throw new Error(`npm run -s token printed no token: ${stdout.slice(0, 200)}`);
      }
      return seconds;
    };
    await token();
    const tokens = await medianOf(runs, token);

    // Where a start's time goes: its build checks, timed alone (the rest is node on the build).
    const check = (args: string[]) =>
      medianOf(runs, async () => (await timeToExit(process.execPath, args, env)).seconds);
    const webCheck = median(await check([join(ROOT, 'apps', 'web', 'scripts', 'build.js')]));
    const appCheck = median(await check([join(ROOT, 'scripts', 'build-app.js'), 'back-office']));
    const cliCheck = median(await check([join(ROOT, 'scripts', 'build-app.js'), 'cli']));
    const nodeS = median(nodeBare);
    const nestS = median(bareNest);
    const startS = median(starts);
    const tokenS = median(tokens);
    const list = (xs: number[]) => xs.map((x) => fmt(x)).join(', ');
    const holds = book ?? 'a fresh store (created by the untimed first start: no loans)';
    const rows: Measurement[] = [
      {
        section: 'Start-up',
        subject: 'second npm start with nothing changed, until GET /health answers 200',
        store: 'PGlite',
        value: startS,
        unit: 's',
        baseline: {
          subject: 'a bare NestJS app started as a process, until it answers',
          value: nestS,
          unit: 's',
        },
        ratio: startS / nestS,
        aim: { description: `back office healthy ≤ ${START_AIM_S} s`, met: startS <= START_AIM_S },
        note:
          `Lower is better. Median of ${runs} runs (${list(starts)} s), each from spawning npm start ` +
          `(the web app's and the back office's build checks, then node on the built back office) ` +
          `to /health 200, on the embedded store (EVENT_STORE=pglite, DATA_DIR) holding ${holds}; ` +
          `node -e '' takes ${fmt(nodeS)} s (median of ${list(nodeBare)}); the bare NestJS app ${list(bareNest)} s. ` +
          `Where the time goes: the web app's build check ${fmt(webCheck)} s and the back office's ` +
          `${fmt(appCheck)} s (each a node process hashing its sources), ` +
          `the rest (${fmt(Math.max(0, startS - webCheck - appCheck))} s with npm) node loading the back office, ` +
          `opening PGlite and catching up the read models until /health answers.`,
      },
      {
        section: 'Token',
        subject: 'npm run -s token -- --sub eva --roles analyst, until the token is printed',
        store: 'PGlite',
        value: tokenS,
        unit: 's',
        baseline: { subject: "node -e ''", value: nodeS, unit: 's' },
        ratio: tokenS / nodeS,
        aim: { description: `a token printed ≤ ${TOKEN_AIM_S} s`, met: tokenS <= TOKEN_AIM_S },
        note:
          `Lower is better. Median of ${runs} runs (${list(tokens)} s), each from spawning npm ` +
          `to its exit with the token on stdout (the CLI's build check, then node on the built CLI, ` +
          `signing with the embedded store's development secret). The CLI's build check alone ` +
          `takes ${fmt(cliCheck)} s (a node process hashing its sources).`,
      },
    ];
    return rows;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
};
