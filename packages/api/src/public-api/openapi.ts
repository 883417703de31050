import { apiErrorSchema } from "@karvon/data";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { etagOf, matchesEtag } from "./etag";
import { publicApiRoutes } from "./routes";

const json = (schema: unknown) => ({ "application/json": { schema } }) as never;

function errorResponse(description: string) {
  return { description, content: json(apiErrorSchema) };
}

function operation(route: (typeof publicApiRoutes)[keyof typeof publicApiRoutes]): ZodOpenApiOperationObject {
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: `${route.description} Needs a key with the "${route.scope}" scope.`,
    tags: [route.scope],
    requestParams: { ...(route.query ? { query: route.query } : {}), ...(route.params ? { path: route.params } : {}) },
    responses: {
      200: {
        description: "The answer, with an ETag (send it back in If-None-Match: 304 while unchanged) and Cache-Control.",
        headers: {
          ETag: { schema: { type: "string" } },
          "RateLimit-Remaining": { description: "Requests this key may still make in the current minute.", schema: { type: "integer" } },
        },
        content: json(route.response),
      },
      304: { description: "Not modified: the ETag in If-None-Match still matches." },
      400: errorResponse("Invalid parameters: `fields` lists the problem codes per parameter."),
      401: errorResponse("No key, or a key that is unknown or revoked."),
      403: errorResponse("The key's scopes do not include this part of the API."),
      ...(route.params ? { 404: errorResponse("Nothing public under this code.") } : {}),
      429: {
        ...errorResponse("The key's requests per minute are used up."),
        headers: { "Retry-After": { description: "Seconds until the next minute starts.", schema: { type: "integer" } } },
      },
    },
  };
}

/**
 * The OpenAPI 3.1 document of the public API, generated from the zod schemas the API itself validates and
 * answers with (no second definition). Dates are serialized as ISO 8601 strings.
 */
export function publicApiDocument(serverUrl: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of Object.values(publicApiRoutes)) paths[route.path] = { get: operation(route) };
  return createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "Karvon public API",
        version: "1.0.0",
        description:
          "Read access to what the Karvon portal publishes: companies, listings, partner search and reference lists. Contact details are never part of it. Keys are issued by the portal's staff to approved partner organisations.",
      },
      servers: [{ url: `${serverUrl.replace(/\/$/, "")}/api/v1` }],
      security: [{ apiKey: [] }],
      components: { securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "Authorization: Bearer krv_…" } } },
      paths,
    },
    {
      override: ({ jsonSchema, zodSchema, io }) => {
        if (zodSchema._zod.def.type === "date" && io === "output") {
          jsonSchema.type = "string";
          jsonSchema.format = "date-time";
        }
      },
    },
  );
}

/** GET /api/v1/openapi.json: public (no key), cacheable, with an ETag. */
export function serveOpenApiDocument(request: Request, publicUrl: string): Response {
  const body = JSON.stringify(publicApiDocument(publicUrl));
  const etag = etagOf(body);
  const headers = { ETag: etag, "Cache-Control": "public, max-age=3600, must-revalidate" };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "Access-Control-Allow-Origin": "*" } });
}
