import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Env } from "../env";

export class MissingAuthSecretError extends Error {
  constructor() {
    super(
      "BETTER_AUTH_SECRET is not set. With DATABASE_URL in production the secret must be configured (at least 32 random characters, e.g. `openssl rand -base64 32`), so that every server instance signs sessions with the same key.",
    );
    this.name = "MissingAuthSecretError";
  }
}

/**
 * The secret that signs session cookies. Configured in BETTER_AUTH_SECRET; otherwise, on a single-machine
 * setup (development, or the embedded database), generated once and kept in the data folder so sessions
 * survive restarts. A production deployment on PostgreSQL may run several instances, so it must configure one.
 */
export function resolveAuthSecret(config: Env): string {
  if (config.BETTER_AUTH_SECRET) return config.BETTER_AUTH_SECRET;
  if (config.NODE_ENV === "production" && config.DATABASE_URL) throw new MissingAuthSecretError();
  const file = path.resolve(config.KARVON_DATA_DIR, "auth-secret");
  try {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  } catch {
    // Not created yet.
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
