import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Plain CommonJS, as package.json's scripts run it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require('./build-app.js') as {
  sourceHash(root: string): string;
  upToDate(app: string, root: string): boolean;
  buildApp(app: string, options: { root: string }): Promise<{ built: boolean }>;
  STAMP: string;
};

/** A repository of a few files shaped like this one: what `nest build` reads, and its output. */
function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'loanbook-app-stamp-'));
  for (const dir of ['apps/cli/src/token', 'apps/back-office/src', 'libs/domain/src']) {
    mkdirSync(join(root, dir), { recursive: true });
  }
  writeFileSync(join(root, 'apps/cli/src/main.ts'), 'main()');
  writeFileSync(join(root, 'apps/cli/src/token/token.command.ts'), 'token()');
  writeFileSync(join(root, 'apps/back-office/src/main.ts'), 'serve()');
  writeFileSync(join(root, 'libs/domain/src/index.ts'), 'export {}');
  writeFileSync(join(root, 'tsconfig.json'), '{}');
  writeFileSync(join(root, 'package-lock.json'), '{}');
  return root;
}

/** What a build that succeeded leaves: the entry point and the stamp of the sources it read. */
function built(root: string, app = 'cli'): void {
  const src = join(root, 'dist/apps', app, 'apps', app, 'src');
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'main.js'), 'main()');
  writeFileSync(join(root, 'dist/apps', app, build.STAMP), `${build.sourceHash(root)}\n`);
}

describe('the app build stamp (npm start and npm run token skip an unchanged build)', () => {
  let root: string;
  beforeEach(() => {
    root = repo();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is up to date after a build of the same sources, for that app only', async () => {
    expect(build.upToDate('cli', root)).toBe(false);
    built(root);
    expect(build.upToDate('cli', root)).toBe(true);
    expect(build.upToDate('back-office', root)).toBe(false);
    // Up to date: buildApp does not run the compiler (there is none in this repository).
    await expect(build.buildApp('cli', { root })).resolves.toEqual({ built: false });
  });

  it.each([
    ['a source of the app', 'apps/cli/src/token/token.command.ts'],
    ['a source of another app it imports', 'apps/back-office/src/main.ts'],
    ['a library', 'libs/domain/src/index.ts'],
    ['the compiler options', 'tsconfig.json'],
    ['the lockfile', 'package-lock.json'],
  ])('is stale once %s changes', (_what, file) => {
    built(root);
    writeFileSync(join(root, file), 'changed');
    expect(build.upToDate('cli', root)).toBe(false);
  });

  it('is stale when a source is added or renamed, but not for a test', () => {
    built(root);
    for (const test of ['main.spec.ts', 'main.int-spec.ts', 'main.e2e-spec.ts']) {
      writeFileSync(join(root, 'apps/cli/src', test), 'test');
    }
    expect(build.upToDate('cli', root)).toBe(true);
    cpSync(join(root, 'apps/cli/src/main.ts'), join(root, 'apps/cli/src/help.ts'));
    expect(build.upToDate('cli', root)).toBe(false);
    rmSync(join(root, 'apps/cli/src/help.ts'));
    expect(build.upToDate('cli', root)).toBe(true);
    cpSync(join(root, 'apps/cli/src/main.ts'), join(root, 'apps/cli/src/mein.ts'));
    rmSync(join(root, 'apps/cli/src/main.ts'));
    expect(build.upToDate('cli', root)).toBe(false);
  });

  it('is stale when the compiled entry point is gone', () => {
    built(root);
    rmSync(join(root, 'dist/apps/cli/apps/cli/src/main.js'));
    expect(build.upToDate('cli', root)).toBe(false);
  });

  it('refuses an app it does not know', async () => {
    await expect(build.buildApp('web', { root })).rejects.toThrow(/unknown app web/);
  });
});
