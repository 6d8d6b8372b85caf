// Builds the web app (apps/web) into dist/web with Vite, unless it is built already from the same
// sources: a content hash of everything the build reads (the app's sources, its Vite and
// TypeScript configuration, the lockfile) is kept in dist/web/.build-stamp, so that `npm start`
// with nothing changed skips the build (a few milliseconds instead of seconds).
//
//   node apps/web/scripts/build.js            build if stale
//   node apps/web/scripts/build.js --force    build anyway
'use strict';
const { createHash } = require('node:crypto');
const {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { join, relative, sep } = require('node:path');

const REPO_ROOT = join(__dirname, '..', '..', '..');
/** What the build reads, relative to the repository. */
const INPUTS = [
  'apps/web/index.html',
  'apps/web/vite.config.mts',
  'apps/web/tsconfig.json',
  'apps/web/public',
  'apps/web/src',
  'package-lock.json',
];
const OUT_DIR = 'dist/web';
const STAMP = '.build-stamp';

/** Unit tests are not part of the build. */
const skipped = (path) => /\.test\.tsx?$/.test(path);

function files(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(root, join(path, name)));
}

/** SHA-256 over the inputs' paths and contents, in a fixed order. */
function sourceHash(root = REPO_ROOT) {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(root, input)) {
      if (skipped(file)) continue;
      hash.update(relative(root, join(root, file)).split(sep).join('/'));
      hash.update('\0');
      hash.update(readFileSync(join(root, file)));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

/** Whether dist/web holds a build of exactly these sources. */
function upToDate(root = REPO_ROOT) {
  const out = join(root, OUT_DIR);
  try {
    return (
      existsSync(join(out, 'index.html')) &&
      readFileSync(join(out, STAMP), 'utf8').trim() === sourceHash(root)
    );
  } catch {
    return false;
  }
}

async function buildWebApp({ root = REPO_ROOT, force = false, log = console.log } = {}) {
  if (!force && upToDate(root)) {
    log(`web app: ${OUT_DIR} is up to date`);
    return { built: false };
  }
  // One build at a time (two test files, a start beside a test run): the build empties dist/web
  // first, so a second one would pull the files from under the first's readers.
  const lockfile = require('proper-lockfile');
  mkdirSync(join(root, 'dist'), { recursive: true });
  const release = await lockfile.lock(join(root, 'apps/web'), {
    lockfilePath: join(root, 'dist', 'web.build.lock'),
    retries: { retries: 120, minTimeout: 500, maxTimeout: 1000 },
    stale: 60_000,
  });
  try {
    // Another process may have built these very sources while this one waited.
    if (!force && upToDate(root)) {
      log(`web app: ${OUT_DIR} is up to date`);
      return { built: false };
    }
    const hash = sourceHash(root);
    const started = Date.now();
    const { build } = await import('vite');
    await build({ configFile: join(root, 'apps/web/vite.config.mts'), logLevel: 'warn' });
    writeFileSync(join(root, OUT_DIR, STAMP), `${hash}\n`);
    log(`web app: built ${OUT_DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { built: true };
  } finally {
    await release();
  }
}

module.exports = { sourceHash, upToDate, buildWebApp, INPUTS, OUT_DIR, STAMP };

if (require.main === module) {
  buildWebApp({ force: process.argv.includes('--force') }).catch((error) => {
    console.error(`web app: the build failed: ${error && error.message ? error.message : error}`);
    process.exit(1);
  });
}
