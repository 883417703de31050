import { createHash, randomBytes } from "node:crypto";

/** Every key starts with this, so a key pasted into a chat or a repository is recognisable (and scannable). */
export const apiKeyMarker = "krv_";
const prefixLength = apiKeyMarker.length + 8;

/**
 * The stored form of a key: its SHA-256 in hex. A key is 256 random bits, so nobody can guess it or try a
 * dictionary against a leaked hash; a slow password hash (Argon2) protects low-entropy secrets chosen by people
 * and would only cost ~15 ms of CPU on every API request. A plain hash also lets the key be looked up by an index.
 */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** A new key: shown once to the staff member who issues it; only its prefix and hash are stored. */
export function generateApiKey(): { key: string; keyPrefix: string; keyHash: string } {
  const key = `${apiKeyMarker}${randomBytes(32).toString("base64url")}`;
  return { key, keyPrefix: key.slice(0, prefixLength), keyHash: hashApiKey(key) };
}
