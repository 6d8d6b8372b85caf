import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateDevSecret } from '../../../apps/back-office/src/auth/dev-secret';
import { mintToken } from '../../../apps/back-office/src/auth/dev-token';
import {
  BackOfficeProcess,
  buildBackOffice,
  freePort,
  type BuiltBackOffice,
} from '../../support/back-office-process';
import { compileForNode, type CompiledScript } from '../../support/compile-for-node';
import { impulskredietApplication } from '../fixtures';

jest.setTimeout(240_000);

// Issue 18, one store, one owner: the README's first line, then a second `npm start` on the same
// data directory. The second back office is refused with who holds the directory and exits
// non-zero; the first serves on and loses nothing; `npm run report` asks the running back
// office; a CLI command that would write is refused; after kill -9 a restart takes over the lock.
// The embedded store in development mode, as a new user runs it.

let build: BuiltBackOffice;
let cli: CompiledScript;
let dir: string;
let first: BackOfficeProcess;
let token: string;
let accountant: string;
let officer: string;

beforeAll(async () => {
  [build, cli] = await Promise.all([
    buildBackOffice(),
    compileForNode(join(__dirname, '..', '..', '..', 'apps', 'cli', 'src', 'main.ts')),
  ]);
  dir = mkdtempSync(join(tmpdir(), 'loanbook-owner-'));
  // The development secret, made as `npm run token` makes it; the back office signs with the same.
  const secret = await loadOrCreateDevSecret(join(dir, 'dev-auth-secret'));
  first = await BackOfficeProcess.start(build, { env: env() });
  token = await mintToken({ secret, sub: 'anna', roles: ['clerk', 'analyst'] });
  accountant = await mintToken({ secret, sub: 'jan', roles: ['accountant'] });
  officer = await mintToken({
    secret,
    sub: 'bart',
    roles: ['credit-officer'],
    approvalLimit: '100000.00',
  });
});

afterAll(async () => {
  if (first?.running()) await first.kill();
  build?.dispose();
  cli?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function env(): Record<string, string> {
  return { EVENT_STORE: 'pglite', DATA_DIR: dir, LOG_LEVEL: 'warn' };
}

/** Runs a compiled entry point to its end: exit code and everything it printed. */
function runToEnd(
  nodeArgs: string[],
  extraEnv: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...extraEnv, ...env() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function apply(server: BackOfficeProcess, name: string): Promise<string> {
  const res = await fetch(`${server.url}/api/v1/loans`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(
      impulskredietApplication({
        borrower: { enterpriseNumber: '0403.170.701', name, province: 'Antwerpen' },
      }),
    ),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { loanId: string }).loanId;
}

async function borrowerOf(server: BackOfficeProcess, loanId: string): Promise<string> {
  const res = await fetch(`${server.url}/api/v1/loans/${loanId}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { borrower: { name: string } }).borrower.name;
}

it('a second back office on the same directory exits non-zero with who holds it; the first loses nothing', async () => {
  const before = await apply(first, 'Bakkerij Peeters');
  const second = await runToEnd(build.nodeArgs, { ...build.env, PORT: String(await freePort()) });
  expect(second.code).not.toBe(0);
  expect(second.output).toContain(`${join(dir, 'event-store')} is in use by the back office`);
  expect(second.output).toContain(`PID ${first.pid}`);
  expect(second.output).toContain(`serving http://localhost:${first.port}`);
  expect(second.output).not.toContain('is listening');

  expect(first.running()).toBe(true);
  const after = await apply(first, 'Slagerij Janssens');
  expect(await borrowerOf(first, before)).toBe('Bakkerij Peeters');
  expect(await borrowerOf(first, after)).toBe('Slagerij Janssens');
});

it('npm run report asks the running back office; npm run demo, which writes, is refused', async () => {
  const out = join(dir, 'report');
  const report = await runToEnd(cli.nodeArgs, cli.env, [
    'report',
    '--as-of',
    '2021-05-31',
    '--out',
    out,
  ]);
  expect(report.output).toContain(`from the back office at http://localhost:${first.port}`);
  expect(report.code).toBe(0);
  expect(existsSync(join(out, 'portfolio.html'))).toBe(true);
  expect(existsSync(join(out, 'portfolio.xlsx'))).toBe(true);
  expect(existsSync(join(out, 'csv', 'portfolio-by-product.csv'))).toBe(true);

  const demo = await runToEnd(cli.nodeArgs, cli.env, ['demo']);
  expect(demo.code).not.toBe(0);
  expect(demo.output).toContain('is in use by the back office');
  expect(first.running()).toBe(true);
});

it('npm run cli -- accounting export reads the running back office’s journal, page by page, as it serves it', async () => {
  // A loan applied for, approved and disbursed in 2018: its disbursement is posted.
  const loanId = await apply(first, 'Drukkerij Wouters');
  const command = async (as: string, path: string, body: object) => {
    const res = await fetch(`${first.url}/api/v1/loans/${loanId}/${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${as}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
  };
  await command(officer, 'approval', { approvedOn: '2018-03-15' });
  await command(token, 'disbursement', { disbursedOn: '2018-03-20' });

  const out = join(dir, 'journal.csv');
  const exported = await runToEnd(cli.nodeArgs, cli.env, [
    'accounting',
    'export',
    '--from',
    '2018-01-01',
    '--to',
    '2018-12-31',
    '--format',
    'csv',
    '--out',
    out,
  ]);
  expect(exported.output).toMatch(/The journal from 2018-01-01 to 2018-12-31: [1-9]\d* entries/);
  expect(exported.code).toBe(0);
  const served = await fetch(
    `${first.url}/api/v1/accounting/journal?from=2018-01-01&to=2018-12-31`,
    { headers: { Authorization: `Bearer ${accountant}`, Accept: 'text/csv' } },
  );
  expect(served.status).toBe(200);
  const csv = readFileSync(out, 'utf8');
  expect(csv).toContain(loanId);
  expect(csv).toBe(await served.text());

  // A bad range is the back office's 400, said as a usage error.
  const bad = await runToEnd(cli.nodeArgs, cli.env, [
    'accounting',
    'export',
    '--from',
    '2018-01-01',
    '--to',
    '2040-01-01',
    '--format',
    'csv',
    '--out',
    join(dir, 'too-long.csv'),
  ]);
  expect(bad.code).toBe(2);
  expect(bad.output).toContain('answered 400');
  expect(existsSync(join(dir, 'too-long.csv'))).toBe(false);
  expect(first.running()).toBe(true);
});

it('after kill -9 the lock is stale: a restart takes it over by itself and finds every acknowledged command', async () => {
  const loanId = await apply(first, 'Bloemen Maes');
  await first.kill();
  expect(existsSync(join(dir, 'event-store.lock'))).toBe(true);
  await first.start();
  expect(await borrowerOf(first, loanId)).toBe('Bloemen Maes');
  await first.stop();
  // A clean stop leaves nothing behind.
  expect(existsSync(join(dir, 'event-store.lock'))).toBe(false);
  expect(existsSync(join(dir, 'event-store.owner.json'))).toBe(false);
});
