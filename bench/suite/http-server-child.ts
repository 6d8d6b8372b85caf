/**
 * The server side of bench/suite/http.ts, in a process of its own so that the load generator
 * never shares an event loop (or a core's time slices within one) with the server it measures.
 * Driven over IPC by the parent:
 *
 *   node bench/run.js suite/http-server-child
 *   ← { type: 'start', server: 'bare' } | { type: 'start', server: 'back-office', env }
 *   → { type: 'listening', port }
 *   ← { type: 'usage' }         → { type: 'usage', cpuMicros }
 *   ← { type: 'profile-start' } → { type: 'profiling' }
 *   ← { type: 'profile-stop' }  → { type: 'profile', summary }
 *   ← { type: 'stop' }          → { type: 'stopped' }, and the process exits
 *
 * The back office is built by createApp from `loadConfig(env)`, the production path; `env` is
 * the whole configuration, not merged with this process's environment.
 */
import 'reflect-metadata';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { Client as PgClient } from 'pg';
import { createApp } from '../../apps/back-office/src/bootstrap';
import { loadConfig } from '../../apps/back-office/src/config/config';
import { createBareApp } from './bare-nest';

export type ToChild =
  | { type: 'start'; server: 'bare' }
  | { type: 'start'; server: 'back-office'; env: Record<string, string> }
  | { type: 'usage' }
  | { type: 'profile-start' }
  | { type: 'profile-stop' }
  | { type: 'stop' };

export type FromChild =
  | { type: 'listening'; port: number }
  /** CPU time this process used so far (user + system, all its threads). */
  | { type: 'usage'; cpuMicros: number }
  | { type: 'profiling' }
  | { type: 'profile'; summary: ProfileSummary }
  | { type: 'stopped' }
  | { type: 'error'; message: string };

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
  /** Statements sent through the pg driver meanwhile (0 on PGlite). */
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

function summariseProfile(profile: CpuProfile, sqlStatements: number): ProfileSummary {
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

/** Counts the statements every pg client sends while on: the pool's queries go through here. */
const pgQuery = PgClient.prototype.query;
let sqlStatements = 0;
function countSqlStatements(on: boolean): void {
  sqlStatements = 0;
  PgClient.prototype.query = on
    ? (function (this: PgClient, ...args: unknown[]) {
        sqlStatements++;
        return Reflect.apply(pgQuery, this, args);
      } as typeof pgQuery)
    : pgQuery;
}

async function start(message: Extract<ToChild, { type: 'start' }>): Promise<INestApplication> {
  const app =
    message.server === 'bare' ? await createBareApp() : await createApp(loadConfig(message.env));
  await app.listen(0, '127.0.0.1');
  return app;
}

function send(message: FromChild): Promise<void> {
  return new Promise((resolve, reject) =>
    process.send!(message, undefined, {}, (error) => (error ? reject(error) : resolve())),
  );
}

async function main(): Promise<void> {
  if (!process.send) throw new Error('http-server-child runs under bench/suite/http.ts (IPC)');
  let app: INestApplication | undefined;
  let session: Session | undefined;
  const handle = async (message: ToChild): Promise<void> => {
    switch (message.type) {
      case 'start': {
        app = await start(message);
        const { port } = app.getHttpServer().address() as AddressInfo;
        return send({ type: 'listening', port });
      }
      case 'usage': {
        const { user, system } = process.cpuUsage();
        return send({ type: 'usage', cpuMicros: user + system });
      }
      case 'profile-start':
        session = new Session();
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.start');
        countSqlStatements(true);
        return send({ type: 'profiling' });
      case 'profile-stop': {
        if (!session) throw new Error('profile-stop without profile-start');
        const { profile } = await session.post('Profiler.stop');
        const statements = sqlStatements;
        countSqlStatements(false);
        session.disconnect();
        session = undefined;
        return send({ type: 'profile', summary: summariseProfile(profile, statements) });
      }
      case 'stop':
        await app?.close();
        await send({ type: 'stopped' });
        process.exit(0);
    }
  };
  process.on('message', (message: ToChild) => {
    handle(message).catch(async (error: unknown) => {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      await send({ type: 'error', message: text }).catch(() => undefined);
      process.exit(1);
    });
  });
  // The parent going away ends the server too, whatever state it is in.
  process.on('disconnect', () => process.exit(1));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `http-server-child failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
