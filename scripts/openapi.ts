// npm run openapi: writes docs/openapi.yaml from the route declarations; test/http-contract.test.ts
// fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { stringify } from 'yaml';
import { API_ROUTES } from '../src/server/api.js';
import { openApiDocument } from '../src/server/contract/openapi.js';

export const OPENAPI_FILE = fileURLToPath(new URL('../docs/openapi.yaml', import.meta.url));

/** The text of docs/openapi.yaml as the declarations make it. */
export async function renderOpenApi(): Promise<string> {
  const text = `# Written by npm run openapi from src/server/routes/*.ts; edit the declarations, not this file.\n${stringify(openApiDocument(API_ROUTES))}`;
  return format(text, { ...(await resolveConfig(OPENAPI_FILE)), parser: 'yaml' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(OPENAPI_FILE, await renderOpenApi());
  console.log(`wrote ${OPENAPI_FILE}`);
}
