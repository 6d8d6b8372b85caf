// The OpenAPI document on stdin → the TypeScript of apps/web/src/api/schema.d.ts on stdout
// (openapi-typescript). Plain ESM run by node: openapi-typescript's parser is an ES module that
// jest's module system cannot load, so generate-api.ts (and its jest check) call this instead.
import openapiTS, { astToString } from 'openapi-typescript';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const document = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const ast = await openapiTS(document, { alphabetize: true, exportType: false });
process.stdout.write(astToString(ast));
