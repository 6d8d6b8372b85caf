import { randomUUID } from 'node:crypto';
import type { SqlEventStore } from '../create-event-store';
import { LOG_START } from '../event-store.port';

/**
 * What read models rely on from a SQL store's `database()`: statements and transactions in
 * the store's own database and schema. `factory` returns a store not yet initialised.
 */
export function sqlDatabaseContract(
  name: string,
  factory: () => Promise<SqlEventStore>,
  teardown: (store: SqlEventStore) => Promise<void>,
  timeout = 60_000,
): void {
  describe(`SqlDatabase contract: ${name}`, () => {
    let store: SqlEventStore;
    const table = `scratch_${randomUUID().slice(0, 8)}`;

    beforeAll(async () => {
      store = await factory();
    }, timeout);
    afterAll(async () => {
      if (store) await teardown(store);
    }, timeout);

    const values = async () =>
      (await store.database().query<{ v: string }>(`SELECT v FROM ${table} ORDER BY v`)).map(
        (r) => r.v,
      );

    it(
      'works before init, in the store schema, next to the events table',
      async () => {
        const db = store.database();
        await db.query(`CREATE TABLE ${table} (v text PRIMARY KEY)`);
        const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
        expect(row.n).toBe(0);
        expect((await store.readAll(LOG_START)).events).toEqual([]);
      },
      timeout,
    );

    it(
      'commits a transaction and returns its result',
      async () => {
        const result = await store.database().transaction(async (tx) => {
          await tx.query(`INSERT INTO ${table} (v) VALUES ($1), ($2)`, ['a', 'b']);
          await tx.exec(
            `INSERT INTO ${table} (v) VALUES ('c'); INSERT INTO ${table} (v) VALUES ('d')`,
          );
          return (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
        });
        expect(result).toBe(4);
        expect(await values()).toEqual(['a', 'b', 'c', 'd']);
      },
      timeout,
    );

    it(
      'rolls back when the callback throws or a statement fails, and stays usable',
      async () => {
        const thrown = new Error('changed my mind');
        await expect(
          store.database().transaction(async (tx) => {
            await tx.query(`INSERT INTO ${table} (v) VALUES ('x')`);
            throw thrown;
          }),
        ).rejects.toBe(thrown);
        await expect(
          store.database().transaction(async (tx) => {
            await tx.query(`INSERT INTO ${table} (v) VALUES ('y')`);
            await tx.query(`INSERT INTO ${table} (v) VALUES ('a')`);
          }),
        ).rejects.toMatchObject({ code: '23505' });
        expect(await values()).toEqual(['a', 'b', 'c', 'd']);
        await store.database().transaction((tx) => tx.query(`DELETE FROM ${table}`));
        expect(await values()).toEqual([]);
      },
      timeout,
    );

    it(
      'runs concurrent transactions and statements without mixing them up',
      async () => {
        const writers = Array.from({ length: 6 }, (_, i) =>
          store.database().transaction(async (tx) => {
            await tx.query(`INSERT INTO ${table} (v) VALUES ($1)`, [`w${i}`]);
            if (i % 2 === 1) throw new Error(`writer ${i} fails`);
            await tx.query(`INSERT INTO ${table} (v) VALUES ($1)`, [`w${i}-2`]);
          }),
        );
        const reads = Array.from({ length: 6 }, () => store.database().query('SELECT 1 AS one'));
        const outcomes = await Promise.allSettled([...writers, ...reads]);
        expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(3);
        expect(await values()).toEqual(['w0', 'w0-2', 'w2', 'w2-2', 'w4', 'w4-2']);
      },
      timeout,
    );
  });
}
