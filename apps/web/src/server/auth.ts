import "server-only";
import { createAuth, type Auth } from "@karvon/api";
import { env } from "../env";
import { resolveAuthSecret } from "./auth-secret";
import { getDb } from "./db";
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
  });
}

export function getAuth(): Promise<Auth> {
  globalForAuth.karvonAuth ??= openAuth().catch((error: unknown) => {
    globalForAuth.karvonAuth = undefined;
    throw error;
  });
  return globalForAuth.karvonAuth;
}
