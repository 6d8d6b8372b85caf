// Builds a Nest application (back-office, cli, projector) into dist/apps/<app> with `nest build`,
// unless it is built already from the same sources: a content hash of everything the compiler
// reads (the apps' and libraries' sources, the TypeScript and Nest configuration, the lockfile) is
// kept in dist/apps/<app>/.build-stamp, written only after a build that succeeded. So `npm start`
// and `npm run -s token` with nothing changed skip the compiler (tens of milliseconds instead of
// about 11 s), and a fresh clone or an edited source builds as before. The web app has its own
// (apps/web/scripts/build.js).
//
//   node scripts/build-app.js cli            build if stale
//   node scripts/build-app.js cli --force    build anyway
'use strict';
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const REPO_ROOT = join(__dirname, '..');
const APPS = ['back-office', 'cli', 'projector'];
/**
 * What `nest build <app>` reads, relative to the repository. Every app compiles all libraries and
 * imports the back office's sources (the CLI does), so the inputs are the same for each.
 */
const INPUTS = [
  'apps/back-office',
  'apps/cli',
  'apps/projector',
  'libs',
  'tsconfig.json',
  'nest-cli.json',
  'package-lock.json',
];
const STAMP = '.build-stamp';

/** Tests are not compiled into the apps (their tsconfig.app.json excludes them). */
const skipped = (name) => /\.(spec|int-spec|e2e-spec)\.ts$/.test(name);

/** Repository-relative paths of the files under `path`, in a fixed order ('/'-separated). */
function files(root, path) {
  let entries;
  try {
    entries = readdirSync(join(root, path), { withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOTDIR') return [path];
    if (error.code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const child = `${path}/${entry.name}`;
      if (entry.isDirectory()) return files(root, child);
      return skipped(entry.name) ? [] : [child];
    });
}

/** SHA-256 over the inputs' paths and contents, in a fixed order. */
function sourceHash(root = REPO_ROOT) {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(root, input)) {
      hash.update(file);
      hash.update('\0');
      hash.update(readFileSync(join(root, file)));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

const outDir = (root, app) => join(root, 'dist', 'apps', app);

/** The compiled entry point, as package.json's scripts run it. */
const entry = (root, app) => join(outDir(root, app), 'apps', app, 'src', 'main.js');

/** Whether dist/apps/<app> holds a build of exactly these sources. */
function upToDate(app, root = REPO_ROOT, hash = sourceHash(root)) {
  try {
    return (
      existsSync(entry(root, app)) &&
      readFileSync(join(outDir(root, app), STAMP), 'utf8').trim() === hash
    );
  } catch {
    return false;
  }
}

async function buildApp(app, { root = REPO_ROOT, force = false, log = console.error } = {}) {
  if (!APPS.includes(app)) throw new Error(`unknown app ${app}: one of ${APPS.join(', ')}`);
  if (!force && upToDate(app, root)) return { built: false };
  // One build of an app at a time (a start beside a token, two terminals): nest empties
  // dist/apps/<app> first, so a second build would pull the files from under the first.
  const lockfile = require('proper-lockfile');
  mkdirSync(join(root, 'dist'), { recursive: true });
  const release = await lockfile.lock(join(root, 'apps', app), {
    lockfilePath: join(root, 'dist', `${app}.build.lock`),
    retries: { retries: 240, minTimeout: 500, maxTimeout: 1000 },
    stale: 60_000,
  });
  try {
    // Hashed before compiling: a source edited during the build makes the next run build again.
    const hash = sourceHash(root);
    // Another process may have built these very sources while this one waited.
    if (!force && upToDate(app, root, hash)) return { built: false };
    const started = Date.now();
    const nest = join(root, 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js');
    const result = spawnSync(process.execPath, [nest, 'build', app], {
      cwd: root,
      // The compiler's output to stderr: stdout is the command's own (`$(npm run -s token …)`).
      stdio: ['ignore', 2, 2],
    });
    if (result.status !== 0) {
      throw new Error(`nest build ${app} failed (${result.signal ?? `exit ${result.status}`})`);
    }
    if (!existsSync(entry(root, app)))
      throw new Error(`nest build ${app} wrote no ${entry(root, app)}`);
    writeFileSync(join(outDir(root, app), STAMP), `${hash}\n`);
    log(`${app}: built dist/apps/${app} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { built: true };
  } finally {
    await release();
  }
}

module.exports = { APPS, INPUTS, STAMP, sourceHash, upToDate, buildApp };

if (require.main === module) {
  const [app] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  buildApp(app, { force: process.argv.includes('--force') }).catch((error) => {
    console.error(`${app}: the build failed: ${error && error.message ? error.message : error}`);
    process.exit(1);
  });
}
