import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "./env";
import { routing } from "./i18n/routing";
import {
  baseSecurityHeaders,
  contentSecurityPolicy,
  createNonce,
} from "./server/security-headers";

const handleLocale = createMiddleware(routing);

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/**
 * Passes request headers on to the page render. next-intl builds its own response, so we add ours to the
 * set it forwards (the same mechanism NextResponse.next({ request: { headers } }) uses).
 */
function forwardRequestHeaders(response: NextResponse, headers: Record<string, string>) {
  const existing = response.headers.get("x-middleware-override-headers");
  const names = new Set(existing ? existing.split(",") : []);
  for (const [name, value] of Object.entries(headers)) {
    names.add(name);
    response.headers.set(`x-middleware-request-${name}`, value);
  }
  response.headers.set("x-middleware-override-headers", [...names].join(","));
}

export default function proxy(request: NextRequest) {
  const https = isHttps(request);
  const { pathname } = request.nextUrl;

  // API routes get their headers from next.config.ts (tRPC paths contain dots and skip this proxy).
  if (pathname.startsWith("/api/")) return NextResponse.next();

  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { development: env().NODE_ENV === "development" });
  const response = pathname.startsWith("/dev/") ? NextResponse.next() : handleLocale(request);
  if (!response.headers.has("location")) {
    // The request keeps all its headers; the two below are added for Next.js (nonce on its scripts).
    const forwarded: Record<string, string> = { "x-nonce": nonce, "content-security-policy": csp };
    request.headers.forEach((value, name) => {
      forwarded[name] ??= value;
    });
    forwardRequestHeaders(response, forwarded);
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(baseSecurityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next's static files and files with an extension (icons, robots.txt, sitemap.xml).
  matcher: ["/((?!_next/static|_next/image|.*\\..*).*)"],
};
