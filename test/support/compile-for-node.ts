import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '..', '..');

export interface CompiledScript {
  /** The compiled entry point. */
  script: string;
  /** `node` arguments that run it, path aliases resolved by tsconfig-paths. */
  nodeArgs: string[];
  /** Environment the script needs on top of its own (aliases, migrations directory). */
  env: Record<string, string>;
  dispose(): void;
}

/**
 * Compiles a TypeScript entry point and what it imports into a temporary directory with
 * the repository's compiler options, for tests that run it as a child process.
 */
export async function compileForNode(entry: string): Promise<CompiledScript> {
  const outDir = mkdtempSync(join(tmpdir(), 'loanbook-compiled-'));
  const tsconfig = join(outDir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      // Relative: tsconfig-paths joins an absolute `extends` onto the directory anyway.
      extends: relative(outDir, join(REPO_ROOT, 'tsconfig.json')),
      compilerOptions: {
        outDir,
        rootDir: REPO_ROOT,
        baseUrl: REPO_ROOT,
        noEmit: false,
        sourceMap: false,
        declaration: false,
        incremental: false,
        types: ['node'],
        typeRoots: [join(REPO_ROOT, 'node_modules', '@types')],
      },
      files: [resolve(entry)],
      include: [],
    }),
  );
  const { code, output } = await run(process.execPath, [
    join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    tsconfig,
  ]);
  const script = join(outDir, relative(REPO_ROOT, resolve(entry))).replace(/\.ts$/, '.js');
  // Type errors elsewhere in a tree being edited still emit; a missing output does not.
  if (!existsSync(script)) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`tsc produced no ${script} (exit ${code}):\n${output}`);
  }
  return {
    script,
    nodeArgs: ['-r', require.resolve('tsconfig-paths/register'), script],
    env: {
      TS_NODE_PROJECT: tsconfig,
      TS_NODE_BASEURL: outDir,
      // The output lives outside the repository: packages are found through NODE_PATH.
      NODE_PATH: join(REPO_ROOT, 'node_modules'),
      LOANBOOK_MIGRATIONS_DIR: join(REPO_ROOT, 'infra', 'migrations'),
    },
    dispose: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}
