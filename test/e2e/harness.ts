import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createEventStore, type EventStore } from '@loanbook/event-store';
import { createApp } from '../../apps/back-office/src/bootstrap';
import { loadConfig } from '../../apps/back-office/src/config/config';
import { dropSchema, freshSchemaName, TEST_DATABASE_URL } from '../support';

export type StoreKind = 'pglite' | 'postgres';

export interface RunningApp {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

/** Starts the real back office on a fresh store: an embedded one in a temp dir, or a fresh PostgreSQL schema. */
export async function startBackOffice(
  kind: StoreKind,
  dataDir?: string,
  givenSchema?: string,
): Promise<RunningApp> {
  const schema = givenSchema ?? (kind === 'postgres' ? freshSchemaName('e2e') : 'loanbook');
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'loanbook-e2e-'));
  const config = loadConfig({
    EVENT_STORE: kind,
    DATA_DIR: dir,
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: schema,
    LOG_LEVEL: 'silent',
  });
  const eventStore: EventStore =
    kind === 'postgres'
      ? createEventStore({ kind: 'postgres', connectionString: TEST_DATABASE_URL, schema })
      : createEventStore({ kind: 'pglite', dataDir: join(dir, 'event-store'), schema });
  const app = await createApp(config, { eventStore });
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    http: () => request(server),
    async close() {
      await app.close();
      // A schema or directory the caller gave is the caller's to clean up.
      if (kind === 'postgres' && !givenSchema) await dropSchema(TEST_DATABASE_URL, schema);
      else if (!dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
