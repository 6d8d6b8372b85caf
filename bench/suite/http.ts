/**
 * HTTP commands: how many loan applications a second the real back office takes over HTTP, and
 * how fast it answers at a steady 200 a second, against a bare NestJS endpoint in the same run.
 *
 * Each server runs in a child process (bench/suite/http-server-child.ts) and autocannon drives
 * it from this one: the back office as production builds it (loadConfig, createApp) on PGlite
 * (a temp data dir) and on PostgreSQL (a throw-away schema, dropped at the end), and the bare
 * app of bench/suite/bare-nest.ts. Every request is `POST /api/v1/loans` with a fresh valid
 * Impulskrediet application and the bearer token of one of 100 clerks in turn; the bare app gets
 * the same bodies and headers. Only 2xx answers count as requests/s; latencies are of the 2xx answers.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { FLEMISH_PROVINCES } from '@loanbook/domain';
import { mintToken } from '../../apps/back-office/src/auth/dev-token';
import type { FromChild, ToChild } from './http-server-child';
import { listShares as list, pct, type ProfileSummary } from './profile';
import { percentile, type Aim, type BenchContext, type Benchmark, type Measurement } from './types';

// ---------------------------------------------------------------------------------------------
// autocannon 9 ships no type declarations: the part of its API used here.

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest, context: unknown) => AutocannonRequest;
}

interface AutocannonOptions {
  url: string;
  connections: number;
  /** Seconds. */
  duration: number;
  /** Requests a second over all connections. */
  overallRate?: number;
  /** Seconds before a request counts as timed out. */
  timeout?: number;
  requests: AutocannonRequest[];
}

interface AutocannonResult {
  /** Seconds, measured. */
  duration: number;
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}

type Autocannon = (
  options: AutocannonOptions,
  done: (error: Error | null, result: AutocannonResult) => void,
) => EventEmitter;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon;

// ---------------------------------------------------------------------------------------------

const PATH = '/api/v1/loans';
const CONCURRENCIES = [8, 32] as const;
const RATE = 200;
/**
 * autocannon's rate limiter lets each connection send its share of a second back to back from
 * the start of that second, so the fixed rate arrives in bursts of this many concurrent requests:
 * few, but enough that each connection's 50 a second fit in the second while a command takes
 * under 20 ms, the aim.
 */
const RATE_CONNECTIONS = 4;
/** Connections of the profiled stretch: the heavier load level. */
const PROFILE_CONNECTIONS = 32;
const AIM_RATIO = 0.5;
const AIM_P99_MS = 20;

/** Signs the clerks' tokens here and checks them in the back office: a shared secret of the run. */
const BENCH_AUTH_SECRET = 'loanbook-bench-shared-secret-0123456789abcdef';
/** A fixed key: the applications are generated and the schema thrown away. */
const BENCH_PERSONAL_DATA_KEY = Buffer.from(
  '68d3f1a09c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d',
  'hex',
).toString('base64');

interface Sizes {
  /** Seconds of load per concurrency. */
  seconds: number;
  /** Untimed load before the first measured run of each server: the JIT and the pools warm. */
  warmSeconds: number;
  rateSeconds: number;
  profileSeconds: number;
}

const sizesOf = (quick: boolean): Sizes =>
  quick
    ? { seconds: 3, warmSeconds: 1, rateSeconds: 3, profileSeconds: 2 }
    : { seconds: 15, warmSeconds: 3, rateSeconds: 10, profileSeconds: 5 };

// ---------------------------------------------------------------------------------------------
// The bodies: each request a new application, valid for the Impulskrediet of 2018.

let serial = 0;

