import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, isAbsolute, relative } from 'node:path';
import lockfile from 'proper-lockfile';

/**
 * One owner at a time for an embedded store's directory. PGlite has no locking of its own: two
 * processes on one directory both write its files and corrupt it within minutes. Every process
 * that opens the directory (the back office, every CLI command, the tests) takes this lock first
 * and holds it for its life.
 *
 * The lock is proper-lockfile's: `<dir>.lock`, created with mkdir (atomic), its mtime refreshed
 * every second; a lock not refreshed for STALE_MS is stale and may be taken over, and a holder whose
 * lock was taken over learns it at its next refresh (`onLost`). Beside it `<dir>.owner.json` says who
 * holds it (pid, host, command, since, and the back office's address once it listens), for the
 * message a second process gets and for the CLI to use the running back office instead.
 *
 * Taking over: a live owner on this host is never displaced, however late its refresh (a stalled
 * event loop). An owner that is gone (kill -9, a power cut) is recognised by its pid and its lock
 * taken over after a short wait; one on another host only once its lock is stale. After a takeover
 * the new owner waits one refresh before it opens anything, so that of two processes taking over at
 * once the one whose lock was replaced finds out and gives up first.
 */

const STALE_MS = 10_000;
/** For an owner known to be gone; proper-lockfile's least. */
const DEAD_OWNER_STALE_MS = 2_000;
const UPDATE_MS = 1_000;

export interface DataDirOwner {
  readonly pid: number;
  readonly hostname: string;
  /** What holds it, for people: "the back office", "npm run report", … */
  readonly purpose: string;
  /** The process's command line. */
  readonly command: string;
  /** ISO instant at which it took the lock. */
  readonly since: string;
  /** The back office's own address once it listens, e.g. http://127.0.0.1:3000. */
  readonly url?: string;
}

export class DataDirLockedError extends Error {
  readonly code = 'data-dir-locked';

  constructor(
    readonly dataDir: string,
    readonly owner: DataDirOwner | undefined,
  ) {
    super(describeLocked(dataDir, owner));
    this.name = 'DataDirLockedError';
  }
}

/** The lock was taken over or its file removed: this process must stop using the directory. */
export class DataDirLockLostError extends Error {
  readonly code = 'data-dir-lock-lost';

  constructor(
    readonly dataDir: string,
    cause: unknown,
  ) {
    super(
      `lost the lock on ${dataDir} (${cause instanceof Error ? cause.message : String(cause)}): another process may have opened it; this process stops using it`,
    );
    this.name = 'DataDirLockLostError';
  }
}

export interface AcquireOptions {
  purpose: string;
  /** Called once if the lock is lost while held. */
  onLost?: (error: DataDirLockLostError) => void;
}

export class DataDirLock {
  private released = false;

  private constructor(
    readonly dataDir: string,
    private readonly release: () => Promise<void>,
    private owner: DataDirOwner,
  ) {}

  static async acquire(dataDir: string, options: AcquireOptions): Promise<DataDirLock> {
    mkdirSync(dirname(dataDir), { recursive: true });
    const lockPath = lockPathOf(dataDir);
    const before = readDataDirOwner(dataDir);
    const heldBefore = existsSync(lockPath);
    if (heldBefore && before && isAlive(before)) throw new DataDirLockedError(dataDir, before);

    let lost: DataDirLockLostError | undefined;
    let acquired = false;
    const onCompromised = (cause: unknown) => {
      lost = new DataDirLockLostError(dataDir, cause);
      if (acquired) options.onLost?.(lost);
    };
    const knownGone = before !== undefined && before.hostname === hostname();
    const stale = knownGone ? DEAD_OWNER_STALE_MS : STALE_MS;
    let release: () => Promise<void>;
    try {
      release = await lockfile.lock(dataDir, {
        lockfilePath: lockPath,
        realpath: false,
        stale,
        update: UPDATE_MS,
        // Free: at once. Held by no live process here: wait for it to go stale, then take it.
        retries: heldBefore
          ? { retries: Math.ceil(stale / 500) + 4, factor: 1, minTimeout: 500, maxTimeout: 500 }
          : 0,
        onCompromised,
      });
    } catch (error) {
      if ((error as { code?: string }).code === 'ELOCKED') {
        throw new DataDirLockedError(dataDir, readDataDirOwner(dataDir));
      }
      throw error;
    }
    if (heldBefore) {
      await new Promise((resolve) => setTimeout(resolve, UPDATE_MS + 500));
      const now = readDataDirOwner(dataDir);
      const rival = now && !sameOwner(now, before) && isAlive(now) ? now : undefined;
      if (lost || rival) {
        await release().catch(() => undefined);
        throw new DataDirLockedError(dataDir, rival ?? readDataDirOwner(dataDir));
      }
    }
    acquired = true;
    const owner: DataDirOwner = {
      pid: process.pid,
      hostname: hostname(),
      purpose: options.purpose,
      command: commandLine(),
      since: new Date().toISOString(),
    };
    writeOwner(dataDir, owner);
    return new DataDirLock(dataDir, release, owner);
  }

