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
import { createApp } from '../../apps/back-office/src/bootstrap';
import { loadConfig } from '../../apps/back-office/src/config/config';
import { createBareApp } from './bare-nest';
import { countPgStatements, type ProfileSummary, summariseProfile } from './profile';

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
  let statementCount: { stop(): number } | undefined;
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
        statementCount = countPgStatements();
        return send({ type: 'profiling' });
      case 'profile-stop': {
        if (!session) throw new Error('profile-stop without profile-start');
        const { profile } = await session.post('Profiler.stop');
        const statements = statementCount?.stop() ?? 0;
        statementCount = undefined;
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
