/**
 * A CPU profile of this process's main thread (node:inspector), summarised: idle, garbage
 * collection, and the busy time charged to components (libraries, Loanbook libraries and
 * folders) and to functions. Used where a benchmark misses its aim, to say where the time goes.
 */
import { Session } from 'node:inspector/promises';
import { Client as PgClient } from 'pg';

export interface ProfileShare {
  name: string;
  /** Of all samples, idle included. */
  share: number;
}

/** Where the server's main thread spent a profiled stretch. */
export interface ProfileSummary {
  seconds: number;
  /** Waiting for I/O (PostgreSQL, the sockets): the event loop had nothing to run. */
  idle: number;
  garbageCollector: number;
  /**
   * Each sample charged to the innermost frame of a library or Loanbook folder on its stack, so
   * that Node's internals and native calls count for whoever called them (a socket write made
   * by pg counts for pg).
   */
  components: ProfileShare[];
  /** Self time by function. */
  functions: ProfileShare[];
  /** Statements sent through the pg driver meanwhile (0 on PGlite, or when not counted). */
  sqlStatements: number;
}

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: CpuProfileNode[];
  samples?: number[];
  startTime: number;
  endTime: number;
}

/** Packages that together make one part of the request's way, by what they do for it. */
const COMPONENTS: [RegExp, string][] = [
  [
    /^(pg|pg-pool|pg-protocol|pg-types|pg-connection-string)$/,
    'pg driver (incl. its socket writes)',
  ],
  [/^@electric-sql\/pglite$/, 'PGlite'],
  [
    /^(class-validator|class-transformer|validator|libphonenumber-js)$/,
    'class-validator/transformer',
  ],
  [/^jose$/, 'token check (jose)'],
  [
    /^(pino|pino-http|pino-std-serializers|nestjs-pino|sonic-boom|fast-redact)$/,
    'request logging (pino-http)',
  ],
  [/^helmet$/, 'helmet'],
  [/^@nestjs\/throttler$/, 'rate limit (@nestjs/throttler)'],
  [
    /^(body-parser|raw-body|iconv-lite|type-is|content-type|media-typer|bytes)$/,
    'JSON body parser',
  ],
  [
    /^(@nestjs\/core|@nestjs\/common|@nestjs\/cqrs|@nestjs\/platform-express|rxjs|reflect-metadata)$/,
    'NestJS',
  ],
  [
    /^(express|router|finalhandler|send|path-to-regexp|depd|on-finished|vary|etag|fresh|qs|cookie|accepts|negotiator|mime-types|encodeurl|escape-html|parseurl|proxy-addr|forwarded|statuses|http-errors)$/,
    'Express',
  ],
];

/** A script's package, Loanbook library or back-office folder; undefined for Node and V8. */
function ownerOf(url: string): string | undefined {
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [scope, name] = url.slice(modules + '/node_modules/'.length).split('/');
    const pkg = scope.startsWith('@') ? `${scope}/${name}` : scope;
    return COMPONENTS.find(([pattern]) => pattern.test(pkg))?.[1] ?? pkg;
  }
  const own = /\/(apps|libs)\/([^/]+)\/src\/(?:([^/]+)\/)?[^/]+$/.exec(url);
  if (own) {
    const [, kind, name, folder] = own;
    return kind === 'libs' ? `@loanbook/${name}` : `${name}/${folder ?? '.'}`;
  }
  return undefined;
}

const TOP_COMPONENTS = 14;
const TOP_FUNCTIONS = 10;

export function summariseProfile(profile: CpuProfile, sqlStatements = 0): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
  const componentCache = new Map<number, string>();
  const componentOf = (id: number): string => {
    let component = componentCache.get(id);
    if (component !== undefined) return component;
    const { functionName, url } = byId.get(id)!.callFrame;
    const parent = parentOf.get(id);
    component =
      ownerOf(url) ??
      (functionName.startsWith('(')
        ? functionName
        : parent !== undefined && byId.get(parent)!.callFrame.functionName !== '(root)'
          ? componentOf(parent)
          : 'Node (HTTP, sockets, timers)');
    componentCache.set(id, component);
    return component;
  };

  const hits = new Map<number, number>();
  for (const id of profile.samples ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
  const total = Math.max(1, profile.samples?.length ?? 0);
  const components = new Map<string, number>();
  const functions = new Map<string, number>();
  const add = (counts: Map<string, number>, key: string, n: number) =>
    counts.set(key, (counts.get(key) ?? 0) + n);
  let idle = 0;
  let garbageCollector = 0;
  for (const [id, n] of hits) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') {
      idle += n;
      continue;
    }
    if (functionName === '(garbage collector)') {
      garbageCollector += n;
      continue;
    }
    add(components, componentOf(id), n);
    const where =
      url === '' ? 'native' : `${ownerOf(url) ?? url.replace(/^.*\//, '')}:${lineNumber + 1}`;
    add(functions, `${functionName || '(anonymous)'} (${where})`, n);
  }
  const top = (counts: Map<string, number>, k: number): ProfileShare[] =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, n]) => ({ name, share: n / total }));
  return {
    seconds: (profile.endTime - profile.startTime) / 1e6,
    idle: idle / total,
    garbageCollector: garbageCollector / total,
    components: top(components, TOP_COMPONENTS),
    functions: top(functions, TOP_FUNCTIONS),
    sqlStatements,
  };
}

/** Runs `fn` under the profiler and summarises what the main thread did meanwhile. */
export async function profiled<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; profile: ProfileSummary }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    const value = await fn();
    const { profile } = await session.post('Profiler.stop');
    return { value, profile: summariseProfile(profile as CpuProfile) };
  } finally {
    session.disconnect();
  }
}

export const pct = (share: number): string => `${(share * 100).toFixed(0)} %`;

/** "name 31 %, other 12 %": the shares of at least 1 %. */
export const listShares = (shares: readonly ProfileShare[]): string =>
  shares
    .filter((s) => s.share >= 0.01)
    .map((s) => `${s.name} ${pct(s.share)}`)
    .join(', ');

/**
 * Counts the statements every pg client of this process sends (pools' queries go through
 * Client.prototype.query) until `stop()`, which answers the count. One counter at a time.
 */
export function countPgStatements(): { stop(): number } {
  const query = PgClient.prototype.query;
  let statements = 0;
  PgClient.prototype.query = function (this: PgClient, ...args: unknown[]) {
    statements++;
    return Reflect.apply(query, this, args);
  } as typeof query;
  return {
    stop() {
      PgClient.prototype.query = query;
      return statements;
    },
  };
}
