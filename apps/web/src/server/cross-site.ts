/**
 * Cross-site request forgery guard for the API routes. A browser sends a victim's cookies with a POST from any
 * site; forms and fetches with a "simple" content type (form-encoded, multipart, text/plain) even skip the CORS
 * preflight. So a POST is refused when it comes from another site (Origin or Sec-Fetch-Site say so) or, for
 * tRPC, when it is not JSON — the tRPC client always sends JSON.
 */

/** Content types a browser sends cross-site without asking the server first (CORS "simple" requests). */
const simpleContentTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

export type CrossSitePolicy = {
  /** PUBLIC_URL: requests from its origin are ours. */
  publicUrl: string;
  /** tRPC: only application/json bodies. Auth: anything but the simple content types. */
  requireJson: boolean;
};

export type CrossSiteVerdict = { allowed: true } | { allowed: false; reason: "foreign-origin" | "content-type" };

function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

function isOwnOrigin(origin: string, headers: Headers, publicUrl: string): boolean {
  if (origin === "null") return false;
  try {
    const url = new URL(origin);
    // Same as the portal's public origin, or as the host the browser addressed (a victim's browser cannot
    // forge Host, so an Origin matching it is same-origin whatever name the portal is reached by).
    return url.origin === new URL(publicUrl).origin || url.host === headers.get("host");
  } catch {
    return false;
  }
}

/** Decides whether a request may reach the API. Only unsafe methods are checked. */
export function checkCrossSite(request: Pick<Request, "method" | "headers">, policy: CrossSitePolicy): CrossSiteVerdict {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return { allowed: true };
  const { headers } = request;
  if (headers.get("sec-fetch-site") === "cross-site" || headers.get("sec-fetch-site") === "same-site") {
    return { allowed: false, reason: "foreign-origin" };
  }
  const origin = headers.get("origin");
  if (origin !== null && !isOwnOrigin(origin, headers, policy.publicUrl)) return { allowed: false, reason: "foreign-origin" };
  const type = mediaType(headers.get("content-type"));
  if (policy.requireJson ? type !== "application/json" : simpleContentTypes.includes(type)) {
    return { allowed: false, reason: "content-type" };
  }
  return { allowed: true };
}

/** The answer to a refused request: 403, JSON, no detail beyond the reason. */
export function crossSiteRefusal(verdict: Extract<CrossSiteVerdict, { allowed: false }>): Response {
  return Response.json({ error: "cross-site-request-refused", reason: verdict.reason }, { status: 403 });
}
