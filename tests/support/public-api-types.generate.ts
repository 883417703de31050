/**
 * Generates the TypeScript types of the public API's OpenAPI document with openapi-typescript, as a partner's
 * developer would, into tests/.reports/public-api-types.ts. They are generated rather than committed, so they
 * always match the document: the tests workspace's `typecheck` script runs this first (the typed openapi-fetch
 * client of public-api-openapi.test.ts compiles against them), and `npx tsx tests/support/public-api-types.generate.ts`
 * refreshes them for an editor.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { publicApiDocument } from "@karvon/api";
import openapiTS, { astToString } from "openapi-typescript";

export const publicApiTypesFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.reports/public-api-types.ts");

const header = "// Generated from /api/v1/openapi.json by tests/support/public-api-types.generate.ts: do not edit.\n";

export async function generatePublicApiTypes(): Promise<string> {
  const document = JSON.parse(JSON.stringify(publicApiDocument("http://localhost:3000"))) as Parameters<typeof openapiTS>[0];
  return header + astToString(await openapiTS(document));
}

export async function writePublicApiTypes(): Promise<string> {
  const types = await generatePublicApiTypes();
  mkdirSync(path.dirname(publicApiTypesFile), { recursive: true });
  writeFileSync(publicApiTypesFile, types);
  return types;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writePublicApiTypes();
}
