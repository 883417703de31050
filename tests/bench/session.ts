/**
 * A signed-in member of the planted offering companies, for "partners for you" over HTTP: a user, its
 * memberships and a session row written directly, and better-auth's session cookie signed with the secret the
 * benchmark gives the server (HMAC-SHA-256 of the token, base64, as better-auth signs cookies).
 */
import { createHmac } from "node:crypto";
import { schema, type Db } from "@karvon/db";
import { inArray } from "drizzle-orm";
import type { Truth } from "./dataset";

export const benchAuthSecret = "bench-secret-bench-secret-bench-secret-0123";
export const benchUserId = "bench-user";
const userId = benchUserId;
const sessionToken = "bench-session-token-0000000000000000";

export async function ensureBenchSession(db: Db, truth: Truth): Promise<void> {
  const companyIds = Object.values(truth.matches).map((group) => group.companyId);
  const companies = await db
    .select({ organizationId: schema.companies.organizationId })
    .from(schema.companies)
    .where(inArray(schema.companies.id, companyIds));
  await db
    .insert(schema.user)
    .values({ id: userId, name: "Bench", email: "bench@karvon.local", emailVerified: true })
    .onConflictDoNothing();
  await db
    .insert(schema.member)
    .values(companies.map((company, index) => ({ id: `bench-member-${index}`, organizationId: company.organizationId, userId, role: "owner" })))
    .onConflictDoNothing();
  await db
    .insert(schema.session)
    .values({ id: "bench-session", token: sessionToken, userId, expiresAt: new Date("2099-01-01T00:00:00Z") })
    .onConflictDoNothing();
}

export function benchSessionCookie(): string {
  const signature = createHmac("sha256", benchAuthSecret).update(sessionToken).digest("base64");
  return `better-auth.session_token=${encodeURIComponent(`${sessionToken}.${signature}`)}`;
}
