import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreUnavailableError, type NewEvent } from '../event-store.port';
import {
  DataDirLock,
  DataDirLockedError,
  type DataDirLockLostError,
  readDataDirOwner,
} from './data-dir-lock';
import { PgliteEventStore } from './pglite-event-store';

jest.setTimeout(60_000);

// One store, one owner (issue 18): a process that does not hold a PGlite directory's lock
// cannot open it, let alone write; a lock left by a killed process is taken over without a
// manual step; a holder whose lock is taken away stops.

const event = (): NewEvent => ({
  eventId: randomUUID(),
  type: 'TestEvent',
  data: { n: 1 },
  metadata: { effectiveOn: '2021-05-31', recordedAt: new Date().toISOString(), schemaVersion: 1 },
});

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'loanbook-lock-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

/** A child process holding the lock the way a killed back office leaves it: its pid in the owner file. */
function holder(dataDir: string): Promise<ChildProcess> {
  const script = `
    const lockfile = require(${JSON.stringify(require.resolve('proper-lockfile'))});
    const fs = require('node:fs');
    lockfile.lock(${JSON.stringify(dataDir)}, { lockfilePath: ${JSON.stringify(`${dataDir}.lock`)}, realpath: false, update: 1000 }).then(() => {
      fs.writeFileSync(${JSON.stringify(`${dataDir}.owner.json`)}, JSON.stringify({ pid: process.pid, hostname: ${JSON.stringify(hostname())}, purpose: 'the back office', command: 'node main.js', since: new Date().toISOString() }));
      process.stdout.write('locked\\n');
      setInterval(() => {}, 1000);
    });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
  });
}

describe('the embedded store has one owner at a time', () => {
  it('a second store on the same directory is refused with who holds it, and cannot write; the first goes on', async () => {
    const dir = join(base, 'event-store');
    const first = new PgliteEventStore({ dataDir: dir, owner: { purpose: 'the back office' } });
    await first.appendToStream('s-1', [event()], { expectedVersion: 'no-stream' });
    const second = new PgliteEventStore({ dataDir: dir, owner: { purpose: 'npm run report' } });

    const refused = await second
      .appendToStream('s-1', [event()], { expectedVersion: 1 })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect((refused as DataDirLockedError).owner).toMatchObject({
      pid: process.pid,
      purpose: 'the back office',
    });
    expect((refused as Error).message).toContain(`the back office (PID ${process.pid}`);
    expect((refused as Error).message).toContain('Stop it first');

    // The first owner is untouched: its lock, its data, its writes.
    await first.appendToStream('s-1', [event()], { expectedVersion: 1 });
    expect(await first.readStream('s-1')).toHaveLength(2);
    expect(readDataDirOwner(dir)?.purpose).toBe('the back office');
    await second.close();
    await first.close();

    // Released on close: the next process opens it at once and finds everything.
    expect(existsSync(`${dir}.lock`)).toBe(false);
    const third = new PgliteEventStore({ dataDir: dir });
    expect(await third.readStream('s-1')).toHaveLength(2);
    await third.close();
  });

  it('a live holder in another process: refused at once with its pid; after kill -9 its lock is taken over without a manual step', async () => {
    const dir = join(base, 'event-store');
    const child = await holder(dir);
    const started = Date.now();
    const refused = await DataDirLock.acquire(dir, { purpose: 'test' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect((refused as DataDirLockedError).owner?.pid).toBe(child.pid);
    expect(Date.now() - started).toBeLessThan(1_000); // no waiting on a live owner

    const gone = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await gone;
    expect(existsSync(`${dir}.lock`)).toBe(true); // left behind, as after a power cut

    const store = new PgliteEventStore({ dataDir: dir, owner: { purpose: 'the back office' } });
    await store.appendToStream('s-1', [event()], { expectedVersion: 'no-stream' });
    expect(readDataDirOwner(dir)).toMatchObject({ pid: process.pid, purpose: 'the back office' });
    await store.close();
  });

  it('of two processes taking over a dead owner’s lock at once, exactly one gets it', async () => {
    const dir = join(base, 'event-store');
    const child = await holder(dir);
    const gone = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await gone;
    const results = await Promise.allSettled([
      DataDirLock.acquire(dir, { purpose: 'a' }),
      DataDirLock.acquire(dir, { purpose: 'b' }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(DataDirLockedError);
    await (won[0] as PromiseFulfilledResult<DataDirLock>).value.unlock();
  });

  it('a holder whose lock is taken away stops: every operation then fails and nothing is written', async () => {
    const dir = join(base, 'event-store');
    const lost: DataDirLockLostError[] = [];
    const store = new PgliteEventStore({
      dataDir: dir,
      owner: { purpose: 'the back office', onLost: (e) => lost.push(e) },
    });
    await store.appendToStream('s-1', [event()], { expectedVersion: 'no-stream' });
    // What another process's takeover looks like from here: the lock is no longer ours.
    rmdirSync(`${dir}.lock`);
    writeFileSync(`${dir}.owner.json`, '{}');
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(lost).toHaveLength(1);
    const refused = await store
      .appendToStream('s-1', [event()], { expectedVersion: 1 })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(EventStoreUnavailableError);
    expect((await store.health()).status).toBe('down');
    await store.close();
    const reopened = new PgliteEventStore({ dataDir: dir });
    expect(await reopened.readStream('s-1')).toHaveLength(1);
    await reopened.close();
  });
});
