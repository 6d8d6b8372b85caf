// Jest globalSetup (plain CommonJS: jest loads it before any transform).
// Integration tests need PostgreSQL (and kcat, and Chromium). Under CI its absence fails the run; on a developer's
// machine the PostgreSQL suites are skipped, loudly, so that PGlite and unit tests still run.
const { spawnSync } = require('node:child_process');
const { accessSync, constants } = require('node:fs');
const { Client } = require('pg');

// Keep in step with TEST_DATABASE_URL in postgres.ts.
const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';

async function probe(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    const code = error && error.code ? ` [${error.code}]` : '';
    return `${(error && error.message) || String(error)}${code}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

// The report's browser test needs Chromium (test/support/browser.ts): the same rule as PostgreSQL.
function checkChromium() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  try {
    accessSync(path, constants.X_OK);
    return;
  } catch {
    // missing: below
  }
  const howTo = 'Install it with: apt-get install -y chromium (or set CHROMIUM_PATH)';
  if (process.env.CI) {
    throw new Error(`Chromium is required under CI, but ${path} is not there.\n  ${howTo}`);
  }
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n[loanbook] Chromium is not at ${path}: THE BROWSER TESTS WILL BE SKIPPED.\n  ${howTo}\n${line}\n`,
  );
  process.env.LOANBOOK_SKIP_BROWSER = '1';
}

// The relay's tests need kcat, which holds librdkafka's mock cluster (test/support/kafka-mock.ts).
function checkKcat() {
  const path = process.env.KCAT_PATH || 'kcat';
  const found = spawnSync(path, ['-V'], { stdio: 'ignore' });
  if (!found.error && found.status === 0) return;
  const howTo = 'Install it with: apt-get install -y kcat (or set KCAT_PATH)';
  if (process.env.CI) {
    throw new Error(
      `kcat is required under CI for the Kafka relay's tests, but ${path} does not run.\n  ${howTo}`,
    );
  }
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n[loanbook] kcat is not installed: THE KAFKA RELAY TESTS WILL BE SKIPPED.\n  ${howTo}\n${line}\n`,
  );
  process.env.LOANBOOK_SKIP_KAFKA = '1';
}

module.exports = async function globalSetup() {
  checkChromium();
  checkKcat();
  const url = process.env.TEST_DATABASE_URL || DEFAULT_URL;
  if (process.env.LOANBOOK_SKIP_PG && !process.env.CI) {
    console.warn(
      `\n[loanbook] LOANBOOK_SKIP_PG is set: PostgreSQL integration tests are SKIPPED.\n`,
    );
    return;
  }
  const problem = await probe(url);
  if (!problem) return;
  const howTo = [
    'Start it with:   pg_ctlcluster --skip-systemctl-redirect 15 main start',
    'Create the db:   createdb -h 127.0.0.1 -U postgres test',
    'or point TEST_DATABASE_URL at a reachable server.',
  ].join('\n  ');
  if (process.env.CI) {
    throw new Error(
      `PostgreSQL is required under CI, but ${redact(url)} is unreachable: ${problem}\n  ${howTo}`,
    );
  }
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n[loanbook] PostgreSQL at ${redact(url)} is unreachable: ${problem}\n` +
      `[loanbook] ALL PostgreSQL INTEGRATION TESTS WILL BE SKIPPED.\n  ${howTo}\n${line}\n`,
  );
  process.env.LOANBOOK_SKIP_PG = '1';
};
