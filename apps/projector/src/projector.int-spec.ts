import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  describePostgres,
  dropSchema,
  freshSchemaName,
  TEST_DATABASE_URL,
} from '@loanbook/testing';
import { PostgresEventStore } from '@loanbook/event-store';
import { type CompiledScript, compileForNode } from '../../../test/support/compile-for-node';

const TIMEOUT = 240_000;
const STREAMS = 1000;
const PER_STREAM = 200;
const TOTAL = STREAMS * PER_STREAM;

describePostgres('projector process', () => {
  const schema = freshSchemaName('projector_kill');
  let compiled: CompiledScript;
  let admin: Client;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    compiled = await compileForNode(
      join(__dirname, '..', '..', '..', 'test', 'support', 'projections', 'projector-child.ts'),
    );
    admin = new Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
  }, TIMEOUT);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await admin?.end();
    await dropSchema(TEST_DATABASE_URL, schema);
    compiled?.dispose();
  }, TIMEOUT);

  const start = (): {
    child: ChildProcess;
    output: () => string;
    exited: Promise<number | string>;
  } => {
    const child = spawn(process.execPath, compiled.nodeArgs, {
      env: {
        ...process.env,
        ...compiled.env,
        EVENT_STORE: 'postgres',
        DATABASE_URL: TEST_DATABASE_URL,
        DATABASE_SCHEMA: schema,
        PROJECTOR_BATCH_SIZE: '500',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | string>((resolve) =>
      child.on('exit', (code, signal) => resolve(signal ?? code ?? -1)),
    );
    return { child, output: () => output, exited };
  };

  /** The generation being built or serving, with its checkpoint progress and what its table holds. */
  const snapshot = async () => {
    const { rows } = await admin.query<{ generation: number; status: string; processed: string }>(
      `SELECT generation, status, events_processed AS processed FROM "${schema}".projections
        WHERE name = 'counts' AND status <> 'retired'`,
    );
    if (rows.length === 0) return undefined;
    const [row] = rows;
    const counted = await admin.query<{
      events: string | null;
      streams: string;
      gaps: string | null;
    }>(
      `SELECT sum(events) AS events, count(*) AS streams, sum(gaps) AS gaps
         FROM "${schema}".rm_counts_${row.generation}_per_stream`,
    );
    return {
      status: row.status,
      processed: Number(row.processed),
      counted: Number(counted.rows[0].events ?? 0),
      gaps: Number(counted.rows[0].gaps ?? 0),
      streams: Number(counted.rows[0].streams),
    };
  };

  const waitUntil = async <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> => {
    const deadline = Date.now() + TIMEOUT / 3;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  it(
    'killed with SIGKILL while catching up, and started again: nothing counted twice, nothing missing',
    async () => {
      // A large log written straight into the table (setup, not what is tested): per stream
      // contiguous versions, in several transactions.
      const store = new PostgresEventStore({ connectionString: TEST_DATABASE_URL, schema });
      await store.init();
      await store.close();
      const chunk = 20_000;
      for (let lo = 0; lo < TOTAL; lo += chunk) {
        await admin.query(
          `INSERT INTO "${schema}".events (event_id, stream_id, stream_version, type, data, metadata)
           SELECT gen_random_uuid(), 'k-' || (g % ${STREAMS}), g / ${STREAMS} + 1, 'Counted',
                  jsonb_build_object('g', g),
                  '{"effectiveOn":"2025-01-01","recordedAt":"2025-01-01T00:00:00Z","schemaVersion":1}'::jsonb
             FROM generate_series($1::int, $2::int) AS g ORDER BY g`,
          [lo, Math.min(lo + chunk, TOTAL) - 1],
        );
      }

      for (const fraction of [0.25, 0.6]) {
        const run = start();
        const atKill = await waitUntil(`${fraction * 100} % of the log`, async () => {
          const s = await snapshot();
          return s && s.status === 'building' && s.processed >= TOTAL * fraction ? s : undefined;
        });
        run.child.kill('SIGKILL');
        expect(await run.exited).toBe('SIGKILL');
        const after = (await snapshot())!;
        // Killed mid-way, and what the table holds is exactly what the checkpoint says.
        expect(after.status).toBe('building');
        expect(after.processed).toBeGreaterThanOrEqual(atKill.processed);
        expect(after.processed).toBeLessThan(TOTAL);
        expect(after.counted).toBe(after.processed);
        expect(after.gaps).toBe(0);
      }

      const last = start();
      const done = await waitUntil('the build to finish', async () => {
        const s = await snapshot();
        return s && s.status === 'active' && s.processed === TOTAL ? s : undefined;
      });
      last.child.kill('SIGTERM');
      expect(await last.exited).toBe(0);
      expect(last.output()).toContain('projector stopped');

      expect(done).toEqual({
        status: 'active',
        processed: TOTAL,
        counted: TOTAL,
        gaps: 0,
        streams: STREAMS,
      });
      const perStream = await admin.query<{ wrong: string }>(
        `SELECT count(*) AS wrong FROM "${schema}".rm_counts_1_per_stream
          WHERE events <> ${PER_STREAM} OR last_version <> ${PER_STREAM}`,
      );
      expect(Number(perStream.rows[0].wrong)).toBe(0);
    },
    TIMEOUT,
  );
});
