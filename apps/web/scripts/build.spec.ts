import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Plain CommonJS, as npm start runs it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require('./build.js') as {
  sourceHash(root: string): string;
  upToDate(root: string): boolean;
  STAMP: string;
  OUT_DIR: string;
};

/** A repository of a few files shaped like this one: what the build reads, and its output. */
function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'loanbook-web-stamp-'));
  mkdirSync(join(root, 'apps/web/src/pages'), { recursive: true });
  writeFileSync(join(root, 'apps/web/index.html'), '<div id="root"></div>');
  writeFileSync(join(root, 'apps/web/vite.config.mts'), 'export default {}');
  writeFileSync(join(root, 'apps/web/src/main.tsx'), 'render()');
  writeFileSync(join(root, 'apps/web/src/pages/Home.tsx'), 'home');
  writeFileSync(join(root, 'package-lock.json'), '{}');
  return root;
}

function built(root: string): void {
  mkdirSync(join(root, build.OUT_DIR), { recursive: true });
  writeFileSync(join(root, build.OUT_DIR, 'index.html'), '<script src="/assets/a.js"></script>');
  writeFileSync(join(root, build.OUT_DIR, build.STAMP), `${build.sourceHash(root)}\n`);
}

describe('the web build stamp (npm start skips an unchanged build)', () => {
  let root: string;
  beforeEach(() => {
    root = repo();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is up to date after a build of the same sources', () => {
    expect(build.upToDate(root)).toBe(false);
    built(root);
    expect(build.upToDate(root)).toBe(true);
  });

  it.each([
    ['a source file', 'apps/web/src/pages/Home.tsx'],
    ['the lockfile', 'package-lock.json'],
    ['the Vite configuration', 'apps/web/vite.config.mts'],
  ])('is stale once %s changes', (_what, file) => {
    built(root);
    writeFileSync(join(root, file), 'changed');
    expect(build.upToDate(root)).toBe(false);
  });

  it('is stale when a file is added or renamed, but not for a unit test', () => {
    built(root);
    writeFileSync(join(root, 'apps/web/src/pages/Home.test.ts'), 'test');
    expect(build.upToDate(root)).toBe(true);
    cpSync(join(root, 'apps/web/src/pages/Home.tsx'), join(root, 'apps/web/src/pages/Loan.tsx'));
    expect(build.upToDate(root)).toBe(false);
  });

  it('is stale when the output is gone', () => {
    built(root);
    rmSync(join(root, build.OUT_DIR, 'index.html'));
    expect(build.upToDate(root)).toBe(false);
  });
});
