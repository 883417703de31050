/**
 * Every HTTP endpoint outside tRPC's procedures, with who may reach it. The test beside this file fails when
 * an endpoint is reachable and has no row here: a better-auth endpoint that does not answer 404 through the
 * portal's `/api/auth` handler, a `route.ts` file (each exported method), a metadata route (robots, sitemap,
 * icons, Open Graph images) or a page outside the localized site (`app/dev`). The procedures behind
 * `/api/trpc` have their own table (authorization-matrix.ts).
 *
 * Keys are "METHOD /path" with Next's folder names for dynamic parts (`[companyId]`, `[...all]`).
 */
export type HttpEndpointRow = {
  /** Who gets an answer other than 401/403/404. */
  who: string;
  /** Where that rule lives and which test holds it. */
  guard: string;
};

const authForm = (form: string): HttpEndpointRow => ({
  who: "anyone",
  guard: `${form}; body checked with @karvon/data before any look-up (hooks.ts), per-address limits (rate-limits.ts); tests/security/auth-fuzz.test.ts`,
});

const ownSessions = (what: string): HttpEndpointRow => ({
  who: "the signed-in person, about their own sessions (anonymous: 401)",
  guard: `${what}; better-auth's session middleware`,
});

const publicApi = (scope: string): HttpEndpointRow => ({
  who: `holders of a live API key with the "${scope}" scope (none, unknown or revoked: 401; other scopes: 403); answers what a visitor sees`,
  guard: "servePublicApi (public-api/http.ts): key, per-key rate limit, scope, parameters; tests/integration/public-api.test.ts",
});

export const httpEndpoints: Record<string, HttpEndpointRow> = {
  // better-auth, through packages/api/src/auth/http-endpoints.ts (everything else answers 404).
  "POST /api/auth/sign-up/email": authForm("sign-up form; a taken address answers like a free one"),
  "POST /api/auth/sign-in/email": authForm("sign-in form; per-account lock (lockout.ts)"),
  "POST /api/auth/sign-out": { who: "anyone (ends the caller's own session, if any)", guard: "cross-site POSTs refused (cross-site.ts)" },
  "GET /api/auth/get-session": { who: "anyone (answers the caller's own session or null)", guard: "better-auth" },
  "GET /api/auth/verify-email": authForm("link of the verification mail; the token is signed"),
  "POST /api/auth/request-password-reset": authForm("forgot-password form; same answer for every address"),
  "POST /api/auth/reset-password": authForm("link of the reset mail; the token is single-use, one hour"),
  "POST /api/auth/change-password": ownSessions("account page; asks for the current password"),
  "GET /api/auth/list-sessions": ownSessions("account page"),
  "POST /api/auth/revoke-sessions": ownSessions("account page, sign out everywhere"),

  // Route handlers of apps/web/src/app.
  "GET /api/trpc/[trpc]": { who: "per procedure", guard: "authorization-matrix.ts" },
  "POST /api/trpc/[trpc]": { who: "per procedure", guard: "authorization-matrix.ts; cross-site POSTs refused" },
  "GET /api/admin/audit-csv": { who: "admins", guard: "the moderation.audit.export procedure (authorization-matrix.ts)" },
  "GET /api/health": { who: "anyone (load balancers)", guard: "answers that the process is alive, reads nothing" },
  "GET /api/ready": {
    who: "anyone (load balancers)",
    guard: "answers whether the database answers and migrations are applied, never its address or errors",
  },
  "GET /api/metrics": {
    who: "the monitoring, with Authorization: Bearer METRICS_TOKEN (404 when unset, 401 otherwise)",
    guard: "metricsAccess (server/metrics-access.ts, its test)",
  },
  "GET /api/events/[eventId]/agenda.ics": {
    who: "members of the company named by ?company=, registered for the event",
    guard: "the events.agenda procedure (authorization-matrix.ts)",
  },
  "GET /api/logos/[companyId]": {
    who: "anyone for a published company; members and staff for a draft",
    guard: "readCompanyLogo (packages/api/src/companies/logo-file.ts)",
  },

  // The public read API for partner systems (packages/api/src/public-api): an API key in every request.
  "GET /api/v1/search": publicApi("search"),
  "GET /api/v1/companies": publicApi("companies"),
  "GET /api/v1/companies/[slug]": publicApi("companies"),
  "GET /api/v1/listings": publicApi("listings"),
  "GET /api/v1/listings/[id]": publicApi("listings"),
  "GET /api/v1/reference/[list]": publicApi("reference"),
  "GET /api/v1/openapi.json": { who: "anyone", guard: "static description generated from the zod schemas, no data (public-api/openapi.ts)" },

  // Metadata routes and pages outside the localized site.
  "GET /robots.txt": { who: "anyone", guard: "static rules, no data" },
  "GET /sitemap.xml": { who: "anyone", guard: "the seo.sitemap procedure: published companies and listings only" },
  "GET /icon.svg": { who: "anyone", guard: "static file" },
  "GET /[locale]/companies/[slug]/opengraph-image": { who: "anyone, for a published company", guard: "public company procedure" },
  "GET /[locale]/listings/[id]/opengraph-image": { who: "anyone, for a published listing", guard: "public listing procedure" },
  "GET /dev/mail": { who: "anyone while no SMTP_URL is set (404 when it is)", guard: "isOutboxMailbox (server/mail.ts)" },
  "GET /dev/mail/[id]": { who: "anyone while no SMTP_URL is set (404 when it is)", guard: "isOutboxMailbox (server/mail.ts)" },
};
