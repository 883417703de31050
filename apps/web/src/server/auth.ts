import "server-only";
import { createAuth, createAuthHttpHandler, type Auth } from "@karvon/api";
import { env } from "../env";
import { authLogTo } from "./auth-log";
import { resolveAuthSecret } from "./auth-secret";
import { getDb } from "./db";
import { logger } from "./logger";
import { deliverMailSoon } from "./mail";

/** The better-auth object of this process, created on first use (never at module load: `next build`). */
const globalForAuth = globalThis as unknown as { karvonAuth?: Promise<Auth> };

async function openAuth(): Promise<Auth> {
  const config = env();
  const db = await getDb();
  return createAuth({
    db,
    secret: resolveAuthSecret(config),
    baseUrl: config.PUBLIC_URL,
    trustedOrigins: [config.PUBLIC_URL],
    signInAttemptsPerMinute: config.SIGN_IN_ATTEMPTS_PER_MINUTE,
    trustedProxies: config.TRUSTED_PROXIES,
    onMailQueued: deliverMailSoon,
    log: authLogTo(logger()),
  });
}

export function getAuth(): Promise<Auth> {
  globalForAuth.karvonAuth ??= openAuth().catch((error: unknown) => {
    globalForAuth.karvonAuth = undefined;
    throw error;
  });
  return globalForAuth.karvonAuth;
}

/** The `/api/auth/*` route: only the endpoints the portal's pages call reach better-auth; the rest answer 404. */
export async function handleAuthRequest(request: Request): Promise<Response> {
  return createAuthHttpHandler(await getAuth(), authLogTo(logger()))(request);
}
