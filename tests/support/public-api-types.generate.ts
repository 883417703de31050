/**
 * Generates the TypeScript types of the public API's OpenAPI document with openapi-typescript, as a partner's
 * developer would. `npx tsx tests/support/public-api-types.generate.ts` rewrites public-api-types.ts; the test
 * public-api-openapi.test.ts fails when the committed file no longer matches the document.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { publicApiDocument } from "@karvon/api";
import openapiTS, { astToString } from "openapi-typescript";

export const publicApiTypesFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "public-api-types.ts");

const header = "// Generated from /api/v1/openapi.json by tests/support/public-api-types.generate.ts: do not edit.\n";

export async function generatePublicApiTypes(): Promise<string> {
  const document = JSON.parse(JSON.stringify(publicApiDocument("http://localhost:3000"))) as Parameters<typeof openapiTS>[0];
  return header + astToString(await openapiTS(document));
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(publicApiTypesFile, await generatePublicApiTypes());
}