/** A valid Belgian enterprise number (mod 97) for each n below 5,000,000. */
function enterpriseNumber(n: number): string {
  const base = 4_000_000 + (n % 5_000_000);
  const digits = `${String(base).padStart(8, '0')}${String(97 - (base % 97)).padStart(2, '0')}`;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

function application(n: number): string {
  return JSON.stringify({
    productCode: 'impulskrediet',
    borrower: {
      enterpriseNumber: enterpriseNumber(n),
      name: `Bakkerij Peeters ${n}`,
      province: FLEMISH_PROVINCES[n % FLEMISH_PROVINCES.length],
    },
    // Whole euros from 2,500.00 to 25,000.00, the product's limits in 2018.
    amount: `${2500 + (n % 22_501)}.00`,
    termMonths: 12 + (n % 49),
    purpose: 'oven and working capital',
    appliedOn: '2018-03-01',
  });
}

/**
 * The clerks' tokens, taken in turn: the back office's rate limiter keeps each user's hits of the
 * last minute and scans them on every request, so one user sending hundreds a second (possible
 * only with the bench's very high limit) would make the throttler the bottleneck. Spread over
 * this many clerks, each user's window holds what it would under the default 600 a minute.
 */
const CLERKS = 100;
type Clerks = readonly string[];

function clerkTokens(): Promise<Clerks> {
  return Promise.all(
    Array.from({ length: CLERKS }, (_, i) =>
      mintToken({ secret: BENCH_AUTH_SECRET, sub: `bench-clerk-${i + 1}`, roles: ['clerk'] }),
    ),
  );
}

const headersOf = (token: string) => ({
  'content-type': 'application/json',
  authorization: `Bearer ${token}`,
});

// ---------------------------------------------------------------------------------------------
// Load

interface LoadResult {
  connections: number;
  seconds: number;
  ok: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

interface LoadOptions {
  connections: number;
  seconds: number;
  overallRate?: number;
}

/**
 * One autocannon run. Latencies are taken from each 2xx response as it comes, not from
 * autocannon's histogram: that one holds whole milliseconds, and with a rate it "corrects"
 * each value with an expected interval of one millisecond, which fills it with invented values.
 */
function load(port: number, tokens: Clerks, options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  return new Promise((resolvePromise, reject) => {
    const tracker = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections: options.connections,
        duration: options.seconds,
        overallRate: options.overallRate,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            path: PATH,
            setupRequest: (request) => {
              const n = serial++;
              return {
                ...request,
                headers: headersOf(tokens[n % tokens.length]),
                body: application(n),
              };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        const statusCodes = Object.fromEntries(
          Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
        );
        resolvePromise({
          connections: options.connections,
          seconds: result.duration,
          ok: result['2xx'],
          requestsPerSecond: result['2xx'] / result.duration,
          p50Ms: percentile(latencies, 50),
          p99Ms: percentile(latencies, 99),
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          statusCodes,
        });
      },
    );
    tracker.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
}

/** Not counted as requests/s, but said: a run with failures is not a clean figure. */
function failures(r: LoadResult): string | undefined {
  if (r.non2xx === 0 && r.errors === 0) return undefined;
  const codes = Object.entries(r.statusCodes)
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, n]) => `${n} × ${code}`)
    .join(', ');
  return (
    `${r.non2xx} non-2xx answers${codes ? ` (${codes})` : ''}` +
    (r.errors > 0 ? `, ${r.errors} connection errors (${r.timeouts} timeouts)` : '')
  );
}

// ---------------------------------------------------------------------------------------------
// The server process

type Answer<T extends FromChild['type']> = Extract<FromChild, { type: T }>;

interface ServerProcess {
  port: number;
  ask<T extends FromChild['type']>(message: ToChild, expect: T): Promise<Answer<T>>;
  stop(): Promise<void>;
}

/** Longer than any start-up (migrations on a busy PostgreSQL), short of a hung benchmark. */
const ANSWER_TIMEOUT_MS = 120_000;

