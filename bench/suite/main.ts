/**
 * The benchmark suite: `npm run bench [-- --quick] [--only appends,http] [--out BENCHMARKS.md]
 * [--json results.json]`.
 * Runs each benchmark in turn on this machine's PostgreSQL (DATABASE_URL or TEST_DATABASE_URL,
 * default postgres://postgres@127.0.0.1:5432/test; throw-away schemas, dropped afterwards) and
 * writes BENCHMARKS.md: every figure with its baseline from the same run, the machine and the date;
 * with --json, the same figures as JSON (json.ts) for a check to read.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { Client } from 'pg';
import { appends } from './appends';
import { bulkImport } from './bulk-import';
import { demo } from './demo';
import { projectionCatchUp } from './catch-up';
import { httpCommands } from './http';
import { benchmarksJson } from './json';
import { benchmarksMarkdown, type MachineInfo } from './markdown';
import { peerEmmett } from './peer-emmett';
import { reports } from './reports';
import { startup } from './startup';
import type { Benchmark, BenchContext, Measurement } from './types';

// Compiled to dist/bench/bench/suite: the repository is four levels up.
const ROOT = resolve(__dirname, '..', '..', '..', '..');

const BENCHMARKS: readonly (readonly [string, Benchmark])[] = [
  ['appends', appends],
  ['bulk-import', bulkImport],
  ['demo', demo],
  ['projection-catch-up', projectionCatchUp],
  ['http', httpCommands],
  ['reports', reports],
  ['startup', startup],
  ['peer', peerEmmett],
];

interface Options {
  quick: boolean;
  only?: string;
  databaseUrl: string;
  out: string;
  json?: string;
}

async function machineInfo(databaseUrl: string, quick: boolean): Promise<MachineInfo> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ version }] = (await client.query<{ version: string }>('SELECT version()')).rows;
    const pglite = JSON.parse(
      readFileSync(join(ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8'),
    ) as { version: string };
    return {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      mode: quick ? 'quick' : 'full',
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      postgres: version.replace(/ on .*$/, ''),
      pglite: pglite.version,
      os: `${type()} ${release()}`,
    };
  } finally {
    await client.end();
  }
}

/** Emmett (the peer) lives in bench/peers, installed apart: it asks for commander 12. */
function ensurePeers(log: (line: string) => void): void {
  if (existsSync(join(ROOT, 'bench', 'peers', 'node_modules'))) return;
  log('installing the peers of the comparison (npm ci --prefix bench/peers)');
  execFileSync('npm', ['ci', '--prefix', join(ROOT, 'bench', 'peers'), '--no-audit', '--no-fund'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function main(): Promise<void> {
  const program = new Command('bench')
    .description('Loanbook benchmark suite: writes BENCHMARKS.md')
    .option('--quick', 'small sizes: the whole suite in about two minutes', false)
    .option('--only <names>', `comma-separated: ${BENCHMARKS.map(([n]) => n).join(', ')}`)
    .option(
      '--database-url <url>',
      'PostgreSQL to measure on',
      process.env.DATABASE_URL ??
        process.env.TEST_DATABASE_URL ??
        'postgres://postgres@127.0.0.1:5432/test',
    )
    .option('--out <file>', 'where to write the results', join(ROOT, 'BENCHMARKS.md'))
    .option(
      '--json <file>',
      'also write every figure as JSON (benchmark, measured, store, figure, …)',
    );
  program.parse(process.argv);
  const options = program.opts<Options>();
  const names = options.only?.split(',').map((n) => n.trim());
  const unknown = names?.filter((n) => !BENCHMARKS.some(([name]) => name === n)) ?? [];
  if (unknown.length > 0) {
    throw new Error(
      `unknown benchmark ${unknown.join(', ')}; use ${BENCHMARKS.map(([n]) => n).join(', ')}`,
    );
  }
  const selected = BENCHMARKS.filter(([name]) => !names || names.includes(name));
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  const context: BenchContext = {
    quick: options.quick,
    databaseUrl: options.databaseUrl,
    log: (line) => process.stderr.write(`[${elapsed()}] ${line}\n`),
  };
  if (selected.some(([name]) => name === 'peer')) ensurePeers(context.log);
  const machine = await machineInfo(options.databaseUrl, options.quick);
  context.log(
    `${machine.mode} run on ${machine.cores} × ${machine.cpu}, ${machine.postgres}, Node.js ${machine.node}`,
  );

  const measurements: Measurement[] = [];
  const failures: { benchmark: string; error: string }[] = [];
  for (const [name, benchmark] of selected) {
    context.log(`${name} ...`);
    try {
      const rows = await benchmark(context);
      measurements.push(...rows);
      context.log(`${name}: ${rows.length} figures`);
    } catch (error) {
      // One benchmark failing must not lose the others' figures: it is listed as not measured.
      const message = error instanceof Error ? error.message : String(error);
      failures.push({ benchmark: name, error: message });
      context.log(`${name} FAILED: ${message}`);
    }
  }
  writeFileSync(options.out, benchmarksMarkdown(machine, measurements, failures));
  context.log(`wrote ${options.out} in ${elapsed()}`);
  if (options.json) {
    writeFileSync(options.json, benchmarksJson(machine, measurements, failures));
    context.log(`wrote ${options.json}`);
  }
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
