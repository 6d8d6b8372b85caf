import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { Clock } from '@loanbook/domain';
import { createEventStore, type EventStore } from '@loanbook/event-store';
import { mintToken } from '../../apps/back-office/src/auth/dev-token';
import type { Role } from '../../apps/back-office/src/auth/roles';
import { createApp } from '../../apps/back-office/src/bootstrap';
import { loadConfig } from '../../apps/back-office/src/config/config';
import { dropSchema, freshSchemaName, TEST_DATABASE_URL } from '../support';
import { TEST_PERSONAL_DATA_KEY } from '../support/personal-data-key';

export type StoreKind = 'pglite' | 'postgres';

/** The shared secret the tests' back offices check tokens with. */
export const TEST_AUTH_SECRET = 'loanbook-tests-shared-secret-0123456789abcdef';

/** The tests' users: a clerk, two credit officers (one with a limit of 50,000.00), an analyst, an admin, an accountant. */
export const TEST_USERS = {
  clerk: { sub: 'clerk-anna', roles: ['clerk'] },
  // Their tokens carry a display name (the `name` claim): it signs the documents they decide.
  officer: {
    sub: 'officer-bart',
    name: 'Bart Peeters',
    roles: ['credit-officer'],
    approvalLimit: '1000000.00',
  },
  officer2: {
    sub: 'officer-chloe',
    name: 'Chloé Dubois',
    roles: ['credit-officer'],
    approvalLimit: '1000000.00',
  },
  juniorOfficer: { sub: 'officer-dirk', roles: ['credit-officer'], approvalLimit: '50000.00' },
  analyst: { sub: 'analyst-eva', roles: ['analyst'] },
  admin: { sub: 'admin-frank', roles: ['admin'] },
  accountant: { sub: 'accountant-lea', roles: ['accountant'] },
} satisfies Record<string, { sub: string; name?: string; roles: Role[]; approvalLimit?: string }>;
export type TestUser = keyof typeof TEST_USERS;

export function testToken(
  user: { sub: string; name?: string; roles: readonly Role[]; approvalLimit?: string },
  ttlSeconds?: number,
): Promise<string> {
  return mintToken({ secret: TEST_AUTH_SECRET, ...user, ttlSeconds });
}

type Test = ReturnType<ReturnType<typeof request>['get']>;
/** A client that sends one user's bearer token with every request. */
export interface UserClient {
  get(url: string): Test;
  post(url: string): Test;
  put(url: string): Test;
  delete(url: string): Test;
}

export interface RunningApp {
  app: INestApplication;
  /** Without a token: /health, and what an unauthenticated client gets. */
  http: () => ReturnType<typeof request>;
  /** As one of the tests' users. */
  as(user: TestUser): UserClient;
  /** With a token of one's own. */
  withToken(token: string): UserClient;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Environment on top of the tests' defaults (RATE_LIMIT_PER_MINUTE, CORS_ORIGINS, ...). */
  env?: Record<string, string>;
  /** The back office's clock (the deciders' and the offer-lapse processor's "today"). */
  clock?: Clock;
  /** An event store of the test's own instead of the one `kind` names. */
  eventStore?: EventStore;
}

/** Starts the real back office on a fresh store: an embedded one in a temp dir, or a fresh PostgreSQL schema. */
export async function startBackOffice(
  kind: StoreKind,
  dataDir?: string,
  givenSchema?: string,
  options: StartOptions = {},
): Promise<RunningApp> {
  const schema = givenSchema ?? (kind === 'postgres' ? freshSchemaName('e2e') : 'loanbook');
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'loanbook-e2e-'));
  const config = loadConfig({
    EVENT_STORE: kind,
    DATA_DIR: dir,
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: schema,
    LOG_LEVEL: 'silent',
    AUTH_SHARED_SECRET: TEST_AUTH_SECRET,
    RATE_LIMIT_PER_MINUTE: '100000',
    PERSONAL_DATA_KEY: TEST_PERSONAL_DATA_KEY,
    // Tests approve offers dated years ago and disburse them later: no processor may lapse
    // them meanwhile. The offer-lapse tests turn it on.
    OFFER_LAPSE_INTERVAL_SECONDS: '0',
    // Nor send reminders for loans left unpaid since; the reminder tests turn it on.
    REMINDER_INTERVAL_SECONDS: '0',
    // Rendering a PDF per offer would load every test; the documents tests turn it on.
    DOCUMENTS: 'off',
    ...options.env,
  });
  const eventStore: EventStore =
    options.eventStore ??
    (kind === 'postgres'
      ? createEventStore({ kind: 'postgres', connectionString: TEST_DATABASE_URL, schema })
      : createEventStore({ kind: 'pglite', dataDir: join(dir, 'event-store'), schema }));
  const app = await createApp(config, { eventStore, clock: options.clock });
  await app.init();
  const server = app.getHttpServer();
  const tokens = Object.fromEntries(
    await Promise.all(
      Object.entries(TEST_USERS).map(async ([name, user]) => [name, await testToken(user)]),
    ),
  ) as Record<TestUser, string>;
  const withToken = (token: string): UserClient => {
    const auth = (test: Test) => test.set('Authorization', `Bearer ${token}`);
    return {
      get: (url) => auth(request(server).get(url)),
      post: (url) => auth(request(server).post(url)),
      put: (url) => auth(request(server).put(url)),
      delete: (url) => auth(request(server).delete(url)),
    };
  };
  return {
    app,
    http: () => request(server),
    as: (user) => withToken(tokens[user]),
    withToken,
    async close() {
      await app.close();
      // A schema or directory the caller gave is the caller's to clean up.
      if (kind === 'postgres' && !givenSchema) await dropSchema(TEST_DATABASE_URL, schema);
      else if (!dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A read with `minPosition`, asked again while it answers 503 (the read model is behind), as
 * `Retry-After` tells a client to, for up to `timeoutMs`. On PostgreSQL the log reader waits for
 * every transaction older than an event to end, anywhere on the server, so a busy shared test
 * server can hold a read model back for longer than the back office's own 5-second wait.
 */
export async function readWhenReached(
  client: UserClient,
  url: string,
  timeoutMs = 30_000,
): Promise<request.Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await client.get(url);
    if (res.status !== 503 || Date.now() > deadline) return res;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Polls `check` until it holds (a processor's work seen from outside); throws naming `what`. */
export async function eventually(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
