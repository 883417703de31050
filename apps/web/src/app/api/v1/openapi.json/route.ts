import { serveOpenApiDocument } from "@karvon/api";
import { env } from "@/env";

/** The OpenAPI 3.1 document of the public API, generated from its zod schemas; readable without a key. */
export function GET(request: Request) {
  return serveOpenApiDocument(request, env().PUBLIC_URL);
}