  /** Adds to what a second process is told (the back office's address once it listens). */
  describe(extra: { url?: string }): void {
    if (this.released) return;
    this.owner = { ...this.owner, ...extra };
    writeOwner(this.dataDir, this.owner);
  }

  async unlock(): Promise<void> {
    if (this.released) return;
    this.released = true;
    // The owner file goes first: once the lock is free, the file may be a new owner's.
    rmSync(ownerPathOf(this.dataDir), { force: true });
    await this.release().catch(() => undefined);
  }
}

export function readDataDirOwner(dataDir: string): DataDirOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(ownerPathOf(dataDir), 'utf8')) as DataDirOwner;
    return typeof owner.pid === 'number' ? owner : undefined;
  } catch {
    return undefined;
  }
}

/** The owner, when a live process on this host holds the directory. */
export function liveDataDirOwner(dataDir: string): DataDirOwner | undefined {
  if (!existsSync(lockPathOf(dataDir))) return undefined;
  const owner = readDataDirOwner(dataDir);
  return owner && isAlive(owner) ? owner : undefined;
}

/** `node dist/apps/back-office/…/main.js`: paths under the working directory made relative. */
function commandLine(): string {
  const [node, ...args] = process.argv;
  const shown = args.map((a) =>
    isAbsolute(a) && a.startsWith(process.cwd()) ? relative(process.cwd(), a) : a,
  );
  return [basename(node), ...shown].join(' ');
}

const lockPathOf = (dataDir: string) => `${dataDir}.lock`;
const ownerPathOf = (dataDir: string) => `${dataDir}.owner.json`;

function writeOwner(dataDir: string, owner: DataDirOwner): void {
  // Written whole and renamed, so a reader never sees half a file.
  const path = ownerPathOf(dataDir);
  writeFileSync(`${path}.${process.pid}.tmp`, `${JSON.stringify(owner, null, 2)}\n`);
  renameSync(`${path}.${process.pid}.tmp`, path);
}

const sameOwner = (a: DataDirOwner, b: DataDirOwner | undefined) =>
  b !== undefined && a.pid === b.pid && a.hostname === b.hostname && a.since === b.since;

/** On this host: whether the process runs (EPERM: it runs as someone else). Elsewhere: assume so. */
function isAlive(owner: DataDirOwner): boolean {
  if (owner.hostname !== hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function describeLocked(dataDir: string, owner: DataDirOwner | undefined): string {
  const who = owner
    ? `${owner.purpose} (PID ${owner.pid}${owner.hostname === hostname() ? '' : ` on ${owner.hostname}`}, \`${owner.command}\`, since ${owner.since}${owner.url ? `, serving ${owner.url}` : ''})`
    : 'another process';
  return [
    `${dataDir} is in use by ${who}.`,
    'The embedded store has one owner at a time: two processes writing its files would corrupt it.',
    owner?.url
      ? `Use the running back office at ${owner.url} instead (npm run report and npm run cli -- projections status|retry ask it by themselves), or stop it (Ctrl-C, or kill ${owner.pid}) first.`
      : `Stop it first${owner ? ` (Ctrl-C in its terminal, or kill ${owner.pid})` : ''}, or give this process another DATA_DIR.`,
    'For several processes on one store, use PostgreSQL (EVENT_STORE=postgres, README "Configuration").',
  ].join('\n');
}
