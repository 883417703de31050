import { createHash, randomBytes } from "node:crypto";

/**
 * A consent link's secret: 256 random bits, so a fast hash is enough to keep it (nothing to guess, no dictionary)
 * and the link is found by an index. The database holds only the SHA-256.
 */
export function newConsentToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: consentTokenHash(token) };
}

export function consentTokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
