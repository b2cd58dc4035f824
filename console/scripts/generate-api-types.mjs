// Turns console/src/api/openapi.json (written by `node dist/src/http/print-openapi-document.js`) into
// console/src/api/schema.d.ts, the types of the console's API client. `--check` writes nothing and exits 1
// when the committed types differ from what the document gives (a test runs it).
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'api');
const documentFile = process.argv.find((arg) => arg.endsWith('.json')) ?? join(apiDir, 'openapi.json');
const typesFile = join(apiDir, 'schema.d.ts');
const header = '// Generated from the OpenAPI document by `npm run api:generate`. Do not edit.\n';
const types = header + astToString(await openapiTS(JSON.parse(readFileSync(documentFile, 'utf8'))));

if (process.argv.includes('--check')) {
  let current = '';
  try { current = readFileSync(typesFile, 'utf8'); } catch { /* missing counts as stale */ }
  if (current !== types) {
    process.stderr.write(`${typesFile} is stale: run npm run api:generate\n`);
    process.exit(1);
  }
  process.stdout.write('console API types are up to date\n');
} else {
  writeFileSync(typesFile, types);
  process.stdout.write(`wrote ${typesFile}\n`);
}
