import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { apiKeys } from "../schema";

export type ApiKeyRow = typeof apiKeys.$inferSelect;
/** A key as staff see it: everything but its hash and the rate-limit window. */
export type ApiKeySummary = Omit<ApiKeyRow, "keyHash" | "createdBy" | "windowStartedAt" | "windowCount">;

const summaryColumns = {
  id: apiKeys.id,
  organisationName: apiKeys.organisationName,
  contactEmail: apiKeys.contactEmail,
  scopes: apiKeys.scopes,
  keyPrefix: apiKeys.keyPrefix,
  createdAt: apiKeys.createdAt,
  revokedAt: apiKeys.revokedAt,
  lastUsedAt: apiKeys.lastUsedAt,
  usageCount: apiKeys.usageCount,
  rateLimitPerMinute: apiKeys.rateLimitPerMinute,
};

export async function createApiKey(
  db: Db,
  params: {
    organisationName: string;
    contactEmail: string;
    scopes: string[];
    keyPrefix: string;
    keyHash: string;
    rateLimitPerMinute: number;
    createdBy: string;
    at: Date;
  },
): Promise<ApiKeySummary> {
  const [row] = await db
    .insert(apiKeys)
    .values({ ...params, createdAt: params.at })
    .returning(summaryColumns);
  if (row === undefined) throw new Error("api key not inserted");
  return row;
}

/** Every key, newest first (a handful per partner: no paging). */
export async function listApiKeys(db: Db): Promise<ApiKeySummary[]> {
  return db.select(summaryColumns).from(apiKeys).orderBy(desc(apiKeys.createdAt));
}

/** Revokes a key; the first revocation time stays. Null when there is no such key. */
export async function revokeApiKey(db: Db, params: { id: string; at: Date }): Promise<ApiKeySummary | null> {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, ${params.at.toISOString()}::timestamptz)` })
    .where(eq(apiKeys.id, params.id))
    .returning(summaryColumns);
  return row ?? null;
}

export type ApiKeyUse =
  | { ok: true; id: string; scopes: string[]; limit: number; remaining: number; resetAt: Date }
  | { ok: false; reason: "limited"; limit: number; resetAt: Date };

/**
 * One request made with a key, in one statement: finds the live key by its hash, counts the request in the
 * current one-minute window and, when within the limit, in the key's usage. Null for an unknown or revoked key,
 * so a revocation takes effect on the very next request. One statement keeps it right with several servers.
 */
export async function recordApiKeyUse(db: Db, params: { keyHash: string; at: Date }): Promise<ApiKeyUse | null> {
  const windowStart = new Date(Math.floor(params.at.getTime() / 60_000) * 60_000);
  const resetAt = new Date(windowStart.getTime() + 60_000);
  const window = sql`${windowStart.toISOString()}::timestamptz`;
  const countInWindow = sql`(case when ${apiKeys.windowStartedAt} = ${window} then ${apiKeys.windowCount} + 1 else 1 end)`;
  const [row] = await db
    .update(apiKeys)
    .set({
      windowStartedAt: window,
      windowCount: countInWindow,
      usageCount: sql`${apiKeys.usageCount} + (case when ${countInWindow} <= ${apiKeys.rateLimitPerMinute} then 1 else 0 end)`,
      lastUsedAt: sql`${params.at.toISOString()}::timestamptz`,
    })
    .where(sql`${apiKeys.keyHash} = ${params.keyHash} and ${apiKeys.revokedAt} is null`)
    .returning({ id: apiKeys.id, scopes: apiKeys.scopes, limit: apiKeys.rateLimitPerMinute, count: apiKeys.windowCount });
  if (row === undefined) return null;
  if (row.count > row.limit) return { ok: false, reason: "limited", limit: row.limit, resetAt };
  return { ok: true, id: row.id, scopes: row.scopes, limit: row.limit, remaining: row.limit - row.count, resetAt };
}
