import type { Auth } from "./create-auth";

export type AuthHttpMethod = "GET" | "POST";

/**
 * The only better-auth endpoints served over HTTP: the ones the portal's own pages call. Every other endpoint
 * better-auth and its plugins define (organization create/delete/invite, admin set-role/ban/impersonate,
 * update-user, delete-user, social sign-in…) answers 404, because the portal does those things through its own
 * tRPC procedures, with its rules and an audit row. Server code may still call `auth.api.*` directly.
 */
export const reachableAuthEndpoints = [
  { method: "POST", path: "/sign-up/email", why: "sign-up form" },
  { method: "POST", path: "/sign-in/email", why: "sign-in form" },
  { method: "POST", path: "/sign-out", why: "the header's sign-out button (lib/sign-out.ts)" },
  { method: "GET", path: "/get-session", why: "authClient.useSession() on the staff review pages" },
  { method: "GET", path: "/verify-email", why: "the page the verification mail links to" },
  { method: "POST", path: "/request-password-reset", why: "forgot-password form" },
  { method: "POST", path: "/reset-password", why: "the page the reset mail links to" },
  { method: "POST", path: "/change-password", why: "account page, password form" },
  { method: "GET", path: "/list-sessions", why: "account page, list of sessions" },
  { method: "POST", path: "/revoke-sessions", why: "account page, sign out everywhere" },
] as const satisfies readonly { method: AuthHttpMethod; path: string; why: string }[];

export const authBasePath = "/api/auth";

/** True when `method` + the request's pathname name an endpoint of the list, exactly (no trailing slash, no case games). */
export function isReachableAuthEndpoint(method: string, pathname: string): boolean {
  if (!pathname.startsWith(`${authBasePath}/`)) return false;
  const path = pathname.slice(authBasePath.length);
  return reachableAuthEndpoints.some((endpoint) => endpoint.method === method && endpoint.path === path);
}

export type AuthLogLevel = "debug" | "info" | "warn" | "error";
/** Where better-auth's own log lines go: the host's logger, which scrubs addresses and SQL parameters. */
export type AuthLog = (level: AuthLogLevel, message: string, ...args: unknown[]) => void;

const notFound = () => new Response(null, { status: 404 });

/**
 * The `/api/auth/*` route: endpoints outside the list answer 404 before better-auth sees the request; an error
 * better-auth did not turn into an HTTP answer is logged through `log` and answers a plain 500 (never a stack).
 */
export function createAuthHttpHandler(auth: Auth, log: AuthLog) {
  return async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (!isReachableAuthEndpoint(request.method, pathname)) return notFound();
    try {
      return await auth.handler(request);
    } catch (error) {
      log("error", "auth request failed", error);
      return Response.json({ code: "INTERNAL_SERVER_ERROR", message: "errors.internal" }, { status: 500 });
    }
  };
}
