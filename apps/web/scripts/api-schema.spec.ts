import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generatedApiSchema, SCHEMA_FILE } from './generate-api';

jest.setTimeout(120_000);

const root = resolve(__dirname, '..', '..', '..');

/**
 * The web app's typed client is only as good as its schema: it must be what the back office's
 * OpenAPI document makes now. A controller or DTO changed without `npm run web:api` fails here.
 */
describe("the web app's API schema (npm run web:api)", () => {
  it('is what the OpenAPI document of the back office makes now', async () => {
    const current = readFileSync(join(root, SCHEMA_FILE), 'utf8');
    const generated = await generatedApiSchema();
    // On a difference, say what to run rather than print 3,000 lines.
    if (current !== generated) {
      throw new Error(`${SCHEMA_FILE} is stale: run npm run web:api and commit it`);
    }
  });

  it('holds the development sign-in and the commands the app sends', async () => {
    const text = readFileSync(join(root, SCHEMA_FILE), 'utf8');
    for (const path of [
      '"/api/v1/dev/sign-in"',
      '"/api/v1/loans"',
      '"/api/v1/loans/{loanId}/approval"',
      '"/api/v1/loans/{loanId}/disbursement"',
      '"/api/v1/loans/{loanId}/repayments"',
    ]) {
      expect(text).toContain(path);
    }
  });
});
