import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type request from 'supertest';
import { PgliteEventStore, type EventStore, type SqlDatabase } from '@loanbook/event-store';
import { main } from '../../../apps/cli/src/main';
import type { CliIo } from '../../../apps/cli/src/cli-context';
import {
  EVENT_STORE,
  READ_MODEL_DATABASE,
} from '../../../apps/back-office/src/infrastructure/tokens';
import { ReadModelsService } from '../../../apps/back-office/src/read-models/read-models.service';
import { describePostgres, dropSchema, freshSchemaName, TEST_DATABASE_URL } from '../../support';
import { TEST_PERSONAL_DATA_KEY } from '../../support/personal-data-key';
import { impulskredietApplication } from '../fixtures';
import {
  readWhenReached,
  startBackOffice,
  TEST_AUTH_SECRET,
  type RunningApp,
  type StoreKind,
} from '../harness';

jest.setTimeout(120_000);

/**
 * No poison events (issue 17), over HTTP: a LoanApplied the loans read model cannot store,
 * written around the API, degrades /health and shows in GET /api/v1/projections with its lag,
 * while commands and the other read models go on; after the fix, a retry heals it.
 */
function poisonSuite(kind: StoreKind) {
  describe(`a poison event on ${kind}`, () => {
    const schema = kind === 'postgres' ? freshSchemaName('e2e_poison') : undefined;
    const dir = mkdtempSync(join(tmpdir(), 'loanbook-poison-'));
    let bo: RunningApp;
    beforeAll(async () => {
      bo = await startBackOffice(kind, dir, schema);
    });
    afterAll(async () => {
      await bo?.close();
      if (schema) await dropSchema(TEST_DATABASE_URL, schema);
      rmSync(dir, { recursive: true, force: true });
    });

    /** Asks again until `done` holds of the answer (the runner polls every 500 ms). */
    const poll = async (
      get: () => request.Test,
      done: (res: request.Response) => boolean,
    ): Promise<request.Response> => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const res = await get();
        if (done(res) || Date.now() > deadline) return res;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const projection = (res: request.Response, name: string) =>
      (res.body.projections as Record<string, unknown>[]).find((p) => p.name === name);

    it('says degraded in /health and /api/v1/projections, names the event, and heals after a fix and a retry', async () => {
      const applied = await bo.as('clerk').post('/api/v1/loans').send(impulskredietApplication());
      expect(applied.status).toBe(201);
      const listed = await readWhenReached(
        bo.as('clerk'),
        `/api/v1/loans?minPosition=${applied.body.position}`,
      );
      expect(listed.status).toBe(200);
      const healthy = await bo.http().get('/health').expect(200);
      expect(healthy.body).toMatchObject({
        status: 'ok',
        projections: { status: 'ok', degraded: [] },
      });

      // Around the API, as an older version without bounds might have: the same application
      // for an amount that numeric(14,2) cannot hold.
      const store = bo.app.get<EventStore>(EVENT_STORE);
      const [original] = await store.readStream(`loan-${applied.body.loanId}`);
      expect(original.type).toBe('LoanApplied');
      const loanId = randomUUID();
      const eventId = randomUUID();
      const appended = await store.appendToStream(
        `loan-${loanId}`,
        [
          {
            eventId,
            type: 'LoanApplied',
            data: { ...original.data, loanId, amount: '99999999999999.99' },
            metadata: original.metadata,
          },
        ],
        { expectedVersion: 'no-stream' },
      );
      // Commands still work, and the other read models read past the event.
      const inquiry = await bo
        .as('clerk')
        .post('/api/v1/inquiries')
        .send({ productCode: 'impulskrediet', contactedOn: '2022-02-14', channel: 'phone' });
      expect(inquiry.status).toBe(201);
      const later = await bo.as('clerk').post('/api/v1/loans').send(impulskredietApplication());
      expect(later.status).toBe(201);

      const health = await poll(
        () => bo.http().get('/health'),
        (res) => res.body.status === 'degraded',
      );
      // 200: the instance serves commands and the other read models; the body says what is wrong.
      expect(health.status).toBe(200);
      const failure = {
        name: 'loans',
        generation: 1,
        event: {
          id: eventId,
          type: 'LoanApplied',
          streamId: `loan-${loanId}`,
          streamVersion: 1,
          transactionId: expect.any(String),
          globalPosition: appended.lastGlobalPosition,
        },
        error: { message: expect.stringMatching(/numeric field overflow/), code: '22003' },
        attempts: 1,
        firstFailedAt: expect.any(String),
        lastRetriedAt: expect.any(String),
      };
      expect(health.body).toMatchObject({
        status: 'degraded',
        eventStore: { status: 'up' },
        projections: {
          status: 'degraded',
          degraded: [
            {
              name: 'loans',
              status: 'degraded',
              generationStatus: 'active',
              checkpoint: { globalPosition: applied.body.position },
              // The poison, the inquiry and the later application (its LoanApplied and the
              // FileNumberAssigned on its counter stream, one append).
              lag: 4,
              failure,
            },
          ],
        },
      });

      const list = await poll(
        () => bo.as('admin').get('/api/v1/projections'),
        // The other read models go on: wait until both have passed the poison.
        (res) => ['inquiries', 'loan_schedules'].every((n) => projection(res, n)?.lag === 0),
      );
      expect(list.status).toBe(200);
      expect(list.body.status).toBe('degraded');
      expect(projection(list, 'loans')).toMatchObject({
        version: expect.any(Number),
        generation: 1,
        status: 'degraded',
        generationStatus: 'active',
        lag: 4,
        // The store's head: the later application, the last event written.
        head: expect.objectContaining({ globalPosition: later.body.position }),
        caughtUp: false,
        failure,
      });
      for (const name of ['inquiries', 'loan_schedules']) {
        expect(projection(list, name)).toMatchObject({
          status: 'active',
          generationStatus: 'active',
          lag: 0,
          caughtUp: true,
          failure: null,
        });
      }
      expect((await bo.as('analyst').get('/api/v1/projections')).status).toBe(200);
      expect((await bo.as('clerk').get('/api/v1/projections')).status).toBe(403);
      // The loans list cannot promise the later application: it is behind, and says so.
      const behind = await bo.as('clerk').get(`/api/v1/loans?minPosition=${later.body.position}`);
      expect(behind.status).toBe(503);

      // The fix: the read model's amounts widened (a hot fix of its table), then a retry.
      const db = bo.app.get<SqlDatabase>(READ_MODEL_DATABASE);
      const readModels = bo.app.get(ReadModelsService);
      const table = await readModels.models.activeTable('loans', 'loans');
      await db.query(
        `ALTER TABLE ${table} ALTER COLUMN amount_applied TYPE numeric(20,2), ALTER COLUMN amount TYPE numeric(20,2)`,
      );
      if (kind === 'postgres') {
        // The operator's command, against the running back office's database.
        const cli = cliIo({
          EVENT_STORE: 'postgres',
          DATABASE_URL: TEST_DATABASE_URL,
          DATABASE_SCHEMA: schema!,
          AUTH_SHARED_SECRET: TEST_AUTH_SECRET,
          PERSONAL_DATA_KEY: TEST_PERSONAL_DATA_KEY,
          DOCUMENTS: 'off',
          OFFER_LAPSE_INTERVAL_SECONDS: '0',
          LOG_LEVEL: 'silent',
        });
        expect(await main(['node', 'main.js', 'projections', 'retry', 'loans'], cli)).toBe(0);
        expect(cli.out()).toMatch(new RegExp(`The projection loans went past event ${eventId}`));
      } else {
        // The embedded store is the back office's alone: the operator's command asks it, over
        // HTTP, at the address it left beside its lock (as main.ts does once it listens).
        await bo.app.listen(0, '127.0.0.1');
        const { port } = bo.app.getHttpServer().address() as AddressInfo;
        const store = bo.app.get<EventStore>(EVENT_STORE);
        if (!(store instanceof PgliteEventStore)) throw new Error('not the embedded store');
        store.describeOwner({ url: `http://127.0.0.1:${port}` });
        const cli = cliIo({
          EVENT_STORE: 'pglite',
          DATA_DIR: dir,
          AUTH_SHARED_SECRET: TEST_AUTH_SECRET,
          PERSONAL_DATA_KEY: TEST_PERSONAL_DATA_KEY,
          LOG_LEVEL: 'silent',
        });
        expect(await main(['node', 'main.js', 'projections', 'retry', 'loans'], cli)).toBe(0);
        expect(cli.out()).toMatch(new RegExp(`The projection loans went past event ${eventId}`));
        expect(cli.err()).toContain(`in the back office at http://127.0.0.1:${port}`);
      }

      const healed = await poll(
        () => bo.http().get('/health'),
        (res) => res.body.status === 'ok',
      );
      expect(healed.status).toBe(200);
      expect(healed.body.projections).toEqual({ status: 'ok', degraded: [] });
      const after = await bo.as('admin').get('/api/v1/projections').expect(200);
      expect(after.body.status).toBe('ok');
      expect(projection(after, 'loans')).toMatchObject({
        status: 'active',
        lag: 0,
        caughtUp: true,
        failure: null,
      });
      const caughtUp = await readWhenReached(
        bo.as('clerk'),
        `/api/v1/loans?minPosition=${later.body.position}`,
      );
      expect(caughtUp.status).toBe(200);
    });
  });
}

function cliIo(env: NodeJS.ProcessEnv): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    env,
    stdout: { write: (s: string) => ((out += s), true) } as unknown as CliIo['stdout'],
    stderr: { write: (s: string) => ((err += s), true) } as unknown as CliIo['stderr'],
    out: () => out,
    err: () => err,
  };
}

poisonSuite('pglite');
describePostgres('on PostgreSQL', () => poisonSuite('postgres'));
