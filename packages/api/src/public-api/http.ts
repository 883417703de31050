import type { ApiError } from "@karvon/data";
import { recordApiKeyUse, type Db } from "@karvon/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { containsNulCharacter } from "../middleware/nul-characters";
import { createTRPCContext, type ApiConfig, type Clock } from "../trpc";
import { hashApiKey } from "./api-key-secret";
import { etagOf, matchesEtag } from "./etag";
import { publicApiRoutes, type PublicApiRouteName } from "./routes";

export type PublicApiDependencies = { db: Db; clock?: Clock; config?: Partial<ApiConfig> };

const json = "application/json; charset=utf-8";
/** Answers differ per key (scopes, limits), so caches must keep them apart. */
const vary = "Authorization, X-Api-Key";

function errorResponse(status: number, error: ApiError["error"], headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error }), {
    status,
    headers: { "Content-Type": json, "Cache-Control": "no-store", Vary: vary, ...headers },
  });
}

const unauthorized = (message: string) =>
  errorResponse(401, { code: "unauthorized", message }, { "WWW-Authenticate": 'Bearer realm="karvon-api"' });

/** The key from `Authorization: Bearer …` or `X-Api-Key`; never from the URL, which ends up in logs. */
function presentedKey(headers: Headers): string | null {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1] ?? null;
  }
  const header = headers.get("x-api-key")?.trim();
  return header === undefined || header === "" ? null : header;
}

/** Query parameters as an object; a repeated parameter keeps its last value, like the portal's search page. */
function queryObject(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams.entries());
}

function badRequest(error: z.ZodError): Response {
  const flat = z.flattenError(error);
  const fields = Object.fromEntries(Object.entries(flat.fieldErrors).filter((entry): entry is [string, string[]] => entry[1] !== undefined));
  return errorResponse(400, {
    code: "bad_request",
    message: "Some parameters are invalid: each field lists the codes of its problems (see the reference lists for valid codes).",
    fields: flat.formErrors.length > 0 ? { ...fields, _: flat.formErrors } : fields,
  });
}

/**
 * Serves one operation of the public read API. In order: the key (401 without a live one — a revoked key
 * answers 401 on its next request), the key's rate limit (429 with Retry-After), its scope (403), the
 * parameters (400 with the problems per field), then the operation; the answer carries an ETag and
 * Cache-Control, and an If-None-Match that still matches gets 304 without a body.
 */
export async function servePublicApi(
  request: Request,
  name: PublicApiRouteName,
  pathParams: Record<string, string>,
  deps: PublicApiDependencies,
): Promise<Response> {
  const route = publicApiRoutes[name];
  const ctx = createTRPCContext({ db: deps.db, session: null, headers: request.headers, clock: deps.clock, config: deps.config });
  const now = ctx.clock.now();

  const key = presentedKey(request.headers);
  if (key === null) return unauthorized("An API key is required: send it as 'Authorization: Bearer <key>'.");
  // A key has a fixed shape; anything else is refused before it reaches the database.
  if (!/^krv_[A-Za-z0-9_-]{43}$/.test(key)) return unauthorized("This API key is not valid or has been revoked.");
  const use = await recordApiKeyUse(deps.db, { keyHash: hashApiKey(key), at: now });
  if (use === null) return unauthorized("This API key is not valid or has been revoked.");
  const retryAfter = String(Math.max(1, Math.ceil((use.resetAt.getTime() - now.getTime()) / 1000)));
  if (!use.ok) {
    return errorResponse(
      429,
      { code: "rate_limited", message: `This key may make ${use.limit} requests per minute; retry after ${retryAfter} seconds.` },
      { "Retry-After": retryAfter, "RateLimit-Limit": String(use.limit), "RateLimit-Remaining": "0", "RateLimit-Reset": retryAfter },
    );
  }
  const limitHeaders = { "RateLimit-Limit": String(use.limit), "RateLimit-Remaining": String(use.remaining), "RateLimit-Reset": retryAfter };
  if (!use.scopes.includes(route.scope)) {
    return errorResponse(403, { code: "forbidden", message: `This key may not read '${route.scope}'.` }, limitHeaders);
  }

  const url = new URL(request.url);
  const rawQuery = queryObject(url);
  if (containsNulCharacter(rawQuery) || containsNulCharacter(pathParams)) {
    return errorResponse(400, { code: "bad_request", message: "Parameters may not contain the NUL character." }, limitHeaders);
  }
  const query = route.query === undefined ? { success: true as const, data: undefined } : route.query.safeParse(rawQuery);
  if (!query.success) return badRequest(query.error);
  const params = route.params === undefined ? { success: true as const, data: undefined } : route.params.safeParse(pathParams);
  if (!params.success) return badRequest(params.error);

  let value: unknown;
  try {
    value = await route.run(ctx, { query: query.data, params: params.data });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return errorResponse(404, { code: "not_found", message: "Nothing public is found here." }, limitHeaders);
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") {
      if (error.cause instanceof z.ZodError) return badRequest(error.cause);
      return errorResponse(400, { code: "bad_request", message: "The request is not valid." }, limitHeaders);
    }
    throw error;
  }

  const body = JSON.stringify(value);
  const etag = etagOf(body);
  const headers = {
    ETag: etag,
    "Cache-Control": `private, max-age=${route.maxAgeSeconds}, must-revalidate`,
    Vary: vary,
    ...limitHeaders,
  };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": json } });
}