async function startServer(start: Extract<ToChild, { type: 'start' }>): Promise<ServerProcess> {
  // Compiled to dist/bench/bench/suite: bench/run.js is four levels up.
  const root = resolve(__dirname, '..', '..', '..', '..');
  const child: ChildProcess = fork(join(root, 'bench', 'run.js'), ['suite/http-server-child'], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const inbox: FromChild[] = [];
  let waiting: { resolve(m: FromChild): void; reject(e: Error): void } | undefined;
  let ended: Error | undefined;
  child.on('message', (message: FromChild) => {
    const w = waiting;
    waiting = undefined;
    if (w) w.resolve(message);
    else inbox.push(message);
  });
  const end = (error: Error) => {
    ended ??= error;
    waiting?.reject(ended);
    waiting = undefined;
  };
  child.on('exit', (code, signal) =>
    end(new Error(`the ${start.server} server process exited (${signal ?? code})`)),
  );
  child.on('error', end);

  const next = (): Promise<FromChild> => {
    const queued = inbox.shift();
    if (queued) return Promise.resolve(queued);
    if (ended) return Promise.reject(ended);
    return new Promise((resolveMessage, reject) => {
      const timer = setTimeout(() => {
        waiting = undefined;
        reject(new Error(`the ${start.server} server process did not answer in time`));
      }, ANSWER_TIMEOUT_MS);
      waiting = {
        resolve: (m) => {
          clearTimeout(timer);
          resolveMessage(m);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
    });
  };
  const ask = async <T extends FromChild['type']>(
    message: ToChild,
    expect: T,
  ): Promise<Answer<T>> => {
    if (ended) throw ended;
    child.send(message);
    const answer = await next();
    if (answer.type === 'error') throw new Error(`${start.server} server: ${answer.message}`);
    if (answer.type !== expect) {
      throw new Error(`${start.server} server answered ${answer.type}, not ${expect}`);
    }
    return answer as Answer<T>;
  };
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  try {
    const listening = await ask(start, 'listening');
    return {
      port: listening.port,
      ask,
      async stop() {
        try {
          if (!ended) await ask({ type: 'stop' }, 'stopped');
        } finally {
          kill();
        }
      },
    };
  } catch (error) {
    kill();
    throw error;
  }
}

/** The back office's whole configuration, as an operator would set it (no inherited env). */
function backOfficeEnv(
  store: 'pglite' | 'postgres',
  context: BenchContext,
  dataDir: string,
  schema: string,
): Record<string, string> {
  return {
    EVENT_STORE: store,
    ...(store === 'pglite'
      ? { DATA_DIR: dataDir }
      : { DATABASE_URL: context.databaseUrl, DATABASE_SCHEMA: schema }),
    LOG_LEVEL: 'silent',
    AUTH_SHARED_SECRET: BENCH_AUTH_SECRET,
    PERSONAL_DATA_KEY: BENCH_PERSONAL_DATA_KEY,
    RATE_LIMIT_PER_MINUTE: '9999999',
    OFFER_LAPSE_INTERVAL_SECONDS: '0',
    DOCUMENTS: 'off',
    PROJECTIONS: 'in-process',
  };
}

/**
 * Until the loans read model has caught up with everything written so far: the in-process
 * projections work off a run's backlog before the next run starts, so no run pays for another.
 */
async function settle(port: number, tokens: Clerks): Promise<void> {
  const base = `http://127.0.0.1:${port}${PATH}`;
  const headers = headersOf(tokens[0]);
  const applied = await fetch(base, { method: 'POST', headers, body: application(serial++) });
  if (applied.status !== 201) {
    throw new Error(`settling: POST ${PATH} answered ${applied.status}: ${await applied.text()}`);
  }
  const { position } = (await applied.json()) as { position: number };
  const deadline = Date.now() + 120_000;
  for (;;) {
    const read = await fetch(`${base}?limit=1&minPosition=${position}`, { headers });
    await read.arrayBuffer();
    if (read.status === 200) return;
    if (read.status !== 503 || Date.now() > deadline) {
      throw new Error(`settling: the loans read model answered ${read.status}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------

/** A measured run, with the CPU it took: where the machine's cores went meanwhile. */
interface Run extends LoadResult {
  /** The server process's CPU time (all its threads) per 2xx answer. */
  serverCpuMs: number;
  /** Cores busy on average: the server, this process (autocannon), the whole machine. */
  cores: { server: number; loadGenerator: number; machine: number };
}

/** CPU time of the whole machine so far, in ms: busy and in all. */
function machineCpuMs(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

interface ServerFigures {
  levels: Run[];
  rate?: Run;
  profile?: ProfileSummary & { commands: number };
}

interface RunPlan {
  rate: boolean;
  /** Profiles the server after the measured runs when this says so (an aim missed). */
  profileWhen?: (figures: ServerFigures) => boolean;
}

async function measureServer(
  name: string,
  start: Extract<ToChild, { type: 'start' }>,
  tokens: Clerks,
  sizes: Sizes,
  plan: RunPlan,
  context: BenchContext,
): Promise<ServerFigures> {
  context.log(`HTTP commands: starting ${name}`);
  const server = await startServer(start);
  const backOffice = start.server === 'back-office';
  const cpuMicros = async () => (await server.ask({ type: 'usage' }, 'usage')).cpuMicros;
  const measured = async (options: LoadOptions): Promise<Run> => {
    // The in-process projections work off the last run's backlog first: no run pays for another.
    if (backOffice) await settle(server.port, tokens);
    const serverBefore = await cpuMicros();
    const ownBefore = process.cpuUsage();
    const machineBefore = machineCpuMs();
    const started = process.hrtime.bigint();
    const r = await load(server.port, tokens, options);
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    const machine = machineCpuMs();
    const own = process.cpuUsage(ownBefore);
    const serverMs = ((await cpuMicros()) - serverBefore) / 1000;
    return {
      ...r,
      serverCpuMs: serverMs / r.ok,
      cores: {
        server: serverMs / wallMs,
        loadGenerator: (own.user + own.system) / 1000 / wallMs,
        machine:
          ((machine.busy - machineBefore.busy) / (machine.total - machineBefore.total)) *
          cpus().length,
      },
    };
  };
  try {
    await load(server.port, tokens, {
      connections: CONCURRENCIES[CONCURRENCIES.length - 1],
      seconds: sizes.warmSeconds,
    });
    const figures: ServerFigures = { levels: [] };
    for (const connections of CONCURRENCIES) {
      const r = await measured({ connections, seconds: sizes.seconds });
      context.log(
        `HTTP commands: ${name}, ${connections} connections: ${r.requestsPerSecond.toFixed(0)} requests/s, ` +
          `p50 ${ms(r.p50Ms)} ms, p99 ${ms(r.p99Ms)} ms, server CPU ${ms(r.serverCpuMs)} ms a request, ` +
          `machine ${r.cores.machine.toFixed(2)} cores busy` +
          (failures(r) ? `; ${failures(r)}` : ''),
      );
      figures.levels.push(r);
    }
    if (plan.rate) {
      const r = await measured({
        connections: RATE_CONNECTIONS,
        seconds: sizes.rateSeconds,
        overallRate: RATE,
      });
      context.log(
        `HTTP commands: ${name} at ${RATE} requests/s: p50 ${ms(r.p50Ms)} ms, p99 ${ms(r.p99Ms)} ms` +
          (failures(r) ? `; ${failures(r)}` : ''),
      );
      figures.rate = r;
    }
    if (plan.profileWhen?.(figures)) {
      context.log(`HTTP commands: profiling ${name}`);
      if (backOffice) await settle(server.port, tokens);
      await server.ask({ type: 'profile-start' }, 'profiling');
      const profiled = await load(server.port, tokens, {
        connections: PROFILE_CONNECTIONS,
        seconds: sizes.profileSeconds,
      });
      const { summary } = await server.ask({ type: 'profile-stop' }, 'profile');
      figures.profile = { ...summary, commands: profiled.ok };
    }
    return figures;
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Measurements

const SECTION = 'HTTP commands';
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => n.toFixed(2);
/** Components whose work is the same for any route: what a leaner request pipeline could save. */
const PIPELINE = [
  'request logging (pino-http)',
  'helmet',
  'rate limit (@nestjs/throttler)',
  'token check (jose)',
  'class-validator/transformer',
  'JSON body parser',
  'NestJS',
  'Express',
  'Node (HTTP, sockets, timers)',
];

type Profile = NonNullable<ServerFigures['profile']>;

const statementsPerCommand = (p: Profile) => p.sqlStatements / Math.max(1, p.commands);

function profileNote(p: Profile): string {
  return (
    ` Where the time goes: a CPU profile of the server's main thread under ${PROFILE_CONNECTIONS} ` +
    `connections (${p.seconds.toFixed(1)} s): idle ${pct(p.idle)}, garbage collector ` +
    `${pct(p.garbageCollector)}; the rest, each sample charged to the innermost library or ` +
    `Loanbook folder on its stack: ${list(p.components)}. Top functions by self time: ` +
    `${list(p.functions)}.` +
    (p.sqlStatements > 0
      ? ` Meanwhile ${statementsPerCommand(p).toFixed(2)} SQL statements per command went ` +
        `through pg, each a round trip (the projections' batched writes included).`
      : '')
  );
}

const PG_DRIVER = 'pg driver (incl. its socket writes)';

/** What sets the pace of a run, from the cores it measured. */
function paceNote(r: Run): string {
  const cores = cpus().length;
  // From 0.8 of a core on (its GC and I/O threads counted in) the event loop has no slack left.
  if (r.cores.server >= 0.8) {
    return (
      ` The server's one event loop is saturated (${r.cores.server.toFixed(2)} cores): its CPU ` +
      `per command sets the pace.`
    );
  }
  if (r.cores.machine >= 0.9 * cores) {
    return (
      ` The machine's ${cores} cores are all busy while the server uses ` +
      `${r.cores.server.toFixed(2)}: it waits for a core (PostgreSQL and any other process take ` +
      `${(r.cores.machine - r.cores.server - r.cores.loadGenerator).toFixed(2)}).`
    );
  }
  return (
    ` Neither the server (${r.cores.server.toFixed(2)} cores) nor the machine is saturated: ` +
    `the round trips to PostgreSQL and its commits set the pace at this concurrency.`
  );
}

/** What the profile says about closing the gap to the throughput aim. */
function gapNote(p: Profile, r: Run, bare: Run): string {
  const busy = 1 - p.idle;
  const share = (names: string[]) =>
    p.components.filter((c) => names.includes(c.name)).reduce((sum, c) => sum + c.share, 0);
  const pipeline = share(PIPELINE);
  const budget = bare.serverCpuMs / AIM_RATIO;
  const withoutPipeline = r.serverCpuMs * (1 - pipeline / busy);
  return (
    ` What would close the gap: the back office spends ${ms(r.serverCpuMs)} ms of server CPU ` +
    `per command where the bare route spends ${ms(bare.serverCpuMs)} ms, so ${AIM_RATIO} × bare ` +
    `leaves ${ms(budget)} ms. The per-request pipeline any route shares (logging, helmet, ` +
    `throttler, token check, validation, body parser, Nest, Express, Node HTTP) is ` +
    `${pct(pipeline)} of the samples; without any of it a command would still take ` +
    `~${ms(withoutPipeline)} ms, so trimming it (no pino-http middleware at LOG_LEVEL=silent, a ` +
    `cache of verified tokens, helmet's headers set once) gains at most that share. The pg ` +
    `driver's ${pct(share([PG_DRIVER]))} is mostly its socket writes, one per statement: ` +
    `fewer statements per command save there directly (ApplyForLoan with an id the server made ` +
    `could append expecting no stream instead of first reading a stream it knows to be empty).` +
    (withoutPipeline > budget
      ? ' The rest is the command itself (SQL driver, domain, handler): the aim needs more ' +
        'than one event loop, i.e. several back-office processes (cluster; PROJECTIONS=external ' +
        'with apps/projector keeping the read models) on cores not shared with the load ' +
        'generator and PostgreSQL.'
      : ' Trimming it would reach the aim.')
  );
}

/** Why the fixed-rate p99 misses its aim, from what the same run measured. */
function latencyNote(r: Run, bare: Run, profile: Profile | undefined): string {
  const floor =
    bare.p99Ms >= AIM_P99_MS
      ? ` Even the bare route's p99 at this rate is ${ms(bare.p99Ms)} ms here: on this machine ` +
        `the scheduling of ${cpus().length} shared cores alone breaks the aim.`
      : ` The bare route's p99 at this rate, ${ms(bare.p99Ms)} ms, is what this machine adds by itself.`;
  return (
    ` Where the time goes: the server is busy ${pct(r.cores.server)} of a core at this rate, ` +
    `${ms(r.serverCpuMs)} ms of CPU per command on one event loop, so a request that arrives ` +
    `with a burst waits for up to ${RATE_CONNECTIONS} × ${ms(r.serverCpuMs)} ms before its own ` +
    `turn, plus its own round trips to PostgreSQL` +
    (profile && profile.sqlStatements > 0
      ? ` (${statementsPerCommand(profile).toFixed(2)} statements per command)`
      : '') +
    `; p50 ${ms(r.p50Ms)} ms.` +
    (r.cores.machine >= 0.9 * cpus().length
      ? ` The machine's ${cpus().length} cores were all busy meanwhile, so the server also ` +
        `waited for a core.`
      : '') +
    `${floor} What would close the gap: less CPU per command` +
    (profile
      ? ` (the profile in the ${PROFILE_CONNECTIONS}-connection row says where it goes)`
      : '') +
    `, and cores of its own for the server.`
  );
}

function toMeasurements(
  bare: ServerFigures,
  stores: { store: 'PGlite' | 'PostgreSQL'; figures: ServerFigures }[],
  sizes: Sizes,
): Measurement[] {
  const machine = `${cpus().length} cores shared by the server, autocannon and PostgreSQL`;
  const settings =
    `the back office built by createApp from loadConfig: in-process projections, DOCUMENTS=off ` +
    `(no PDF per offer), OFFER_LAPSE_INTERVAL_SECONDS=0, LOG_LEVEL=silent, ` +
    `RATE_LIMIT_PER_MINUTE=9999999; every request a fresh Impulskrediet application with the ` +
    `token of one of ${CLERKS} clerks in turn; server and load generator (autocannon) in separate processes, ${machine}`;
  const cpu = (r: Run) =>
    `server CPU ${ms(r.serverCpuMs)} ms a request; cores busy: server ` +
    `${r.cores.server.toFixed(2)}, autocannon ${r.cores.loadGenerator.toFixed(2)}, the rest ` +
    `(PostgreSQL, any other process) ` +
    `${Math.max(0, r.cores.machine - r.cores.server - r.cores.loadGenerator).toFixed(2)}, of ` +
    `${cpus().length}`;
  const rows: Measurement[] = [];
  for (const { store, figures } of stores) {
    figures.levels.forEach((r, i) => {
      const b = bare.levels[i];
      const ratio = r.requestsPerSecond / b.requestsPerSecond;
      const aim: Aim | undefined =
        store === 'PostgreSQL'
          ? {
              description: `≥ ${AIM_RATIO} × bare NestJS requests/s on PostgreSQL`,
              met: ratio >= AIM_RATIO && failures(r) === undefined,
            }
          : undefined;
      const failed = [failures(r), failures(b) && `bare: ${failures(b)}`].filter(Boolean);
      const profiled = r.connections === PROFILE_CONNECTIONS ? figures.profile : undefined;
      const seeProfile =
        figures.profile && !profiled && aim && !aim.met
          ? ` The profile and what would close the gap: the ${PROFILE_CONNECTIONS}-connection row.`
          : '';
      rows.push({
        section: SECTION,
        subject: `POST ${PATH} (apply), ${r.connections} connections`,
        store,
        value: Math.round(r.requestsPerSecond),
        unit: 'requests/s',
        p50Ms: r.p50Ms,
        p99Ms: r.p99Ms,
        baseline: {
          subject:
            `bare NestJS @Post() answering 201 {}, ${b.connections} connections ` +
            `(p50 ${ms(b.p50Ms)} ms, p99 ${ms(b.p99Ms)} ms)`,
          value: Math.round(b.requestsPerSecond),
          unit: 'requests/s',
        },
        ratio,
        aim,
        note:
          `${fmt(r.ok)} commands in ${r.seconds.toFixed(1)} s after a ${sizes.warmSeconds} s ` +
          `warm-up. This run: ${cpu(r)}. The bare run: ${cpu(b)}. Setup: ${settings}.` +
          (failed.length > 0 ? ` Failures: ${failed.join('; ')}.` : ' No non-2xx answers.') +
          (aim && !aim.met ? paceNote(r) : '') +
          (profiled ? profileNote(profiled) : seeProfile) +
          (profiled && aim && !aim.met ? gapNote(profiled, r, b) : ''),
      });
    });
    const r = figures.rate;
    const b = bare.rate;
    if (r && b) {
      const met = r.p99Ms < AIM_P99_MS && failures(r) === undefined;
      rows.push({
        section: SECTION,
        subject: `POST ${PATH} (apply) at ${RATE} requests/s, p99 latency`,
        store,
        value: Number(ms(r.p99Ms)),
        unit: 'ms',
        p50Ms: r.p50Ms,
        p99Ms: r.p99Ms,
        baseline: {
          subject: `bare NestJS @Post() at ${RATE} requests/s, p99 latency`,
          value: Number(ms(b.p99Ms)),
          unit: 'ms',
        },
        ratio: r.p99Ms / b.p99Ms,
        aim: { description: `p99 < ${AIM_P99_MS} ms at ${RATE} commands/s on PostgreSQL`, met },
        note:
          `Lower is better. ${fmt(r.ok)} commands in ${r.seconds.toFixed(1)} s ` +
          `(${(r.ok / r.seconds).toFixed(0)}/s) over ${RATE_CONNECTIONS} connections; ` +
          `autocannon's rate limiter sends each connection's share of a second back to back from ` +
          `the start of the second, so requests arrive in bursts of ${RATE_CONNECTIONS}. ` +
          `This run: ${cpu(r)}. The bare run: ${cpu(b)}. Setup: ${settings}.` +
          (failures(r) ? ` Failures: ${failures(r)}.` : ' No non-2xx answers.') +
          (met ? '' : latencyNote(r, b, figures.profile)),
      });
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------

export const httpCommands: Benchmark = async (context) => {
  const sizes = sizesOf(context.quick);
  const tokens = await clerkTokens();
  const schema = `bench_http_${randomBytes(5).toString('hex')}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'loanbook-bench-http-'));
  try {
    const bare = await measureServer(
      'the bare NestJS app',
      { type: 'start', server: 'bare' },
      tokens,
      sizes,
      { rate: true },
      context,
    );
    const pglite = await measureServer(
      'the back office on PGlite',
      {
        type: 'start',
        server: 'back-office',
        env: backOfficeEnv('pglite', context, dataDir, schema),
      },
      tokens,
      sizes,
      // No aim on PGlite, but a ratio far below PostgreSQL's wants its reason: always profiled.
      { rate: false, profileWhen: () => true },
      context,
    );
    const postgres = await measureServer(
      'the back office on PostgreSQL',
      {
        type: 'start',
        server: 'back-office',
        env: backOfficeEnv('postgres', context, dataDir, schema),
      },
      tokens,
      sizes,
      {
        rate: true,
        profileWhen: ({ levels, rate }) =>
          levels.some(
            (r, i) => r.requestsPerSecond < AIM_RATIO * bare.levels[i].requestsPerSecond,
          ) ||
          (rate !== undefined && rate.p99Ms >= AIM_P99_MS),
      },
      context,
    );
    return toMeasurements(
      bare,
      [
        { store: 'PGlite', figures: pglite },
        { store: 'PostgreSQL', figures: postgres },
      ],
      sizes,
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
    // Never masks the benchmark's own error: a schema left behind is said, not thrown.
    const admin = new Client({ connectionString: context.databaseUrl });
    try {
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } catch (error) {
      context.log(`HTTP commands: could not drop schema ${schema}: ${String(error)}`);
    } finally {
      await admin.end().catch(() => undefined);
    }
  }
};
