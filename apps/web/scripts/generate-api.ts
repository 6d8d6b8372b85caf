/**
 * The web app's typed API client comes from the back office's own OpenAPI document: this builds
 * the real Nest app (createApp, on a throw-away embedded store in development mode, so that the
 * development sign-in route is in it too), takes the document it would serve at /api/docs-json
 * without listening or opening the store, and turns it into TypeScript with openapi-typescript.
 *
 *   npm run web:api              write apps/web/src/api/schema.d.ts
 *   npm run web:api -- --check   exit 1 if the file differs from what would be written
 *
 * apps/web/scripts/api-schema.spec.ts runs the same check in `npm test`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createApp, openApiDocument } from '../../back-office/src/bootstrap';
import { loadConfig } from '../../back-office/src/config/config';

export const SCHEMA_FILE = 'apps/web/src/api/schema.d.ts';

const HEADER = `/**
 * Generated from the back office's OpenAPI document by apps/web/scripts/generate-api.ts
 * (npm run web:api): do not edit. \`npm test\` fails when it is stale.
 */

`;

/** The document /api/docs-json serves, built from the app without listening. */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'loanbook-openapi-'));
  try {
    const config = loadConfig({
      EVENT_STORE: 'pglite',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      OFFER_LAPSE_INTERVAL_SECONDS: '0',
      DOCUMENTS: 'off',
    });
    const app = await createApp(config);
    try {
      // A copy through JSON: exactly what a client downloads.
      return JSON.parse(JSON.stringify(openApiDocument(app))) as Record<string, unknown>;
    } finally {
      await app.close().catch(() => undefined);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The TypeScript of a document: `paths`, `components`, `operations` (render-api.mjs). */
export function renderApiSchema(document: Record<string, unknown>): string {
  // Beside this file in the repository; the compiled copy in dist/ runs from the repository root.
  const script = resolve(process.cwd(), 'apps/web/scripts/render-api.mjs');
  const result = spawnSync(process.execPath, [script], {
    input: JSON.stringify(document),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`openapi-typescript failed (${result.status}): ${result.stderr}`);
  }
  return HEADER + result.stdout;
}

export async function generatedApiSchema(): Promise<string> {
  return renderApiSchema(await buildOpenApiDocument());
}

async function main(): Promise<void> {
  const root = process.cwd();
  const file = join(root, SCHEMA_FILE);
  const text = await generatedApiSchema();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // missing: stale
    }
    if (current !== text) {
      process.stderr.write(`${SCHEMA_FILE} is stale: run npm run web:api and commit it\n`);
      process.exit(1);
    }
    process.stdout.write(`${SCHEMA_FILE} is up to date\n`);
    return;
  }
  writeFileSync(file, text);
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
