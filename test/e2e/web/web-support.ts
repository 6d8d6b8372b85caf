import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/**
 * Builds dist/web as `npm start` does, unless it is built from the current sources already
 * (apps/web/scripts/build.js compares its content hash stamp). A process of its own: Vite is an
 * ES module, which jest's module system does not load.
 */
export async function ensureWebBuild(): Promise<void> {
  await promisify(execFile)(process.execPath, [join(REPO_ROOT, 'apps/web/scripts/build.js')], {
    cwd: REPO_ROOT,
    timeout: 120_000,
  });
}
